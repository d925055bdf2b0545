import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY, inQuietHours, planReminders, plannedSendTime, reminderKey, type Candidate } from "../../../src/features/reminders/planner.js";
import { helsinkiTime } from "../../../src/i18n/time.js";

const quiet = DEFAULT_POLICY.quietHours;
const h = helsinkiTime;
const iso = (d: Date) => d.toISOString();

describe("when a reminder goes out", () => {
  it("is the offset before the session outside quiet hours", () => {
    // Session Thursday 3 Dec 2026 at 12:00 Helsinki: day before 12:00 Wed, two hours before 10:00.
    const start = h(2026, 12, 3, 12, 0);
    expect(iso(plannedSendTime(start, 24 * 60, quiet))).toBe(iso(h(2026, 12, 2, 12, 0)));
    expect(iso(plannedSendTime(start, 120, quiet))).toBe(iso(h(2026, 12, 3, 10, 0)));
  });

  it("waits for the end of quiet hours when that is still before the session", () => {
    // 09:30 session: the two-hour reminder would be 07:30, inside quiet hours → 08:00.
    expect(iso(plannedSendTime(h(2026, 12, 3, 9, 30), 120, quiet))).toBe(iso(h(2026, 12, 3, 8, 0)));
    // 09:00 session, day-before reminder would be 09:00 the day before: not quiet.
    expect(iso(plannedSendTime(h(2026, 12, 3, 9, 0), 24 * 60, quiet))).toBe(iso(h(2026, 12, 2, 9, 0)));
    // 22:30 session (an evening event): day-before reminder at 22:30 → 08:00 that morning.
    expect(iso(plannedSendTime(h(2026, 12, 3, 22, 30), 24 * 60, quiet))).toBe(iso(h(2026, 12, 3, 8, 0)));
  });

  it("goes just before quiet hours begin when their end would be too late", () => {
    // 07:30 session: two hours before is 05:30, and 08:00 is after the start → 20:59 the evening before.
    expect(iso(plannedSendTime(h(2026, 12, 3, 7, 30), 120, quiet))).toBe(iso(h(2026, 12, 2, 20, 59)));
    // 08:00 sharp: the end of quiet hours is not before the session either.
    expect(iso(plannedSendTime(h(2026, 12, 3, 8, 0), 120, quiet))).toBe(iso(h(2026, 12, 2, 20, 59)));
  });

  it("is right on the nights the clocks change", () => {
    // Summer time starts Sun 28 Mar 2027 (03:00 → 04:00). Session Sun 09:00; two hours
    // before is 07:00 local (quiet) → 08:00 local, which is 05:00 UTC.
    expect(iso(plannedSendTime(h(2027, 3, 28, 9, 0), 120, quiet))).toBe("2027-03-28T05:00:00.000Z");
    // Day before a Monday 10:00 session that follows the change: Sunday 10:00 summer time.
    expect(iso(plannedSendTime(h(2027, 3, 29, 10, 0), 24 * 60, quiet))).toBe("2027-03-28T07:00:00.000Z");
    // Winter time returns Sun 31 Oct 2027 (04:00 → 03:00). Monday 10:00 minus 24 hours is
    // Sunday 10:00 (both in winter time); Sunday 10:00 minus 24 hours crosses the change and
    // lands on Saturday 11:00 summer time.
    expect(iso(plannedSendTime(h(2027, 11, 1, 10, 0), 24 * 60, quiet))).toBe(iso(h(2027, 10, 31, 10, 0)));
    expect(iso(plannedSendTime(h(2027, 10, 31, 10, 0), 24 * 60, quiet))).toBe(iso(h(2027, 10, 30, 11, 0)));
    // Session Sun 31 Oct 09:00: two hours before is 07:00 local (quiet) → 08:00 winter time = 06:00 UTC.
    expect(iso(plannedSendTime(h(2027, 10, 31, 9, 0), 120, quiet))).toBe("2027-10-31T06:00:00.000Z");
  });

  it("knows quiet hours in Helsinki time", () => {
    expect(inQuietHours(h(2026, 12, 3, 21, 0), quiet)).toBe(true);
    expect(inQuietHours(h(2026, 12, 3, 7, 59), quiet)).toBe(true);
    expect(inQuietHours(h(2026, 12, 3, 8, 0), quiet)).toBe(false);
    expect(inQuietHours(h(2027, 7, 3, 20, 59), quiet)).toBe(false);
  });
});

describe("which reminders are due", () => {
  const session = (startsAt: Date, childrenBooked = 0): Candidate => ({ sessionId: 1, participantId: 7, startsAt, childrenBooked });
  const start = h(2026, 12, 3, 12, 0);

  it("is nothing before the first planned time", () => {
    expect(planReminders([session(start, 2)], new Set(), h(2026, 11, 30, 12, 0))).toEqual({ due: [], skipped: [] });
  });

  it("is the childcare confirmation two days before, only when childcare is booked", () => {
    const now = h(2026, 12, 1, 12, 1);
    expect(planReminders([session(start, 2)], new Set(), now).due.map((r) => r.kind)).toEqual(["childcare"]);
    expect(planReminders([session(start, 0)], new Set(), now).due).toEqual([]);
  });

  it("is nothing already sent or recorded", () => {
    const now = h(2026, 12, 2, 12, 5);
    const existing = new Set([reminderKey({ sessionId: 1, participantId: 7, kind: "day-before" })]);
    expect(planReminders([session(start)], existing, now).due).toEqual([]);
  });

  it("after downtime sends only the latest useful reminder and records the superseded one", () => {
    // The bot was down from before the day-before time until 10:30 on the day.
    const now = h(2026, 12, 3, 10, 30);
    const { due, skipped } = planReminders([session(start, 1)], new Set(), now);
    expect(due.map((r) => r.kind).sort()).toEqual(["childcare", "soon"]);
    expect(skipped).toEqual([expect.objectContaining({ kind: "day-before", reason: "superseded" })]);
  });

  it("records reminders of a session that has begun as skipped, never sends them", () => {
    const { due, skipped } = planReminders([session(start)], new Set(), h(2026, 12, 3, 12, 0));
    expect(due).toEqual([]);
    expect(skipped.map((s) => [s.kind, s.reason])).toEqual([
      ["day-before", "started"],
      ["soon", "started"],
    ]);
  });

  it("follows a session that was moved after a reminder was planned", () => {
    const now = h(2026, 12, 2, 12, 5);
    // Moved one day later: the day-before reminder is no longer due.
    expect(planReminders([session(h(2026, 12, 4, 12, 0))], new Set(), now).due).toEqual([]);
    // Moved earlier, to this afternoon: the two-hour reminder is due when its time comes.
    expect(planReminders([session(h(2026, 12, 2, 14, 0))], new Set(), now).due.map((r) => r.kind)).toEqual(["soon"]);
  });

  it("plans nothing for a cancelled session, which is simply not a candidate", () => {
    expect(planReminders([], new Set(), h(2026, 12, 3, 10, 30))).toEqual({ due: [], skipped: [] });
  });
});
