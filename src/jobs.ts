import cron, { type ScheduledTask } from "node-cron";
import type { Logger } from "pino";
import { pruneProcessedUpdates } from "./bot/middleware.js";
import type { ReplySender } from "./bot/replies.js";
import type { Db } from "./db/client.js";
import { deliverOutbox, type DeliveryDependencies } from "./features/handoff/webhooks.js";
import { runReminderTick, type SenderDependencies } from "./features/reminders/sender.js";
import { TIME_ZONE } from "./i18n/locales.js";
import type { Enrolment } from "./features/modules/enrolment.js";
import { eraseParticipant, inactiveParticipants, pruneTranscripts, pruneWordsEverywhere } from "./features/privacy/erasure.js";
import { pruneOutbox } from "./features/handoff/webhooks.js";
import type { Database } from "./db/client.js";
import { vacuumAfterErasures, vacuumErasedRows } from "./db/vacuum.js";

export interface Jobs {
  /** No new ticks start after this. */
  stop(): void;
  /** Resolves when no job is running. */
  idle(): Promise<void>;
}

export interface JobDefinition {
  name: string;
  schedule: string;
  run(): Promise<unknown>;
  /** Sends through Telegram: started only once the Bot API answered (main.ts). */
  needsTelegram?: boolean;
}

/**
 * Every process schedules every job: node-cron has no lock across processes, so each
 * job gets its exclusivity from the database (an advisory lock, a unique key).
 */
export function standardJobs(options: {
  db: Db;
  reminders: SenderDependencies;
  reminderSchedule: string;
  delivery: DeliveryDependencies;
  retention: Retention;
  /** Sends replies an update could not send at once (Telegram down, a long 429, a crash). */
  replies?: ReplySender;
  /** For vacuuming after erasures, so that erased rows leave the database's files. */
  database?: Database;
  /** The staff group's feed and paced poster (features/staff-group), when STAFF_GROUP_ID is set. */
  staffGroup?: () => Promise<unknown>;
}): JobDefinition[] {
  const replies = options.replies;
  const database = options.database;
  const retention: Retention = { ...options.retention, vacuum: options.retention.vacuum ?? (database ? () => vacuumErasedRows(database) : undefined) };
  const outboxHours = retention.outboxHours ?? 24;
  return [
    ...(replies ? [{ name: "pending-replies", schedule: "*/5 * * * * *", run: () => replies.retryDue(), needsTelegram: true }] : []),
    ...(options.staffGroup ? [{ name: "staff-group", schedule: "*/5 * * * * *", run: options.staffGroup, needsTelegram: true }] : []),
    { name: "reminders", schedule: options.reminderSchedule, run: () => runReminderTick(options.reminders), needsTelegram: true },
    // node-cron's six-field form: every ten seconds, so a counsellor tool sees messages quickly.
    { name: "outbox-delivery", schedule: "*/10 * * * * *", run: () => deliverOutbox(options.delivery) },
    { name: "prune-processed-updates", schedule: "17 3 * * *", run: () => pruneProcessedUpdates(options.db) },
    // Tells the families a freed place went to.
    { name: "retention", schedule: "37 3 * * *", run: () => runRetention(options.db, new Date(), retention), needsTelegram: true },
    // Delivered events go within the hour after OUTBOX_RETENTION_HOURS.
    { name: "prune-delivered-events", schedule: "7 * * * *", run: () => pruneOutbox(options.db, new Date(), outboxHours, retention.transcriptDays) },
    // A participant who erased their data (or withdrew consent) leaves the files soon after.
    ...(database ? [{ name: "vacuum-after-erasure", schedule: "*/10 * * * *", run: vacuumAfterErasures(database) }] : []),
  ];
}

export interface Retention {
  /** RETENTION_MONTHS: participants silent this long are erased. */
  months: number;
  /** TRANSCRIPT_RETENTION_DAYS: transcripts (and close notes) of chats closed this long ago go. */
  transcriptDays: number;
  /** OUTBOX_RETENTION_HOURS: delivered events go this long after delivery. */
  outboxHours?: number;
  onErased?: (promoted: Enrolment[]) => Promise<void>;
  /** Run after anything was removed, so the rows leave the files (db/vacuum.ts). */
  vacuum?: () => Promise<void>;
}

/**
 * Nightly: participants silent for longer than the retention period are erased,
 * transcripts (and counsellors' close notes) of chats closed long ago are removed, and so
 * is every other copy of participants' words past its time: delivered events, replies
 * never delivered, grammY storage nobody used for the retention period, replay keys.
 * Then a vacuum, so the rows leave the files. Safe in several processes at once: an
 * erasure locks the participant's row and a second one finds nothing.
 */
export async function runRetention(db: Db, now: Date, retention: Retention) {
  let erased = 0;
  for (const id of await inactiveParticipants(db, now, retention.months)) {
    const result = await eraseParticipant(db, id, now, "retention");
    if (result.erased) erased++;
    await retention.onErased?.(result.promoted);
  }
  const transcriptMessages = await pruneTranscripts(db, now, retention.transcriptDays);
  const events = await pruneOutbox(db, now, retention.outboxHours ?? 24, retention.transcriptDays);
  const elsewhere = await pruneWordsEverywhere(db, now, retention.months);
  const removed = erased + transcriptMessages + events.delivered + events.undelivered + elsewhere;
  if (removed > 0) await retention.vacuum?.();
  return { erased, transcriptMessages, events, elsewhere, vacuumed: removed > 0 && retention.vacuum !== undefined };
}

export function startJobs(jobs: JobDefinition[], logger: Logger): Jobs {
  const tasks: ScheduledTask[] = jobs.map((job) =>
    cron.schedule(
      job.schedule,
      async () => {
        try {
          const result = await job.run();
          logger.debug({ job: job.name, result }, "job finished");
        } catch (err) {
          logger.error({ err, job: job.name }, "job failed");
        }
      },
      { name: job.name, timezone: TIME_ZONE, noOverlap: true },
    ),
  );
  return {
    stop() {
      for (const t of tasks) void t.stop();
    },
    async idle() {
      while (tasks.some((t) => t.isBusy())) await new Promise((r) => setTimeout(r, 50));
    },
  };
}
