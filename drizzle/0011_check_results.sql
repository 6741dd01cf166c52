-- Issue 13: the evaluated, rendered result page of a saved check, per language, shared by every instance (check_results),
-- valid for the input's fingerprint, which the database keeps in saved_checks.input_hash (md5 of jsonb's canonical text).
CREATE TABLE "check_results" (
	"check_id" text NOT NULL,
	"lang" text NOT NULL,
	"input_hash" text NOT NULL,
	"law_version" text NOT NULL,
	"app_version" text NOT NULL,
	"html" text NOT NULL,
	"content_start" integer NOT NULL,
	"content_end" integer NOT NULL,
	"etag" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_results_check_id_lang_pk" PRIMARY KEY("check_id","lang")
);
--> statement-breakpoint
ALTER TABLE "saved_checks" ADD COLUMN "input_hash" text GENERATED ALWAYS AS (md5(input::text)) STORED;--> statement-breakpoint
ALTER TABLE "check_results" ADD CONSTRAINT "check_results_check_id_saved_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."saved_checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Every change of a check (its input, its owner) or its deletion, and the deletion of a kept page, is told on the
-- channel lotse_check_changed with the check's id ('' after a TRUNCATE: all of them). The embedded database is one
-- session in Lotse's own process and delivers a notification in the same response as the write that caused it, so the
-- one instance on it can trust the kept pages it validated last until told otherwise (src/db/changes.ts,
-- src/app/checks/keptPages.ts). Hand-written: drizzle's schema has no triggers.
CREATE FUNCTION "lotse_notify_check_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM pg_notify('lotse_check_changed', '');
  ELSE
    IF TG_TABLE_NAME = 'check_results' THEN
      PERFORM pg_notify('lotse_check_changed', OLD.check_id);
    ELSE
      PERFORM pg_notify('lotse_check_changed', OLD.id);
    END IF;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "saved_checks_changed" AFTER UPDATE OR DELETE ON "saved_checks" FOR EACH ROW EXECUTE FUNCTION "lotse_notify_check_changed"();--> statement-breakpoint
CREATE TRIGGER "saved_checks_truncated" AFTER TRUNCATE ON "saved_checks" FOR EACH STATEMENT EXECUTE FUNCTION "lotse_notify_check_changed"();--> statement-breakpoint
CREATE TRIGGER "check_results_deleted" AFTER DELETE ON "check_results" FOR EACH ROW EXECUTE FUNCTION "lotse_notify_check_changed"();--> statement-breakpoint
CREATE TRIGGER "check_results_truncated" AFTER TRUNCATE ON "check_results" FOR EACH STATEMENT EXECUTE FUNCTION "lotse_notify_check_changed"();
