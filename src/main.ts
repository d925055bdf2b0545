import { Api } from "grammy";
import { autoRetry } from "@grammyjs/auto-retry";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import { TelegramConnection, type ConnectStep } from "./bot/connect.js";
import { createBot } from "./bot/create-bot.js";
import { createMessenger } from "./bot/messenger.js";
import { setCommands } from "./bot/commands.js";
import { PARTICIPANT_UPDATE_TYPES } from "./bot/middleware.js";
import { startPolling } from "./bot/polling.js";
import { grammySignal, telegramClientOptions } from "./bot/telegram-client.js";
import { ConfigError, loadConfig, readDotEnv, type Config } from "./config.js";
import { DataFolderInUseError } from "./db/data-folder.js";
import { openConfiguredDatabase } from "./db/open.js";
import { createRelay } from "./features/handoff/relay.js";
import { runStaffGroupTick } from "./features/staff-group/queue.js";
import { checkStaffGroup, type StaffGroupStatus } from "./features/staff-group/setup.js";
import { notifyPromoted } from "./features/modules/notify.js";
import { RateLimiter } from "./features/reminders/rate-limiter.js";
import { sendStepNudges } from "./features/plan/nudges.js";
import { followUpOffers } from "./features/follow-up/offers.js";
import { createServer, WEBHOOK_PATH } from "./http/create-server.js";
import { createI18n } from "./i18n/i18n.js";
import { standardJobs, startJobs } from "./jobs.js";
import { createShutdown, StartupError, stopOnSignals, type Shutdown } from "./lifecycle.js";
import { createLogger } from "./logger.js";

/**
 * Composition root: config → signal handlers → database (locked, migrated) → HTTP →
 * Telegram (in the background, retried until it answers) → polling or webhook → jobs.
 *
 * The order is what an operator needs to see: the HTTP server answers /healthz and says
 * in /readyz what is missing as soon as the database is open, whether or not Telegram can
 * be reached; and a SIGTERM or Ctrl-C at any moment stops what has started so far.
 */
async function main(): Promise<void> {
  const envFile = readDotEnv();
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
  // Before anything slow: a signal during start-up stops what has started and exits.
  const shutdown = createShutdown({ logger, timeoutMs: config.shutdownTimeoutMs });
  stopOnSignals(shutdown, logger);
  // Nothing that slips through a handler may end the process and every chat with it;
  // the update concerned is delivered again (webhook) or its replies retried (polling).
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));
  process.on("uncaughtException", (err) => logger.error({ err }, "uncaught exception"));

  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  logger.info(
    { node: process.version, pid: process.pid, mode: config.bot.mode, env_file: envFile ?? null, database: config.database.url ? "postgres" : "pglite" },
    "starting",
  );
  try {
    await shutdown.track(start(config, logger, shutdown, elapsed));
  } catch (error) {
    fail(logger, error);
    await shutdown.stop("start-up failed", 1);
  }
}

