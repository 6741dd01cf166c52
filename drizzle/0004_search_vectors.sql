-- Search on the volume demo (issue 6, 2,000 companies and 20,000 consultations): the german full-text documents of
-- companies and consultation records become stored generated columns with GIN indexes, replacing the expression
-- indexes of 0003. Before, every search recomputed to_tsvector for each candidate row: to rank the matching records
-- (ts_rank) and, for companies, wherever the planner served the three-way OR by a sequential scan (150-2,700 ms).
-- Like 0003 this is hand-written SQL: the columns are not in src/db/schema.ts, so that no select of whole rows carries
-- them; src/app/searchWorkspace.ts names them.
ALTER TABLE "companies" ADD COLUMN IF NOT EXISTS "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('german'::regconfig, "name" || ' ' || coalesce("city", '') || ' ' || coalesce("notes", ''))) STORED;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN IF NOT EXISTS "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('german'::regconfig, coalesce("record", '') || ' ' || coalesce("outcome", ''))) STORED;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "companies_search_idx" ON "companies" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "consultations_search_idx" ON "consultations" USING gin ("search_vector");--> statement-breakpoint
DROP INDEX IF EXISTS "companies_fts_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "consultations_fts_idx";
