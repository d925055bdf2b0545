import { run, type RunnerHandle } from "@grammyjs/runner";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import type { AppBot } from "./create-bot.js";
import { PARTICIPANT_UPDATE_TYPES } from "./middleware.js";
import { grammySignal } from "./telegram-client.js";

export interface Polling {
  /** Stops fetching, lets the updates in flight finish, and confirms the offset. */
  stop(): Promise<void>;
}

/**
 * Long polling with @grammyjs/runner: updates of different chats are handled
 * concurrently (at most `concurrency` at once), one chat's in order (the bot's
 * `sequentialize`). grammY's own `bot.start()` would handle one update at a time, so one
 * participant waiting for Telegram would hold up everyone.
 *
 * The runner confirms an offset only with its next getUpdates; at shutdown the offset
 * of the last handled update is confirmed here, so a restart does not fetch them again
 * (and if it did, they are skipped as processed).
 */
export async function startPolling(bot: AppBot, options: { concurrency: number; logger: Logger; signal?: AbortSignal }): Promise<Polling> {
  // A webhook left from an earlier webhook-mode run would make getUpdates fail (409).
  await bot.api.deleteWebhook({ drop_pending_updates: false }, options.signal && grammySignal(options.signal));
  let lastUpdateId: number | undefined;
  const tracked = {
    init: () => bot.init(),
    handleUpdate: (update: Update) => {
      lastUpdateId = Math.max(lastUpdateId ?? 0, update.update_id);
      return bot.handleUpdate(update);
    },
    errorHandler: bot.errorHandler,
    api: bot.api,
  };
  const handle: RunnerHandle = run(tracked, {
    runner: { fetch: { allowed_updates: PARTICIPANT_UPDATE_TYPES, timeout: 10 }, retryInterval: "exponential", maxRetryTime: Number.POSITIVE_INFINITY, silent: true },
    sink: { concurrency: options.concurrency },
  });
  options.logger.info({ concurrency: options.concurrency }, "polling for updates");
  handle.task()?.catch((err: unknown) => options.logger.error({ err }, "polling stopped"));
  return {
    async stop() {
      if (handle.isRunning()) await handle.stop();
      // The runner's stop ends fetching; the updates it already handed out finish here.
      while (handle.size() > 0) await new Promise((resolve) => setTimeout(resolve, 20));
      if (lastUpdateId !== undefined) {
        await bot.api.getUpdates({ offset: lastUpdateId + 1, limit: 1, timeout: 0 }).catch((err: unknown) => options.logger.warn({ err }, "could not confirm the last update"));
      }
    },
  };
}
