/**
 * The echo baseline in a process of its own: a bare grammY bot behind a bare Fastify on
 * the app's webhook path, no database, the same Bot API calls per button press as the
 * app's survey answer (answerCallbackQuery and sendMessage), through the same HTTP
 * client options as the app (keep-alive agent), to the same fake Bot API. The ratio of
 * the two says what the app's own work costs on top of the frameworks.
 *
 * ECHO_ACK says how the press is acknowledged:
 * - `request` (the default, grammY's default): answerCallbackQuery first, as a Bot API
 *   request of its own, then sendMessage. The baseline the target was set on.
 * - `webhook-reply`: sendMessage first, then answerCallbackQuery as the webhook's
 *   answer (grammY's webhook reply), which is how the app does it: the baseline for the
 *   app's own work alone, with the transport the same on both sides.
 *
 *   BOT_TOKEN=… TELEGRAM_API_ROOT=http://127.0.0.1:PORT PORT=… WEBHOOK_SECRET=… \
 *     node --import tsx bench/echo-process.ts
 */
import Fastify from "fastify";
import { Bot, webhookCallback } from "grammy";
import { telegramClientOptions } from "../src/bot/telegram-client.js";

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const ack = process.env.ECHO_ACK ?? "request";
if (ack !== "request" && ack !== "webhook-reply") throw new Error(`ECHO_ACK must be request or webhook-reply, got ${ack}`);
const bot = new Bot(env("BOT_TOKEN"), {
  client: { ...telegramClientOptions(env("TELEGRAM_API_ROOT")), canUseWebhookReply: (method) => ack === "webhook-reply" && method === "answerCallbackQuery" },
});
bot.on("callback_query:data", async (ctx) => {
  if (ack === "request") await ctx.answerCallbackQuery();
  await ctx.reply(ctx.callbackQuery.data, {
    reply_markup: { inline_keyboard: [[{ text: "again", callback_data: ctx.callbackQuery.data }]] },
  });
  // Last, as the app does: grammY ends the webhook's answer with it.
  if (ack === "webhook-reply") await ctx.answerCallbackQuery();
});
bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
await bot.init();

const app = Fastify();
app.get("/healthz", async () => ({ status: "ok" }));
// grammY checks the secret header itself (401 when wrong), as the app does.
app.post("/telegram/webhook", webhookCallback(bot, "fastify", { secretToken: env("WEBHOOK_SECRET") }));
await app.listen({ host: "127.0.0.1", port: Number(env("PORT")) });

const stop = () => void app.close().then(() => process.exit(0));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
