import { Bot, lazySession, type Middleware } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import type { Db } from "../db/client.js";
import { createDrizzleStorage } from "../db/storage.js";
import { createFallbackComposer, createStartComposer } from "../features/start/composer.js";
import { createHandoffComposer } from "../features/handoff/composer.js";
import { DEFAULT_OFFICE_HOURS, type OfficeHours } from "../features/handoff/office-hours.js";
import { createModulesComposer, showSuggestions } from "../features/modules/composer.js";
import { createPrivacyComposer, requireCurrentConsent } from "../features/privacy/composer.js";
import { createRsvpComposer } from "../features/reminders/composer.js";
import { createSurveyComposer } from "../features/survey/composer.js";
import { createI18n } from "../i18n/i18n.js";
import { metrics } from "../metrics.js";
import type { BotContext, BotDependencies, SessionData } from "./context.js";
import { createMessenger, type Messenger } from "./messenger.js";
import { telegramClientOptions } from "./telegram-client.js";
import { loadParticipant, runInUpdateTransaction } from "./middleware.js";

export interface CreateBotOptions {
  token: string;
  db: Db;
  deps: BotDependencies;
  logger: Logger;
  /** Telegram's by default; a local Bot API server or a fake in tests. */
  apiRoot?: string;
  /** A fake fetch in unit tests. */
  fetch?: typeof fetch;
  /** Known bot identity, so no getMe call is needed (tests, webhook cold starts). */
  botInfo?: UserFromGetMe;
  /**
   * Webhook mode: let a failed update fail the HTTP request, so Telegram delivers it
   * again, instead of answering 200 and losing it (DESIGN invariant 9).
   */
  rethrowErrors?: boolean;
  /** Sends messages nobody asked for (waiting-list news); made from this bot's API when absent. */
  messenger?: Messenger;
  /** When counsellors are at work (told to participants who ask for a person). */
  officeHours?: OfficeHours;
  /** The time, for the features that need it; fixed in tests. */
  clock?: () => Date;
}

export type AppBot = Bot<BotContext>;

export function createBot(options: CreateBotOptions): AppBot {
  const { db, deps, logger } = options;
  const bot = new Bot<BotContext>(options.token, {
    botInfo: options.botInfo,
    client: options.fetch ? { fetch: options.fetch, ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}) } : telegramClientOptions(options.apiRoot),
  });
  const i18n = createI18n<BotContext>();
  const messenger = options.messenger ?? createMessenger(bot.api, i18n, logger);
  const clock = options.clock ?? (() => new Date());

  const app = bot.errorBoundary(async (err) => {
    const ctx = err.ctx;
    metrics.handlerErrors.inc();
    ctx.log?.error({ err: err.error }, "update failed");
    if (options.rethrowErrors) throw err.error;
    if (ctx.chat?.type === "private") {
      // The update's writes were rolled back; ask the person to try again.
      await ctx.reply(typeof ctx.t === "function" ? ctx.t("error-generic") : "Sorry, something went wrong. Please try again.").catch(() => {});
    }
  });

  app.use((ctx, next) => {
    metrics.updates.inc({ kind: ctx.message ? "message" : ctx.callbackQuery ? "callback" : "other" });
    ctx.deps = deps;
    ctx.log = logger.child({ update_id: ctx.update.update_id });
    return next();
  });
  app.use(runInUpdateTransaction(db));
  app.use(
    lazySession<SessionData, BotContext>({
      initial: () => ({}),
      storage: createDrizzleStorage<SessionData>(db, "session"),
    }),
  );
  app.use(loadParticipant);
  app.use(i18n as unknown as Middleware<BotContext>);

  // Order matters: the first feature that handles an update ends it. Handoff comes
  // first: a chat with a counsellor takes every message (DESIGN invariant 6).
  app.use(createHandoffComposer(options.officeHours ?? DEFAULT_OFFICE_HOURS, clock));
  app.use(createPrivacyComposer(messenger, clock));
  app.use(requireCurrentConsent());
  app.use(createStartComposer());
  app.use(createSurveyComposer({ onCompleted: (ctx) => showSuggestions(ctx, clock()) }));
  app.use(createModulesComposer(messenger, clock));
  app.use(createRsvpComposer(clock));
  app.use(createFallbackComposer());

  return bot;
}
