import cron, { type ScheduledTask } from "node-cron";
import type { Logger } from "pino";
import { pruneProcessedUpdates } from "./bot/middleware.js";
import type { Db } from "./db/client.js";
import { deliverOutbox, type DeliveryDependencies } from "./features/handoff/webhooks.js";
import { runReminderTick, type SenderDependencies } from "./features/reminders/sender.js";
import { TIME_ZONE } from "./i18n/locales.js";

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
}

/**
 * Every process schedules every job: node-cron has no lock across processes, so each
 * job gets its exclusivity from the database (an advisory lock, a unique key).
 */
export function standardJobs(options: { db: Db; reminders: SenderDependencies; reminderSchedule: string; delivery: DeliveryDependencies }): JobDefinition[] {
  return [
    { name: "reminders", schedule: options.reminderSchedule, run: () => runReminderTick(options.reminders) },
    // node-cron's six-field form: every ten seconds, so a counsellor tool sees messages quickly.
    { name: "outbox-delivery", schedule: "*/10 * * * * *", run: () => deliverOutbox(options.delivery) },
    { name: "prune-processed-updates", schedule: "17 3 * * *", run: () => pruneProcessedUpdates(options.db) },
  ];
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
