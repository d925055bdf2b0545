import { TIME_ZONE } from "./locales.js";

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

// Offsets change only on the hour (at 03:00/04:00 local), so one lookup per UTC hour,
// cached, replaces the slow Intl call on hot paths (planning thousands of reminders).
const offsetByHour = new Map<number, number>();

function offsetFromIntl(date: Date): number {
  const parts = partsFormat.formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/** Minutes Helsinki is ahead of UTC at an instant (120 in winter, 180 in summer). */
export function helsinkiOffsetMinutes(date: Date): number {
  const hour = Math.floor(date.getTime() / 3_600_000);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = offsetFromIntl(new Date(hour * 3_600_000));
    if (offsetByHour.size > 50_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** The wall-clock time in Helsinki at an instant. */
export function helsinkiParts(date: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const local = new Date(date.getTime() + helsinkiOffsetMinutes(date) * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/**
 * The instant at which Helsinki clocks show the given date and time. A time that does
 * not exist (skipped when summer time starts) moves forward by the gap; an ambiguous
 * one (repeated when it ends) resolves to the first occurrence.
 */
export function helsinkiTime(year: number, month: number, day: number, hour: number, minute: number): Date {
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  // Try the offsets in force around that day; keep the first that reads back right.
  const candidates = [helsinkiOffsetMinutes(new Date(naive - 12 * 3600_000)), helsinkiOffsetMinutes(new Date(naive + 12 * 3600_000))];
  for (const offset of candidates) {
    const instant = new Date(naive - offset * 60_000);
    const p = helsinkiParts(instant);
    if (p.hour === hour && p.minute === minute && p.day === day) return instant;
  }
  return new Date(naive - Math.min(...candidates) * 60_000);
}

/** Helsinki calendar date `days` after the date of `from` (counted in Helsinki). */
export function helsinkiDatePlusDays(from: Date, days: number): { year: number; month: number; day: number } {
  const p = helsinkiParts(from);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
