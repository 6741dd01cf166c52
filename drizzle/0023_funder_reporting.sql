-- Issue 17, the funder's report (docs/decisions/026-funder-reporting.md): the reporting fields of a candidate, asked on
-- the candidate form with the consent for reporting, optional (null: not asked yet; 'not_stated': asked, not told).
-- The codes repeat src/app/reports/funderCodes.ts. Erasing a candidate clears them with the other personal fields.
ALTER TABLE "candidates" ADD COLUMN "report_sex" text;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "report_employment_status" text;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "report_isced" text;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "report_disability" text;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "report_foreign_origin" text;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_report_sex_chk" CHECK ("candidates"."report_sex" is null or "candidates"."report_sex" in ('female','male','non_binary','not_stated'));--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_report_employment_status_chk" CHECK ("candidates"."report_employment_status" is null or "candidates"."report_employment_status" in ('employed','unemployed','long_term_unemployed','inactive','not_stated'));--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_report_isced_chk" CHECK ("candidates"."report_isced" is null or "candidates"."report_isced" in ('isced_0_2','isced_3_4','isced_5_8','not_stated'));--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_report_disability_chk" CHECK ("candidates"."report_disability" is null or "candidates"."report_disability" in ('yes','no','not_stated'));--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_report_foreign_origin_chk" CHECK ("candidates"."report_foreign_origin" is null or "candidates"."report_foreign_origin" in ('yes','no','not_stated'));--> statement-breakpoint
CREATE INDEX "case_status_changes_tenant_to_idx" ON "case_status_changes" USING btree ("tenant_id","to_status","changed_on");
