import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../../src/db/client.js";
import { createModule, createSession, updateModule, type ModuleInput } from "../../../src/features/modules/catalogue.js";
import {
  cancelEnrolment,
  enrolParticipant,
  moduleEnrolments,
  promoteFromWaitlist,
  waitlistPosition,
} from "../../../src/features/modules/enrolment.js";
import { LOCALE_CODES } from "../../../src/i18n/locales.js";
import { touchParticipant } from "../../../src/participants/repository.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase({ poolSize: 20 });
});
afterAll(() => testDb.close());
beforeEach(() => testDb.reset());

const NOW = new Date("2026-11-23T10:00:00Z");
const text = (s: string) => Object.fromEntries(LOCALE_CODES.map((l) => [l, `${s} (${l})`]));

export function moduleInput(overrides: Partial<ModuleInput> = {}): ModuleInput {
  return {
    code: `m-${Math.random().toString(36).slice(2, 8)}`,
    title: text("Finnish for parents"),
    description: text("Learn everyday Finnish."),
    regions: [],
    tags: ["language"],
    instructionLanguages: ["fi", "ar"],
    capacity: 10,
    childcare: true,
    ...overrides,
  };
}

async function moduleWithSession(overrides: Partial<ModuleInput> = {}, childcareSeats = 6) {
  const db = testDb.database.db;
  const module = await createModule(db, moduleInput(overrides));
  await createSession(db, module.id, {
    startsAt: new Date("2026-12-01T08:00:00Z"),
    endsAt: new Date("2026-12-01T10:00:00Z"),
    place: "Kirkkokatu 1, Lahti",
    childcareSeats,
  });
  return module;
}

async function participants(n: number, from = 1) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await touchParticipant(testDb.database.db, from + i, from + i));
  return out;
}

