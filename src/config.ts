import { existsSync } from "node:fs";
import cron from "node-cron";
import { z } from "zod";
import type { ReminderPolicy } from "./features/reminders/planner.js";
import { parseOfficeHours, type OfficeHours } from "./features/handoff/office-hours.js";
import { isSafeEventsUrl } from "./features/handoff/webhooks.js";
import { DEFAULT_HELPLINES, parseHelplines, type Helpline } from "./features/safety/helplines.js";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/**
 * A number variable from min to max (both included). One message names what is wanted
 * whatever is wrong (not a number, a fraction, out of range), unless `messages` gives a
 * more telling one for a side; "12abc", " " and "1e3" are refused, not read as 12, 0 or 1000.
 */
function numberBetween(min: number, max: number, options: { whole?: boolean; unit?: string; message?: string; tooSmall?: string; tooLarge?: string } = {}) {
  const whole = options.whole ?? true;
  const message = options.message ?? `must be ${whole ? "a whole number" : "a number"}${options.unit ? ` of ${options.unit}` : ""} between ${min} and ${max}`;
  return z
    .string({ error: message })
    .trim()
    .regex(whole ? /^[+-]?\d+$/ : /^[+-]?(\d+(\.\d*)?|\.\d+)$/, message)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, options.tooSmall ?? message)
        .max(max, options.tooLarge ?? message),
    );
}

/** A text variable that must say something: spaces around it are dropped, and only spaces is refused. */
const nonBlank = (what = "must not be blank") => z.string().trim().min(1, what);

/** An http(s) address: an ftp: or javascript: one is refused by name. */
const httpUrl = (message: string) => z.url({ protocol: /^https?$/, error: message });

const port = numberBetween(0, 65535, { message: "must be a port number (0 to 65535)" });

/**
 * Every setting the process reads from the environment. Parsed once in main.ts;
 * the rest of the code receives the typed object and never touches process.env.
 */
