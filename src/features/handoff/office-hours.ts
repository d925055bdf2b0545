import { helsinkiDatePlusDays, helsinkiParts, helsinkiTime } from "../../i18n/time.js";

/** Counsellors' office hours in Helsinki time: weekdays (1 = Monday … 7 = Sunday) and minutes of the day. */
export interface OfficeHours {
  days: readonly number[];
  start: number;
  end: number;
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = { days: [1, 2, 3, 4, 5], start: 9 * 60, end: 16 * 60 };

/** Parses "mon-fri 09:00-16:00" (or "mon,wed,fri 10:00-14:00"). */
export function parseOfficeHours(text: string): OfficeHours | undefined {
  const names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  const match = /^([a-z,-]+)\s+(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text.trim().toLowerCase());
  if (!match) return undefined;
  const days = new Set<number>();
  for (const part of match[1]!.split(",")) {
    const [from, to] = part.split("-").map((d) => names.indexOf(d) + 1);
    if (!from || (to !== undefined && !to)) return undefined;
    for (let d = from; d <= (to ?? from); d++) days.add(d);
  }
  const start = Number(match[2]) * 60 + Number(match[3]);
  const end = Number(match[4]) * 60 + Number(match[5]);
  if (start >= end || end > 24 * 60) return undefined;
  return { days: [...days].sort(), start, end };
}

function weekday(date: Date): number {
  const p = helsinkiParts(date);
  const day = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Undefined while the office is open; otherwise when it opens next. */
export function nextOpening(now: Date, hours: OfficeHours): Date | undefined {
  const p = helsinkiParts(now);
  const minute = p.hour * 60 + p.minute;
  if (hours.days.includes(weekday(now)) && minute >= hours.start && minute < hours.end) return undefined;
  for (let offset = 0; offset <= 7; offset++) {
    const day = helsinkiDatePlusDays(now, offset);
    const opening = helsinkiTime(day.year, day.month, day.day, Math.floor(hours.start / 60), hours.start % 60);
    if (opening.getTime() > now.getTime() && hours.days.includes(weekday(opening))) return opening;
  }
  return undefined;
}
