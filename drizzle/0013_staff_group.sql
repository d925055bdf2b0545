CREATE TABLE "staff_group_queue" (
	"id" serial PRIMARY KEY NOT NULL,
	"group_chat_id" bigint NOT NULL,
	"escalation_id" integer,
	"kind" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "staff_group_topics" (
	"id" serial PRIMARY KEY NOT NULL,
	"group_chat_id" bigint NOT NULL,
	"participant_id" integer,
	"escalation_id" integer,
	"thread_id" integer NOT NULL,
	"summary_message_id" integer,
	"closed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_link_codes" (
	"id" serial PRIMARY KEY NOT NULL,
	"staff_id" integer NOT NULL,
	"code_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "staff_link_codes_code_hash_unique" UNIQUE("code_hash")
);
--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "staff_group_fed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "staff" ADD COLUMN "telegram_user_id" bigint;--> statement-breakpoint
ALTER TABLE "staff_group_queue" ADD CONSTRAINT "staff_group_queue_escalation_id_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."escalations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_group_topics" ADD CONSTRAINT "staff_group_topics_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_group_topics" ADD CONSTRAINT "staff_group_topics_escalation_id_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."escalations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_link_codes" ADD CONSTRAINT "staff_link_codes_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staff_group_queue_pending" ON "staff_group_queue" USING btree ("group_chat_id","id") WHERE "staff_group_queue"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "staff_group_queue_sent" ON "staff_group_queue" USING btree ("group_chat_id","sent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_group_topics_participant" ON "staff_group_topics" USING btree ("group_chat_id","participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_group_topics_thread" ON "staff_group_topics" USING btree ("group_chat_id","thread_id");--> statement-breakpoint
CREATE INDEX "staff_group_topics_escalation" ON "staff_group_topics" USING btree ("escalation_id");--> statement-breakpoint
CREATE INDEX "outbox_staff_group_idx" ON "outbox" USING btree ("id") WHERE "outbox"."staff_group_fed_at" is null;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_telegram_user_id_unique" UNIQUE("telegram_user_id");