-- Search (issue 6): a trigram index for the e-mail branch of the contact search, so that searchWorkspace.ts can serve
-- every branch of its candidate union from an index (the name branches use contacts_name_trgm_idx of 0003). Without
-- it, the e-mail branch read every contact of every tenant.
CREATE INDEX IF NOT EXISTS "contacts_email_trgm_idx" ON "contacts" USING gin (lower(coalesce("email", '')) gin_trgm_ops);
