/**
 * The web app's Helsinki times (web/src/time.ts), whatever the zone the tests run in.
 */
import { describe, expect, it } from "vitest";
import { absenceSpan, helsinkiToIso } from "../../web/src/time.js";

describe("an absence as the Availability page shows it", () => {
  it("gives whole days by their first and last day, not the next day's midnight", () => {
    // Tuesday 1 December, whole day: saved as 1.12 00:00 – 2.12 00:00 Helsinki.
    expect(absenceSpan(helsinkiToIso("2026-12-01", "00:00"), helsinkiToIso("2026-12-02", "00:00"), "fi")).toEqual({ from: "ti 1.12.2026", until: "ti 1.12.2026" });
    expect(absenceSpan(helsinkiToIso("2026-12-21", "00:00"), helsinkiToIso("2027-01-04", "00:00"), "en")).toEqual({ from: "Mon, 21/12/2026", until: "Sun, 03/01/2027" });
    // Across the change to summer time (29 March 2026) the days still count in Helsinki.
    expect(absenceSpan(helsinkiToIso("2026-03-28", "00:00"), helsinkiToIso("2026-03-30", "00:00"), "sv").until).toBe("sön 29.3.2026");
  });

  it("gives a part of a day by its times", () => {
    const span = absenceSpan(helsinkiToIso("2026-12-02", "12:00"), helsinkiToIso("2026-12-02", "16:00"), "fi");
    expect(span).toEqual({ from: "ke 2.12.2026 klo 12.00", until: "ke 2.12.2026 klo 16.00" });
  });
});