async function start(config: Config, logger: Logger, shutdown: Shutdown, elapsed: () => number): Promise<void> {
  const { database, lock, where } = await openConfiguredDatabase(config.database, "npm start", shutdown.onStop, (message) => logger.warn(message));
  logger.info({ database: database.kind, where, ms: elapsed() }, "database ready");
  if (shutdown.signal.aborted) return;

  const webhookMode = config.bot.mode === "webhook";
  const bot = createBot({
    token: config.botToken,
    apiRoot: config.telegramApiRoot,
    db: database.db,
    logger,
    rethrowErrors: webhookMode,
    officeHours: config.officeHours,
    staffGroupId: config.staffGroup?.chatId,
    deps: {
      projectName: config.projectName,
      privacyNoticeVersion: config.privacyNoticeVersion,
      retentionMonths: config.retentionMonths,
      appointmentChangeHours: config.appointmentChangeHours,
      projectContact: config.projectContact,
      transcriptRetentionDays: config.transcriptRetentionDays,
      helplines: config.helplines,
    },
  });
  const telegram = new TelegramConnection({ bot, apiRoot: config.telegramApiRoot, token: config.botToken, logger });
  const i18n = createI18n();
  const messenger = createMessenger(bot.api, i18n, logger);
  // The staff group is checked once Telegram answers; until then, and while it is
  // misconfigured, /readyz says so without failing: participants are served regardless.
  const staffGroup = config.staffGroup;
  let staffGroupStatus: StaffGroupStatus = { ok: false, detail: "staff group: not checked yet (waiting for Telegram)", problems: [] };
  const checkGroup = async () => {
    if (!staffGroup) return;
    staffGroupStatus = await checkStaffGroup(bot.api, staffGroup.chatId, bot.botInfo.id);
    if (staffGroupStatus.ok) logger.info({ staff_group: staffGroup.chatId }, "staff group ready");
    else logger.error({ staff_group: staffGroup.chatId, problems: staffGroupStatus.problems }, `${staffGroupStatus.detail}. Participants are served; counsellors use the web inbox until it is fixed.`);
  };

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
    staffSessionHours: config.staffSessionHours,
    secureCookie: config.secureCookie,
    metricsToken: config.metricsToken,
    webhook: config.bot.mode === "webhook" ? { bot, secret: config.bot.webhookSecret } : undefined,
    readiness: { telegram: () => telegram.status },
    warnings: staffGroup ? { staffGroup: () => (staffGroupStatus.ok ? undefined : staffGroupStatus.detail) } : {},
    staffGroup: staffGroup !== undefined,
    publicUrl: config.bot.mode === "webhook" ? config.bot.webhookUrl : undefined,
  });
  await server.listen({ host: config.http.host, port: config.http.port });
  shutdown.onStop("http server", () => server.close());
  // The tools (db:seed, staff) find this process through its lock and ask it.
  lock?.advertise(localUrl(config.http.host, server.server.address()));
  logger.info({ ms: elapsed() }, "http server ready");
  if (shutdown.signal.aborted) return;

  // The bulk sender's own Api: auto-retry waits out a 429's retry_after there, without
  // slowing the bot's answers to participants.
  const senderApi = new Api(config.botToken, telegramClientOptions(config.telegramApiRoot));
  senderApi.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 120, rethrowInternalServerErrors: true, rethrowHttpErrors: true }));
  // The staff group's poster paces itself and handles 429s (queue.ts): no auto-retry there.
  // A hung call must not hold the group's queue (and its lock) for grammY's default 500 s.
  const senderApiPlain = new Api(config.botToken, { ...telegramClientOptions(config.telegramApiRoot), timeoutSeconds: 15 });
  let lastGroupCheck = 0;
  const jobs = standardJobs({
    db: database.db,
    reminderSchedule: config.reminders.schedule,
    delivery: { database, url: config.events.url, secret: config.events.secret, logger, includeMessageText: config.events.includeMessageText },
    // Vacuums after erasures, so that erased rows leave the database's files.
    database,
    retention: {
      months: config.retentionMonths,
      transcriptDays: config.transcriptRetentionDays,
      outboxHours: config.events.retentionHours,
      onErased: (promoted) => notifyPromoted(database.db, messenger, promoted),
    },
    replies: bot.replies,
    ...(staffGroup
      ? {
          staffGroup: async () => {
            // Re-checked while misconfigured (an operator fixing the rights needs no restart).
            if (!staffGroupStatus.ok) {
              if (Date.now() - lastGroupCheck < 60_000) return { ran: false };
              lastGroupCheck = Date.now();
              await checkGroup();
              if (!staffGroupStatus.ok) return { ran: false };
            }
            return runStaffGroupTick({ database, api: senderApiPlain, groupChatId: staffGroup.chatId, perMinute: staffGroup.perMinute, logger });
          },
        }
      : {}),
    reminders: {
      database,
      api: senderApi,
      translate: (locale, key, vars) => i18n.t(locale, key, vars),
      policy: config.reminders.policy,
      limiter: new RateLimiter(config.reminders.ratePerSecond),
      concurrency: config.reminders.concurrency,
      logger,
      alsoSend: { planNudges: sendStepNudges, followUpOffers: followUpOffers(config.followUpMonths) },
    },
  });
  // The outbox's webhooks and the nightly clean-up do not need Telegram: they start now.
  const independent = startJobs(
    jobs.filter((job) => !job.needsTelegram),
    logger,
  );
  shutdown.onStop("jobs", async () => {
    independent.stop();
    await independent.idle();
  });

  const steps: ConnectStep[] = [];
  if (config.bot.mode === "webhook") {
    const { webhookUrl, webhookSecret } = config.bot;
    steps.push({
      name: "setWebhook",
      run: (signal) =>
        bot.api.setWebhook(
          new URL(WEBHOOK_PATH, webhookUrl).toString(),
          { secret_token: webhookSecret, drop_pending_updates: false, allowed_updates: PARTICIPANT_UPDATE_TYPES },
          grammySignal(signal),
        ),
    });
  } else {
    steps.push({
      name: "start polling",
      run: async (signal) => {
        const polling = await startPolling(bot, { concurrency: config.updateConcurrency, logger, signal });
        shutdown.onStop("polling", () => polling.stop());
      },
    });
  }
  // In the background: HTTP is up, and /readyz says why the bot is not ready yet.
  void shutdown.track(
    telegram
      .connect(steps, shutdown.signal)
      .then((connected) => {
        if (!connected) return;
        lastGroupCheck = Date.now();
        void checkGroup().catch((err: unknown) => logger.error({ err }, "could not check the staff group"));
        // Reminders, pending replies and waiting-list news send through Telegram: started
        // before it answered they would count its absence as failed deliveries.
        const telegramJobs = startJobs(
          jobs.filter((job) => job.needsTelegram),
          logger,
        );
        shutdown.onStop("telegram jobs", async () => {
          telegramJobs.stop();
          await telegramJobs.idle();
        });
        logger.info({ mode: config.bot.mode, ms: elapsed() }, webhookMode ? "webhook set; ready" : "polling; ready");
        // The command menu is a nicety: a failure is logged and the bot runs without it.
        void setCommands(bot).catch((err: unknown) => logger.warn({ err }, "could not set the command list"));
      })
      .catch((error: unknown) => {
        fail(logger, error);
        void shutdown.stop("Telegram refused the bot", 1);
      }),
  );
}

/** An address of this server that a tool on the same machine can reach. */
function localUrl(host: string, address: AddressInfo | string | null): string {
  const port = typeof address === "object" && address ? address.port : 0;
  const reachable = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
  return `http://${reachable.includes(":") ? `[${reachable}]` : reachable}:${port}`;
}

/** A problem the operator can fix is said in plain words; anything else with its stack. */
function fail(logger: Logger, error: unknown): void {
  if (error instanceof StartupError) {
    const message =
      error instanceof DataFolderInUseError
        ? `${error.message}\nStop that one first, or start this one with another DATA_DIR. While the bot runs, npm run db:seed and ` +
          "npm run staff (staff:create) work through it (with ADMIN_TOKEN set)."
        : error.message;
    logger.fatal({ ...(error instanceof DataFolderInUseError ? { holder_pid: error.holder.pid } : {}) }, message);
    // Also on stderr without JSON around it, for someone reading a terminal.
    console.error(`\n${message}\n`);
  } else {
    logger.fatal({ err: error }, "start-up failed");
  }
}

main().catch((err: unknown) => {
  createLogger("info").fatal({ err }, "start-up failed");
  process.exit(1);
});
