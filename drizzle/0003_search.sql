-- Search across companies, contacts and consultation records (issue 6): trigram matching for names (pg_trgm; PGlite
-- loads the extension in src/db/index.ts), PostgreSQL full text with the german configuration for free text.
-- The expressions here are the ones src/app/searchWorkspace.ts queries with, so that the indexes are used.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "companies_name_trgm_idx" ON "companies" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "contacts_name_trgm_idx" ON "contacts" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "companies_fts_idx" ON "companies" USING gin (to_tsvector('german'::regconfig, "name" || ' ' || coalesce("city", '') || ' ' || coalesce("notes", '')));--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "consultations_fts_idx" ON "consultations" USING gin (to_tsvector('german'::regconfig, coalesce("record", '') || ' ' || coalesce("outcome", '')));
