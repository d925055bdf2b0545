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
 * Whether Telegram refused a call because its forum topic is gone (someone deleted it in
 * the group): "message thread not found" to a post into it, TOPIC_ID_INVALID or
 * TOPIC_DELETED to editing, closing or reopening it. A "rejected" failure for
 * classifyBotApiError; the staff group's poster opens a new topic instead of dropping the post.
 */
export function isTopicGone(error: unknown): boolean {
  if (!(error instanceof GrammyError) || error.error_code !== 400) return false;
  return /message thread not found|topic_deleted|topic_id_invalid/i.test(error.description);
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

/**
 * Why a call made while connecting at start-up (getMe, deleteWebhook, setWebhook) failed,
 * in words for the operator's log, and whether trying again can help. A refused token
 * cannot get better by waiting; a network that is down, a wrong or unreachable
 * TELEGRAM_API_ROOT, a server error can, and so may a firewall being opened.
 * Never includes the token (network errors quote the URL, which holds it).
 */
export function describeConnectFailure(error: unknown, token: string): { fatal: boolean; reason: string } {
  if (error instanceof GrammyError) {
    if (error.error_code === 401) {
      return { fatal: true, reason: "Telegram refused BOT_TOKEN (401 Unauthorized): the token is wrong or was revoked. Copy the current one from @BotFather (/mybots, API Token)" };
    }
    if (error.error_code === 404) {
      return { fatal: false, reason: "404 Not Found: TELEGRAM_API_ROOT is not a Bot API server, or BOT_TOKEN is not a bot's token" };
    }
    if (error.error_code === 400 && error.method === "setWebhook") {
      return { fatal: true, reason: `Telegram refused WEBHOOK_URL: ${error.description}. It must be a public https URL Telegram can reach (ports 443, 80, 88 or 8443)` };
    }
    return { fatal: false, reason: `${error.error_code} ${error.description}` };
  }
  if (error instanceof HttpError) {
    const cause = error.error as { code?: unknown; name?: unknown; message?: unknown } | undefined;
    const code = typeof cause?.code === "string" ? cause.code : undefined;
    const words: Record<string, string> = {
      ECONNREFUSED: "connection refused (nothing listens at that address)",
      ENOTFOUND: "host name not found (no network or DNS, or a mistyped TELEGRAM_API_ROOT)",
      EAI_AGAIN: "host name could not be looked up (no network or DNS)",
      ETIMEDOUT: "connection timed out (a firewall, or no route)",
      ECONNRESET: "connection reset",
      EHOSTUNREACH: "host unreachable",
      ENETUNREACH: "network unreachable",
      CERT_HAS_EXPIRED: "its TLS certificate has expired",
      UNABLE_TO_VERIFY_LEAF_SIGNATURE: "its TLS certificate cannot be verified",
    };
    if (code && words[code]) return { fatal: false, reason: `${words[code]}, ${code}` };
    if (cause?.name === "AbortError" || cause?.name === "TimeoutError") return { fatal: false, reason: "no answer in time" };
    const message = typeof cause?.message === "string" ? cause.message : error.message;
    return { fatal: false, reason: message.replaceAll(token, "<BOT_TOKEN>") };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { fatal: false, reason: message.replaceAll(token, "<BOT_TOKEN>") };
}
