import { GrammyError, HttpError, type Api } from "grammy";
import { classifyBotApiError, describeBotApiError } from "../../bot/telegram-errors.js";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Logger } from "pino";
import type { Database, Db } from "../../db/client.js";
import { formatDateTime } from "../../i18n/format.js";
import { FALLBACK_LOCALE, isLocale, type LocaleCode } from "../../i18n/locales.js";
import { translated } from "../modules/catalogue.js";
import { planReminders, reminderKey, type ReminderPolicy } from "./planner.js";
import { metrics } from "../../metrics.js";
import { RateLimiter } from "./rate-limiter.js";
import {
  claimReminders,
  claimRetries,
  dueRetries,
  findRecipients,
  markReminder,
  markSent,
  markUnreachable,
  recordSkipped,
  requeueOrphans,
  type ReminderKind,
} from "./repository.js";

export interface SenderDependencies {
  database: Database;
  /** An Api with auto-retry installed: it waits out 429s (retry_after). */
  api: Api;
  translate: (locale: LocaleCode, key: string, variables?: Record<string, string | number>) => string;
  policy: ReminderPolicy;
  limiter: RateLimiter;
  logger: Logger;
  clock?: () => Date;
  /** Messages in flight at once; also the most that can be sent twice after a crash. */
  concurrency?: number;
  /** Attempts before a reminder is recorded as failed. */
  maxAttempts?: number;
}

export interface TickResult {
  ran: boolean;
  sent: number;
  skipped: number;
  failed: number;
  retrying: number;
  unreachable: number;
  /** Milliseconds spent planning (queries, planner, claims) and sending. */
  planMs: number;
  sendMs: number;
}

interface Job {
  id: number;
  attempts: number;
  chatId: number;
  participantId: number;
  kind: ReminderKind;
  sessionId: number;
  compose: () => { text: string; reply_markup?: InlineKeyboardMarkup };
}

/**
 * One tick of the reminder sender: plans what is due, records what is no longer useful,
 * and sends the rest, paced under Telegram's limits. Only the process holding the
 * sender's lock does anything, so every reminder goes out at most once however many
 * processes tick (the unique key would stop a second copy anyway).
 *
 * Which way it errs after a crash: a reminder is claimed (row 'sending') before its
 * message is sent and marked 'sent' after. A process killed between the two leaves the
 * row 'sending'; the next lock holder sends it again. So a crash can repeat the messages
 * that were in flight (at most `concurrency` of them) but never loses one: for a parent
 * who must confirm childcare, a second reminder is a small nuisance, a missing one a
 * missed session.
 */
export async function runReminderTick(deps: SenderDependencies): Promise<TickResult> {
  const result: TickResult = { ran: false, sent: 0, skipped: 0, failed: 0, retrying: 0, unreachable: 0, planMs: 0, sendMs: 0 };
  const started = performance.now();
  const release = await deps.database.tryExclusive("reminder-sender");
  if (!release) return result;
  result.ran = true;
  try {
    const db = deps.database.db;
    const now = (deps.clock ?? (() => new Date()))();
    await requeueOrphans(db);

    const horizonMinutes = Math.max(...Object.values(deps.policy.offsets)) + 24 * 60;
    const recipients = await findRecipients(db, new Date(now.getTime() - 24 * 3600_000), new Date(now.getTime() + horizonMinutes * 60_000));
    const existing = new Set(recipients.flatMap((r) => r.recorded.map((kind) => reminderKey({ ...r, kind }))));
    const { due, skipped } = planReminders(recipients, existing, now, deps.policy);
    await recordSkipped(db, skipped);
    result.skipped += skipped.length;

    // Claimed before sending, in batches: a claimed reminder that a crash leaves unsent
    // is sent by the next sender, and was never sent before, so batching costs nothing.
    const claimed = await claimReminders(db, due);
    const byKey = new Map(recipients.map((r) => [`${r.sessionId}:${r.participantId}`, r]));
    const jobs: Job[] = due.flatMap((planned) => {
      const id = claimed.get(reminderKey(planned));
      if (id === undefined) return [];
      const r = byKey.get(`${planned.sessionId}:${planned.participantId}`)!;
      return {
        id,
        attempts: 1,
        chatId: r.chatId,
        participantId: r.participantId,
        kind: planned.kind,
        sessionId: r.sessionId,
        compose: () => composeReminder(deps.translate, planned.kind, r),
      };
    });

    const retries = [];
    for (const row of await dueRetries(db, now)) {
      if (row.cancelled && row.kind !== "cancelled") {
        await markReminder(db, row.id, { status: "skipped", note: "session cancelled" });
        result.skipped++;
        continue;
      }
      if (row.startsAt.getTime() <= now.getTime() || !row.reachable) {
        await markReminder(db, row.id, { status: "skipped", note: row.reachable ? "started" : "unreachable" });
        result.skipped++;
        continue;
      }
      retries.push({
        id: row.id,
        attempts: row.attempts + 1,
        chatId: row.chatId,
        participantId: row.participantId,
        kind: row.kind,
        sessionId: row.sessionId,
        compose: () => composeReminder(deps.translate, row.kind, row),
      });
    }

    const retried = await claimRetries(db, retries.map((r) => r.id));
    jobs.push(...retries.filter((r) => retried.has(r.id)));

    result.planMs = Math.round(performance.now() - started);
    await runPool(jobs, deps.concurrency ?? 4, (job) => send(deps, db, job, result));
    result.sendMs = Math.round(performance.now() - started - result.planMs);
    metrics.reminders.inc({ outcome: "sent" }, result.sent);
    metrics.reminders.inc({ outcome: "failed" }, result.failed);
    metrics.reminders.inc({ outcome: "skipped" }, result.skipped);
    metrics.reminders.inc({ outcome: "retrying" }, result.retrying);
    return result;
  } finally {
    await release();
  }
}

