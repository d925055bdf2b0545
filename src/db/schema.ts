import { sql } from "drizzle-orm";
import { bigint, boolean, check, customType, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

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
    /** Messages in a row the bot could not understand; at two it offers a person. */
    notUnderstood: integer("not_understood").notNull().default(0),
    /**
     * The album (Telegram media group) of the participant's latest message: every photo
     * of an album arrives as its own update, and the album gets one answer.
     */
    lastMediaGroupId: text("last_media_group_id"),
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

export type AnswerValue = string | string[] | number | boolean | VoiceAnswer;

/** A voice message given as a free-text answer: Telegram's file reference, never the audio. */
export interface VoiceAnswer {
  kind: "voice";
  fileId: string;
  durationSeconds: number;
}

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

/**
 * Bot API calls an update decided to make (its replies), written in the update's
 * transaction and sent right after it commits, in id order per chat; a row is deleted
 * once Telegram has accepted the call (so no text stays here). See src/bot/replies.ts.
 */
export const pendingReplies = pgTable(
  "pending_replies",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    chatId: bigint("chat_id", { mode: "number" }).notNull(),
    updateId: bigint("update_id", { mode: "number" }),
    method: text("method").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    attempts: integer("attempts").notNull().default(0),
    /** A sender working on the chat holds it until then; a crashed one lets go by itself. */
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    /** Not before this (after a failure, or a 429's retry_after). */
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [index("pending_replies_chat_idx").on(t.chatId, t.id), index("pending_replies_next_attempt_idx").on(t.nextAttemptAt)],
);

/** grammY session and conversation storage (key, jsonb value). */
export const botStorage = pgTable("bot_storage", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .default(sql`now()`),
});

/** Translated text: one entry per supported locale (checked by the admin API). */
export type Translations = Record<string, string>;

/** A module of the project: a short series of group meetings (or individual guidance). */
export const modules = pgTable("modules", {
  id: serial("id").primaryKey(),
  code: text("code").notNull().unique(),
  title: jsonb("title").$type<Translations>().notNull(),
  description: jsonb("description").$type<Translations>().notNull(),
  /** Survey region ids it serves; empty: every region. */
  regions: text("regions").array().notNull().default(sql`'{}'::text[]`),
  /** Needs it serves, read by the matching rules. */
  tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
  /** Languages of instruction or interpretation (ISO codes). */
  instructionLanguages: text("instruction_languages").array().notNull().default(sql`'{}'::text[]`),
  capacity: integer("capacity").notNull(),
  childcare: boolean("childcare").notNull().default(false),
  archivedAt: timestamp("archived_at", { withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [check("modules_capacity_check", sql`${t.capacity} >= 0`)]);

export const sessions = pgTable(
  "sessions",
  {
    id: serial("id").primaryKey(),
    moduleId: integer("module_id")
      .notNull()
      .references(() => modules.id),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    place: text("place").notNull(),
    childcareSeats: integer("childcare_seats").notNull().default(0),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    /**
     * Goes up by one with every change participants are told about: a new start time or
     * place, a cancellation, a cancellation withdrawn. Reminders, change notices and the
     * answer buttons carry the version they were made for (src/features/reminders/changes.ts).
     */
    version: integer("version").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index("sessions_module_starts_idx").on(t.moduleId, t.startsAt),
    index("sessions_starts_idx").on(t.startsAt),
    check("sessions_times_check", sql`${t.endsAt} > ${t.startsAt}`),
    check("sessions_childcare_seats_check", sql`${t.childcareSeats} >= 0`),
  ],
);

/**
 * What participants could know of a session at each of its versions: the time, the place
 * and whether it was cancelled. Written when a session changes (the version before the
 * change too, if it is not here yet), so "what was this participant last told" can be
 * compared with what is true now. No personal data.
 */
export const sessionVersions = pgTable(
  "session_versions",
  {
    sessionId: integer("session_id")
      .notNull()
      .references(() => sessions.id),
    version: integer("version").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    place: text("place").notNull(),
    cancelled: boolean("cancelled").notNull(),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.version] })],
);

