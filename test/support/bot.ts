import type { Message, Update } from "grammy/types";
import pino from "pino";
import type { BotDependencies } from "../../src/bot/context.js";
import { createBot, type AppBot, type CreateBotOptions } from "../../src/bot/create-bot.js";
import type { Db } from "../../src/db/client.js";
import { createFakeTelegram, type FakeTelegramFetch, type FakeUser } from "./fake-fetch.js";

export const TEST_TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz";
export const TEST_DEPS: BotDependencies = { projectName: "HOT", privacyNoticeVersion: "2026-11", retentionMonths: 12, projectContact: "hot@example.fi", transcriptRetentionDays: 365 };

export interface TestBot {
  bot: AppBot;
  telegram: FakeTelegramFetch;
  /** A person talking to the bot in a private chat. */
  user(id: number, languageCode?: string): TestChat;
}

/**
 * The real bot as webhook mode builds it (a failed update fails the request, so Telegram
 * delivers it again), talking to an in-process fake Telegram; for tests that post updates
 * to the webhook route.
 */
export function createWebhookTestBot(db: Db, telegram: FakeTelegramFetch, options: Partial<CreateBotOptions> = {}): AppBot {
  return createBot({
    token: TEST_TOKEN,
    db,
    deps: TEST_DEPS,
    logger: pino({ level: "silent" }),
    fetch: telegram.fetch,
    botInfo: telegram.botInfo,
    rethrowErrors: true,
    ...options,
  });
}

/** The real bot (every plugin and feature) with Telegram replaced by an in-process fake. */
export async function startTestBot(
  db: Db,
  deps: Partial<BotDependencies> = {},
  /** Pass the fake of an earlier bot to play a restart: update ids go on from there. */
  telegram: FakeTelegramFetch = createFakeTelegram(),
  clock?: () => Date,
  options: Partial<CreateBotOptions> = {},
): Promise<TestBot> {
  const bot = createBot({
    token: TEST_TOKEN,
    db,
    deps: { ...TEST_DEPS, ...deps },
    logger: pino({ level: "silent" }),
    fetch: telegram.fetch,
    botInfo: telegram.botInfo,
    clock,
    ...options,
  });
  await bot.init();
  return { bot, telegram, user: (id, languageCode) => new TestChat(bot, telegram, { id, first_name: `User ${id}`, language_code: languageCode }) };
}

export class TestChat {
  constructor(
    readonly bot: AppBot,
    readonly telegram: FakeTelegramFetch,
    readonly user: FakeUser,
  ) {}

  /**
   * First contact as a participant makes it: /start, a language, and the privacy notice
   * answered ("accept", "decline") or left open ("none").
   */
  async onboard(language = "English", consent: "accept" | "decline" | "none" = "accept"): Promise<void> {
    await this.send("/start");
    await this.tap(language);
    if (consent !== "none") await this.press(consent === "accept" ? "consent:yes" : "consent:no");
  }

  /** Sends a text (or a /command) and returns the texts the bot answered with. */
  async send(text: string): Promise<string[]> {
    return this.handle(this.telegram.textUpdate(this.user, text));
  }

  /** Sends any other kind of message (a sticker, a photo…). */
  async sendMessage(content: Partial<Message>): Promise<string[]> {
    const base = this.telegram.textUpdate(this.user, "x") as Update & { message: Message };
    const { text: _text, entities: _entities, ...rest } = base.message;
    return this.handle({ ...base, message: { ...rest, ...content } } as Update);
  }

  /** Presses a button by its callback data, under `message` (default: the last message). */
  async press(data: string, message?: Message): Promise<string[]> {
    return this.handle(this.telegram.callbackUpdate(this.user, data, message));
  }

  /** Taps the button whose label matches, on the last message the bot sent. */
  async tap(label: string | RegExp): Promise<string[]> {
    const message = this.lastMessage();
    const button = this.buttons(message).find((b) => (typeof label === "string" ? b.text === label : label.test(b.text)));
    if (!button) {
      throw new Error(`no button ${String(label)} on the last message; it has: ${this.buttons(message).map((b) => b.text).join(" | ")}`);
    }
    return this.press(button.callback_data, message);
  }

  lastMessage(): Message {
    const message = this.telegram.lastMessage(this.user.id);
    if (!message) throw new Error("the bot has sent nothing to this chat");
    return message;
  }

  buttons(message: Message = this.lastMessage()): { text: string; callback_data: string }[] {
    const keyboard = (message.reply_markup?.inline_keyboard ?? []).flat();
    return keyboard.filter((b): b is typeof b & { callback_data: string } => "callback_data" in b);
  }

  /** Every text the bot sent to this chat so far. */
  texts(): string[] {
    return this.telegram.sent(this.user.id).map((p: { text: string }) => p.text);
  }

  /** Callback-query answers (toasts) the bot gave. */
  toasts(): string[] {
    return this.telegram.calls
      .filter((c) => c.method === "answerCallbackQuery" && c.payload.text)
      .map((c) => c.payload.text as string);
  }

  private async handle(update: Update): Promise<string[]> {
    const before = this.telegram.sent(this.user.id).length;
    await this.bot.handleUpdate(update);
    return this.telegram.sent(this.user.id).slice(before).map((p: { text: string }) => p.text);
  }
}
