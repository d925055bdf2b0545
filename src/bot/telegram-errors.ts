import { GrammyError, HttpError } from "grammy";

/**
 * What a failed Bot API call means for the bot. Every feature (replies to updates,
 * reminders, counsellors' replies, waiting-list news) asks this one function, so a
 * refusal is handled the same way wherever it happens.
 *
 * | Telegram answers                                              | kind            | what the caller does                                   |
 * |---------------------------------------------------------------|-----------------|--------------------------------------------------------|
 * | 403 blocked / deactivated / kicked, 400 chat not found        | unreachable     | mark the participant unreachable; never retry           |
 * | 400 message is not modified                                   | not-modified    | nothing: the message already shows it                   |
 * | 400 message to edit not found / can't be edited               | edit-impossible | send the content as a new message instead               |
 * | 400 query is too old / query ID is invalid                    | query-expired   | nothing: acknowledging a press is best-effort           |
 * | 429 with parameters.retry_after                               | rate-limited    | wait retry_after within a bounded budget, else retry later |
 * | network error, timeout, 5xx (and 401/404/409: not ours to fix here) | transient | fail the update (webhook: Telegram delivers it again) or retry later |
 * | any other 400                                                 | rejected        | drop that call and log it: sending it again cannot help |
 */
export type BotApiFailure =
  | { kind: "unreachable"; reason: "blocked" | "deactivated" | "kicked" | "chat-not-found" }
  | { kind: "not-modified" }
  | { kind: "edit-impossible" }
  | { kind: "query-expired" }
  | { kind: "rate-limited"; retryAfterMs: number }
  | { kind: "transient" }
  | { kind: "rejected" };

/**
 * Classifies an error thrown by a grammY `Api` call (a `GrammyError` for Telegram's
 * refusals, an `HttpError` for the network). Anything else (a bug in our code) is
 * `transient`, so the update is tried again rather than silently dropped.
 */
export function classifyBotApiError(error: unknown): BotApiFailure {
  if (error instanceof HttpError) return { kind: "transient" };
  if (!(error instanceof GrammyError)) return { kind: "transient" };
  const description = error.description.toLowerCase();
  const code = error.error_code;
  if (code === 429) {
    const seconds = error.parameters?.retry_after;
    return { kind: "rate-limited", retryAfterMs: Math.max(1, typeof seconds === "number" ? seconds : 1) * 1000 };
  }
  if (code === 403) {
    if (description.includes("deactivated")) return { kind: "unreachable", reason: "deactivated" };
    if (description.includes("kicked")) return { kind: "unreachable", reason: "kicked" };
    return { kind: "unreachable", reason: "blocked" };
  }
  if (code === 400) {
    if (description.includes("chat not found") || description.includes("user not found") || description.includes("peer_id_invalid")) {
      return { kind: "unreachable", reason: "chat-not-found" };
    }
    if (description.includes("message is not modified")) return { kind: "not-modified" };
    if (description.includes("message to edit not found") || description.includes("message can't be edited")) return { kind: "edit-impossible" };
    if (description.includes("query is too old") || description.includes("query id is invalid")) return { kind: "query-expired" };
    return { kind: "rejected" };
  }
  return { kind: "transient" };
}

/**
 * What may be logged of a failed Bot API call: method, code and Telegram's description.
 * Never the error itself: a GrammyError's `payload` holds the text we tried to send.
 */
export function describeBotApiError(error: unknown): Record<string, unknown> {
  if (error instanceof GrammyError) return { method: error.method, error_code: error.error_code, description: error.description };
  if (error instanceof HttpError) {
    const cause = error.error as { code?: unknown; name?: unknown } | undefined;
    return { http_error: error.message.split(":")[0], code: cause?.code ?? cause?.name };
  }
  return { error: error instanceof Error ? error.name : typeof error };
}