/**
 * A participant's place in a module. At most one live (enrolled or waitlisted) row per
 * participant and module; cancelled rows stay for the history and the statistics.
 * Waiting-list order is the order of `id`, assigned under the module's row lock.
 */
export const enrolments = pgTable(
  "enrolments",
  {
    id: serial("id").primaryKey(),
    participantId: integer("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    moduleId: integer("module_id")
      .notNull()
      .references(() => modules.id),
    status: text("status", { enum: ["enrolled", "waitlisted", "cancelled"] }).notNull(),
    childrenBooked: integer("children_booked").notNull().default(0),
    createdAt: createdAt(),
    enrolledAt: timestamp("enrolled_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledBy: text("cancelled_by", { enum: ["participant", "admin"] }),
  },
  (t) => [
    uniqueIndex("enrolments_live_unique")
      .on(t.participantId, t.moduleId)
      .where(sql`${t.status} <> 'cancelled'`),
    index("enrolments_module_status_idx").on(t.moduleId, t.status, t.id),
    check("enrolments_children_check", sql`${t.childrenBooked} >= 0`),
  ],
);

/**
 * One row per reminder or change notice of a kind per participant, session and session
 * version: the unique key is what makes "at most one" hold across processes and restarts
 * (DESIGN invariant 4), and the version is what lets a moved meeting have its reminders
 * again. A reminder's row is written when it is claimed for sending or recorded as
 * skipped; a change notice's row when the change is made (status 'queued').
 */
export const reminders = pgTable(
  "reminders",
  {
    id: serial("id").primaryKey(),
    sessionId: integer("session_id")
      .notNull()
      .references(() => sessions.id),
    participantId: integer("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["day-before", "soon", "childcare", "cancelled", "moved", "reinstated"] }).notNull(),
    /** queued (a change notice waiting for its time), sending, sent, retry, skipped, failed. */
    status: text("status", { enum: ["queued", "sending", "sent", "retry", "skipped", "failed"] }).notNull(),
    /** The session's version this message was made for. */
    sessionVersion: integer("session_version").notNull().default(0),
    /** The session's start time this message names. */
    sessionStartsAt: timestamp("session_starts_at", { withTimezone: true }).notNull(),
    /**
     * Change notices: the session version the participant was taken to know when the
     * notice was queued (so a notice that never left still tells what they know).
     */
    knownVersion: integer("known_version"),
    plannedAt: timestamp("planned_at", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** Calls to Telegram really made for it: counted just before each call. */
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    /** Why it was skipped or failed: "started", "superseded", "blocked", "error: …" (no personal data). */
    note: text("note"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("reminders_once_per_version").on(t.sessionId, t.participantId, t.kind, t.sessionVersion),
    index("reminders_status_idx").on(t.status, t.nextAttemptAt),
  ],
);

/** A participant's answer to "are you coming?" for one session. */
export const attendance = pgTable(
  "attendance",
  {
    sessionId: integer("session_id")
      .notNull()
      .references(() => sessions.id),
    participantId: integer("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    response: text("response", { enum: ["coming", "not_coming"] }).notNull(),
    /** Children coming to childcare at this session, when the parent confirmed or changed it. */
    children: integer("children"),
    /**
     * The session's start time the answer was given for. After the meeting moves to
     * another time the answer no longer counts (the parent is asked again).
     */
    forStartsAt: timestamp("for_starts_at", { withTimezone: true }).notNull(),
    respondedAt: timestamp("responded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.participantId] }), check("attendance_children_check", sql`${t.children} >= 0`)],
);

/**
 * Events for other systems (coordinators' tools, helpdesks), written in the same
 * transaction as the change they describe and delivered by a job with retries.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: serial("id").primaryKey(),
    event: text("event").notNull(),
    /** Orders delivery: events of one key are delivered one after another. */
    orderingKey: text("ordering_key").notNull(),
    payload: jsonb("payload").notNull(),
    createdAt: createdAt(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    lastError: text("last_error"),
    /** When the staff group's feed took the event (features/staff-group); null: not yet, or not its kind. */
    staffGroupFedAt: timestamp("staff_group_fed_at", { withTimezone: true }),
  },
  (t) => [
    index("outbox_pending_idx").on(t.deliveredAt, t.nextAttemptAt),
    index("outbox_ordering_idx").on(t.orderingKey, t.id),
    index("outbox_staff_group_idx").on(t.id).where(sql`${t.staffGroupFedAt} is null`),
  ],
);

/** Staff roles; what each may do is one table, src/http/roles.ts. */
export const STAFF_ROLES = ["admin", "coordinator", "counsellor", "childcare"] as const;

/** Staff who use the web app, the admin API and the tools. */
export const staff = pgTable(
  "staff",
  {
    id: serial("id").primaryKey(),
    displayName: text("display_name").notNull(),
    role: text("role", { enum: STAFF_ROLES }).notNull(),
    createdAt: createdAt(),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    /** Sign-in name for the web app (lower case); null: tokens only. */
    username: text("username"),
    /** Argon2id hash (PHC string) of the web app password; null: no password set. */
    passwordHash: text("password_hash"),
    /** The Telegram account linked with a one-time code (features/staff-group): it acts in the staff group. */
    telegramUserId: bigint("telegram_user_id", { mode: "number" }).unique(),
  },
  (t) => [uniqueIndex("staff_username_idx").on(t.username), check("staff_role_check", sql`${t.role} in ('admin', 'coordinator', 'counsellor', 'childcare')`)],
);

/**
 * Web app sign-ins: the cookie holds a random id, only its SHA-256 hash is kept (a copy
 * of the table opens nothing). Ends at `expiresAt`, at sign-out or when the account is
 * disabled.
 */
export const staffSessions = pgTable(
  "staff_sessions",
  {
    id: serial("id").primaryKey(),
    staffId: integer("staff_id")
      .notNull()
      .references(() => staff.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("staff_sessions_expiry_idx").on(t.expiresAt)],
);

/**
 * One-time codes that link a Telegram account to a staff account: short-lived, used
 * once, only a SHA-256 hash kept (the code is shown once, like a token).
 */
export const staffLinkCodes = pgTable("staff_link_codes", {
  id: serial("id").primaryKey(),
  staffId: integer("staff_id")
    .notNull()
    .references(() => staff.id, { onDelete: "cascade" }),
  codeHash: text("code_hash").notNull().unique(),
  createdAt: createdAt(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
});

/** API tokens: only a SHA-256 hash is kept; the token itself is shown once. */
export const apiTokens = pgTable("api_tokens", {
  id: serial("id").primaryKey(),
  staffId: integer("staff_id")
    .notNull()
    .references(() => staff.id),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: createdAt(),
  expiresAt: timestamp("expires_at", { withTimezone: true }),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
});

/** A chat handed to the counsellors. At most one open or claimed per participant. */
export const escalations = pgTable(
  "escalations",
  {
    id: serial("id").primaryKey(),
    participantId: integer("participant_id").references(() => participants.id, { onDelete: "set null" }),
    status: text("status", { enum: ["open", "claimed", "closed"] }).notNull().default("open"),
    source: text("source", { enum: ["menu", "command", "survey", "not-understood", "plan", "safety", "other"] }).notNull(),
    /**
     * Words of danger, violence or self-harm, or the "I am not safe" button: the chat goes
     * to the top of the counsellors' queue (src/features/safety).
     */
    urgent: boolean("urgent").notNull().default(false),
    urgentAt: timestamp("urgent_at", { withTimezone: true }),
    counsellorId: integer("counsellor_id").references(() => staff.id),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closedBy: text("closed_by", { enum: ["participant", "counsellor", "erasure"] }),
    /** The staff member who closed it (null: the participant, an erasure, or the ADMIN_TOKEN). */
    closedByStaffId: integer("closed_by_staff_id").references(() => staff.id),
    closeNote: text("close_note"),
    /** Set when a reply could not be delivered because the participant blocked the bot. */
    participantUnreachable: boolean("participant_unreachable").notNull().default(false),
  },
  (t) => [
    uniqueIndex("escalations_one_live").on(t.participantId).where(sql`${t.status} <> 'closed'`),
    index("escalations_status_idx").on(t.status, t.openedAt),
  ],
);

/** Binary data (an audio file); PGlite hands back a Uint8Array, postgres.js a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

/**
 * Voice versions of messages for participants who read little: a staff recording
 * uploaded per message and language, or speech synthesised by espeak-ng (marked
 * "synthetic"). Stored as OGG/Opus, the format of Telegram voice messages; sent to
 * Telegram once, then by the file id Telegram gave it. See src/features/audio.
 */
export const audioClips = pgTable(
  "audio_clips",
  {
    id: serial("id").primaryKey(),
    /** The Fluent message it speaks: "q-region" (a question with its options), "welcome"… */
    messageKey: text("message_key").notNull(),
    locale: text("locale").notNull(),
    source: text("source", { enum: ["recording", "synthetic"] }).notNull(),
    /** For synthetic speech: a hash of the text spoken, so a changed text is spoken anew. */
    textHash: text("text_hash"),
    content: bytea("content").notNull(),
    bytes: integer("bytes").notNull(),
    telegramFileId: text("telegram_file_id"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("audio_clips_key_locale_source").on(t.messageKey, t.locale, t.source)],
);

/** The transcript of an escalation. Files are kept as Telegram file ids, never downloaded. */
export const escalationMessages = pgTable(
  "escalation_messages",
  {
    id: serial("id").primaryKey(),
    escalationId: integer("escalation_id")
      .notNull()
      .references(() => escalations.id, { onDelete: "cascade" }),
    direction: text("direction", { enum: ["in", "out"] }).notNull(),
    counsellorId: integer("counsellor_id").references(() => staff.id),
    text: text("text"),
    fileKind: text("file_kind"),
    fileId: text("file_id"),
    /** A shared location's coordinates, or a shared contact's name and phone number. */
    details: jsonb("details").$type<MessageDetails>(),
    delivery: text("delivery", { enum: ["received", "sent", "failed"] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("escalation_messages_escalation_idx").on(t.escalationId, t.id)],
);

export type MessageDetails =
  | { kind: "location"; latitude: number; longitude: number; mapUrl: string }
  | { kind: "contact"; name: string; phoneNumber: string };

/**
 * Who read or changed personal data through the API (or tried to), and when. One row per
 * request; the same read repeated by the same person within minutes (a console polling a
 * chat) counts up `times` and moves `last_at` instead of adding rows.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: serial("id").primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    staffId: integer("staff_id"),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    /** A number, not a reference: the record outlives the participant's erasure. */
    participantId: integer("participant_id"),
    /** ok, denied (401/403), not-found, conflict, invalid, failed. */
    outcome: text("outcome").notNull().default("ok"),
    /** Ids only: the route's parameters, the participants a list showed (participantIds). */
    details: jsonb("details"),
    times: integer("times").notNull().default(1),
    lastAt: timestamp("last_at", { withTimezone: true }),
  },
  (t) => [index("audit_log_participant_idx").on(t.participantId), index("audit_log_at_idx").on(t.at)],
);

/**
 * Signatures and event ids of signed inbound requests (the helpdesk) seen recently: the
 * same one again within the window is a replay and is refused. Pruned after the window.
 */
export const inboundReplays = pgTable(
  "inbound_replays",
  {
    key: text("key").primaryKey(),
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("inbound_replays_seen_at_idx").on(t.seenAt)],
);

/** Anonymous counts that stay for the project's statistics after people erase their data. */
export const anonymousCounts = pgTable(
  "anonymous_counts",
  {
    metric: text("metric").notNull(),
    /** "2026-11": the month it happened. */
    period: text("period").notNull(),
    value: integer("value").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.metric, t.period] })],
);

/**
 * Organisations participants are referred to (employment services, Kela, the child health
 * clinic, libraries, NGOs), per region. Kept by admins; no personal data.
 */
export const partnerOrganisations = pgTable("partner_organisations", {
  id: serial("id").primaryKey(),
  name: text("name").notNull(),
  /** A survey region id (`region` question); null: every region. */
  region: text("region"),
  /** What they do, in the staff's words. */
  description: text("description").notNull(),
  /** Languages they serve in (ISO codes). */
  languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
  contact: text("contact").notNull(),
  archivedAt: timestamp("archived_at", { withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A participant's integration plan (kotoutumissuunnitelma): one per participant, drafted by
 * a counsellor; goals and steps hang from it, and every change is in `plan_history`.
 */
export const plans = pgTable("plans", {
  id: serial("id").primaryKey(),
  participantId: integer("participant_id")
    .notNull()
    .unique()
    .references(() => participants.id, { onDelete: "cascade" }),
  createdByStaffId: integer("created_by_staff_id").references(() => staff.id),
  createdAt: createdAt(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A goal of a plan: one of the survey's goals (`goals` option id), or the counsellor's own words. */
export const planGoals = pgTable(
  "plan_goals",
  {
    id: serial("id").primaryKey(),
    planId: integer("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    goal: text("goal"),
    text: text("text"),
    /** The language `text` was written in: it is shown as written, marked so. */
    textLocale: text("text_locale"),
    status: text("status", { enum: ["open", "reached", "dropped"] }).notNull().default("open"),
    createdAt: createdAt(),
  },
  (t) => [check("plan_goals_goal_or_text", sql`(${t.goal} is null) <> (${t.text} is null)`), index("plan_goals_plan_idx").on(t.planId)],
);

/**
 * A step of a plan: from the catalogue of common steps (translated), or free text shown in
 * the language it was written in. The nudge columns make the due nudge go once: a sender
 * claims it by a conditional update (null → sending) and a new due date clears them.
 */
export const planSteps = pgTable(
  "plan_steps",
  {
    id: serial("id").primaryKey(),
    planId: integer("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    goalId: integer("goal_id").references(() => planGoals.id, { onDelete: "set null" }),
    catalogueKey: text("catalogue_key"),
    text: text("text"),
    textLocale: text("text_locale"),
    assignee: text("assignee", { enum: ["participant", "counsellor", "partner"] }).notNull(),
    partnerId: integer("partner_id").references(() => partnerOrganisations.id),
    /** A day in Helsinki, "YYYY-MM-DD". */
    dueDate: text("due_date"),
    status: text("status", { enum: ["open", "done", "cannot"] }).notNull().default("open"),
    doneAt: timestamp("done_at", { withTimezone: true }),
    nudgeStatus: text("nudge_status", { enum: ["sending", "sent", "failed", "skipped"] }),
    nudgeAttempts: integer("nudge_attempts").notNull().default(0),
    nudgedAt: timestamp("nudged_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("plan_steps_catalogue_or_text", sql`(${t.catalogueKey} is null) <> (${t.text} is null)`),
    index("plan_steps_plan_idx").on(t.planId, t.id),
    index("plan_steps_due_idx").on(t.status, t.dueDate),
  ],
);

/** Who changed what in a plan, and when (the participant's own marks too). Goes with the plan. */
export const planHistory = pgTable(
  "plan_history",
  {
    id: serial("id").primaryKey(),
    planId: integer("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    staffId: integer("staff_id"),
    /** A staff member's name, or "participant", or "system". */
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>(),
  },
  (t) => [index("plan_history_plan_idx").on(t.planId, t.id)],
);

/**
 * A referral to a partner organisation. Nothing is sent without the participant's
 * explicit consent, asked in the bot: `awaiting-consent` until they answer, then
 * `consent-refused` (the end) or `sent`, and onwards as the partner reports.
 */
export const referrals = pgTable(
  "referrals",
  {
    id: serial("id").primaryKey(),
    participantId: integer("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partnerOrganisations.id),
    reason: text("reason").notNull(),
    reasonLocale: text("reason_locale").notNull(),
    /** What is shared with the partner (ids of REFERRAL_SHARED_ITEMS). */
    shared: text("shared").array().notNull(),
    status: text("status", { enum: ["awaiting-consent", "consent-refused", "sent", "accepted", "started", "finished", "declined"] }).notNull(),
    createdByStaffId: integer("created_by_staff_id").references(() => staff.id),
    createdAt: createdAt(),
    consentAnsweredAt: timestamp("consent_answered_at", { withTimezone: true }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    declinedAt: timestamp("declined_at", { withTimezone: true }),
  },
  (t) => [index("referrals_participant_idx").on(t.participantId), index("referrals_status_idx").on(t.status)],
);

/** A follow-up check-in offered `round` months after the survey; answered like the survey. */
export const followUps = pgTable(
  "follow_ups",
  {
    participantId: integer("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    /** Months after the survey (FOLLOW_UP_MONTHS). */
    round: integer("round").notNull(),
    offeredAt: timestamp("offered_at", { withTimezone: true }).notNull().defaultNow(),
    /** sending (claimed by a sender), offered, failed (could not be sent). */
    offerStatus: text("offer_status", { enum: ["sending", "offered", "failed"] }).notNull().default("sending"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.participantId, t.round] })],
);

/** Follow-up answers, dated, beside the first ones (survey_answers is never overwritten by them). */
export const followUpAnswers = pgTable(
  "follow_up_answers",
  {
    participantId: integer("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    round: integer("round").notNull(),
    questionId: text("question_id").notNull(),
    value: jsonb("value").$type<AnswerValue | null>(),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.participantId, t.round, t.questionId] })],
);

/** The kinds of individual guidance meeting a counsellor can offer. */
export const APPOINTMENT_KINDS = ["office", "phone", "video", "home"] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

/**
 * A counsellor's booking settings: languages spoken, slot length, where they meet. One
 * row per staff member who offers individual guidance. The calendar feed's token is kept
 * only as a SHA-256 hash, like API tokens; null when none was made or it was revoked.
 */
export const counsellorProfiles = pgTable("counsellor_profiles", {
  staffId: integer("staff_id")
    .primaryKey()
    .references(() => staff.id),
  /** ISO 639 codes of the languages the counsellor can guide in. */
  languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
  slotMinutes: integer("slot_minutes").notNull().default(45),
  /** Survey region ids where the counsellor makes home visits. */
  homeRegions: text("home_regions").array().notNull().default(sql`'{}'::text[]`),
  officeAddress: text("office_address"),
  videoLink: text("video_link"),
  calendarTokenHash: text("calendar_token_hash").unique(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [check("counsellor_profiles_slot_check", sql`${t.slotMinutes} between 10 and 240`)]);

/** A weekly opening: on `weekday` (1 Monday … 7 Sunday) from `startMinute` to `endMinute`, Helsinki wall-clock. */
export const availabilityWindows = pgTable(
  "availability_windows",
  {
    id: serial("id").primaryKey(),
    staffId: integer("staff_id")
      .notNull()
      .references(() => staff.id),
    kind: text("kind", { enum: APPOINTMENT_KINDS }).notNull(),
    weekday: integer("weekday").notNull(),
    startMinute: integer("start_minute").notNull(),
    endMinute: integer("end_minute").notNull(),
  },
  (t) => [
    index("availability_windows_staff_idx").on(t.staffId),
    check("availability_windows_check", sql`${t.weekday} between 1 and 7 and ${t.startMinute} >= 0 and ${t.endMinute} <= 1440 and ${t.startMinute} < ${t.endMinute}`),
  ],
);

/** A time the counsellor is away (holiday, sick day): no slots are offered in it. */
export const availabilityExceptions = pgTable(
  "availability_exceptions",
  {
    id: serial("id").primaryKey(),
    staffId: integer("staff_id")
      .notNull()
      .references(() => staff.id),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    reason: text("reason", { enum: ["holiday", "sick", "other"] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("availability_exceptions_staff_idx").on(t.staffId, t.startsAt), check("availability_exceptions_check", sql`${t.startsAt} < ${t.endsAt}`)],
);

/**
 * A booked individual guidance meeting. The row is the booking; the bot's dialog is only
 * a cursor. Two booked rows of one counsellor never overlap: an exclusion constraint
 * (btree_gist, added by hand in the migration) refuses the second, whatever the number of
 * processes (DESIGN invariant 5).
 */
export const appointments = pgTable(
  "appointments",
  {
    id: serial("id").primaryKey(),
    participantId: integer("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    staffId: integer("staff_id")
      .notNull()
      .references(() => staff.id),
    kind: text("kind", { enum: APPOINTMENT_KINDS }).notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    status: text("status", { enum: ["booked", "cancelled"] }).notNull().default("booked"),
    /** ISO 639 code of the interpreter's language; null: no interpreter. */
    interpreterLanguage: text("interpreter_language"),
    /** One of the dialog's reason buttons (an id, never free text). */
    reason: text("reason"),
    /** Raised by every move: reminders are per start time. */
    version: integer("version").notNull().default(0),
    /** Set when an exception of the counsellor hit it: it must be booked again. */
    needsRebooking: boolean("needs_rebooking").notNull().default(false),
    cancelledBy: text("cancelled_by", { enum: ["participant", "staff", "exception"] }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    outcome: text("outcome", { enum: ["met", "no_show", "cancelled_late"] }),
    /** The counsellor's note; staff only, never shown to the participant or in events. */
    staffNote: text("staff_note"),
    createdAt: createdAt(),
  },
  (t) => [
    index("appointments_staff_idx").on(t.staffId, t.startsAt),
    index("appointments_participant_idx").on(t.participantId),
    check("appointments_time_check", sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

/** One row per appointment reminder of a kind per start time: the key keeps it to one. */
export const appointmentReminders = pgTable(
  "appointment_reminders",
  {
    id: serial("id").primaryKey(),
    appointmentId: integer("appointment_id")
      .notNull()
      .references(() => appointments.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["day-before", "soon", "rebook"] }).notNull(),
    version: integer("version").notNull(),
    status: text("status", { enum: ["sending", "sent", "skipped", "failed"] }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("appointment_reminders_once").on(t.appointmentId, t.kind, t.version)],
);

/**
 * A participant's topic in the staff group (a forum): one per participant and group,
 * reopened for their next escalation. The thread id is unique in its group, so nothing
 * of one participant can be posted into another's topic. `escalationId` is the escalation
 * the topic shows now (the participant's id is gone after an erasure; this finds the topic).
 */
export const staffGroupTopics = pgTable(
  "staff_group_topics",
  {
    id: serial("id").primaryKey(),
    groupChatId: bigint("group_chat_id", { mode: "number" }).notNull(),
    participantId: integer("participant_id").references(() => participants.id, { onDelete: "set null" }),
    escalationId: integer("escalation_id").references(() => escalations.id, { onDelete: "set null" }),
    threadId: integer("thread_id").notNull(),
    /** The message with the claim/close buttons (the survey summary), edited as the state changes. */
    summaryMessageId: integer("summary_message_id"),
    closed: boolean("closed").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("staff_group_topics_participant").on(t.groupChatId, t.participantId),
    uniqueIndex("staff_group_topics_thread").on(t.groupChatId, t.threadId),
    index("staff_group_topics_escalation").on(t.escalationId),
  ],
);

/**
 * What waits to be posted into the staff group, one Bot API call a row, sent oldest first
 * at most STAFF_GROUP_MESSAGES_PER_MINUTE a minute (Telegram allows a group about 20).
 * Rows name the escalation and message; words are read from the transcript when sent,
 * so an erasure leaves nothing here to post. Sent rows stay a while with `sentAt`: they
 * are the minute's count, shared by every process.
 */
export const staffGroupQueue = pgTable(
  "staff_group_queue",
  {
    id: serial("id").primaryKey(),
    groupChatId: bigint("group_chat_id", { mode: "number" }).notNull(),
    escalationId: integer("escalation_id").references(() => escalations.id, { onDelete: "cascade" }),
    /** topic, summary, pin, message, status, close-topic, delete-topic. */
    kind: text("kind").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("staff_group_queue_pending").on(t.groupChatId, t.id).where(sql`${t.sentAt} is null`), index("staff_group_queue_sent").on(t.groupChatId, t.sentAt)],
);
