CREATE TABLE "audio_clips" (
	"id" serial PRIMARY KEY NOT NULL,
	"message_key" text NOT NULL,
	"locale" text NOT NULL,
	"source" text NOT NULL,
	"text_hash" text,
	"content" "bytea" NOT NULL,
	"bytes" integer NOT NULL,
	"telegram_file_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "urgent" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "urgent_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "audio_clips_key_locale_source" ON "audio_clips" USING btree ("message_key","locale","source");--> statement-breakpoint
-- The example catalogue's modules say which language they teach and which parents they
-- are for (matching says only true things, issue 13); installations seeded before get
-- the same tags. Coordinators' own modules are left as they are.
UPDATE "modules" SET "tags" = array_append("tags", 'finnish') WHERE "code" IN ('finnish-family-lahti', 'literacy-lappeenranta') AND NOT ('finnish' = ANY("tags"));--> statement-breakpoint
UPDATE "modules" SET "tags" = array_append("tags", 'swedish') WHERE "code" = 'swedish-vaasa' AND NOT ('swedish' = ANY("tags"));--> statement-breakpoint
UPDATE "modules" SET "tags" = array_append("tags", 'mothers') WHERE "code" = 'mothers-cafe-tornio' AND NOT ('mothers' = ANY("tags"));--> statement-breakpoint
UPDATE "modules" SET "tags" = array_append("tags", 'working-parents') WHERE "code" = 'wellbeing-kemi' AND NOT ('working-parents' = ANY("tags"));
