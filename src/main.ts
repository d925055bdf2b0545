import type { Logger } from "pino";
import { createBot } from "./bot/create-bot.js";
import { createMessenger } from "./bot/messenger.js";
import { createRelay } from "./features/handoff/relay.js";
import { notifyPromoted } from "./features/modules/notify.js";
import { telegramClientOptions } from "./bot/telegram-client.js";
import { setCommands } from "./bot/commands.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { openDatabase } from "./db/client.js";
import { createServer, WEBHOOK_PATH } from "./http/create-server.js";
import { Api } from "grammy";
import { autoRetry } from "@grammyjs/auto-retry";
import { RateLimiter } from "./features/reminders/rate-limiter.js";
import { createI18n } from "./i18n/i18n.js";
import { standardJobs, startJobs } from "./jobs.js";
import { createLogger } from "./logger.js";
import { PARTICIPANT_UPDATE_TYPES } from "./bot/middleware.js";
import { startPolling, type Polling } from "./bot/polling.js";

/** Composition root: config → database (migrated) → bot → HTTP → jobs, and shutdown. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`${error.message}\nSee .env.example and the README for every variable.`);
      process.exit(1);
    }
    throw error;
  }

  const logger = createLogger(config.logLevel);
  // Nothing that slips through a handler may end the process and every chat with it;
  // the update concerned is delivered again (webhook) or its replies retried (polling).
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));
  process.on("uncaughtException", (err) => logger.error({ err }, "uncaught exception"));
  const database = await openDatabase({
    url: config.database.url,
    dataDir: config.database.dataDir,
    poolSize: config.database.poolSize,
  });
  await database.migrate();
  logger.info({ database: database.kind }, "database ready");

  const webhookMode = config.bot.mode === "webhook";
  const bot = createBot({
    token: config.botToken,
    apiRoot: config.telegramApiRoot,
    db: database.db,
    logger,
    rethrowErrors: webhookMode,
    officeHours: config.officeHours,
    deps: {
      projectName: config.projectName,
      privacyNoticeVersion: config.privacyNoticeVersion,
      retentionMonths: config.retentionMonths,
    },
  });
  await bot.init();
  const i18n = createI18n();
  const messenger = createMessenger(bot.api, i18n, logger);

  const server = await createServer({
    database,
    logger,
    adminToken: config.adminToken,
    messenger,
    relay: createRelay(bot.api),
    inboundSecret: config.events.inboundSecret,
    counsellorsSeeAll: config.counsellorsSeeAll,
    reminderPolicy: config.reminders.policy,
    apiRateLimitPerMinute: config.apiRateLimitPerMinute,
    staffTokenDays: config.staffTokenDays,
    metricsToken: config.metricsToken,
    webhook: config.bot.mode === "webhook" ? { bot, secret: config.bot.webhookSecret } : undefined,
  });
  await server.listen({ host: config.http.host, port: config.http.port });
  await setCommands(bot).catch((err: unknown) => logger.warn({ err }, "could not set the command list"));

  let polling: Polling | undefined;
  if (config.bot.mode === "webhook") {
    await bot.api.setWebhook(new URL(WEBHOOK_PATH, config.bot.webhookUrl).toString(), {
      secret_token: config.bot.webhookSecret,
      drop_pending_updates: false,
      allowed_updates: PARTICIPANT_UPDATE_TYPES,
    });
    logger.info("webhook set");
  } else {
    polling = await startPolling(bot, { concurrency: config.updateConcurrency, logger });
  }

  // The bulk sender's own Api: auto-retry waits out a 429's retry_after there, without
  // slowing the bot's answers to participants.
  const senderApi = new Api(config.botToken, telegramClientOptions(config.telegramApiRoot));
  senderApi.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 120, rethrowInternalServerErrors: true, rethrowHttpErrors: true }));
  const jobs = startJobs(
    standardJobs({
      db: database.db,
      reminderSchedule: config.reminders.schedule,
      delivery: { database, url: config.events.url, secret: config.events.secret, logger, includeMessageText: config.events.includeMessageText },
      database,
      retention: {
        months: config.retentionMonths,
        transcriptDays: config.transcriptRetentionDays,
        outboxHours: config.events.retentionHours,
        onErased: (promoted) => notifyPromoted(database.db, messenger, promoted),
      },
      replies: bot.replies,
      reminders: {
        database,
        api: senderApi,
        translate: (locale, key, vars) => i18n.t(locale, key, vars),
        policy: config.reminders.policy,
        limiter: new RateLimiter(config.reminders.ratePerSecond),
        concurrency: config.reminders.concurrency,
        logger,
      },
    }),
    logger,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const timer = setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    try {
      // Stop taking new work first, let what is in flight finish, then close the database.
      jobs.stop();
      await polling?.stop();
      await server.close();
      await jobs.idle();
      await database.close();
      logger.info("stopped");
      process.exit(0);
    } catch (err) {
      logger.error({ err }, "error while shutting down");
      process.exit(1);
    }
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((err: unknown) => {
  const logger: Logger = createLogger("info");
  logger.fatal({ err }, "start-up failed");
  process.exit(1);
});
