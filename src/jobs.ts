import cron, { type ScheduledTask } from "node-cron";
import type { Logger } from "pino";
import { pruneProcessedUpdates } from "./bot/middleware.js";
import type { ReplySender } from "./bot/replies.js";
import type { Db } from "./db/client.js";
import { deliverOutbox, type DeliveryDependencies } from "./features/handoff/webhooks.js";
import { runReminderTick, type SenderDependencies } from "./features/reminders/sender.js";
import { TIME_ZONE } from "./i18n/locales.js";
import type { Enrolment } from "./features/modules/enrolment.js";
import { eraseParticipant, inactiveParticipants, pruneTranscripts } from "./features/privacy/erasure.js";

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
  retention: { months: number; transcriptDays: number; onErased?: (promoted: Enrolment[]) => Promise<void> };
  /** Sends replies an update could not send at once (Telegram down, a long 429, a crash). */
  replies?: ReplySender;
}): JobDefinition[] {
  const replies = options.replies;
  return [
    ...(replies ? [{ name: "pending-replies", schedule: "*/5 * * * * *", run: () => replies.retryDue(), needsTelegram: true }] : []),
    { name: "reminders", schedule: options.reminderSchedule, run: () => runReminderTick(options.reminders), needsTelegram: true },
    // node-cron's six-field form: every ten seconds, so a counsellor tool sees messages quickly.
    { name: "outbox-delivery", schedule: "*/10 * * * * *", run: () => deliverOutbox(options.delivery) },
    { name: "prune-processed-updates", schedule: "17 3 * * *", run: () => pruneProcessedUpdates(options.db) },
    // Tells the families a freed place went to.
    { name: "retention", schedule: "37 3 * * *", run: () => runRetention(options.db, new Date(), options.retention), needsTelegram: true },
  ];
}

/**
 * Nightly: participants silent for longer than the retention period are erased, and
 * transcripts of chats closed long ago are removed. Safe in several processes at once:
 * an erasure locks the participant's row and a second one finds nothing.
 */
export async function runRetention(db: Db, now: Date, retention: { months: number; transcriptDays: number; onErased?: (promoted: Enrolment[]) => Promise<void> }) {
  let erased = 0;
  for (const id of await inactiveParticipants(db, now, retention.months)) {
    const result = await eraseParticipant(db, id, now, "retention");
    if (result.erased) erased++;
    await retention.onErased?.(result.promoted);
  }
  const transcriptMessages = await pruneTranscripts(db, now, retention.transcriptDays);
  return { erased, transcriptMessages };
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
