CREATE TABLE "session_versions" (
	"session_id" integer NOT NULL,
	"version" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"cancelled" boolean NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "session_versions_session_id_version_pk" PRIMARY KEY("session_id","version")
);
--> statement-breakpoint
DROP INDEX IF EXISTS "reminders_once";--> statement-breakpoint
ALTER TABLE "attendance" ADD COLUMN "for_starts_at" timestamp with time zone;--> statement-breakpoint
UPDATE "attendance" SET "for_starts_at" = "sessions"."starts_at" FROM "sessions" WHERE "sessions"."id" = "attendance"."session_id";--> statement-breakpoint
ALTER TABLE "attendance" ALTER COLUMN "for_starts_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "reminders" ADD COLUMN "session_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "reminders" ADD COLUMN "session_starts_at" timestamp with time zone;--> statement-breakpoint
UPDATE "reminders" SET "session_starts_at" = "sessions"."starts_at" FROM "sessions" WHERE "sessions"."id" = "reminders"."session_id";--> statement-breakpoint
ALTER TABLE "reminders" ALTER COLUMN "session_starts_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "reminders" ADD COLUMN "known_version" integer;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "session_versions" ADD CONSTRAINT "session_versions_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reminders_once_per_version" ON "reminders" USING btree ("session_id","participant_id","kind","session_version");