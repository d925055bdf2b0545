import pino, { type Logger, type LoggerOptions } from "pino";

/**
 * Paths that could carry what participants wrote, their names or secrets. Logs never
 * contain message texts, names or answers (the tests check a few of these).
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

export function createLogger(level: LoggerOptions["level"] = "info", destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: "[redacted]" } }, destination);
}
