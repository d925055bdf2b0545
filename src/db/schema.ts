import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/**
 * One row per person who has talked to the bot. Created at first contact with the
 * minimum needed to answer them (ids and language); nothing else until consent.
 */
export const participants = pgTable(
  "participants",
  {
    id: serial("id").primaryKey(),
    telegramUserId: bigint("telegram_user_id", { mode: "number" }).notNull().unique(),
    chatId: bigint("chat_id", { mode: "number" }).notNull(),
    /** null until the person picks a language; then never taken from Telegram again. */
    locale: text("locale"),
    /** null: not asked yet; accepted; declined. */
    consentStatus: text("consent_status", { enum: ["accepted", "declined"] }),
    consentVersion: text("consent_version"),
    consentAt: timestamp("consent_at", { withTimezone: true }),
    surveyStatus: text("survey_status", { enum: ["not_started", "in_progress", "completed"] })
      .notNull()
      .default("not_started"),
    surveyCompletedAt: timestamp("survey_completed_at", { withTimezone: true }),
    /**
     * The question the participant is looking at when it is not simply the first
     * unanswered one (after Back, or when changing an answer from the summary).
     */
    surveyCursor: text("survey_cursor"),
    /** Where the participant returns after changing an answer: the summary or /profile. */
    surveyReturnTo: text("survey_return_to", { enum: ["summary", "profile"] }),
    reachable: boolean("reachable").notNull().default(true),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("participants_created_at_idx").on(t.createdAt)],
);

/** Each accepted answer, written the moment it is accepted. `value` null means skipped. */
export const surveyAnswers = pgTable(
  "survey_answers",
  {
    participantId: integer("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    value: jsonb("value").$type<AnswerValue | null>(),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.participantId, t.questionId] })],
);

export type AnswerValue = string | string[] | number | boolean;

/**
 * Update ids already handled. Dedup is "already seen", never "greater than the last
 * one": Telegram may restart update_id after a week of silence. Rows are pruned.
 */
export const processedUpdates = pgTable(
  "processed_updates",
  {
    updateId: bigint("update_id", { mode: "number" }).primaryKey(),
    chatId: bigint("chat_id", { mode: "number" }),
    processedAt: timestamp("processed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("processed_updates_processed_at_idx").on(t.processedAt), index("processed_updates_chat_idx").on(t.chatId)],
);

/** grammY session and conversation storage (key, jsonb value). */
export const botStorage = pgTable("bot_storage", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .default(sql`now()`),
});
