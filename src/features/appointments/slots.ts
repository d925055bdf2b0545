import type { AppointmentKind } from "../../db/schema.js";
import { helsinkiDatePlusDays, helsinkiTime } from "../../i18n/time.js";

/** A weekly opening of one counsellor (Helsinki wall-clock minutes of the day). */
export interface WeeklyWindow {
  staffId: number;
  kind: AppointmentKind;
  /** 1 Monday … 7 Sunday. */
  weekday: number;
  startMinute: number;
  endMinute: number;
}

export interface Busy {
  staffId: number;
  startsAt: Date;
  endsAt: Date;
}

export interface Slot {
  staffId: number;
  kind: AppointmentKind;
  startsAt: Date;
  endsAt: Date;
}

export interface SlotQuery {
  kind: AppointmentKind;
  windows: readonly WeeklyWindow[];
  /** Slot length per counsellor, in minutes. */
  slotMinutes: ReadonlyMap<number, number>;
  /** Exceptions (holidays, sick days) and booked appointments: no slot may overlap one. */
  busy: readonly Busy[];
  /** Only slots starting at or after this instant. */
  notBefore: Date;
  /** Helsinki days to look ahead from `notBefore`. */
  days: number;
}

const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/**
 * The free slots of one kind of meeting, earliest first (ties by counsellor id). Slots
 * lie on each window's grid (window start + n × slot length), so two bookings of one
 * counsellor normally start on the same minutes; the database's exclusion constraint
 * holds even when they do not. Days are Helsinki calendar days, so a window "Mon
 * 09:00–12:00" is 09:00 Helsinki time in summer and in winter.
 */
export function freeSlots(q: SlotQuery): Slot[] {
  const slots: Slot[] = [];
  const windows = q.windows.filter((w) => w.kind === q.kind);
  for (let d = 0; d <= q.days; d++) {
    const date = helsinkiDatePlusDays(q.notBefore, d);
    // getUTCDay of the calendar date: 0 Sunday … 6 Saturday.
    const weekday = ((new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7) + 1;
    for (const w of windows) {
      if (w.weekday !== weekday) continue;
      const length = q.slotMinutes.get(w.staffId) ?? 45;
      for (let m = w.startMinute; m + length <= w.endMinute; m += length) {
        const startsAt = helsinkiTime(date.year, date.month, date.day, Math.floor(m / 60), m % 60);
        const slot = { staffId: w.staffId, kind: q.kind, startsAt, endsAt: new Date(startsAt.getTime() + length * 60_000) };
        if (startsAt < q.notBefore) continue;
        if (q.busy.some((b) => b.staffId === w.staffId && overlaps(b, slot))) continue;
        slots.push(slot);
      }
    }
  }
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.staffId - b.staffId);
}

/**
 * One slot per start time: a participant chooses a time, not a person, so two counsellors
 * free at 10:00 make one button. Of those, a counsellor for whom `prefers` is true (one who
 * speaks the participant's language) is taken first, then the lowest id.
 */
export function distinctTimes(slots: readonly Slot[], prefers: (staffId: number) => boolean = () => false): Slot[] {
  const best = new Map<number, Slot>();
  for (const s of slots) {
    const t = s.startsAt.getTime();
    const current = best.get(t);
    if (!current || (prefers(s.staffId) && !prefers(current.staffId))) best.set(t, s);
  }
  return [...best.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