const schema = z
  .object({
    BOT_TOKEN: z
      .string({ error: "is required (the token from @BotFather)" })
      .regex(/^\d+:[\w-]{20,}$/, "does not look like a bot token (digits, a colon, then at least 20 letters)"),
    TELEGRAM_API_ROOT: httpUrl("must be an http:// or https:// URL such as https://api.telegram.org").default("https://api.telegram.org"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
      .optional(),
    DATA_DIR: nonBlank().default("./data"),
    DATABASE_POOL_SIZE: numberBetween(1, 200).default(10),
    BOT_MODE: z.enum(["polling", "webhook"], { error: "must be polling or webhook" }).default("polling"),
    WEBHOOK_URL: z.url("must be the public https URL Telegram posts updates to").optional(),
    WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16 to 256 characters of A-Z, a-z, 0-9, _ and -")
      .optional(),
    UPDATE_CONCURRENCY: numberBetween(1, 1000).default(50),
    HOST: nonBlank().default("127.0.0.1"),
    PORT: port.default(3000),
    ADMIN_TOKEN: z
      .string()
      .min(32, { error: "must be at least 32 characters (use: openssl rand -hex 32)", abort: true })
      .refine((v) => new Set(v).size >= 10, "must be random, not a repeated pattern (use: openssl rand -hex 32)")
      .optional(),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
    PRIVACY_NOTICE_VERSION: nonBlank().default("2026-12"),
    PROJECT_NAME: nonBlank("must not be blank: participants read it in the privacy notice").max(200).default("Kotoutumisprojekti"),
    PROJECT_CONTACT: z.string().trim().min(3, "must be how participants reach the project about their data (an e-mail address, a phone number or both)").max(200).optional(),
    REMINDER_SCHEDULE: z
      .string()
      .refine((v) => cron.validate(v), "must be a cron expression such as '* * * * *'")
      .default("* * * * *"),
    REMINDER_DAY_BEFORE_HOURS: numberBetween(0, 24 * 14, { whole: false, unit: "hours" }).default(24),
    REMINDER_SOON_HOURS: numberBetween(0, 24 * 14, { whole: false, unit: "hours" }).default(2),
    CHILDCARE_CONFIRM_HOURS: numberBetween(0, 24 * 14, { whole: false, unit: "hours" }).default(48),
    APPOINTMENT_CHANGE_HOURS: numberBetween(0, 24 * 14, {
      whole: false,
      message: "must be a number of hours (0 to 336)",
      tooSmall: "must be 0 or more hours",
      tooLarge: "must be at most 336 hours (two weeks)",
    }).default(24),
    QUIET_HOURS: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, { error: "must look like 21:00-08:00 (Helsinki time)", abort: true })
      // The same start and end is either no quiet time or all day: say which is meant by leaving it out or by a real range.
      .refine((v) => v.slice(0, 5) !== v.slice(6), "must end at another time than it starts (21:00-21:00 is no range: unset it for the default 21:00-08:00)")
      .default("21:00-08:00"),
    SEND_RATE_PER_SECOND: numberBetween(1, 30, { whole: false, tooLarge: "must be at most 30 (Telegram's limit for bulk messages)" }).default(25),
    SEND_CONCURRENCY: numberBetween(1, 64).default(4),
    FOLLOW_UP_MONTHS: z
      .string()
      .refine((v) => parseFollowUpMonths(v) !== undefined, "must be whole months after the survey, 1 to 60, separated by commas, such as 3,6 (or none)")
      .default("3,6"),
    OFFICE_HOURS: z
      .string()
      .refine((v) => parseOfficeHours(v) !== undefined, "must look like 'mon-fri 09:00-16:00' (Helsinki time)")
      .default("mon-fri 09:00-16:00"),
    HELPLINES: z
      .string()
      .refine((v) => parseHelplines(v) !== undefined, "must look like 'crisis|MIELI Kriisipuhelin|09 2525 0111|24/7; violence|Nollalinja|080 005 005|24/7' (kind crisis, violence or other; hours 24/7 or like 'mon-fri 09:00-16:00')")
      .optional(),
    EVENTS_WEBHOOK_URL: z
      .url("must be the URL events are POSTed to")
      .refine(isSafeEventsUrl, "must be an https:// URL (http:// only to this machine: 127.0.0.1, ::1, localhost)")
      .optional(),
    EVENTS_MESSAGE_TEXT: z.enum(["include", "omit"], { error: "must be include or omit" }).default("include"),
    OUTBOX_RETENTION_HOURS: numberBetween(0, 24 * 30, { unit: "hours" }).default(24),
    EVENTS_WEBHOOK_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
    INBOUND_WEBHOOK_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
    API_RATE_LIMIT_PER_MINUTE: numberBetween(10, 100_000).default(600),
    STAFF_TOKEN_DAYS: numberBetween(1, 3650, { unit: "days" }).default(90),
    STAFF_SESSION_HOURS: numberBetween(1, 720, { unit: "hours" }).default(12),
    SESSION_COOKIE_SECURE: z.enum(["auto", "true", "false"], { error: "must be auto, true or false" }).default("auto"),
    METRICS_TOKEN: z.string().min(24, "must be at least 24 characters (use: openssl rand -hex 32)").optional(),
    COUNSELLORS_SEE_ALL: z.enum(["true", "false"], { error: "must be true or false" }).default("false"),
    TRANSCRIPT_RETENTION_DAYS: numberBetween(1, 3650, { unit: "days" }).default(365),
    RETENTION_MONTHS: numberBetween(1, 120, { unit: "months" }).default(12),
    SHUTDOWN_TIMEOUT_MS: numberBetween(100, 120_000, { unit: "milliseconds" }).default(10_000),
    STAFF_GROUP_ID: z
      .string()
      .regex(/^-100\d{5,16}$/, "must be a supergroup's chat id, such as -1001234567890 (forward a message from the group to @userinfobot, or read it from getUpdates)")
      // A longer one would be rounded to another group's id.
      .refine((v) => Number.isSafeInteger(Number(v)), "is too long to be a chat id: a supergroup's id is -100 and at most 13 more digits, such as -1001234567890")
      .transform(Number)
      .optional(),
    STAFF_GROUP_MESSAGES_PER_MINUTE: numberBetween(1, 20, { tooLarge: "must be at most 20 (Telegram's limit for one group)" }).default(20),
  });

export type Env = z.infer<typeof schema>;

