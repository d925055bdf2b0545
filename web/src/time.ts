/**
 * Times are shown and entered in Europe/Helsinki, whatever the browser's own zone (the
 * project works in Finland; a laptop set to another zone must not move a meeting).
 */
export const ZONE = "Europe/Helsinki";

const LOCALE_TAGS: Record<string, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };
const tag = (lang: string) => LOCALE_TAGS[lang] ?? "fi-FI";

export const formatDateTime = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(tag(lang), { timeZone: ZONE, weekday: "short", day: "numeric", month: "numeric", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));
export const formatDate = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(tag(lang), { timeZone: ZONE, weekday: "short", day: "numeric", month: "numeric", year: "numeric" }).format(new Date(iso));
export const formatTime = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(tag(lang), { timeZone: ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));

/** The Helsinki calendar date (YYYY-MM-DD) and time (HH:MM) of an instant. */
export function helsinkiParts(iso: string | Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(typeof iso === "string" ? new Date(iso) : iso)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The instant (ISO, UTC) of a Helsinki wall-clock date and time; in the autumn's repeated hour, the first. */
export function helsinkiToIso(date: string, time: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  const wanted = Date.UTC(y, m - 1, d, hh, mm);
  let guess = wanted - 2 * 3_600_000;
  // Helsinki is UTC+2 or +3: correct the guess by what it shows, twice (enough at any change of the clocks).
  for (let i = 0; i < 2; i++) {
    const shown = helsinkiParts(new Date(guess));
    const [sy, sm, sd] = shown.date.split("-").map(Number) as [number, number, number];
    const [sh, smin] = shown.time.split(":").map(Number) as [number, number];
    guess += wanted - Date.UTC(sy, sm - 1, sd, sh, smin);
  }
  return new Date(guess).toISOString();
}

/** Monday 00:00 Helsinki of the week holding `date` (YYYY-MM-DD), as a date string. */
export function mondayOf(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day);
  return d.toISOString().slice(0, 10);
}

/**
 * An absence's first and last moment as shown: whole Helsinki days (midnight to midnight,
 * as the form's "whole days" saves them) by their first and last day, without a time;
 * anything else by its start and end time.
 */
export function absenceSpan(startsAt: string, endsAt: string, lang: string): { from: string; until: string } {
  const start = helsinkiParts(startsAt);
  const end = helsinkiParts(endsAt);
  if (start.time !== "00:00" || end.time !== "00:00") return { from: formatDateTime(startsAt, lang), until: formatDateTime(endsAt, lang) };
  return { from: formatDate(startsAt, lang), until: formatDate(helsinkiToIso(addDays(end.date, -1), "12:00"), lang) };
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
