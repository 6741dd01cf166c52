-- Issue 15: the office's own durations (src/app/cases/officeDurations.ts) kept in the database instead of each
-- instance's memory: one row per office with the figures and when they were computed. Any instance reads them while
-- they are fresh; closing or reopening a case deletes the row in the same transaction, so that every instance computes
-- them again at their next use.
CREATE TABLE "office_duration_figures" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"figures" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "office_duration_figures" ADD CONSTRAINT "office_duration_figures_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
