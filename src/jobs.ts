import cron, { type ScheduledTask } from "node-cron";
import type { Logger } from "pino";
import { pruneProcessedUpdates } from "./bot/middleware.js";
import type { Db } from "./db/client.js";
import { TIME_ZONE } from "./i18n/locales.js";

export interface JobsDependencies {
  db: Db;
  logger: Logger;
}

export interface Jobs {
  /** No new ticks start after this. */
  stop(): void;
  /** Resolves when no job is running. */
  idle(): Promise<void>;
}

interface JobDefinition {
  name: string;
  schedule: string;
  run(deps: JobsDependencies): Promise<unknown>;
}

/**
 * Every process schedules every job: node-cron has no lock across processes, so each
 * job must be safe to run in several processes at once (the database decides).
 */
const JOBS: JobDefinition[] = [
  {
    name: "prune-processed-updates",
    schedule: "17 3 * * *",
    run: ({ db }) => pruneProcessedUpdates(db),
  },
];

export function startJobs(deps: JobsDependencies, jobs: JobDefinition[] = JOBS): Jobs {
  const tasks: ScheduledTask[] = jobs.map((job) =>
    cron.schedule(
      job.schedule,
      async () => {
        try {
          const result = await job.run(deps);
          deps.logger.debug({ job: job.name, result }, "job finished");
        } catch (err) {
          deps.logger.error({ err, job: job.name }, "job failed");
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
