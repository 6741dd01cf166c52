-- Issue 10: login attempts remember the known device (a signed device cookie) they came from, so that failures from
-- unknown devices cannot lock the account for its owner; password-reset requests wait in a table and are handled
-- after the response, so that the request takes the same time whether or not the address has an account.
CREATE TABLE "password_reset_requests" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"public_url" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "login_attempts" ADD COLUMN "device" text;