describe("enrolment", () => {
  it("enrols while there is room, then offers the waiting list with the position", async () => {
    const db = testDb.database.db;
    const module = await moduleWithSession({ capacity: 2 });
    const [a, b, c, d] = await participants(4);
    expect((await enrolParticipant(db, { participantId: a!.id, moduleId: module.id, children: 0, now: NOW })).status).toBe("enrolled");
    expect((await enrolParticipant(db, { participantId: b!.id, moduleId: module.id, children: 0, now: NOW })).status).toBe("enrolled");
    expect(await enrolParticipant(db, { participantId: c!.id, moduleId: module.id, children: 0, now: NOW })).toMatchObject({ status: "waitlisted", position: 1 });
    expect(await enrolParticipant(db, { participantId: d!.id, moduleId: module.id, children: 0, now: NOW })).toMatchObject({ status: "waitlisted", position: 2 });
    // Tapping Enrol again changes nothing.
    expect(await enrolParticipant(db, { participantId: d!.id, moduleId: module.id, children: 0, now: NOW })).toMatchObject({ status: "already", position: 2 });
  });

  it("never books more children than the childcare seats of the smallest coming session", async () => {
    const db = testDb.database.db;
    const module = await moduleWithSession({ capacity: 10 }, 3);
    await createSession(db, module.id, { startsAt: new Date("2026-12-08T08:00:00Z"), endsAt: new Date("2026-12-08T10:00:00Z"), place: "x", childcareSeats: 5 });
    const [a, b] = await participants(2);
    expect((await enrolParticipant(db, { participantId: a!.id, moduleId: module.id, children: 2, now: NOW })).status).toBe("enrolled");
    expect(await enrolParticipant(db, { participantId: b!.id, moduleId: module.id, children: 2, now: NOW })).toMatchObject({ status: "waitlisted", position: 1 });
  });

  it("books no children in a module without childcare", async () => {
    const db = testDb.database.db;
    const module = await moduleWithSession({ childcare: false });
    const [a] = await participants(1);
    const result = await enrolParticipant(db, { participantId: a!.id, moduleId: module.id, children: 3, now: NOW });
    expect(result.status).toBe("enrolled");
    expect(result.status === "enrolled" && result.enrolment.childrenBooked).toBe(0);
  });

  it("refuses archived modules and modules with no coming session", async () => {
    const db = testDb.database.db;
    const [a] = await participants(1);
    const archived = await moduleWithSession();
    await updateModule(db, archived.id, {});
    const { archiveModule } = await import("../../../src/features/modules/catalogue.js");
    await archiveModule(db, archived.id);
    expect(await enrolParticipant(db, { participantId: a!.id, moduleId: archived.id, children: 0, now: NOW })).toEqual({ status: "unavailable", reason: "archived" });
    const past = await moduleWithSession();
    expect(await enrolParticipant(db, { participantId: a!.id, moduleId: past.id, children: 0, now: new Date("2027-01-01T00:00:00Z") })).toEqual({ status: "unavailable", reason: "no-sessions" });
    expect(await enrolParticipant(db, { participantId: a!.id, moduleId: 99999, children: 0, now: NOW })).toEqual({ status: "unavailable", reason: "not-found" });
  });

  it("moves the first waiting family whose children fit up when a place is freed", async () => {
    const db = testDb.database.db;
    const module = await moduleWithSession({ capacity: 1 }, 1);
    const [a, b, c] = await participants(3);
    const first = await enrolParticipant(db, { participantId: a!.id, moduleId: module.id, children: 1, now: NOW });
    await enrolParticipant(db, { participantId: b!.id, moduleId: module.id, children: 2, now: NOW }); // needs 2 seats: never fits
    await enrolParticipant(db, { participantId: c!.id, moduleId: module.id, children: 1, now: NOW });
    const { cancelled, promoted } = await cancelEnrolment(db, { enrolmentId: first.status === "enrolled" ? first.enrolment.id : 0, by: "participant", now: NOW });
    expect(cancelled?.status).toBe("cancelled");
    expect(promoted.map((e) => e.participantId)).toEqual([c!.id]);
    const live = await moduleEnrolments(db, module.id);
    expect(live.map((e) => [e.participantId, e.status])).toEqual([
      [b!.id, "waitlisted"],
      [c!.id, "enrolled"],
    ]);
    expect(await waitlistPosition(db, live[0]!)).toBe(1);
    // Cancelling twice changes nothing more.
    expect((await cancelEnrolment(db, { enrolmentId: first.status === "enrolled" ? first.enrolment.id : 0, by: "participant", now: NOW })).cancelled).toBeUndefined();
  });

  it("fills new places from the waiting list when the capacity is raised", async () => {
    const db = testDb.database.db;
    const module = await moduleWithSession({ capacity: 1 });
    const [a, b, c] = await participants(3);
    for (const p of [a!, b!, c!]) await enrolParticipant(db, { participantId: p.id, moduleId: module.id, children: 0, now: NOW });
    await updateModule(db, module.id, { capacity: 3 });
    const promoted = await db.transaction((tx) => promoteFromWaitlist(tx, module.id, NOW));
    expect(promoted.map((e) => e.participantId)).toEqual([b!.id, c!.id]);
  });
});

describe("enrolment under load", () => {
  it("50 participants enrolling at the same moment into 10 places: exactly 10 enrolled and 40 waiting, in order", async () => {
    // On PostgreSQL each enrolment runs on its own connection (pool of 20 plus a second
    // pool), so they really race; on PGlite they queue on its one connection.
    const extra: Database | undefined = testDb.url ? await openDatabase({ url: testDb.url, poolSize: 20 }) : undefined;
    try {
      const module = await moduleWithSession({ capacity: 10 }, 100);
      const people = await participants(50, 1000);
      const results = await Promise.all(
        people.map((p, i) =>
          enrolParticipant((i % 2 === 0 || !extra ? testDb.database : extra).db, { participantId: p.id, moduleId: module.id, children: 1, now: NOW }),
        ),
      );
      expect(results.filter((r) => r.status === "enrolled")).toHaveLength(10);
      const waiting = results.filter((r): r is Extract<typeof r, { status: "waitlisted" }> => r.status === "waitlisted");
      expect(waiting).toHaveLength(40);
      // Positions 1..40, in the order the places were taken (enrolment id order).
      const byId = [...waiting].sort((x, y) => x.enrolment.id - y.enrolment.id);
      expect(byId.map((w) => w.position)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      const live = await moduleEnrolments(testDb.database.db, module.id);
      expect(live.filter((e) => e.status === "enrolled")).toHaveLength(10);
      expect(live.filter((e) => e.status === "enrolled").reduce((n, e) => n + e.childrenBooked, 0)).toBe(10);
    } finally {
      await extra?.close();
    }
  });
});
