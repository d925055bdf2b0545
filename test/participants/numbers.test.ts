import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { participants } from "../../src/db/schema.js";
import { touchParticipant, touchParticipantForUpdate } from "../../src/participants/repository.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";

// Counsellors know participants by number: a new person's number must follow the last
// one, however many messages came before (an upsert drew a sequence value on each).

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase({ poolSize: 10 });
});
afterAll(() => testDb.close());
beforeEach(() => testDb.reset());
const db = () => testDb.database.db;

describe("participant numbers", () => {
  it("gives the next participant the next number after many messages from the first", async () => {
    const first = await touchParticipant(db(), 5001, 5001);
    for (let i = 0; i < 50; i++) {
      const again = await touchParticipantForUpdate(db(), 5001, 6001 + i);
      expect(again.id).toBe(first.id);
      expect(again.chatId).toBe(6001 + i);
    }
    const second = await touchParticipant(db(), 5002, 5002);
    expect(second.id).toBe(first.id + 1);
  });

  it("returns the participant with what an update needs, on the first message and later", async () => {
    const fresh = await touchParticipantForUpdate(db(), 5003, 5003);
    expect(fresh).toMatchObject({ telegramUserId: 5003, chatId: 5003, reachable: true, surveyStatus: "not_started", inHandoff: false, dialogState: null, surveyAnswers: {} });
    expect(fresh.lastSeenAt).toBeInstanceOf(Date);
    await db().update(participants).set({ reachable: false }).where(eq(participants.id, fresh.id));
    const later = await touchParticipantForUpdate(db(), 5003, 7003);
    expect(later).toMatchObject({ id: fresh.id, chatId: 7003, reachable: true, inHandoff: false });
  });

  it("makes one row of two first messages of the same new person at once", async () => {
    const [a, b] = await Promise.all([touchParticipantForUpdate(db(), 5004, 5004), touchParticipantForUpdate(db(), 5004, 5004)]);
    expect(a.id).toBe(b.id);
    const rows = await db().select({ n: count() }).from(participants).where(eq(participants.telegramUserId, 5004));
    expect(rows[0]?.n).toBe(1);
  });
});
