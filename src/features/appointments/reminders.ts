import { and, eq, gt, inArray, lte, sql } from "drizzle-orm";
import { InlineKeyboard } from "grammy";
import type { Db } from "../../db/client.js";
import { appointmentReminders, appointments, counsellorProfiles, participants } from "../../db/schema.js";
import { classifyBotApiError, describeBotApiError } from "../../bot/telegram-errors.js";
import { inQuietHours, plannedSendTime, type ReminderPolicy } from "../reminders/planner.js";
import type { SenderDependencies } from "../reminders/sender.js";
import { markUnreachable } from "../reminders/repository.js";
import { hearableLocales } from "../audio/clips.js";
import { listenData } from "../audio/composer.js";
import { kindLabel, localeOf, timeLabel, whereLine } from "./render.js";

export type AppointmentReminderKind = "day-before" | "soon";

export interface AppointmentCandidate {
  appointmentId: number;
  startsAt: Date;
  /** The appointment's version: a move raises it, and the reminders start over. */
  version: number;
}

export interface PlannedAppointmentReminder {
  appointmentId: number;
  kind: AppointmentReminderKind;
  version: number;
}

const key = (r: { appointmentId: number; kind: string; version: number }) => `${r.appointmentId}:${r.kind}:${r.version}`;

/**
 * Which appointment reminders are due now (pure). Uses the session reminders' offsets
 * (`day-before`, `soon`: REMINDER_DAY_BEFORE_HOURS, REMINDER_SOON_HOURS) and their quiet
 * hours, through the same `plannedSendTime`. After downtime only the latest due kind goes;
 * the earlier one is recorded as skipped. Nothing after the start; nothing twice (`existing`
 * holds keys already recorded).
 */
export function planAppointmentReminders(
  candidates: readonly AppointmentCandidate[],
  existing: ReadonlySet<string>,
  now: Date,
  policy: ReminderPolicy,
): { due: PlannedAppointmentReminder[]; skipped: PlannedAppointmentReminder[] } {
  const due: PlannedAppointmentReminder[] = [];
  const skipped: PlannedAppointmentReminder[] = [];
  for (const c of candidates) {
    if (c.startsAt.getTime() <= now.getTime()) continue;
    const kinds = (["day-before", "soon"] as const).filter((kind) => plannedSendTime(c.startsAt, policy.offsets[kind], policy.quietHours).getTime() <= now.getTime());
    const pending = kinds.filter((kind) => !existing.has(key({ appointmentId: c.appointmentId, kind, version: c.version })));
    if (pending.length === 0) continue;
    // "soon" is the later of the two: when both are due, it says all there is to say.
    const latest = pending.includes("soon") ? "soon" : "day-before";
    for (const kind of pending) (kind === latest ? due : skipped).push({ appointmentId: c.appointmentId, kind, version: c.version });
  }
  return { due, skipped };
}

/**
 * Sends the appointment reminders that are due, with "I am coming" / "I need another
 * time" (which starts the move dialog). Runs inside the reminder sender's tick, under its
 * lock and rate limiter; the unique key (appointment, kind, version) keeps each to one.
 * A reminder is claimed before it is sent; a failed call is recorded as failed (no retry:
 * the next kind, or the meeting itself, follows soon).
 */
export async function sendAppointmentReminders(deps: SenderDependencies, db: Db, now: Date): Promise<{ sent: number; skipped: number; failed: number }> {
  const counts = { sent: 0, skipped: 0, failed: 0 };
  const horizon = new Date(now.getTime() + (Math.max(deps.policy.offsets["day-before"], deps.policy.offsets.soon) + 24 * 60) * 60_000);
  const rows = await db
    .select({
      a: appointments,
      chatId: participants.chatId,
      locale: participants.locale,
      reachable: participants.reachable,
      officeAddress: counsellorProfiles.officeAddress,
      videoLink: counsellorProfiles.videoLink,
    })
    .from(appointments)
    .innerJoin(participants, eq(participants.id, appointments.participantId))
    .leftJoin(counsellorProfiles, eq(counsellorProfiles.staffId, appointments.staffId))
    .where(and(eq(appointments.status, "booked"), gt(appointments.startsAt, now), lte(appointments.startsAt, horizon), eq(participants.reachable, true)));
  if (rows.length === 0) return counts;
  const recorded = await db
    .select({ appointmentId: appointmentReminders.appointmentId, kind: appointmentReminders.kind, version: appointmentReminders.version })
    .from(appointmentReminders)
    .where(inArray(appointmentReminders.appointmentId, rows.map((r) => r.a.id)));
  const plan = planAppointmentReminders(
    rows.map((r) => ({ appointmentId: r.a.id, startsAt: r.a.startsAt, version: r.a.version })),
    new Set(recorded.map(key)),
    now,
    deps.policy,
  );
  if (plan.skipped.length > 0) {
    await db.insert(appointmentReminders).values(plan.skipped.map((s) => ({ ...s, status: "skipped" as const }))).onConflictDoNothing();
    counts.skipped += plan.skipped.length;
  }
  const byId = new Map(rows.map((r) => [r.a.id, r]));
  // 🔊 reads the reminders' shared explanation (audio-reminder: no date in it, so one clip
  // per language serves every reminder); looked up once a tick, as the session reminders do.
  const hearable = plan.due.length > 0 ? await hearableLocales(db, "audio-reminder") : new Set<string>();
  for (const planned of plan.due) {
    const [claim] = await db
      .insert(appointmentReminders)
      .values({ ...planned, status: "sending" })
      .onConflictDoNothing()
      .returning({ id: appointmentReminders.id });
    if (!claim) continue;
    const row = byId.get(planned.appointmentId)!;
    const locale = localeOf(row.locale);
    const t = (k: string, vars?: Record<string, string | number>) => deps.translate(locale, k, vars);
    const text = t(`apt-reminder-${planned.kind}`, {
      kind: kindLabel(t, row.a.kind),
      time: timeLabel(row.a.startsAt, locale),
      where: whereLine(t, row.a.kind, { officeAddress: row.officeAddress, videoLink: row.videoLink }),
    });
    const keyboard = new InlineKeyboard().text(t("apt-coming"), `apt:c:${row.a.id}`).row().text(t("apt-other-time"), `apt:a:${row.a.id}`);
    if (hearable.has(locale)) keyboard.row().text(t("audio-listen"), listenData("audio-reminder"));
    await deps.limiter.take(row.chatId);
    try {
      await deps.api.sendMessage(row.chatId, text, { reply_markup: keyboard, ...(inQuietHours(now, deps.policy.quietHours) ? { disable_notification: true } : {}) });
      await db.update(appointmentReminders).set({ status: "sent", sentAt: now }).where(eq(appointmentReminders.id, claim.id));
      counts.sent++;
    } catch (error) {
      if (classifyBotApiError(error).kind === "unreachable") await markUnreachable(db, [row.a.participantId]);
      deps.logger.warn({ ...describeBotApiError(error), appointmentReminder: claim.id }, "appointment reminder not delivered");
      await db.update(appointmentReminders).set({ status: "failed" }).where(eq(appointmentReminders.id, claim.id));
      counts.failed++;
    }
  }
  return counts;
}

/** A crashed sender's claims: sent again by the next tick (at least once, as the session reminders). */
export async function requeueAppointmentReminders(db: Db): Promise<void> {
  await db.delete(appointmentReminders).where(and(eq(appointmentReminders.status, "sending"), sql`${appointmentReminders.createdAt} < now() - interval '10 minutes'`));
}
