import { requeueAppointmentReminders, sendAppointmentReminders } from "../appointments/reminders.js";

import { GrammyError, HttpError, type Api } from "grammy";
import { classifyBotApiError, describeBotApiError } from "../../bot/telegram-errors.js";
import type { InlineKeyboardMarkup } from "grammy/types";
import { hearableLocales } from "../audio/clips.js";
import type { Logger } from "pino";
import type { Database, Db } from "../../db/client.js";
import { formatDateTime } from "../../i18n/format.js";
import { FALLBACK_LOCALE, isLocale, type LocaleCode } from "../../i18n/locales.js";
import { placeLabel, translated } from "../modules/catalogue.js";
import { inQuietHours, planReminders, reminderKey, type ReminderPolicy } from "./planner.js";
import { metrics } from "../../metrics.js";
import { RateLimiter } from "./rate-limiter.js";
import { rsvpData } from "./attendance.js";
import { isNoticeKind } from "./notices.js";
import { OUTDATED } from "./changes.js";
import {
  claimReminders,
  claimRetries,
  countAttempt,
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
  /**
   * Other messages the bot sends on its own (plan step nudges, follow-up offers), run at
   * the end of each tick while the sender's lock is held, so only one process sends them
   * at a time. Each returns how many it sent (counted in `TickResult.others`).
   */
  alsoSend?: Readonly<Record<string, (deps: SenderDependencies, now: Date) => Promise<number>>>;
}

export interface TickResult {
  ran: boolean;
  sent: number;
  skipped: number;
  failed: number;
  retrying: number;
  unreachable: number;
  /** What each of `alsoSend` sent, by name. */
  others: Record<string, number>;
  /** Milliseconds spent planning (queries, planner, claims) and sending. */
  planMs: number;
  sendMs: number;
}

interface Job {
  id: number;
  chatId: number;
  participantId: number;
  kind: ReminderKind;
  sessionId: number;
  startsAt: Date;
  compose: () => { text: string; reply_markup?: InlineKeyboardMarkup };
}

/**
 * One tick of the reminder sender: plans what is due, records what is no longer useful,
 * and sends the rest with the change notices that are due, paced under Telegram's limits.
 * Only the process holding the sender's lock does anything, so every reminder goes out at
 * most once however many processes tick (the unique key would stop a second copy anyway).
 *
 * Which way it errs after a crash: a reminder is claimed (row 'sending') before its
 * message is sent and marked 'sent' after. A process killed between the two leaves the
 * row 'sending'; the next lock holder sends it again. So a crash can repeat the messages
 * that were in flight (at most `concurrency` of them) but never loses one: for a parent
 * who must confirm childcare, a second reminder is a small nuisance, a missing one a
 * missed session. The attempt count goes up just before each call to Telegram, so it
 * says how many calls were really made, whatever crashed in between.
 */
