import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { anonymousCounts, appointments, botStorage, outbox, staff } from "../../../src/db/schema.js";
import { bookAppointment, recordOutcome, saveAvailability } from "../../../src/features/appointments/repository.js";
import { formatDateTime } from "../../../src/i18n/format.js";
import { helsinkiTime } from "../../../src/i18n/time.js";
import { findParticipantByTelegramId } from "../../../src/participants/repository.js";
import { startTestBot, type TestBot } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

/** Issue 15: /mydata shows a participant's appointments, and erasure takes them (and the counsellor's note) away. */
const h = helsinkiTime;
let testDb: TestDatabase;
let harness: TestBot;
let now: Date;
const clock = () => now;

beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(async () => {
  await testDb.close();
});
beforeEach(async () => {
  await testDb.reset();
  now = h(2026, 12, 1, 12, 0);
  harness = await startTestBot(testDb.database.db, {}, undefined, clock);
});

it("/mydata lists the appointments; /delete erases them, their events, their notes and an open dialog", async () => {
  const db = testDb.database.db;
  const [c] = await db.insert(staff).values({ displayName: "Anna", role: "counsellor" }).returning();
  await saveAvailability(db, c!.id, { languages: ["fi"], slotMinutes: 60, homeRegions: [], officeAddress: "Lahti", videoLink: null, windows: [{ kind: "phone", weekday: 3, startMinute: 540, endMinute: 720 }] });
  const chat = harness.user(901);
  await chat.onboard("English");
  const p = (await findParticipantByTelegramId(db, 901))!;
  const booked = await bookAppointment(db, { participantId: p.id, staffId: c!.id, kind: "phone", startsAt: h(2026, 12, 2, 9, 0), interpreterLanguage: "so", reason: "papers", now });
  if (!booked.ok) throw new Error(booked.why);
  await recordOutcome(db, booked.appointment.id, "met", "MARKER-NOTE about the family");

  const mine = await chat.send("/mydata");
  expect(mine.join("\n")).toContain(`Your meetings:\n• ${formatDateTime(h(2026, 12, 2, 9, 0), "en")}, 📞 By phone`);
  const file = harness.telegram.calls.filter((call) => call.method === "sendDocument").at(-1);
  expect(file).toBeDefined();

  // A booking dialog left open: its state (raw updates) is erased too.
  await chat.send("/appointment");
  await chat.tap("📅 Book a meeting");
  expect((await db.select().from(botStorage).where(eq(botStorage.key, "conversation:901"))).length).toBe(1);
  await chat.send("/delete");
  await chat.press("privacy:erase");
  expect(await db.select().from(appointments)).toEqual([]);
  expect((await db.select().from(outbox)).filter((e) => e.event.startsWith("appointment."))).toEqual([]);
  expect(await db.select().from(botStorage).where(eq(botStorage.key, "conversation:901"))).toEqual([]);
  const counts = await db.select().from(anonymousCounts).where(eq(anonymousCounts.metric, "guidance.met_by_erased"));
  expect(counts.map((r) => r.value)).toEqual([1]);
});
