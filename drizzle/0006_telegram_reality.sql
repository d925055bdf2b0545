CREATE TABLE "pending_replies" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pending_replies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"chat_id" bigint NOT NULL,
	"update_id" bigint,
	"method" text NOT NULL,
	"payload" jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"lease_until" timestamp with time zone,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "escalation_messages" ADD COLUMN "details" jsonb;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "last_media_group_id" text;--> statement-breakpoint
CREATE INDEX "pending_replies_chat_idx" ON "pending_replies" USING btree ("chat_id","id");--> statement-breakpoint
CREATE INDEX "pending_replies_next_attempt_idx" ON "pending_replies" USING btree ("next_attempt_at");