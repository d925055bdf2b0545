import { describe, expect, it } from "vitest";
import { knownVersions, noticeFor, noticeForAny, noticeSendTime, type SessionFacts, type ToldRow } from "../../../src/features/reminders/notices.js";
import { DEFAULT_POLICY, planReminders, upcomingReminders, type Candidate } from "../../../src/features/reminders/planner.js";
import { helsinkiTime as h } from "../../../src/i18n/time.js";

const on = (startsAt: Date, place = "Kirkkokatu 1"): SessionFacts => ({ startsAt, place, cancelled: false });
const off = (startsAt: Date, place = "Kirkkokatu 1"): SessionFacts => ({ startsAt, place, cancelled: true });
const ten = h(2026, 12, 3, 10, 0);
const two = h(2026, 12, 3, 14, 0);

describe("which notice brings a participant up to date", () => {
  it("is 'moved' for a new time or place, 'cancelled' and 'reinstated' for the state, nothing when what they know is true", () => {
    expect(noticeFor(on(ten), on(two))).toBe("moved");
    expect(noticeFor(on(ten), on(ten, "Kirkkokatu 3"))).toBe("moved");
    expect(noticeFor(on(ten), off(ten))).toBe("cancelled");
    expect(noticeFor(off(ten), on(ten))).toBe("reinstated");
    // Back on at another time: the "back on" notice gives the time.
    expect(noticeFor(off(ten), on(two))).toBe("reinstated");
    expect(noticeFor(on(ten), on(ten))).toBeUndefined();
    expect(noticeFor(off(ten), off(two))).toBeUndefined();
  });
});

describe("which versions a participant may know", () => {
  const row = (sessionVersion: number, status: ToldRow["status"], attempts: number, known: number | null = null): ToldRow => ({ sessionVersion, status, attempts, knownVersion: known });

  it("surely the version of the latest message sent; perhaps those of messages that may have reached them", () => {
    expect(knownVersions([row(0, "sent", 1), row(2, "sent", 1)], 0)).toEqual({ surely: 2, perhaps: [] });
    expect(knownVersions([row(0, "sent", 1), row(1, "sending", 0)], 0)).toEqual({ surely: 0, perhaps: [1] }); // on its way
    expect(knownVersions([row(0, "sent", 1), row(1, "retry", 1), row(2, "failed", 3)], 0)).toEqual({ surely: 0, perhaps: [2, 1] });
  });

  it("what a notice that never left took them to know, and otherwise the version they enrolled at", () => {
    expect(knownVersions([row(0, "sent", 1), row(3, "skipped", 0, 0)], 0)).toEqual({ surely: 0, perhaps: [] });
    expect(knownVersions([row(2, "queued", 0, 1)], 0)).toEqual({ surely: 1, perhaps: [] });
    // A regular reminder recorded as skipped tells nothing.
    expect(knownVersions([row(2, "skipped", 0)], 1)).toEqual({ surely: 1, perhaps: [] });
    expect(knownVersions([], 4)).toEqual({ surely: 4, perhaps: [] });
  });

  it("gets a notice when any version they may know is no longer true", () => {
    const facts = [on(ten), on(two), on(ten)];
    // A notice "moved to 14:00" was on its way when the meeting went back to 10:00.
    expect(noticeForAny([1, 0], (v) => facts[v]!, on(ten))).toEqual({ kind: "moved", from: 1 });
    expect(noticeForAny([2, 0], (v) => facts[v]!, on(ten))).toBeUndefined();
  });
});

describe("when a change notice goes", () => {
  it("at once outside quiet hours", () => {
    expect(noticeSendTime(h(2026, 12, 2, 12, 0), ten, DEFAULT_POLICY)).toEqual(h(2026, 12, 2, 12, 0));
  });

  it("in quiet hours at their end, when the meeting is at least the 'soon' offset after it; else at once", () => {
    const late = h(2026, 12, 2, 22, 0);
    expect(noticeSendTime(late, ten, DEFAULT_POLICY)).toEqual(h(2026, 12, 3, 8, 0));
    expect(noticeSendTime(late, h(2026, 12, 3, 9, 59), DEFAULT_POLICY)).toEqual(late);
    const early = h(2026, 12, 3, 6, 0);
    expect(noticeSendTime(early, ten, DEFAULT_POLICY)).toEqual(h(2026, 12, 3, 8, 0));
    expect(noticeSendTime(early, h(2026, 12, 3, 9, 0), DEFAULT_POLICY)).toEqual(early);
  });

  it("knows the end of quiet hours on the night the clocks change", () => {
    // Summer time starts Sun 28 Mar 2027 at 03:00; 08:00 that morning is 05:00 UTC.
    expect(noticeSendTime(h(2027, 3, 27, 23, 0), h(2027, 3, 28, 12, 0), DEFAULT_POLICY).toISOString()).toBe("2027-03-28T05:00:00.000Z");
  });
});

describe("reminders around change notices and answers", () => {
  const start = h(2026, 12, 3, 12, 0);
  const candidate = (extra: Partial<Candidate> = {}): Candidate => ({ sessionId: 1, participantId: 7, startsAt: start, childrenBooked: 1, version: 2, ...extra });

  it("waits while the change notice has not left", () => {
    expect(planReminders([candidate({ notice: { pending: true, at: h(2026, 12, 2, 12, 0) } })], new Set(), h(2026, 12, 3, 10, 30))).toEqual({ due: [], skipped: [] });
  });

  it("records as covered what was due before the notice, or within an hour after it; sends what comes later", () => {
    const notice = { pending: false, at: h(2026, 12, 2, 11, 30) };
    const atNoon = planReminders([candidate({ notice })], new Set(), h(2026, 12, 2, 12, 15));
    expect(atNoon.due).toEqual([]);
    expect(atNoon.skipped.map((s) => [s.kind, s.reason, s.version])).toEqual([
      ["childcare", "covered", 2],
      ["day-before", "covered", 2],
    ]);
    expect(planReminders([candidate({ notice })], new Set(["1:7:childcare", "1:7:day-before"]), h(2026, 12, 3, 10, 0)).due.map((d) => d.kind)).toEqual(["soon"]);
  });

  it("asks no more of someone who declined, and shows nothing planned for them", () => {
    const { due, skipped } = planReminders([candidate({ declined: true })], new Set(), h(2026, 12, 3, 10, 30));
    expect(due).toEqual([]);
    expect(skipped.map((s) => s.reason)).toEqual(["declined", "declined", "declined"]);
    expect(upcomingReminders(candidate({ declined: true }), new Set(), h(2026, 12, 1, 10, 0))).toEqual([]);
    expect(upcomingReminders(candidate(), new Set(), h(2026, 12, 1, 10, 0)).map((p) => p.kind)).toEqual(["childcare", "day-before", "soon"]);
  });
});
