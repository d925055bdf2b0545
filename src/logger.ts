import { BotError, GrammyError, HttpError } from "grammy";
import pino, { type Logger, type LoggerOptions } from "pino";

/**
 * Paths that could carry what participants wrote, their names or secrets. A second line
 * of defence: errors, where most leaks come from, are serialized by `safeError`.
 */
export const REDACTED_PATHS = [
  "req.headers.authorization",
  'req.headers["x-telegram-bot-api-secret-token"]',
  "update",
  "message",
  "text",
  "*.text",
  "*.first_name",
  "*.last_name",
  "*.username",
  "answers",
  "value",
  "err.payload",
  "err.ctx",
];

/**
 * What may be logged of an error, whatever kind it is. Nothing personal may reach a log
 * line (DESIGN invariant 7), and errors are where it would: a GrammyError's `payload` holds
 * the text the bot tried to send, a grammY BotError holds the whole update, drizzle's query
 * errors carry the statement's parameters in their message, and PostgreSQL's own messages
 * quote the offending value ("Failing row contains (…)", `invalid input syntax: "…"`).
 * Redaction by path cannot follow all of these, so errors are rebuilt from fields known to
 * be safe: Bot API method, error code and description; SQL state, table, column and
 * constraint names; for anything else its type, message with quoted parts cut out, and
 * stack frames.
 */
export function safeError(value: unknown, depth = 0): Record<string, unknown> {
  if (value === null || typeof value !== "object") return { type: typeof value };
  const e = value as Error & Record<string, unknown>;
  const type = typeof e.name === "string" && e.name !== "Error" ? e.name : (e.constructor?.name ?? "Error");
  if (depth > 3) return { type };
  if (e instanceof BotError) {
    const update = (e.ctx as { update?: { update_id?: unknown } } | undefined)?.update;
    return { type: "BotError", update_id: update?.update_id, cause: safeError(e.error, depth + 1) };
  }
  if (e instanceof GrammyError) {
    return { type, method: e.method, error_code: e.error_code, description: e.description, retry_after: e.parameters?.retry_after };
  }
  if (e instanceof HttpError) {
    return { type, message: e.message.split("!")[0], cause: safeError(e.error, depth + 1) };
  }
  if (isDatabaseError(e)) {
    // Only names from the schema and the SQL state: message, detail, hint, where and the
    // statement's parameters may all quote a participant's words.
    return pick(e, type, ["code", "severity", "routine", "schema_name", "table_name", "column_name", "constraint_name", "schema", "table", "column", "constraint", "dataType"]);
  }
  if (isDrizzleQueryError(e)) {
    // "Failed query: <statement>\nparams: <values>": the statement without its values.
    return { type, statement: String(e.query).slice(0, 300), cause: e.cause === undefined ? undefined : safeError(e.cause, depth + 1) };
  }
  const out: Record<string, unknown> = { type, message: scrub(typeof e.message === "string" ? e.message : "") };
  for (const key of ["code", "statusCode", "errno", "syscall"]) {
    if (typeof e[key] === "string" || typeof e[key] === "number") out[key] = e[key];
  }
  if (typeof e.stack === "string") out.stack = e.stack.split("\n").filter((line) => /^\s+at /.test(line)).slice(0, 12).join("\n");
  if (e.cause !== undefined) out.cause = safeError(e.cause, depth + 1);
  if (Array.isArray((e as { errors?: unknown }).errors)) out.errors = ((e as unknown as { errors: unknown[] }).errors).slice(0, 5).map((x) => safeError(x, depth + 1));
  return out;
}

function isDatabaseError(e: Record<string, unknown>): boolean {
  return typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code) && ("severity" in e || "routine" in e || e.name === "PostgresError");
}

function isDrizzleQueryError(e: Record<string, unknown>): boolean {
  return typeof e.query === "string" && "params" in e;
}

function pick(e: Record<string, unknown>, type: string, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { type };
  for (const key of keys) if (typeof e[key] === "string" && e[key] !== "") out[key] = e[key];
  return out;
}

/** A message with anything in quotes cut out (JSON.parse and friends quote their input). */
function scrub(message: string): string {
  return message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/'[^']*'/g, "'…'")
    .replace(/`[^`]*`/g, "`…`")
    .replace(/“[^”]*”/g, "“…”")
    .replace(/«[^»]*»/g, "«…»")
    .slice(0, 300);
}

/** What is logged of an HTTP request: method and path. No query string, no client address. */
function safeRequest(request: { method?: string; url?: string; routeOptions?: { url?: string } }): Record<string, unknown> {
  return { method: request.method, url: request.url?.split("?")[0], route: request.routeOptions?.url };
}

/** The serializers every log line goes through (Fastify's request logs too: ours take precedence). */
export const SERIALIZERS = {
  err: safeError,
  error: safeError,
  // A promise's rejection reason may be any error; a reason we log ourselves is a word
  // ("SIGTERM", "rate-limited") or a sentence about a connection, kept without quoted parts.
  reason: (value: unknown) => (typeof value === "string" ? scrub(value) : safeError(value)),
  req: safeRequest,
  res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
};

export function createLogger(level: LoggerOptions["level"] = "info", destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: "[redacted]" }, serializers: SERIALIZERS }, destination);
}
