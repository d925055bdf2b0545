/**
 * The two servers the harness drives, both on 127.0.0.1 behind the same webhook path,
 * both talking to the same fake Bot API:
 *  - the app: the real createBot + createServer, on PostgreSQL;
 *  - the echo baseline: a bare grammY bot behind a bare Fastify, no database, the
 *    same two Bot API calls per update (answerCallbackQuery, sendMessage).
 * The ratio of the two says what the app's own work costs on top of the frameworks.
 */
import type { AddressInfo } from "node:net";
import Fastify from "fastify";
import { Bot, webhookCallback } from "grammy";
import type { Message } from "grammy/types";
import { createBot } from "../src/bot/create-bot.js";
import type { Database } from "../src/db/client.js";
import { createServer, WEBHOOK_PATH } from "../src/http/create-server.js";
import { createLogger } from "../src/logger.js";
import type { FakeBotApi } from "../test/support/fake-bot-api.js";

export const TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz";
export const SECRET = "bench-webhook-secret-0123456789";

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

export async function startApp(fake: FakeBotApi, database: Database): Promise<RunningServer> {
  // The production logger, silenced: log lines would measure the terminal, not the app.
  const logger = createLogger("silent");
  const bot = createBot({
    token: TOKEN,
    db: database.db,
    deps: { projectName: "Bench", privacyNoticeVersion: "1", retentionMonths: 12 },
    logger,
    apiRoot: fake.apiRoot,
    botInfo: fake.botInfo,
    rethrowErrors: true,
  });
  const app = await createServer({ database, logger, webhook: { bot, secret: SECRET } });
  await app.listen({ host: "127.0.0.1", port: 0 });
  return { port: (app.server.address() as AddressInfo).port, close: () => app.close() };
}

export async function startEcho(fake: FakeBotApi): Promise<RunningServer> {
  const bot = new Bot(TOKEN, { botInfo: fake.botInfo, client: { apiRoot: fake.apiRoot } });
  bot.on("callback_query:data", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.callbackQuery.data);
  });
  const app = Fastify();
  // grammY checks the secret header itself, as the app does in its preHandler.
  app.post(WEBHOOK_PATH, webhookCallback(bot, "fastify", { secretToken: SECRET }));
  await app.listen({ host: "127.0.0.1", port: 0 });
  return { port: (app.server.address() as AddressInfo).port, close: () => app.close() };
}

/**
 * JSON bodies of button presses, one per user: user `ids[i]` presses `data(ids[i])`.
 * Built before the clock starts. The fake numbers update_ids from one counter, so they
 * are unique over the whole run (the app skips an update_id it has seen).
 */
export function buttonPresses(fake: FakeBotApi, ids: readonly number[], data: (userId: number) => string): string[] {
  return ids.map((id) => JSON.stringify(fake.callbackUpdate({ id, first_name: "P", language_code: "en" }, data(id), questionMessage(id))));
}

/** The message a button sits under; its content does not matter to either bot. */
function questionMessage(chatId: number): Message {
  return { message_id: 1, date: 0, chat: { id: chatId, type: "private", first_name: "P" }, text: "q" } as Message;
}
