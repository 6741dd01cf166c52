-- Issue 16: the partner directory grows into the office's partner network, and a referral becomes a tracked item.
-- Partners: new types (the former 'employment_agency' is now 'ba_employer_service'), the Land and region, more contact
-- channels, what they handle (text and topic codes), the measures they offer (measure kind codes), notes, whether a
-- seeded fact is still to be verified, and the stable key of a seeded entry (src/app/partners/rlpNetwork.ts).
ALTER TABLE "partners" DROP CONSTRAINT "partners_type_chk";--> statement-breakpoint
UPDATE "partners" SET "type" = 'ba_employer_service' WHERE "type" = 'employment_agency';--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_type_chk" CHECK ("partners"."type" in ('ba_employer_service','ba_central_service','immigration_office','immigration_office_central','ihk','hwk','chamber_other','recognition_body','education_provider','iq_counselling','welcome_center','other'));--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "federal_state" text;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "region" text;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "contact_form_url" text;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "opening_hours" text;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "handles" text;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "topics" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "offers" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "notes" text;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "unconfirmed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "seed_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "partners_tenant_seed_key_idx" ON "partners" USING btree ("tenant_id","seed_key") WHERE "partners"."seed_key" is not null;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_federal_state_chk" CHECK ("partners"."federal_state" is null or "partners"."federal_state" in ('DE-BW','DE-BY','DE-BE','DE-BB','DE-HB','DE-HH','DE-HE','DE-MV','DE-NI','DE-NW','DE-RP','DE-SL','DE-SN','DE-ST','DE-SH','DE-TH'));--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_topics_chk" CHECK ("partners"."topics" <@ array['skilled_immigration','residence_law','recognition','further_qualification','integration_management']::text[]);--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_offers_chk" CHECK ("partners"."offers" <@ array['anpassungsqualifizierung_betrieb','anpassungsqualifizierung_kurs','ausgleichsmassnahme_anpassungslehrgang','eignungspruefung_vorbereitung','kenntnispruefung_vorbereitung','qualifikationsanalyse','berufssprachkurs','fachsprachkurs','integrationskurs']::text[]);--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"consultation_id" uuid,
	"case_id" uuid,
	"purpose" text,
	"measure_kind" text,
	"status" text DEFAULT 'sent' NOT NULL,
	"sent_on" date NOT NULL,
	"accepted_on" date,
	"done_on" date,
	"declined_on" date,
	"outcome" text,
	"follow_up_date" date,
	"follow_up_done_at" timestamp with time zone,
	"follow_up_done_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_source_chk" CHECK (("referrals"."consultation_id" is null) <> ("referrals"."case_id" is null)),
	CONSTRAINT "referrals_status_chk" CHECK ("referrals"."status" in ('sent','accepted','done','declined')),
	CONSTRAINT "referrals_measure_kind_chk" CHECK ("referrals"."measure_kind" is null or "referrals"."measure_kind" in ('anpassungsqualifizierung_betrieb','anpassungsqualifizierung_kurs','ausgleichsmassnahme_anpassungslehrgang','eignungspruefung_vorbereitung','kenntnispruefung_vorbereitung','qualifikationsanalyse','berufssprachkurs','fachsprachkurs','integrationskurs')),
	CONSTRAINT "referrals_dates_chk" CHECK (("referrals"."accepted_on" is null or "referrals"."accepted_on" >= "referrals"."sent_on") and ("referrals"."done_on" is null or "referrals"."done_on" >= "referrals"."sent_on") and ("referrals"."declined_on" is null or "referrals"."declined_on" >= "referrals"."sent_on")),
	CONSTRAINT "referrals_status_dates_chk" CHECK (("referrals"."status" <> 'done' or "referrals"."done_on" is not null) and ("referrals"."status" <> 'declined' or "referrals"."declined_on" is not null) and ("referrals"."status" <> 'accepted' or "referrals"."accepted_on" is not null))
);
--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_follow_up_done_by_users_id_fk" FOREIGN KEY ("follow_up_done_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referrals_tenant_sent_idx" ON "referrals" USING btree ("tenant_id","sent_on");--> statement-breakpoint
CREATE INDEX "referrals_partner_idx" ON "referrals" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "referrals_case_idx" ON "referrals" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_consultation_partner_idx" ON "referrals" USING btree ("consultation_id","partner_id") WHERE "referrals"."consultation_id" is not null;--> statement-breakpoint
CREATE INDEX "referrals_follow_up_open_idx" ON "referrals" USING btree ("tenant_id","follow_up_date") WHERE "referrals"."follow_up_date" is not null and "referrals"."follow_up_done_at" is null;--> statement-breakpoint
-- backfill: each tick of a consultation (consultation_referrals) becomes a referral sent on the consultation's day by
-- its adviser. consultation_referrals stays: the report's summary counts it, and the referral use cases keep it in step.
INSERT INTO "referrals" ("tenant_id", "partner_id", "consultation_id", "status", "sent_on", "created_by", "created_at", "updated_at")
SELECT c."tenant_id", x."partner_id", x."consultation_id", 'sent', c."date", c."adviser_user_id", c."created_at", c."created_at"
FROM "consultation_referrals" x JOIN "consultations" c ON c."id" = x."consultation_id"
ON CONFLICT DO NOTHING;
