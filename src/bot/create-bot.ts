import { Api, Bot, Composer, lazySession, type Middleware } from "grammy";
import { sequentialize } from "@grammyjs/runner";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import type { Db } from "../db/client.js";
import { createDrizzleStorage } from "../db/storage.js";
import { createFallbackComposer, createStartComposer } from "../features/start/composer.js";
import { createAppointmentsComposer } from "../features/appointments/composer.js";
import { createHandoffComposer } from "../features/handoff/composer.js";
import { DEFAULT_OFFICE_HOURS, type OfficeHours } from "../features/handoff/office-hours.js";
import { createModulesComposer, showSuggestions } from "../features/modules/composer.js";
import { createPrivacyComposer, requireCurrentConsent } from "../features/privacy/composer.js";
import { createRsvpComposer } from "../features/reminders/composer.js";
import { createAudioComposer, listenButton } from "../features/audio/composer.js";
import { rememberFileId } from "../features/audio/clips.js";
import { createSafetyComposer, showHardTimeHelp } from "../features/safety/composer.js";
import { createSurveyComposer } from "../features/survey/composer.js";
import { createStaffGroupComposer, isLinkInPrivateChat, isStaffGroupUpdate, linkInPrivateChat } from "../features/staff-group/composer.js";
import { createPlanComposer } from "../features/plan/composer.js";
import { createReferralConsentComposer } from "../features/referrals/composer.js";
import { createFollowUpComposer } from "../features/follow-up/composer.js";
import type { Question } from "../features/survey/definition.js";
import { createI18n } from "../i18n/i18n.js";
import { metrics } from "../metrics.js";
import type { BotContext, BotDependencies, SessionData } from "./context.js";
import { createMessenger, type Messenger } from "./messenger.js";
import { telegramClientOptions } from "./telegram-client.js";
import { followChatMember, isParticipantUpdate, loadParticipant, oneAnswerPerAlbum, runInUpdateTransaction } from "./middleware.js";
import { deferRepliesTransformer, ReplySender } from "./replies.js";

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
  /** Most time one update may wait out Telegram's 429s, in ms (default 10 000). */
  rateLimitBudgetMs?: number;
  /** How the reply sender waits out a 429; tests record the wait instead of sleeping. */
  sleep?: (ms: number) => Promise<void>;
  /** STAFF_GROUP_ID: the counsellors' supergroup with a topic per participant (features/staff-group). */
  staffGroupId?: number;
  /** The survey's questions (SURVEY by default); tests of question types the survey no longer has give their own. */
  survey?: readonly Question[];
}

export type AppBot = Bot<BotContext> & {
  /** Sends the replies updates stored (after each update, and for the retry job). */
  replies: ReplySender;
};

export function createBot(options: CreateBotOptions): AppBot {
  const { db, deps, logger } = options;
  // Every call gives up after 15 s (grammY's default is 500 s): a hung call must not hold
  // a chat. Long polling asks Telegram to answer within 10 s (polling.ts), inside that.
  const client = {
    ...(options.fetch ? { fetch: options.fetch, ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}) } : telegramClientOptions(options.apiRoot)),
    timeoutSeconds: 15,
  };
  const bot = new Bot<BotContext>(options.token, { botInfo: options.botInfo, client });
  // Replies made while an update is handled wait for its commit (replies.ts); the
  // sender's own Api has no such transformer, so it really sends. Its calls give up
  // after 10 s: a hung call must not hold a chat's replies longer than a 429 would.
  bot.api.config.use(deferRepliesTransformer(logger));
  const replies = new ReplySender({
    db,
    api: new Api(options.token, { ...client, timeoutSeconds: 10 }),
    logger,
    rateLimitBudgetMs: options.rateLimitBudgetMs,
    sleep: options.sleep,
    // A voice clip uploaded once is sent by Telegram's file id afterwards.
    onSent: (method, payload, result) => rememberFileId(db, method, payload, result),
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

  // One chat's updates in order within this process (the runner handles chats
  // concurrently); the database chat lock orders them across processes.
  app.use(sequentialize((ctx) => (ctx.chat?.id ?? ctx.from?.id)?.toString()));
  const updateTransaction = runInUpdateTransaction(db, replies, { failUpdateWhileRepliesPending: options.rethrowErrors ?? false });
  // The staff group's updates take their own way: the same transaction and chat lock
  // (the group is one chat), none of the participants' session, consent or features.
  const staffGroup = new Composer<BotContext>();
  if (options.staffGroupId !== undefined) staffGroup.use(updateTransaction, createStaffGroupComposer({ groupChatId: options.staffGroupId, clock }));
  const staffGroupId = options.staffGroupId;
  app.use((ctx, next) => {
    metrics.updates.inc({ kind: ctx.message ? "message" : ctx.callbackQuery ? "callback" : "other" });
    ctx.deps = deps;
    ctx.log = logger.child({ update_id: ctx.update.update_id });
    if (isLinkInPrivateChat(ctx.update)) return linkInPrivateChat(ctx).then(() => {});
    if (isParticipantUpdate(ctx.update)) return next();
    if (staffGroupId !== undefined && isStaffGroupUpdate(ctx.update, staffGroupId)) return staffGroup.middleware()(ctx, async () => {});
    // Business messages, reactions, channel posts, groups, types added to the Bot API
    // later: answered (200), nothing stored. A press elsewhere only loses its spinner.
    if (ctx.callbackQuery) return ctx.answerCallbackQuery().then(() => {}, () => {});
  });
  app.use(updateTransaction);
  app.use(followChatMember);
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
  // Words of danger come before everything, the handoff included: they are answered at
  // once and reach the counsellors first, whatever else the chat is doing.
  app.use(createSafetyComposer(options.officeHours ?? DEFAULT_OFFICE_HOURS, clock));
  app.use(createHandoffComposer(options.officeHours ?? DEFAULT_OFFICE_HOURS, clock));
  app.use(oneAnswerPerAlbum);
  // 🔊 buttons work for anyone, also before consent (the notice itself can be heard).
  app.use(createAudioComposer());
  app.use(createPrivacyComposer(messenger, clock));
  app.use(requireCurrentConsent());
  // Before the other features: an open booking dialog takes the chat's buttons and words
  // (commands and other features' buttons end it and go on to them).
  app.use(createAppointmentsComposer(db, clock));
  app.use(createStartComposer());
  app.use(createSurveyComposer({ survey: options.survey, onCompleted: (ctx) => showSuggestions(ctx, clock()), onHardTime: showHardTimeHelp, questionButtons: async (ctx, q) => [await listenButton(ctx, `q-${q.id}`)].filter((b) => b !== undefined) }));
  app.use(createModulesComposer(messenger, clock));
  app.use(createRsvpComposer(clock));
  app.use(createPlanComposer(options.officeHours ?? DEFAULT_OFFICE_HOURS, clock));
  app.use(createReferralConsentComposer());
  app.use(createFollowUpComposer());
  app.use(createFallbackComposer());

  return Object.assign(bot, { replies });
}
