import { GrammyError, type Api } from "grammy";

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
        if (error instanceof GrammyError && error.error_code === 403) return "blocked";
        return "failed";
      }
    },
  };
}