/** Every variable the app reads (the README's table and .env.example must list them all). */
export const ENV_VARIABLES: readonly string[] = Object.keys(schema.shape);

export interface Config {
  botToken: string;
  telegramApiRoot: string;
  database: { url?: string; dataDir: string; poolSize: number };
  bot: { mode: "polling" } | { mode: "webhook"; webhookUrl: string; webhookSecret: string };
  /** Updates handled at once in polling mode (different chats; one chat's stay in order). */
  updateConcurrency: number;
  http: { host: string; port: number };
  adminToken?: string;
  logLevel: (typeof LOG_LEVELS)[number];
  privacyNoticeVersion: string;
  projectName: string;
  /** How participants reach the project (the controller) about their data; told in the privacy notice. */
  projectContact?: string;
  retentionMonths: number;
  /** Hours before an appointment until which a participant may move or cancel it. */
  appointmentChangeHours: number;
  shutdownTimeoutMs: number;
  officeHours: OfficeHours;
  /** The counsellors' supergroup with topics (features/staff-group); unset: no group. */
  staffGroup?: { chatId: number; perMinute: number };
  /** Helplines named in the immediate answer to distress, after 112. */
  helplines: readonly Helpline[];
  events: { url?: string; secret?: string; inboundSecret?: string; includeMessageText: boolean; retentionHours: number };
  /** Days a new staff token is valid when no other time is given. */
  staffTokenDays: number;
  /** Hours a web app sign-in lasts. */
  staffSessionHours: number;
  /** The session cookie's Secure flag; "auto": when the request came over https. */
  secureCookie: boolean | "auto";
  /** Bearer token /metrics asks for; unset: /metrics is open (keep it off the public network). */
  metricsToken?: string;
  counsellorsSeeAll: boolean;
  apiRateLimitPerMinute: number;
  transcriptRetentionDays: number;
  /** Months after the survey when the follow-up check-in is offered (FOLLOW_UP_MONTHS); empty: never. */
  followUpMonths: number[];
  reminders: {
    schedule: string;
    policy: ReminderPolicy;
    ratePerSecond: number;
    concurrency: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads the environment once; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Treat empty strings as unset: `FOO=` in an .env file means "not configured".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(cleaned);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".") || "environment"} ${i.message}`);
  // Checked on the raw values too, so they are reported together with any other problem.
  if (cleaned.BOT_MODE === "webhook") {
    for (const name of ["WEBHOOK_URL", "WEBHOOK_SECRET"]) {
      if (!cleaned[name]) problems.push(`${name} is required when BOT_MODE=webhook`);
    }
  }
  if (cleaned.EVENTS_WEBHOOK_URL && !cleaned.EVENTS_WEBHOOK_SECRET) problems.push("EVENTS_WEBHOOK_SECRET is required when EVENTS_WEBHOOK_URL is set");
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    botToken: e.BOT_TOKEN,
    telegramApiRoot: e.TELEGRAM_API_ROOT.replace(/\/+$/, ""),
    database: { url: e.DATABASE_URL, dataDir: e.DATA_DIR, poolSize: e.DATABASE_POOL_SIZE },
    bot:
      e.BOT_MODE === "webhook"
        ? { mode: "webhook", webhookUrl: e.WEBHOOK_URL!, webhookSecret: e.WEBHOOK_SECRET! }
        : { mode: "polling" },
    updateConcurrency: e.UPDATE_CONCURRENCY,
    http: { host: e.HOST, port: e.PORT },
    adminToken: e.ADMIN_TOKEN,
    logLevel: e.LOG_LEVEL,
    privacyNoticeVersion: e.PRIVACY_NOTICE_VERSION,
    projectName: e.PROJECT_NAME,
    projectContact: e.PROJECT_CONTACT,
    retentionMonths: e.RETENTION_MONTHS,
    appointmentChangeHours: e.APPOINTMENT_CHANGE_HOURS,
    officeHours: parseOfficeHours(e.OFFICE_HOURS)!,
    helplines: e.HELPLINES ? parseHelplines(e.HELPLINES)! : DEFAULT_HELPLINES,
    counsellorsSeeAll: e.COUNSELLORS_SEE_ALL === "true",
    apiRateLimitPerMinute: e.API_RATE_LIMIT_PER_MINUTE,
    transcriptRetentionDays: e.TRANSCRIPT_RETENTION_DAYS,
    events: {
      url: e.EVENTS_WEBHOOK_URL,
      secret: e.EVENTS_WEBHOOK_SECRET,
      inboundSecret: e.INBOUND_WEBHOOK_SECRET,
      includeMessageText: e.EVENTS_MESSAGE_TEXT === "include",
      retentionHours: e.OUTBOX_RETENTION_HOURS,
    },
    staffTokenDays: e.STAFF_TOKEN_DAYS,
    staffSessionHours: e.STAFF_SESSION_HOURS,
    secureCookie: e.SESSION_COOKIE_SECURE === "auto" ? "auto" : e.SESSION_COOKIE_SECURE === "true",
    metricsToken: e.METRICS_TOKEN,
    reminders: {
      schedule: e.REMINDER_SCHEDULE,
      policy: {
        offsets: {
          "day-before": Math.round(e.REMINDER_DAY_BEFORE_HOURS * 60),
          soon: Math.round(e.REMINDER_SOON_HOURS * 60),
          childcare: Math.round(e.CHILDCARE_CONFIRM_HOURS * 60),
        },
        quietHours: parseQuietHours(e.QUIET_HOURS),
      },
      ratePerSecond: e.SEND_RATE_PER_SECOND,
      concurrency: e.SEND_CONCURRENCY,
    },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    ...(e.STAFF_GROUP_ID !== undefined ? { staffGroup: { chatId: e.STAFF_GROUP_ID, perMinute: e.STAFF_GROUP_MESSAGES_PER_MINUTE } } : {}),
    followUpMonths: parseFollowUpMonths(e.FOLLOW_UP_MONTHS)!,
  };
}

/** What the command-line tools (db:seed, staff) need: the database, and the admin token to reach a running app. */
export interface ToolConfig {
  database: { url?: string; dataDir: string; poolSize: number };
  adminToken?: string;
  /** Days a token made on the command line is valid unless told otherwise. */
  staffTokenDays: number;
}

const toolSchema = schema.pick({ DATABASE_URL: true, DATA_DIR: true, DATABASE_POOL_SIZE: true, ADMIN_TOKEN: true, STAFF_TOKEN_DAYS: true });

/** The tools' part of the environment, validated like the app's (no BOT_TOKEN needed). */
export function loadToolConfig(env: NodeJS.ProcessEnv = process.env): ToolConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = toolSchema.safeParse(cleaned);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".") || "environment"} ${i.message}`));
  const e = parsed.data;
  return { database: { url: e.DATABASE_URL, dataDir: e.DATA_DIR, poolSize: e.DATABASE_POOL_SIZE }, adminToken: e.ADMIN_TOKEN, staffTokenDays: e.STAFF_TOKEN_DAYS };
}

/**
 * Reads `.env` from the working folder into process.env when it exists (Node's own
 * parser, process.loadEnvFile). A variable already set in the environment wins, even
 * an empty one, so `FOO= npm start` still overrides the file.
 */
export function readDotEnv(path = ".env"): string | undefined {
  if (!existsSync(path)) return undefined;
  process.loadEnvFile(path);
  return path;
}

function parseQuietHours(value: string): ReminderPolicy["quietHours"] {
  const [start, end] = value.split("-").map((hm) => {
    const [h, m] = hm.split(":").map(Number);
    return h! * 60 + m!;
  });
  return { start: start!, end: end! };
}

/**
 * FOLLOW_UP_MONTHS: "3,6" → [3, 6] (sorted, each once); "none" → []. Undefined for
 * anything else: a month out of 1–60, a fraction, an empty item.
 */
export function parseFollowUpMonths(value: string): number[] | undefined {
  if (value.trim().toLowerCase() === "none") return [];
  const items = value.split(",").map((s) => s.trim());
  if (items.some((s) => !/^\d{1,2}$/.test(s))) return undefined;
  const months = items.map(Number);
  if (months.some((m) => m < 1 || m > 60)) return undefined;
  return [...new Set(months)].sort((a, b) => a - b);
}
