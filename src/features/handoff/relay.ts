import type { Api } from "grammy";
import { classifyBotApiError } from "../../bot/telegram-errors.js";

/** Sends a counsellor's words to a participant's chat. */
export interface Relay {
  send(chatId: number, text: string): Promise<"sent" | "blocked" | "failed">;
}

export function createRelay(api: Api): Relay {
  return {
    async send(chatId, text) {
      try {
        await api.sendMessage(chatId, text);
        return "sent";
      } catch (error) {
        if (classifyBotApiError(error).kind === "unreachable") return "blocked";
        return "failed";
      }
    },
  };
}
