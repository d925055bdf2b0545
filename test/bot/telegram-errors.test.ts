import { GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { classifyBotApiError, isTopicGone } from "../../src/bot/telegram-errors.js";

const refusal = (method: string, description: string, code = 400) =>
  new GrammyError(`Call to '${method}' failed!`, { ok: false, error_code: code, description }, method, {});

describe("a forum topic that is gone", () => {
  it("is told by Telegram's wordings for posts into it and for changing it", () => {
    for (const [method, description] of [
      ["sendMessage", "Bad Request: message thread not found"],
      ["editForumTopic", "Bad Request: TOPIC_ID_INVALID"],
      ["reopenForumTopic", "Bad Request: TOPIC_DELETED"],
    ] as const) {
      expect(isTopicGone(refusal(method, description)), description).toBe(true);
      // For everyone else it stays a refusal that sending again cannot help.
      expect(classifyBotApiError(refusal(method, description)).kind).toBe("rejected");
    }
    for (const error of [
      refusal("closeForumTopic", "Bad Request: TOPIC_NOT_MODIFIED"),
      refusal("sendMessage", "Bad Request: chat not found"),
      refusal("sendMessage", "Forbidden: bot is not a member of the supergroup chat", 403),
      new HttpError("Network request for 'sendMessage' failed!", new Error("ECONNRESET")),
    ]) {
      expect(isTopicGone(error)).toBe(false);
    }
  });
});
