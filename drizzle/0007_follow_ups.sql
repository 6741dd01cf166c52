-- Follow-ups (Wiedervorlagen, issue 6): a consultation's follow-up date can be marked done (when, by whom), and the
-- open follow-ups of an office are listed by due date from a partial index.
ALTER TABLE "consultations" ADD COLUMN "follow_up_done_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "follow_up_done_by" uuid;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_follow_up_done_by_users_id_fk" FOREIGN KEY ("follow_up_done_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultations_follow_up_open_idx" ON "consultations" USING btree ("tenant_id","follow_up_date") WHERE "consultations"."follow_up_date" is not null and "consultations"."follow_up_done_at" is null;