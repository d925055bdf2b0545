import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { participants, plans, planSteps } from "../../db/schema.js";
import { classifyBotApiError, describeBotApiError } from "../../bot/telegram-errors.js";
import { FALLBACK_LOCALE, isLocale } from "../../i18n/locales.js";
import { helsinkiParts } from "../../i18n/time.js";
import { inQuietHours } from "../reminders/planner.js";
import type { SenderDependencies } from "../reminders/sender.js";
import { formatDueDate, planCb, stepTitle } from "./render.js";

/** Today in Helsinki, "YYYY-MM-DD". */
export function helsinkiToday(now: Date): string {
  const { year, month, day } = helsinkiParts(now);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const MAX_ATTEMPTS = 3;

/**
 * The gentle nudge of plan steps due today (or earlier and never nudged): the
 * participant's own open steps, once each. Run by the reminder sender's tick while it
 * holds the sender's lock (one process at a time), paced by its rate limiter; outside
 * quiet hours only (a step due at night is nudged in the morning). A step is claimed by a
 * conditional update (nudge_status null → sending) before its message goes, so two
 * callers cannot both send it; a claim a crash left behind is sent again by the next lock
 * holder (as reminders do: rather twice than never). A failed call is tried again at the
 * next ticks, three times in all. Returns how many were sent.
 */
export async function sendStepNudges(deps: SenderDependencies, now: Date): Promise<number> {
  if (inQuietHours(now, deps.policy.quietHours)) return 0;
  const db = deps.database.db;
  // Only the lock holder runs this: a step still "sending" was left by a crashed holder.
  await db.update(planSteps).set({ nudgeStatus: null }).where(eq(planSteps.nudgeStatus, "sending"));
  const due = await db
    .select({ step: planSteps, participantId: participants.id, chatId: participants.chatId, locale: participants.locale })
    .from(planSteps)
    .innerJoin(plans, eq(plans.id, planSteps.planId))
    .innerJoin(participants, eq(participants.id, plans.participantId))
    .where(
      and(
        eq(planSteps.status, "open"),
        eq(planSteps.assignee, "participant"),
        isNull(planSteps.nudgeStatus),
        lte(planSteps.dueDate, helsinkiToday(now)),
        eq(participants.reachable, true),
        eq(participants.consentStatus, "accepted"),
      ),
    );
  if (due.length === 0) return 0;
  const claimed = new Set(
    (
      await db
        .update(planSteps)
        .set({ nudgeStatus: "sending", nudgeAttempts: sql`${planSteps.nudgeAttempts} + 1` })
        .where(and(inArray(planSteps.id, due.map((d) => d.step.id)), isNull(planSteps.nudgeStatus)))
        .returning({ id: planSteps.id })
    ).map((r) => r.id),
  );
  let sent = 0;
  for (const { step, participantId, chatId, locale: stored } of due) {
    if (!claimed.has(step.id)) continue;
    const locale = isLocale(stored) ? stored : FALLBACK_LOCALE;
    const t = (key: string, vars?: Record<string, string | number>) => deps.translate(locale, key, vars);
    await deps.limiter.take(chatId);
    try {
      await deps.api.sendMessage(chatId, t("plan-nudge", { step: stepTitle(t, locale, step), date: formatDueDate(step.dueDate!, locale) }), {
        reply_markup: {
          inline_keyboard: [
            [{ text: t("plan-nudge-done"), callback_data: planCb.done(step.id) }],
            [{ text: t("plan-nudge-cannot"), callback_data: planCb.cannot(step.id) }],
            [{ text: t("menu-plan"), callback_data: planCb.show }],
          ],
        },
      });
      await mark(db, step.id, "sent", now);
      sent++;
    } catch (error) {
      const failure = classifyBotApiError(error);
      if (failure.kind === "unreachable") {
        await db.update(participants).set({ reachable: false }).where(eq(participants.id, participantId));
        await mark(db, step.id, "failed", now);
      } else if (failure.kind === "rejected" || step.nudgeAttempts + 1 >= MAX_ATTEMPTS) {
        await mark(db, step.id, "failed", now);
      } else {
        deps.logger.warn({ ...describeBotApiError(error), step: step.id }, "plan nudge not delivered; tried again at the next tick");
        await db.update(planSteps).set({ nudgeStatus: null }).where(eq(planSteps.id, step.id));
      }
    }
  }
  return sent;
}

async function mark(db: Db, stepId: number, status: "sent" | "failed", now: Date): Promise<void> {
  await db.update(planSteps).set({ nudgeStatus: status, nudgedAt: status === "sent" ? now : null }).where(eq(planSteps.id, stepId));
}
