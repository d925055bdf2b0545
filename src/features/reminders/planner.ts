import { helsinkiDatePlusDays, helsinkiParts, helsinkiTime } from "../../i18n/time.js";

export type PlannedKind = "day-before" | "soon" | "childcare";

export interface ReminderPolicy {
  /** Minutes before the session each kind is due. */
  offsets: Readonly<Record<PlannedKind, number>>;
  /** Helsinki wall-clock minutes of the day; start > end wraps midnight (21:00–08:00). */
  quietHours: { start: number; end: number };
}

export const DEFAULT_POLICY: ReminderPolicy = {
  offsets: { "day-before": 24 * 60, soon: 2 * 60, childcare: 48 * 60 },
  quietHours: { start: 21 * 60, end: 8 * 60 },
};

/** One enrolled participant and one coming (or just started) session of their module. */
export interface Candidate {
  sessionId: number;
  participantId: number;
  startsAt: Date;
  childrenBooked: number;
}

export interface Planned {
  sessionId: number;
  participantId: number;
  kind: PlannedKind;
  plannedAt: Date;
}

export const reminderKey = (r: { sessionId: number; participantId: number; kind: string }) => `${r.sessionId}:${r.participantId}:${r.kind}`;

const minuteOfDay = (date: Date) => {
  const p = helsinkiParts(date);
  return p.hour * 60 + p.minute;
};

export function inQuietHours(date: Date, quiet: ReminderPolicy["quietHours"]): boolean {
  const m = minuteOfDay(date);
  return quiet.start > quiet.end ? m >= quiet.start || m < quiet.end : m >= quiet.start && m < quiet.end;
}

/**
 * When a reminder `offsetMinutes` before `startsAt` goes out. Inside quiet hours it
 * waits for their end if that is still before the session, else it goes just before
 * they begin. Wall-clock arithmetic is done in Helsinki time, so the answer is right on
 * the nights the clocks change.
 */
export function plannedSendTime(startsAt: Date, offsetMinutes: number, quiet: ReminderPolicy["quietHours"]): Date {
  const ideal = new Date(startsAt.getTime() - offsetMinutes * 60_000);
  if (!inQuietHours(ideal, quiet)) return ideal;
  const m = minuteOfDay(ideal);
  const wraps = quiet.start > quiet.end;
  // The quiet period containing `ideal` began on `startDay` and ends on `endDay`.
  const inEveningPart = m >= quiet.start;
  const startDay = helsinkiDatePlusDays(ideal, wraps && !inEveningPart ? -1 : 0);
  const endDay = helsinkiDatePlusDays(ideal, wraps && inEveningPart ? 1 : 0);
  const end = helsinkiTime(endDay.year, endDay.month, endDay.day, Math.floor(quiet.end / 60), quiet.end % 60);
  if (end.getTime() < startsAt.getTime()) return end;
  const start = helsinkiTime(startDay.year, startDay.month, startDay.day, Math.floor(quiet.start / 60), quiet.start % 60);
  return new Date(start.getTime() - 60_000);
}

/**
 * Which reminders are due now, and which are no longer useful. `existing` holds the keys
 * of reminders already sent, being sent, or recorded. Pure: the caller supplies the clock.
 */
export function planReminders(
  candidates: readonly Candidate[],
  existing: ReadonlySet<string>,
  now: Date,
  policy: ReminderPolicy = DEFAULT_POLICY,
): { due: Planned[]; skipped: (Planned & { reason: "started" | "superseded" })[] } {
  const due: Planned[] = [];
  const skipped: (Planned & { reason: "started" | "superseded" })[] = [];
  for (const c of candidates) {
    const kinds: PlannedKind[] = c.childrenBooked > 0 ? ["childcare", "day-before", "soon"] : ["day-before", "soon"];
    const mine: Planned[] = [];
    for (const kind of kinds) {
      const planned: Planned = { sessionId: c.sessionId, participantId: c.participantId, kind, plannedAt: plannedSendTime(c.startsAt, policy.offsets[kind], policy.quietHours) };
      if (existing.has(reminderKey(planned)) || planned.plannedAt.getTime() > now.getTime()) continue;
      if (now.getTime() >= c.startsAt.getTime()) skipped.push({ ...planned, reason: "started" });
      else mine.push(planned);
    }
    // After downtime several kinds can be due at once; the latest one says it all.
    const latest = mine.reduce<Planned | undefined>((a, b) => (!a || policy.offsets[b.kind] < policy.offsets[a.kind] ? b : a), undefined);
    for (const p of mine) {
      // The childcare question still needs its answer, whatever else is sent.
      if (p === latest || p.kind === "childcare") due.push(p);
      else skipped.push({ ...p, reason: "superseded" });
    }
  }
  return { due, skipped };
}
