-- Issue 16: the recognition record of a case (src/app/recognition): the reference occupation (an id of the recognition
-- catalogue, src/law/recognition), the competent body, when the application was made and decided, the notice's outcome,
-- the substantial differences it names (its text, and tags from src/law/recognition/measures.ts DEFICIT_TAGS), and the
-- facts the proposals of further qualification need (regulated or not, German level, residence in Germany). One row per
-- case; the CHECKs repeat the application's codes.
CREATE TABLE "case_recognitions" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"reference_occupation_id" text,
	"competent_body" text,
	"applied_on" date,
	"decided_on" date,
	"outcome" text DEFAULT 'pending' NOT NULL,
	"regulated" boolean,
	"german_level" text,
	"resides_in_germany" boolean,
	"deficits" text,
	"deficit_tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_recognitions_outcome_chk" CHECK ("case_recognitions"."outcome" in ('pending','full','partial','none','not_required')),
	CONSTRAINT "case_recognitions_german_level_chk" CHECK ("case_recognitions"."german_level" is null or "case_recognitions"."german_level" in ('none','A1','A2','B1','B2','C1','C2')),
	CONSTRAINT "case_recognitions_deficit_tags_chk" CHECK ("case_recognitions"."deficit_tags" <@ array['fachtheorie','fachpraxis','berufserfahrung','rechtsvorschriften_de','arbeitssicherheit','normen_vde','fachsprache','deutsch','dokumente_fehlen','sonstiges']::text[]),
	CONSTRAINT "case_recognitions_dates_chk" CHECK ("case_recognitions"."decided_on" is null or "case_recognitions"."applied_on" is null or "case_recognitions"."decided_on" >= "case_recognitions"."applied_on")
);
--> statement-breakpoint
ALTER TABLE "case_recognitions" ADD CONSTRAINT "case_recognitions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "case_recognitions" ADD CONSTRAINT "case_recognitions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "case_recognitions_tenant_outcome_idx" ON "case_recognitions" USING btree ("tenant_id","outcome");
