CREATE TABLE "api_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"staff_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "escalation_messages" (
	"id" serial PRIMARY KEY NOT NULL,
	"escalation_id" integer NOT NULL,
	"direction" text NOT NULL,
	"counsellor_id" integer,
	"text" text,
	"file_kind" text,
	"file_id" text,
	"delivery" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "escalations" (
	"id" serial PRIMARY KEY NOT NULL,
	"participant_id" integer,
	"status" text DEFAULT 'open' NOT NULL,
	"source" text NOT NULL,
	"counsellor_id" integer,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"close_note" text,
	"participant_unreachable" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"id" serial PRIMARY KEY NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_messages" ADD CONSTRAINT "escalation_messages_escalation_id_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."escalations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_messages" ADD CONSTRAINT "escalation_messages_counsellor_id_staff_id_fk" FOREIGN KEY ("counsellor_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_counsellor_id_staff_id_fk" FOREIGN KEY ("counsellor_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "escalation_messages_escalation_idx" ON "escalation_messages" USING btree ("escalation_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "escalations_one_live" ON "escalations" USING btree ("participant_id") WHERE "escalations"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "escalations_status_idx" ON "escalations" USING btree ("status","opened_at");