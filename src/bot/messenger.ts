import type { Api } from "grammy";
import { classifyBotApiError, describeBotApiError } from "./telegram-errors.js";
import type { I18n } from "@grammyjs/i18n";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Logger } from "pino";
import { eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { participants } from "../db/schema.js";
import { FALLBACK_LOCALE, isLocale, type LocaleCode } from "../i18n/locales.js";

export type Translator = (key: string, variables?: Record<string, string | number>) => string;

/**
 * Messages the bot sends on its own initiative (not as the answer to an update): a
 * place freed on the waiting list, a reminder. Each goes out in the participant's own
 * language; a participant who blocked the bot (403) is marked unreachable. Called while
 * an update is handled, the message joins that update's replies and leaves after its
 * commit (replies.ts), so the answer here is then "sent" for "stored to be sent".
 */
export interface Messenger {
  toParticipant(
    db: Db,
    participantId: number,
    compose: (t: Translator, locale: LocaleCode) => { text: string; reply_markup?: InlineKeyboardMarkup },
  ): Promise<"sent" | "unreachable" | "failed" | "unknown">;
}

export function createMessenger(api: Api, i18n: Pick<I18n, "t">, logger: Logger): Messenger {
  return {
    async toParticipant(db, participantId, compose) {
      const [p] = await db
        .select({ chatId: participants.chatId, locale: participants.locale, reachable: participants.reachable })
        .from(participants)
        .where(eq(participants.id, participantId));
      if (!p) return "unknown";
      if (!p.reachable) return "unreachable";
      const locale = isLocale(p.locale) ? p.locale : FALLBACK_LOCALE;
      const { text, reply_markup } = compose((key, vars) => i18n.t(locale, key, vars), locale);
      try {
        await api.sendMessage(p.chatId, text, reply_markup ? { reply_markup } : {});
        return "sent";
      } catch (error) {
        if (classifyBotApiError(error).kind === "unreachable") {
          await db.update(participants).set({ reachable: false }).where(eq(participants.id, participantId));
          return "unreachable";
        }
        logger.warn({ ...describeBotApiError(error), participantId }, "could not send a message");
        return "failed";
      }
    },
  };
}
