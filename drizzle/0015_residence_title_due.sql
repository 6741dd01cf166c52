-- Issue 15: the residence title on a case (the title held after arrival: its route, issued on, valid until, the card's
-- number and, for a Blue Card, the day its employment began, from which the 12 months of the notice duty on a change
-- of employer run), and the indexes of the due dashboard: titles by expiry per office, open cases by the day their
-- status was reached, open tasks assigned to a user by due date ("mine"), and for the stalled cases (the board's
-- definition) and the missing documents: a case's open tasks with a due date, a case's tasks done since a day, and a case's
-- documents still missing or rejected.
ALTER TABLE "cases" ADD COLUMN "title_route_id" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "title_issued_on" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "title_valid_until" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "title_card_number" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "title_employment_from" date;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_title_dates_chk" CHECK ("cases"."title_valid_until" is null or "cases"."title_issued_on" is null or "cases"."title_valid_until" >= "cases"."title_issued_on");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_title_complete_chk" CHECK (("cases"."title_route_id" is null) = ("cases"."title_valid_until" is null));--> statement-breakpoint
CREATE INDEX "cases_title_expiry_idx" ON "cases" USING btree ("tenant_id","title_valid_until") WHERE "cases"."title_valid_until" is not null;--> statement-breakpoint
CREATE INDEX "cases_open_since_idx" ON "cases" USING btree ("tenant_id","status_since") WHERE "cases"."status" not in ('closed','cancelled');--> statement-breakpoint
CREATE INDEX "case_tasks_assignee_due_idx" ON "case_tasks" USING btree ("assignee_user_id","due_on") WHERE "case_tasks"."done_at" is null;--> statement-breakpoint
CREATE INDEX "case_tasks_open_dated_idx" ON "case_tasks" USING btree ("case_id") WHERE "case_tasks"."done_at" is null and "case_tasks"."due_on" is not null;--> statement-breakpoint
CREATE INDEX "case_tasks_done_idx" ON "case_tasks" USING btree ("case_id","done_at") WHERE "case_tasks"."done_at" is not null;--> statement-breakpoint
CREATE INDEX "case_documents_missing_idx" ON "case_documents" USING btree ("case_id","position") WHERE "case_documents"."status" in ('missing','rejected');
