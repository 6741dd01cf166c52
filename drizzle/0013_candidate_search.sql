-- Candidates (issue 14). (1) A saved check knows the candidate it was run for (src/app/candidates/checkCandidate.ts),
-- so that erasing the candidate finds the checks that hold their facts; the foreign key is declared here only (see
-- src/db/schema/checks.ts). (2) Trigram indexes on the candidate's lower-cased name and e-mail address, so that the
-- candidate list's "name contains" and the workspace search (<% and LIKE) are served from an index, like the contacts'
-- of 0003 and 0006. An erased candidate's name and e-mail are null.
ALTER TABLE "saved_checks" ADD COLUMN "candidate_id" uuid;--> statement-breakpoint
ALTER TABLE "saved_checks" ADD CONSTRAINT "saved_checks_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "saved_checks_candidate_idx" ON "saved_checks" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "candidates_name_trgm_idx" ON "candidates" USING gin (lower(coalesce("name", '')) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "candidates_email_trgm_idx" ON "candidates" USING gin (lower(coalesce("email", '')) gin_trgm_ops);
