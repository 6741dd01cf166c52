-- Issue 16 (decision 023): an office's own recognition data beside the built-in data of src/law/recognition. One row
-- per row of its CSV import: a reference occupation (key: its id), a competent body (key: its id) or the competent
-- body of an occupation in a Land (key: "<occupation id>/<DE-XX or *>"). `fields` holds the row's cells as the CSV
-- schema (src/app/recognition/csvColumns.ts) checked them. A built-in id overrides the built-in entry; any other id
-- adds one of the office's own.
CREATE TABLE "reference_occupation_overrides" (
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"fields" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "reference_occupation_overrides_pk" PRIMARY KEY("tenant_id","kind","key"),
	CONSTRAINT "reference_occupation_overrides_kind_chk" CHECK ("reference_occupation_overrides"."kind" in ('occupation','body','competence')),
	CONSTRAINT "reference_occupation_overrides_key_chk" CHECK (length("reference_occupation_overrides"."key") between 1 and 100)
);
--> statement-breakpoint
ALTER TABLE "reference_occupation_overrides" ADD CONSTRAINT "reference_occupation_overrides_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