async function send(deps: SenderDependencies, db: Db, job: Job, result: TickResult): Promise<void> {
  await deps.limiter.take(job.chatId);
  const id = job.id;
  const message = job.compose();
  try {
    await deps.api.sendMessage(job.chatId, message.text, message.reply_markup ? { reply_markup: message.reply_markup } : {});
    await markSent(db, id, job.attempts);
    result.sent++;
  } catch (error) {
    const failure = classifyBotApiError(error);
    if (failure.kind === "unreachable" || failure.kind === "rejected") {
      // Blocked, or the chat is gone, or a request Telegram will never take: never retried.
      if (failure.kind === "unreachable") {
        await markUnreachable(db, [job.participantId]);
        result.unreachable++;
      }
      await markReminder(db, id, { status: "failed", note: failure.kind === "unreachable" ? failure.reason : `refused: ${(error as GrammyError).error_code}`, attempts: job.attempts });
      result.failed++;
      return;
    }
    const maxAttempts = deps.maxAttempts ?? 3;
    const note = error instanceof GrammyError ? `telegram ${error.error_code}` : error instanceof HttpError ? "network" : "error";
    if (job.attempts >= maxAttempts) {
      await markReminder(db, id, { status: "failed", note, attempts: job.attempts });
      result.failed++;
    } else {
      // 1, 4, 16… minutes: a Telegram outage is usually short, a reminder still has time.
      const delay = 60_000 * 4 ** (job.attempts - 1);
      const now = (deps.clock ?? (() => new Date()))();
      await markReminder(db, id, { status: "retry", note, attempts: job.attempts, nextAttemptAt: new Date(now.getTime() + delay) });
      result.retrying++;
    }
    deps.logger.warn({ ...describeBotApiError(error), reminder: id, kind: job.kind }, "reminder not delivered");
  }
}

interface ReminderFacts {
  sessionId: number;
  startsAt: Date;
  place: string;
  title: Record<string, string>;
  childrenBooked: number;
  locale: string | null;
}

/** The reminder in the participant's language, with its answer buttons. */
export function composeReminder(
  translate: SenderDependencies["translate"],
  kind: ReminderKind,
  facts: ReminderFacts,
): { text: string; reply_markup?: InlineKeyboardMarkup } {
  const locale: LocaleCode = isLocale(facts.locale) ? facts.locale : FALLBACK_LOCALE;
  const t = (key: string, vars?: Record<string, string | number>) => translate(locale, key, vars);
  const vars = { title: translated(facts.title, locale), date: formatDateTime(facts.startsAt, locale), place: facts.place, children: facts.childrenBooked };
  const s = facts.sessionId;
  switch (kind) {
    case "cancelled":
      return { text: t("reminder-cancelled", vars), reply_markup: { inline_keyboard: [[{ text: t("menu-my"), callback_data: "my:l" }]] } };
    case "childcare":
      return {
        text: t("reminder-childcare", vars),
        reply_markup: {
          inline_keyboard: [
            [{ text: t("rsvp-childcare-yes", vars), callback_data: `rsvp:y:${s}` }],
            [{ text: t("rsvp-childcare-change"), callback_data: `rsvp:c:${s}` }],
            [{ text: t("rsvp-not-coming"), callback_data: `rsvp:n:${s}` }],
          ],
        },
      };
    default:
      return {
        text: t("reminder-session", vars),
        reply_markup: {
          inline_keyboard: [[
            { text: t("rsvp-coming"), callback_data: `rsvp:y:${s}` },
            { text: t("rsvp-not-coming"), callback_data: `rsvp:n:${s}` },
          ]],
        },
      };
  }
}

async function runPool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(workers);
}