export async function runReminderTick(deps: SenderDependencies): Promise<TickResult> {
  const result: TickResult = { ran: false, sent: 0, skipped: 0, failed: 0, retrying: 0, unreachable: 0, others: {}, planMs: 0, sendMs: 0 };
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
    await recordSkipped(db, skipped, new Map(recipients.map((r) => [r.sessionId, r.startsAt])));
    result.skipped += skipped.length;

    // Claimed before sending, in batches: a claimed reminder that a crash leaves unsent
    // is sent by the next sender, and was never sent before, so batching costs nothing.
    const claimed = await claimReminders(db, due);
    const byKey = new Map(recipients.map((r) => [`${r.sessionId}:${r.participantId}`, r]));
    // The languages the reminder can be heard in (its 🔊 button), looked up once a tick.
    const hearable = await hearableLocales(db, "audio-reminder");
    const jobs: Job[] = due.flatMap((planned) => {
      const id = claimed.get(reminderKey(planned));
      if (id === undefined) return [];
      const r = byKey.get(`${planned.sessionId}:${planned.participantId}`)!;
      return {
        id,
        chatId: r.chatId,
        participantId: r.participantId,
        kind: planned.kind,
        sessionId: r.sessionId,
        startsAt: r.startsAt,
        compose: () => composeReminder(deps.translate, planned.kind, r, hearable.has(r.locale ?? "")),
      };
    });

    const retries: Job[] = [];
    for (const row of await dueRetries(db, now)) {
      const reason =
        row.rowVersion !== row.version
          ? OUTDATED
          : row.cancelled && row.kind !== "cancelled"
            ? "session cancelled"
            : row.startsAt.getTime() <= now.getTime()
              ? "started"
              : !row.reachable
                ? "unreachable"
                : !row.enrolled
                  ? "not enrolled"
                  : row.declined && !isNoticeKind(row.kind)
                    ? "declined"
                    : undefined;
      if (reason) {
        await markReminder(db, row.id, { status: "skipped", note: reason });
        result.skipped++;
        continue;
      }
      retries.push({
        id: row.id,
        chatId: row.chatId,
        participantId: row.participantId,
        kind: row.kind,
        sessionId: row.sessionId,
        startsAt: row.startsAt,
        // A cancellation names the meeting as the participant knew it.
        compose: () => composeReminder(deps.translate, row.kind, row.kind === "cancelled" ? { ...row, startsAt: row.rowStartsAt } : row, hearable.has(row.locale ?? "")),
      });
    }

    const retried = await claimRetries(db, retries.map((r) => r.id));
    jobs.push(...retries.filter((r) => retried.has(r.id)));

    result.planMs = Math.round(performance.now() - started);
    // One chat's messages go one after another, change notices first: a chat that turns
    // out to have blocked the bot gets nothing more in this batch.
    const unreachable = new Set<number>();
    await runPool(byChat(jobs), deps.concurrency ?? 4, async (chatJobs) => {
      for (const job of chatJobs) {
        if (unreachable.has(job.chatId)) {
          await markReminder(db, job.id, { status: "skipped", note: "unreachable" });
          result.skipped++;
          continue;
        }
        if ((await send(deps, db, job, result)) === "unreachable") unreachable.add(job.chatId);
      }
    });
    // Individual guidance appointments: the same tick, lock, policy and rate limiter.
    await requeueAppointmentReminders(db);
    const booked = await sendAppointmentReminders(deps, db, now);
    result.sent += booked.sent;
    result.skipped += booked.skipped;
    result.failed += booked.failed;
    for (const [name, task] of Object.entries(deps.alsoSend ?? {})) result.others[name] = await task(deps, now);
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

const KIND_ORDER: Record<ReminderKind, number> = { cancelled: 0, reinstated: 0, moved: 0, childcare: 1, "day-before": 2, soon: 3 };

/** Jobs grouped by chat; in a chat, change notices first, then by meeting and kind. */
function byChat(jobs: readonly Job[]): Job[][] {
  const groups = new Map<number, Job[]>();
  for (const job of jobs) {
    const group = groups.get(job.chatId);
    if (group) group.push(job);
    else groups.set(job.chatId, [job]);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.startsAt.getTime() - b.startsAt.getTime() || a.id - b.id);
  }
  return [...groups.values()];
}

async function send(deps: SenderDependencies, db: Db, job: Job, result: TickResult): Promise<"sent" | "unreachable" | "failed" | "retrying"> {
  await deps.limiter.take(job.chatId);
  const id = job.id;
  const message = job.compose();
  const clock = deps.clock ?? (() => new Date());
  // Counted before the call: a crash during it still leaves the attempt on record.
  const attempts = await countAttempt(db, id);
  try {
    // Whatever goes out in quiet hours (a change notice that cannot wait, a reminder sent
    // late after downtime) goes without a sound.
    const silent = inQuietHours(clock(), deps.policy.quietHours);
    await deps.api.sendMessage(job.chatId, message.text, {
      ...(message.reply_markup ? { reply_markup: message.reply_markup } : {}),
      ...(silent ? { disable_notification: true } : {}),
    });
    await markSent(db, id, clock());
    result.sent++;
    return "sent";
  } catch (error) {
    const failure = classifyBotApiError(error);
    if (failure.kind === "unreachable" || failure.kind === "rejected") {
      // Blocked, or the chat is gone, or a request Telegram will never take: never retried.
      if (failure.kind === "unreachable") {
        await markUnreachable(db, [job.participantId]);
        result.unreachable++;
      }
      await markReminder(db, id, { status: "failed", note: failure.kind === "unreachable" ? failure.reason : `refused: ${(error as GrammyError).error_code}` });
      result.failed++;
      return failure.kind === "unreachable" ? "unreachable" : "failed";
    }
    const maxAttempts = deps.maxAttempts ?? 3;
    const note = error instanceof GrammyError ? `telegram ${error.error_code}` : error instanceof HttpError ? "network" : "error";
    deps.logger.warn({ ...describeBotApiError(error), reminder: id, kind: job.kind }, "reminder not delivered");
    if (attempts >= maxAttempts) {
      await markReminder(db, id, { status: "failed", note });
      result.failed++;
      return "failed";
    }
    // 1, 4, 16… minutes: a Telegram outage is usually short, a reminder still has time.
    const delay = 60_000 * 4 ** (attempts - 1);
    await markReminder(db, id, { status: "retry", note, nextAttemptAt: new Date(clock().getTime() + delay) });
    result.retrying++;
    return "retrying";
  }
}

