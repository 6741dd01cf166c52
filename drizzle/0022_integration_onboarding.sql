-- Issue 17: integration management after arrival. The case records the arrival facts the onboarding plan is computed
-- from (src/law/integration/duties.ts) and the dates the company's retention view watches; the family who moves with
-- the person (personal data: deleted when the candidate is erased); and the office's and the companies' own
-- integration steps (templates), as changes to the defaults in src/app/integration/defaultTemplates.ts.
ALTER TABLE "cases" ADD COLUMN "arrival_date" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "visa_valid_until" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "work_start_on" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "foreign_driving_licence" boolean;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "probation_end" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "language_course_end" date;--> statement-breakpoint
CREATE TABLE "case_family_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"name" text,
	"birth_date" date NOT NULL,
	"citizenship" text,
	"joining" text DEFAULT 'now' NOT NULL,
	"joint_procedure" boolean DEFAULT false NOT NULL,
	"german" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_family_members_relation_chk" CHECK ("case_family_members"."relation" in ('spouse','child','parent','parent_in_law')),
	CONSTRAINT "case_family_members_joining_chk" CHECK ("case_family_members"."joining" in ('now','later')),
	CONSTRAINT "case_family_members_german_chk" CHECK ("case_family_members"."german" is null or "case_family_members"."german" in ('none','A1','A2','B1','B2','C1','C2'))
);
--> statement-breakpoint
CREATE TABLE "integration_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"company_id" uuid,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"title_en" text,
	"description" text,
	"owner" text NOT NULL,
	"anchor" text NOT NULL,
	"offset_months" integer DEFAULT 0 NOT NULL,
	"offset_days" integer DEFAULT 0 NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "integration_templates_owner_chk" CHECK ("integration_templates"."owner" in ('adviser','company','candidate')),
	CONSTRAINT "integration_templates_anchor_chk" CHECK ("integration_templates"."anchor" in ('arrival','work_start')),
	CONSTRAINT "integration_templates_offset_chk" CHECK ("integration_templates"."offset_months" between 0 and 120 and "integration_templates"."offset_days" between -365 and 3650)
);
--> statement-breakpoint
ALTER TABLE "case_family_members" ADD CONSTRAINT "case_family_members_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_family_members" ADD CONSTRAINT "case_family_members_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_templates" ADD CONSTRAINT "integration_templates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_templates" ADD CONSTRAINT "integration_templates_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_templates" ADD CONSTRAINT "integration_templates_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_family_members_case_idx" ON "case_family_members" USING btree ("case_id","birth_date");--> statement-breakpoint
CREATE UNIQUE INDEX "integration_templates_office_key_idx" ON "integration_templates" USING btree ("tenant_id","key") WHERE "integration_templates"."company_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "integration_templates_company_key_idx" ON "integration_templates" USING btree ("tenant_id","company_id","key") WHERE "integration_templates"."company_id" is not null;--> statement-breakpoint
CREATE INDEX "cases_probation_end_idx" ON "cases" USING btree ("company_id","probation_end") WHERE "cases"."probation_end" is not null;
