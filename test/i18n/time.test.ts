import { describe, expect, it } from "vitest";
import { formatDateTime } from "../../src/i18n/format.js";
import { helsinkiDatePlusDays, helsinkiOffsetMinutes, helsinkiParts, helsinkiTime } from "../../src/i18n/time.js";

describe("Helsinki time", () => {
  it("turns Helsinki wall-clock times into instants in winter and summer", () => {
    expect(helsinkiTime(2026, 12, 1, 10, 0).toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(helsinkiTime(2027, 7, 6, 9, 30).toISOString()).toBe("2027-07-06T06:30:00.000Z");
    expect(helsinkiOffsetMinutes(new Date("2027-01-01T00:00:00Z"))).toBe(120);
    expect(helsinkiOffsetMinutes(new Date("2027-07-01T00:00:00Z"))).toBe(180);
  });

  it("handles the days the clocks change", () => {
    // 28 March 2027: 03:00 becomes 04:00. 03:30 does not exist; it moves past the gap.
    expect(helsinkiTime(2027, 3, 28, 2, 30).toISOString()).toBe("2027-03-28T00:30:00.000Z");
    expect(helsinkiTime(2027, 3, 28, 3, 30).toISOString()).toBe("2027-03-28T01:30:00.000Z");
    expect(helsinkiTime(2027, 3, 28, 4, 30).toISOString()).toBe("2027-03-28T01:30:00.000Z");
    // 31 October 2027: 04:00 becomes 03:00 again; 10:00 that day is in winter time.
    expect(helsinkiTime(2027, 10, 31, 10, 0).toISOString()).toBe("2027-10-31T08:00:00.000Z");
    expect(helsinkiTime(2027, 10, 30, 10, 0).toISOString()).toBe("2027-10-30T07:00:00.000Z");
  });

  it("agrees with the time zone database at every hour of two years", () => {
    const format = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Helsinki", hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" });
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 3_600_000 + 17 * 60_000) {
      const date = new Date(t);
      const p = helsinkiParts(date);
      const expected = Object.fromEntries(format.formatToParts(date).map((x) => [x.type, x.value]));
      expect([p.year, p.month, p.day, p.hour, p.minute]).toEqual([expected.year, expected.month, expected.day, expected.hour, expected.minute].map(Number));
    }
  });

  it("counts calendar days in Helsinki, not in UTC", () => {
    // 23:30 UTC on 30 Nov is already 1 Dec in Helsinki.
    expect(helsinkiDatePlusDays(new Date("2026-11-30T23:30:00Z"), 1)).toEqual({ year: 2026, month: 12, day: 2 });
  });

  it("formats a date for each participant's language in Helsinki time", () => {
    const at = new Date("2026-12-03T10:30:00Z");
    expect(formatDateTime(at, "fi")).toBe("torstai 3. joulukuuta klo 12.30");
    expect(formatDateTime(at, "en")).toBe("Thursday 3 December at 12:30");
    // Dari (fa-AF data): the Afghan names of the Gregorian months ("دسمبر", not Iran's
    // "دسامبر"), Persian digits, not the Solar Hijri calendar.
    expect(formatDateTime(at, "fa")).toContain("دسمبر");
    expect(formatDateTime(at, "fa")).not.toContain("دسامبر");
    expect(formatDateTime(at, "fa")).toContain("۱۲:۳۰");
  });

  it("shows times on the 24-hour clock in every language (no AM/PM marks such as GH, GD, ص, م)", () => {
    const morning = new Date("2026-12-03T03:00:00Z"); // 05:00 in Helsinki
    const evening = new Date("2026-12-03T15:00:00Z"); // 17:00 in Helsinki
    for (const code of ["fi", "sv", "en", "ar", "fa", "ru", "uk", "so", "sw"] as const) {
      const digits = (s: string) => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
      expect(digits(formatDateTime(evening, code)), code).toMatch(/17[:.]00/);
      expect(digits(formatDateTime(morning, code)), code).toMatch(/05[:.]00/);
      expect(formatDateTime(evening, code), code).not.toMatch(/\b(AM|PM|GH|GD)\b|[صم]$/u);
    }
    expect(formatDateTime(evening, "so")).toBe("Khamiis, Diseembar 3 ee 17:00");
  });
});