interface ReminderFacts {
  sessionId: number;
  startsAt: Date;
  place: string;
  title: Record<string, string>;
  childrenBooked: number;
  locale: string | null;
  /** The session's current version: the answer buttons carry it. */
  version: number;
  /** "I cannot come" holds for this time. */
  declined?: boolean;
}

/** The reminder or change notice in the participant's language, with its answer buttons. */
export function composeReminder(
  translate: SenderDependencies["translate"],
  kind: ReminderKind,
  facts: ReminderFacts,
  /** Adds the 🔊 button (a recording or synthetic speech exists in the participant's language). */
  listen = false,
): { text: string; reply_markup?: InlineKeyboardMarkup } {
  const locale: LocaleCode = isLocale(facts.locale) ? facts.locale : FALLBACK_LOCALE;
  const t = (key: string, vars?: Record<string, string | number>) => translate(locale, key, vars);
  const vars = { title: translated(facts.title, locale), date: formatDateTime(facts.startsAt, locale), place: placeLabel(facts.place, t), children: facts.childrenBooked };
  const answer = rsvpButtons(t, facts);
  switch (kind) {
    case "cancelled":
      return { text: t("reminder-cancelled", vars), reply_markup: { inline_keyboard: [[{ text: t("menu-my"), callback_data: "my:l" }]] } };
    case "moved":
    case "reinstated":
      // The new facts, then the question (or, for someone whose "I cannot come" still
      // holds, a way to change their mind): one message that also serves as the reminder.
      return { text: `${t(kind === "moved" ? "reminder-moved" : "reminder-reinstated", vars)}\n${answer.line}`, reply_markup: answer.markup };
    case "childcare":
      return { text: t("reminder-childcare", vars), reply_markup: withListen(t, childcareButtons(t, facts), listen) };
    default:
      return { text: t("reminder-session", vars), reply_markup: withListen(t, comingButtons(t, facts), listen) };
  }
}

function withListen(t: T, markup: InlineKeyboardMarkup, listen: boolean): InlineKeyboardMarkup {
  if (!listen) return markup;
  return { inline_keyboard: [...markup.inline_keyboard, [{ text: t("audio-listen"), callback_data: "au:audio-reminder" }]] };
}

type T = (key: string, vars?: Record<string, string | number>) => string;

function comingButtons(t: T, facts: ReminderFacts): InlineKeyboardMarkup {
  return {
    inline_keyboard: [[
      { text: t("rsvp-coming"), callback_data: rsvpData("y", facts.sessionId, facts.version) },
      { text: t("rsvp-not-coming"), callback_data: rsvpData("n", facts.sessionId, facts.version) },
    ]],
  };
}

function childcareButtons(t: T, facts: ReminderFacts): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      [{ text: t("rsvp-childcare-yes", { children: facts.childrenBooked }), callback_data: rsvpData("y", facts.sessionId, facts.version) }],
      [{ text: t("rsvp-childcare-change"), callback_data: rsvpData("c", facts.sessionId, facts.version) }],
      [{ text: t("rsvp-not-coming"), callback_data: rsvpData("n", facts.sessionId, facts.version) }],
    ],
  };
}

/** The last line and the buttons of a change notice. */
function rsvpButtons(t: T, facts: ReminderFacts): { line: string; markup: InlineKeyboardMarkup } {
  if (facts.declined) {
    return { line: t("reminder-declined-note"), markup: { inline_keyboard: [[{ text: t("rsvp-can-come"), callback_data: rsvpData("y", facts.sessionId, facts.version) }]] } };
  }
  if (facts.childrenBooked > 0) return { line: t("reminder-ask-childcare", { children: facts.childrenBooked }), markup: childcareButtons(t, facts) };
  return { line: t("reminder-ask-coming"), markup: comingButtons(t, facts) };
}

async function runPool<I>(items: readonly I[], concurrency: number, work: (item: I) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(workers);
}
