-- The funder report's summary (issue 13, "Report in O(months), not O(consultations)"; docs/decisions/015-report-summary.md).
-- Hand-written SQL like 0003/0004: the tables are read only by src/app/reports/buildReport.ts and written only by the
-- triggers below, so they are not in src/db/schema.
--
--   report_counts        per tenant, month (grain 'm', period = its first day) and day (grain 'd'), the additive
--                        figures: dim 'consultations' and 'otherParticipants' (key ''), 'channel', 'accessRoute' (''
--                        for none), 'kind', 'topic' (a consultation counts once per topic) and 'partner' (key = the
--                        partner's id: one per referral; the report groups them by the partner's current type).
--                        A range reads the months it covers whole and the days of the months at its ends:
--                        at most ~60 days, however many consultations.
--   report_company_days  per tenant and company, the days with a consultation of it (a datemultirange): the companies
--                        reached in [from, to] are those whose days overlap the range, exact for any range. One row
--                        per company ever consulted; the report joins the companies for their current size class and
--                        WZ section.
--   report_person_days   the same per tenant and person key (the contact persons who took part).
--
-- Triggers on consultations, consultation_referrals and consultation_participants keep them in the writing
-- transaction, whoever writes (use cases, seeds, cascades). Counts are applied as deltas; the day sets grow by union,
-- and when a consultation or participant goes or moves, its former day is taken out of the set unless another
-- consultation of that company (participation of that person) is on it, checked after locking the summary row (so
-- that a concurrent writer's committed change is seen). The summary holds no personal data: ids, dates and counts.
-- report_summary_rebuild() recomputes everything (`lotse report rebuild-summary`); the end of this migration uses it
-- as the backfill.
CREATE TABLE "report_counts" (
	"tenant_id" uuid NOT NULL,
	"grain" text NOT NULL,
	"period" date NOT NULL,
	"dim" text NOT NULL,
	"key" text NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "report_counts_pk" PRIMARY KEY("tenant_id","grain","period","dim","key"),
	CONSTRAINT "report_counts_grain_chk" CHECK ("grain" in ('m', 'd'))
);
--> statement-breakpoint
CREATE TABLE "report_company_days" (
	"tenant_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"days" datemultirange NOT NULL,
	CONSTRAINT "report_company_days_pk" PRIMARY KEY("tenant_id","company_id")
);
--> statement-breakpoint
CREATE TABLE "report_person_days" (
	"tenant_id" uuid NOT NULL,
	"person_key" uuid NOT NULL,
	"days" datemultirange NOT NULL,
	CONSTRAINT "report_person_days_pk" PRIMARY KEY("tenant_id","person_key")
);
--> statement-breakpoint
ALTER TABLE "report_counts" ADD CONSTRAINT "report_counts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_company_days" ADD CONSTRAINT "report_company_days_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_person_days" ADD CONSTRAINT "report_person_days_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE TYPE "report_delta" AS ("tenant_id" uuid, "grain" text, "period" date, "dim" text, "key" text, "n" bigint);
--> statement-breakpoint
CREATE TYPE "report_day" AS ("tenant_id" uuid, "id" uuid, "day" date);
--> statement-breakpoint
-- What one consultation adds to report_counts (times p_sign), for its month and its day.
CREATE FUNCTION report_consultation_rows(p_date date, p_channel text, p_access_route text, p_kind text, p_topics text[], p_other integer, p_sign integer)
RETURNS TABLE (grain text, period date, dim text, key text, n bigint)
LANGUAGE sql IMMUTABLE AS $$
  select g.grain, case g.grain when 'm' then p_date - (extract(day from p_date)::int - 1) else p_date end, v.dim, v.key, v.n * p_sign
  from (values ('m'), ('d')) as g(grain),
    (select 'consultations' as dim, '' as key, 1::bigint as n
     union all select 'otherParticipants', '', p_other::bigint where coalesce(p_other, 0) <> 0
     union all select 'channel', p_channel, 1
     union all select 'accessRoute', coalesce(p_access_route, ''), 1
     union all select 'kind', p_kind, 1
     union all select distinct 'topic', t, 1 from unnest(p_topics) as t) as v
$$;
--> statement-breakpoint
-- What one referral adds (times p_sign): one for its partner, in the month and on the day of its consultation.
CREATE FUNCTION report_referral_rows(p_date date, p_partner uuid, p_sign integer)
RETURNS TABLE (grain text, period date, dim text, key text, n bigint)
LANGUAGE sql IMMUTABLE AS $$
  select g.grain, case g.grain when 'm' then p_date - (extract(day from p_date)::int - 1) else p_date end, 'partner', p_partner::text, p_sign::bigint
  from (values ('m'), ('d')) as g(grain)
$$;
--> statement-breakpoint
-- Adds the deltas to report_counts (rows in key order, so that concurrent writers lock them in the same order) and
-- removes the rows that drop to zero. A negative delta for a row that is not there (its tenant being deleted) is
-- dropped instead of inserted.
CREATE FUNCTION report_counts_apply(p report_delta[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO report_counts AS rc (tenant_id, grain, period, dim, key, n)
  SELECT d.tenant_id, d.grain, d.period, d.dim, d.key, d.n
  FROM (SELECT x.tenant_id, x.grain, x.period, x.dim, x.key, sum(x.n)::bigint AS n FROM unnest(p) AS x GROUP BY 1, 2, 3, 4, 5) AS d
  WHERE d.n > 0 OR (d.n < 0 AND EXISTS (
    SELECT 1 FROM report_counts e
    WHERE e.tenant_id = d.tenant_id AND e.grain = d.grain AND e.period = d.period AND e.dim = d.dim AND e.key = d.key))
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (tenant_id, grain, period, dim, key) DO UPDATE SET n = rc.n + excluded.n;
  DELETE FROM report_counts AS rc
  USING (SELECT DISTINCT x.tenant_id, x.grain, x.period, x.dim, x.key FROM unnest(p) AS x WHERE x.n < 0) AS d
  WHERE rc.tenant_id = d.tenant_id AND rc.grain = d.grain AND rc.period = d.period AND rc.dim = d.dim AND rc.key = d.key AND rc.n <= 0;
END $$;
--> statement-breakpoint
-- Takes days out of companies' day sets: each (tenant, company, day) whose company has no consultation left on that
-- day. The rows are locked first: a transaction that added to one commits before, and the check (a new statement, a
-- new snapshot) sees its consultation.
CREATE FUNCTION report_company_days_remove(p report_day[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM report_company_days d WHERE (d.tenant_id, d.company_id) IN (SELECT x.tenant_id, x.id FROM unnest(p) AS x)
  ORDER BY d.tenant_id, d.company_id FOR UPDATE;
  UPDATE report_company_days AS d SET days = d.days - g.gone
  FROM (
    SELECT x.tenant_id, x.id, range_agg(daterange(x.day, x.day, '[]')) AS gone
    FROM (SELECT DISTINCT tenant_id, id, day FROM unnest(p)) AS x
    WHERE NOT EXISTS (SELECT 1 FROM consultations c WHERE c.company_id = x.id AND c.date = x.day AND c.tenant_id = x.tenant_id)
    GROUP BY 1, 2
  ) AS g
  WHERE d.tenant_id = g.tenant_id AND d.company_id = g.id;
  DELETE FROM report_company_days d WHERE (d.tenant_id, d.company_id) IN (SELECT x.tenant_id, x.id FROM unnest(p) AS x) AND isempty(d.days);
END $$;
--> statement-breakpoint
-- The same for persons: each (tenant, person key, day) without another participation of the person on that day
-- (p_except: a consultation about to be deleted, which still exists).
CREATE FUNCTION report_person_days_remove(p report_day[], p_except uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM report_person_days d WHERE (d.tenant_id, d.person_key) IN (SELECT x.tenant_id, x.id FROM unnest(p) AS x)
  ORDER BY d.tenant_id, d.person_key FOR UPDATE;
  UPDATE report_person_days AS d SET days = d.days - g.gone
  FROM (
    SELECT x.tenant_id, x.id, range_agg(daterange(x.day, x.day, '[]')) AS gone
    FROM (SELECT DISTINCT tenant_id, id, day FROM unnest(p)) AS x
    WHERE NOT EXISTS (
      SELECT 1 FROM consultation_participants q JOIN consultations c ON c.id = q.consultation_id
      WHERE q.person_key = x.id AND c.date = x.day AND c.tenant_id = x.tenant_id AND c.id IS DISTINCT FROM p_except)
    GROUP BY 1, 2
  ) AS g
  WHERE d.tenant_id = g.tenant_id AND d.person_key = g.id;
  DELETE FROM report_person_days d WHERE (d.tenant_id, d.person_key) IN (SELECT x.tenant_id, x.id FROM unnest(p) AS x) AND isempty(d.days);
END $$;
--> statement-breakpoint
CREATE FUNCTION report_on_consultations_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM report_counts_apply(array(
    SELECT row(c.tenant_id, r.grain, r.period, r.dim, r.key, r.n)::report_delta
    FROM new_rows c, report_consultation_rows(c.date, c.channel, c.access_route, c.kind, c.topics, c.other_participants, 1) r));
  INSERT INTO report_company_days AS d (tenant_id, company_id, days)
  SELECT tenant_id, company_id, range_agg(daterange(date, date, '[]')) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (tenant_id, company_id) DO UPDATE SET days = d.days + excluded.days;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION report_on_consultations_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved uuid[];
BEGIN
  -- counts: the new rows' contributions minus the old ones (unchanged rows cancel out), their referrals' too
  PERFORM report_counts_apply(array(
    SELECT row(c.tenant_id, r.grain, r.period, r.dim, r.key, r.n)::report_delta
    FROM new_rows c, report_consultation_rows(c.date, c.channel, c.access_route, c.kind, c.topics, c.other_participants, 1) r
    UNION ALL
    SELECT row(c.tenant_id, r.grain, r.period, r.dim, r.key, r.n)::report_delta
    FROM old_rows c, report_consultation_rows(c.date, c.channel, c.access_route, c.kind, c.topics, c.other_participants, -1) r
    UNION ALL
    SELECT row(c.tenant_id, r.grain, r.period, r.dim, r.key, r.n)::report_delta
    FROM new_rows c JOIN old_rows o ON o.id = c.id JOIN consultation_referrals x ON x.consultation_id = c.id,
      report_referral_rows(c.date, x.partner_id, 1) r
    WHERE (o.tenant_id, o.date) IS DISTINCT FROM (c.tenant_id, c.date)
    UNION ALL
    SELECT row(o.tenant_id, r.grain, r.period, r.dim, r.key, r.n)::report_delta
    FROM new_rows c JOIN old_rows o ON o.id = c.id JOIN consultation_referrals x ON x.consultation_id = c.id,
      report_referral_rows(o.date, x.partner_id, -1) r
    WHERE (o.tenant_id, o.date) IS DISTINCT FROM (c.tenant_id, c.date)));
  -- the day sets: only where the consultation moved to another day, company or tenant
  SELECT array_agg(c.id) INTO moved FROM new_rows c JOIN old_rows o ON o.id = c.id
  WHERE (o.tenant_id, o.company_id, o.date) IS DISTINCT FROM (c.tenant_id, c.company_id, c.date);
  IF moved IS NULL THEN
    RETURN NULL;
  END IF;
  INSERT INTO report_company_days AS d (tenant_id, company_id, days)
  SELECT tenant_id, company_id, range_agg(daterange(date, date, '[]')) FROM new_rows WHERE id = ANY (moved) GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (tenant_id, company_id) DO UPDATE SET days = d.days + excluded.days;
  PERFORM report_company_days_remove(array(SELECT row(tenant_id, company_id, date)::report_day FROM old_rows WHERE id = ANY (moved)));
  INSERT INTO report_person_days AS d (tenant_id, person_key, days)
  SELECT c.tenant_id, p.person_key, range_agg(daterange(c.date, c.date, '[]'))
  FROM new_rows c JOIN consultation_participants p ON p.consultation_id = c.id WHERE c.id = ANY (moved) GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (tenant_id, person_key) DO UPDATE SET days = d.days + excluded.days;
  PERFORM report_person_days_remove(array(
    SELECT row(o.tenant_id, p.person_key, o.date)::report_day
    FROM old_rows o JOIN consultation_participants p ON p.consultation_id = o.id WHERE o.id = ANY (moved)), NULL);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Before each deleted consultation goes: its counts, its referrals' and its participants' days (the cascade deletes
-- those rows afterwards, when the consultation can no longer be found: their triggers then find nothing to do).
CREATE FUNCTION report_before_consultation_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM report_counts_apply(array(
    SELECT row(OLD.tenant_id, r.grain, r.period, r.dim, r.key, r.n)::report_delta
    FROM report_consultation_rows(OLD.date, OLD.channel, OLD.access_route, OLD.kind, OLD.topics, OLD.other_participants, -1) r
    UNION ALL
    SELECT row(OLD.tenant_id, r.grain, r.period, r.dim, r.key, r.n)::report_delta
    FROM consultation_referrals x, report_referral_rows(OLD.date, x.partner_id, -1) r
    WHERE x.consultation_id = OLD.id));
  PERFORM report_person_days_remove(array(
    SELECT row(OLD.tenant_id, p.person_key, OLD.date)::report_day FROM consultation_participants p WHERE p.consultation_id = OLD.id), OLD.id);
  RETURN OLD;
END $$;
--> statement-breakpoint
-- After the statement: the companies' day sets.
CREATE FUNCTION report_on_consultations_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM report_company_days_remove(array(SELECT row(tenant_id, company_id, date)::report_day FROM old_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Referrals inserted, deleted or changed: plus the new, minus the old, at their consultation's month and day. A
-- referral whose consultation is being deleted is not found here (it was subtracted before the delete).
CREATE FUNCTION report_on_referrals_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM report_counts_apply(array(
      SELECT row(c.tenant_id, r.grain, r.period, r.dim, r.key, r.n)::report_delta
      FROM new_rows x JOIN consultations c ON c.id = x.consultation_id, report_referral_rows(c.date, x.partner_id, 1) r));
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM report_counts_apply(array(
      SELECT row(c.tenant_id, r.grain, r.period, r.dim, r.key, r.n)::report_delta
      FROM old_rows x JOIN consultations c ON c.id = x.consultation_id, report_referral_rows(c.date, x.partner_id, -1) r));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Participants inserted, deleted or changed: the new ones' days are added, the removed ones' taken out where the
-- person has no other participation that day. Those removed with their consultation were handled before its delete
-- (their consultation is not found here). A change of contact_id alone (the contact deleted) changes nothing.
CREATE FUNCTION report_on_participants_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO report_person_days AS d (tenant_id, person_key, days)
    SELECT c.tenant_id, p.person_key, range_agg(daterange(c.date, c.date, '[]'))
    FROM new_rows p JOIN consultations c ON c.id = p.consultation_id
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (tenant_id, person_key) DO UPDATE SET days = d.days + excluded.days;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM report_person_days_remove(array(
      SELECT row(c.tenant_id, p.person_key, c.date)::report_day FROM old_rows p JOIN consultations c ON c.id = p.consultation_id), NULL);
  ELSE
    INSERT INTO report_person_days AS d (tenant_id, person_key, days)
    SELECT c.tenant_id, p.person_key, range_agg(daterange(c.date, c.date, '[]'))
    FROM (SELECT consultation_id, person_key FROM new_rows EXCEPT SELECT consultation_id, person_key FROM old_rows) AS p
      JOIN consultations c ON c.id = p.consultation_id
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (tenant_id, person_key) DO UPDATE SET days = d.days + excluded.days;
    PERFORM report_person_days_remove(array(
      SELECT row(c.tenant_id, p.person_key, c.date)::report_day
      FROM (SELECT consultation_id, person_key FROM old_rows EXCEPT SELECT consultation_id, person_key FROM new_rows) AS p
        JOIN consultations c ON c.id = p.consultation_id), NULL);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER report_consultations_insert AFTER INSERT ON consultations REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_on_consultations_insert();
--> statement-breakpoint
CREATE TRIGGER report_consultations_update AFTER UPDATE ON consultations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_on_consultations_update();
--> statement-breakpoint
CREATE TRIGGER report_consultations_before_delete BEFORE DELETE ON consultations FOR EACH ROW EXECUTE FUNCTION report_before_consultation_delete();
--> statement-breakpoint
CREATE TRIGGER report_consultations_delete AFTER DELETE ON consultations REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_on_consultations_delete();
--> statement-breakpoint
CREATE TRIGGER report_referrals_insert AFTER INSERT ON consultation_referrals REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_on_referrals_change();
--> statement-breakpoint
CREATE TRIGGER report_referrals_update AFTER UPDATE ON consultation_referrals REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_on_referrals_change();
--> statement-breakpoint
CREATE TRIGGER report_referrals_delete AFTER DELETE ON consultation_referrals REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_on_referrals_change();
--> statement-breakpoint
CREATE TRIGGER report_participants_insert AFTER INSERT ON consultation_participants REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_on_participants_change();
--> statement-breakpoint
CREATE TRIGGER report_participants_update AFTER UPDATE ON consultation_participants REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_on_participants_change();
--> statement-breakpoint
CREATE TRIGGER report_participants_delete AFTER DELETE ON consultation_participants REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_on_participants_change();
--> statement-breakpoint
-- Recomputes the whole summary from the consultations, their referrals and participants (the backfill below, and
-- `lotse report rebuild-summary`). Writers wait meanwhile (SHARE locks), readers do not.
CREATE FUNCTION report_summary_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE consultations, consultation_referrals, consultation_participants IN SHARE MODE;
  DELETE FROM report_counts;
  DELETE FROM report_company_days;
  DELETE FROM report_person_days;
  INSERT INTO report_counts (tenant_id, grain, period, dim, key, n)
  SELECT s.tenant_id, s.grain, s.period, s.dim, s.key, sum(s.n)::bigint
  FROM (
    SELECT c.tenant_id, r.grain, r.period, r.dim, r.key, r.n
    FROM consultations c, report_consultation_rows(c.date, c.channel, c.access_route, c.kind, c.topics, c.other_participants, 1) r
    UNION ALL
    SELECT c.tenant_id, r.grain, r.period, r.dim, r.key, r.n
    FROM consultation_referrals x JOIN consultations c ON c.id = x.consultation_id, report_referral_rows(c.date, x.partner_id, 1) r
  ) AS s
  GROUP BY 1, 2, 3, 4, 5
  HAVING sum(s.n) > 0;
  INSERT INTO report_company_days (tenant_id, company_id, days)
  SELECT tenant_id, company_id, range_agg(daterange(date, date, '[]')) FROM consultations GROUP BY 1, 2;
  INSERT INTO report_person_days (tenant_id, person_key, days)
  SELECT c.tenant_id, p.person_key, range_agg(daterange(c.date, c.date, '[]'))
  FROM consultation_participants p JOIN consultations c ON c.id = p.consultation_id GROUP BY 1, 2;
END $$;
--> statement-breakpoint
SELECT report_summary_rebuild();
