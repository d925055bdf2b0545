import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { appointments, participants, staff } from "../../../src/db/schema.js";
import { bookAppointment, findFreeTimes, saveAvailability } from "../../../src/features/appointments/repository.js";
import { formatDateTime } from "../../../src/i18n/format.js";
import { helsinkiTime } from "../../../src/i18n/time.js";
import { startTestBot } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

/**
 * Issue 15: no double booking, ever. Twenty participants take one slot at the same moment;
 * on PostgreSQL (TEST_DATABASE_URL) they come through a pool of ten connections, each in
 * its own transaction, so the exclusion constraint is what decides. One wins; the others
 * are offered the next free times.
 */
const h = helsinkiTime;
let testDb: TestDatabase;
let counsellorId: number;
const now = h(2026, 12, 1, 12, 0);
const slot = h(2026, 12, 2, 9, 0);

beforeAll(async () => {
  testDb = await openTestDatabase({ poolSize: 10 });
});
afterAll(async () => {
  await testDb.close();
});
beforeEach(async () => {
  await testDb.reset();
  const db = testDb.database.db;
  const [c] = await db.insert(staff).values({ displayName: "Anna", role: "counsellor" }).returning();
  counsellorId = c!.id;
  await saveAvailability(db, counsellorId, {
    languages: ["fi"],
    slotMinutes: 60,
    homeRegions: [],
    officeAddress: "Kirkkokatu 1",
    videoLink: null,
    windows: [{ kind: "office", weekday: 3, startMinute: 9 * 60, endMinute: 12 * 60 }],
  });
});

it("lets one of 20 simultaneous bookings of one slot win, in separate transactions", async () => {
  const db = testDb.database.db;
  const people = await db
    .insert(participants)
    .values(Array.from({ length: 20 }, (_, i) => ({ telegramUserId: 9000 + i, chatId: 9000 + i, locale: "en" })))
    .returning();
  const results = await Promise.all(
    people.map((p) =>
      db.transaction((tx) => bookAppointment(tx, { participantId: p.id, staffId: counsellorId, kind: "office", startsAt: slot, interpreterLanguage: null, reason: null, now })),
    ),
  );
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.why)).toEqual(Array(19).fill("taken"));
  expect(await db.select().from(appointments)).toHaveLength(1);
  const next = await findFreeTimes(db, { kind: "office", region: undefined, now, limit: 2 });
  expect(next.map((s) => s.startsAt.getTime())).toEqual([h(2026, 12, 2, 10, 0).getTime(), h(2026, 12, 2, 11, 0).getTime()]);
});

it("through the bot: 20 participants confirm the same time at once, 19 are offered the next times", async () => {
  const harness = await startTestBot(testDb.database.db, {}, undefined, () => now);
  const label = formatDateTime(slot, "en");
  const chats = Array.from({ length: 20 }, (_, i) => harness.user(7000 + i, "en"));
  // Each chat in order, the chats side by side (as Telegram delivers them).
  await Promise.all(
    chats.map(async (chat) => {
      await chat.onboard("English");
      await chat.send("/appointment");
      await chat.tap("🏢 At the office");
      await chat.tap(label);
      await chat.tap("No interpreter");
      await chat.tap("Skip");
    }),
  );
  const answers = await Promise.all(chats.map((chat) => chat.tap("✅ Yes")));
  const won = answers.filter((a) => a.at(-1)!.startsWith("✅ Your meeting is booked."));
  const lost = answers.filter((a) => a.at(-1)!.startsWith("Sorry, someone just took that time."));
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(19);
  for (const chat of chats) {
    const last = chat.lastMessage();
    if (last.text!.startsWith("Sorry")) expect(chat.buttons(last)[0]!.text).toBe(formatDateTime(h(2026, 12, 2, 10, 0), "en"));
  }
  expect(await testDb.database.db.select().from(appointments)).toHaveLength(1);
  // 140 updates through the whole bot: on two shared cores that can pass the default 30 s.
}, 180_000);
