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
  /** The session's version (sessions.version); 0 for a session never changed. */
  version?: number;
  /** The participant said "I cannot come" for this start time: no more "are you coming?". */
  declined?: boolean;
  /**
   * The change notice of the session's current version for this participant, if one was
   * queued: still to go (`pending`, `at` when it is meant to go) or gone (`at` when it was
   * sent, or meant to be).
   */
  notice?: { pending: boolean; at: Date };
}

export interface Planned {
  sessionId: number;
  participantId: number;
  kind: PlannedKind;
  plannedAt: Date;
  /** The session version it is planned for. */
  version: number;
}

export type SkipReason = "started" | "superseded" | "declined" | "covered";

/**
 * A change notice (moved, back on) asks "are you coming?" with the new time, so a reminder
 * due before it, or less than this long after it, would only repeat it.
 */
export const NOTICE_COVERS_MINUTES = 60;

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
  const { start, end } = quietPeriodAround(ideal, quiet);
  if (end.getTime() < startsAt.getTime()) return end;
  return new Date(start.getTime() - 60_000);
}

/** The quiet period that contains `date` (which must be inside one): when it began and ends. */
export function quietPeriodAround(date: Date, quiet: ReminderPolicy["quietHours"]): { start: Date; end: Date } {
  const m = minuteOfDay(date);
  const wraps = quiet.start > quiet.end;
  // The quiet period containing `date` began on `startDay` and ends on `endDay`.
  const inEveningPart = m >= quiet.start;
  const startDay = helsinkiDatePlusDays(date, wraps && !inEveningPart ? -1 : 0);
  const endDay = helsinkiDatePlusDays(date, wraps && inEveningPart ? 1 : 0);
  return {
    start: helsinkiTime(startDay.year, startDay.month, startDay.day, Math.floor(quiet.start / 60), quiet.start % 60),
    end: helsinkiTime(endDay.year, endDay.month, endDay.day, Math.floor(quiet.end / 60), quiet.end % 60),
  };
}

/**
 * Which reminders are due now, and which are no longer useful. `existing` holds the keys
 * of reminders already sent, being sent, or recorded for the session's current time.
 * Pure: the caller supplies the clock.
 *
 * - A change notice still to go comes first: nothing else for that session until it left.
 * - Reminders due before a change notice went, or within NOTICE_COVERS_MINUTES after, are
 *   covered by it (it gave the new time and asked the question).
 * - Someone who said "I cannot come" for this time gets no "are you coming?" any more.
 */
export function planReminders(
  candidates: readonly Candidate[],
  existing: ReadonlySet<string>,
  now: Date,
  policy: ReminderPolicy = DEFAULT_POLICY,
): { due: Planned[]; skipped: (Planned & { reason: SkipReason })[] } {
  const due: Planned[] = [];
  const skipped: (Planned & { reason: SkipReason })[] = [];
  for (const c of candidates) {
    if (c.notice?.pending) continue;
    const coveredUntil = c.notice ? c.notice.at.getTime() + NOTICE_COVERS_MINUTES * 60_000 : -Infinity;
    const kinds: PlannedKind[] = c.childrenBooked > 0 ? ["childcare", "day-before", "soon"] : ["day-before", "soon"];
    const mine: Planned[] = [];
    for (const kind of kinds) {
      const planned: Planned = {
        sessionId: c.sessionId,
        participantId: c.participantId,
        kind,
        plannedAt: plannedSendTime(c.startsAt, policy.offsets[kind], policy.quietHours),
        version: c.version ?? 0,
      };
      if (existing.has(reminderKey(planned)) || planned.plannedAt.getTime() > now.getTime()) continue;
      if (now.getTime() >= c.startsAt.getTime()) skipped.push({ ...planned, reason: "started" });
      else if (c.declined) skipped.push({ ...planned, reason: "declined" });
      else if (planned.plannedAt.getTime() <= coveredUntil) skipped.push({ ...planned, reason: "covered" });
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

/**
 * The reminders still to come for one participant and session, with their times: what
 * the admin API shows as planned. Those `existing` has, those of someone who declined and
 * those a change notice covers are not coming.
 */
export function upcomingReminders(c: Candidate, existing: ReadonlySet<string>, now: Date, policy: ReminderPolicy = DEFAULT_POLICY): Planned[] {
  if (c.declined || now.getTime() >= c.startsAt.getTime()) return [];
  const noticeAt = c.notice ? Math.max(c.notice.at.getTime(), c.notice.pending ? now.getTime() : -Infinity) : undefined;
  const kinds: PlannedKind[] = c.childrenBooked > 0 ? ["childcare", "day-before", "soon"] : ["day-before", "soon"];
  return kinds
    .map((kind) => ({
      sessionId: c.sessionId,
      participantId: c.participantId,
      kind,
      plannedAt: plannedSendTime(c.startsAt, policy.offsets[kind], policy.quietHours),
      version: c.version ?? 0,
    }))
    .filter((p) => !existing.has(reminderKey(p)) && p.plannedAt.getTime() > now.getTime())
    .filter((p) => noticeAt === undefined || p.plannedAt.getTime() > noticeAt + NOTICE_COVERS_MINUTES * 60_000);
}
