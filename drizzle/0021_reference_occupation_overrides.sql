-- Issue 16 (decision 023): an office's own recognition data beside the built-in data of src/law/recognition. One row
-- per row of the CSV import: a reference occupation in one Land (DE-XX) or in every Land (''); `fields` holds the
-- row's values as the CSV schema (src/app/recognition/csvColumns.ts) checked them. A built-in occupation id overrides
-- the built-in entry; any other id adds an occupation of the office's own.
CREATE TABLE "reference_occupation_overrides" (
	"tenant_id" uuid NOT NULL,
	"occupation_id" text NOT NULL,
	"land" text NOT NULL,
	"fields" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "reference_occupation_overrides_pk" PRIMARY KEY("tenant_id","occupation_id","land"),
	CONSTRAINT "reference_occupation_overrides_id_chk" CHECK ("reference_occupation_overrides"."occupation_id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length("reference_occupation_overrides"."occupation_id") <= 80),
	CONSTRAINT "reference_occupation_overrides_land_chk" CHECK ("reference_occupation_overrides"."land" = '' or "reference_occupation_overrides"."land" ~ '^DE-(BW|BY|BE|BB|HB|HH|HE|MV|NI|NW|RP|SL|SN|ST|SH|TH)$')
);
--> statement-breakpoint
ALTER TABLE "reference_occupation_overrides" ADD CONSTRAINT "reference_occupation_overrides_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
