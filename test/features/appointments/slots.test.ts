import { describe, expect, it } from "vitest";
import { distinctTimes, freeSlots, type WeeklyWindow } from "../../../src/features/appointments/slots.js";
import { helsinkiTime } from "../../../src/i18n/time.js";

/** The free-slot arithmetic (pure): windows on Helsinki wall-clock time, busy times, the grid. */
const h = helsinkiTime;
const monday = (staffId: number, start: number, end: number): WeeklyWindow => ({ staffId, kind: "office", weekday: 1, startMinute: start * 60, endMinute: end * 60 });

describe("free slots", () => {
  it("lie on each window's grid in Helsinki time, on both sides of the clock change", () => {
    // Monday 23 March and Monday 30 March 2026: summer time began on Sunday 29 March.
    const slots = freeSlots({ kind: "office", windows: [monday(1, 9, 11)], slotMinutes: new Map([[1, 45]]), busy: [], notBefore: h(2026, 3, 22, 12, 0), days: 9 });
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual([
      h(2026, 3, 23, 9, 0).toISOString(),
      h(2026, 3, 23, 9, 45).toISOString(),
      h(2026, 3, 30, 9, 0).toISOString(),
      h(2026, 3, 30, 9, 45).toISOString(),
    ]);
    expect(slots[0]!.startsAt.toISOString()).toBe("2026-03-23T07:00:00.000Z");
    expect(slots[2]!.startsAt.toISOString()).toBe("2026-03-30T06:00:00.000Z");
    expect(slots[1]!.endsAt.getTime() - slots[1]!.startsAt.getTime()).toBe(45 * 60_000);
  });

  it("leave out times that overlap a booking or an exception, and other kinds, and the past", () => {
    const slots = freeSlots({
      kind: "office",
      windows: [monday(1, 9, 12), { ...monday(1, 13, 15), kind: "phone" }],
      slotMinutes: new Map([[1, 60]]),
      busy: [{ staffId: 1, startsAt: h(2026, 12, 7, 10, 30), endsAt: h(2026, 12, 7, 10, 45) }],
      notBefore: h(2026, 12, 7, 9, 1),
      days: 0,
    });
    expect(slots.map((s) => s.startsAt.getTime())).toEqual([h(2026, 12, 7, 11, 0).getTime()]);
  });

  it("offer one button per time, preferring a counsellor who speaks the participant's language", () => {
    const slots = freeSlots({ kind: "office", windows: [monday(1, 9, 10), monday(2, 9, 11)], slotMinutes: new Map([[1, 60], [2, 60]]), busy: [], notBefore: h(2026, 12, 7, 0, 0), days: 0 });
    expect(distinctTimes(slots).map((s) => s.staffId)).toEqual([1, 2]);
    expect(distinctTimes(slots, (id) => id === 2).map((s) => `${s.staffId}@${s.startsAt.toISOString()}`)).toEqual([
      `2@${h(2026, 12, 7, 9, 0).toISOString()}`,
      `2@${h(2026, 12, 7, 10, 0).toISOString()}`,
    ]);
  });
});
