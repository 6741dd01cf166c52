CREATE TABLE "consultation_referrals" (
	"consultation_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	CONSTRAINT "consultation_referrals_consultation_id_partner_id_pk" PRIMARY KEY("consultation_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"date" date NOT NULL,
	"channel" text NOT NULL,
	"duration_minutes" integer,
	"adviser_user_id" uuid,
	"topics" text[] NOT NULL,
	"occupations" text[] DEFAULT '{}'::text[] NOT NULL,
	"record" text,
	"outcome" text,
	"follow_up_date" date,
	"kind" text NOT NULL,
	"access_route" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultations_channel_chk" CHECK ("consultations"."channel" in ('on_site','phone','video','email','event')),
	CONSTRAINT "consultations_kind_chk" CHECK ("consultations"."kind" in ('first','follow_up')),
	CONSTRAINT "consultations_access_route_chk" CHECK ("consultations"."access_route" is null or "consultations"."access_route" in ('own_initiative','chamber','employment_agency','event','recommendation','internet','other')),
	CONSTRAINT "consultations_topics_chk" CHECK (cardinality("consultations"."topics") >= 1 and "consultations"."topics" <@ array['skilled_immigration','residence_law','recognition','further_qualification','integration_management']::text[]),
	CONSTRAINT "consultations_duration_chk" CHECK ("consultations"."duration_minutes" is null or "consultations"."duration_minutes" between 1 and 1440)
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text,
	"email" text,
	"phone" text,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"contact_name" text,
	"email" text,
	"phone" text,
	"website" text,
	"address" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partners_type_chk" CHECK ("partners"."type" in ('employment_agency','immigration_office','ihk','hwk','education_provider','recognition_body','other'))
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "headcount" integer;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "consultation_referrals" ADD CONSTRAINT "consultation_referrals_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_referrals" ADD CONSTRAINT "consultation_referrals_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_adviser_user_id_users_id_fk" FOREIGN KEY ("adviser_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_referrals_partner_idx" ON "consultation_referrals" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "consultations_tenant_date_idx" ON "consultations" USING btree ("tenant_id","date");--> statement-breakpoint
CREATE INDEX "consultations_company_date_idx" ON "consultations" USING btree ("company_id","date");--> statement-breakpoint
CREATE INDEX "contacts_company_idx" ON "contacts" USING btree ("company_id","name");--> statement-breakpoint
CREATE INDEX "contacts_tenant_idx" ON "contacts" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "partners_tenant_name_idx" ON "partners" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE INDEX "companies_tenant_name_idx" ON "companies" USING btree ("tenant_id",lower("name"));--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_headcount_chk" CHECK ("companies"."headcount" is null or "companies"."headcount" >= 0);