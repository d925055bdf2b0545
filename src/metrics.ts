import { count, isNull, eq } from "drizzle-orm";
import { Counter, Gauge, Registry, register } from "prom-client";
import type { Db } from "./db/client.js";
import { escalations, outbox, pendingReplies } from "./db/schema.js";

/**
 * Counters live in prom-client's default registry, one set per process. Labels stay few
 * and fixed (never a participant, a chat or a text), so the series stay few.
 */
export const metrics = {
  updates: new Counter({ name: "bot_updates_total", help: "Telegram updates handled", labelNames: ["kind"] as const }),
  handlerErrors: new Counter({ name: "bot_handler_errors_total", help: "Updates whose handling failed" }),
  surveyCompletions: new Counter({ name: "survey_completions_total", help: "Intake surveys completed" }),
  replyRetries: new Counter({ name: "bot_reply_retries_total", help: "Drains of a chat's replies stopped by a failure worth another try" }),
  reminders: new Counter({ name: "reminders_total", help: "Reminders by outcome", labelNames: ["outcome"] as const }),
};

/** Gauges read from the database when Prometheus scrapes: they are the deployment's, not this process's. */
export function databaseGauges(db: Db): Registry {
  const registry = new Registry();
  new Gauge({
    name: "escalations_waiting",
    help: "Chats handed to counsellors and not yet claimed",
    registers: [registry],
    async collect() {
      const [row] = await db.select({ n: count() }).from(escalations).where(eq(escalations.status, "open"));
      this.set(row?.n ?? 0);
    },
  });
  new Gauge({
    name: "outbox_backlog",
    help: "Events not yet delivered to the webhook receiver",
    registers: [registry],
    async collect() {
      const [row] = await db.select({ n: count() }).from(outbox).where(isNull(outbox.deliveredAt));
      this.set(row?.n ?? 0);
    },
  });
  new Gauge({
    name: "pending_replies",
    help: "Replies to participants stored and not yet accepted by Telegram",
    registers: [registry],
    async collect() {
      const [row] = await db.select({ n: count() }).from(pendingReplies);
      this.set(row?.n ?? 0);
    },
  });
  return registry;
}

export function allMetrics(db: Db): Registry {
  return Registry.merge([register, databaseGauges(db)]);
}
