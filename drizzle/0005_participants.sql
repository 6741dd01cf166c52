-- Persons reached (issue 6): the contact persons who took part in a consultation, and a count of further people.
-- person_key is the contact's id at the time of recording and deliberately no foreign key, so that it survives the
-- contact's deletion and the company's anonymisation as an anonymous pseudonym; contact_id is the live link.
CREATE TABLE "consultation_participants" (
	"consultation_id" uuid NOT NULL,
	"person_key" uuid NOT NULL,
	"contact_id" uuid,
	CONSTRAINT "consultation_participants_consultation_id_person_key_pk" PRIMARY KEY("consultation_id","person_key")
);
--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "other_participants" integer;--> statement-breakpoint
ALTER TABLE "consultation_participants" ADD CONSTRAINT "consultation_participants_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_participants" ADD CONSTRAINT "consultation_participants_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_participants_person_idx" ON "consultation_participants" USING btree ("person_key");--> statement-breakpoint
CREATE INDEX "consultation_participants_contact_idx" ON "consultation_participants" USING btree ("contact_id");--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_other_participants_chk" CHECK ("consultations"."other_participants" is null or "consultations"."other_participants" between 0 and 10000);