import { Api } from "grammy";
import pino from "pino";
import { saveRecording } from "../../../src/features/audio/clips.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appointmentReminders, staff } from "../../../src/db/schema.js";
import { planAppointmentReminders } from "../../../src/features/appointments/reminders.js";
import { bookAppointment, saveAvailability } from "../../../src/features/appointments/repository.js";
import { DEFAULT_POLICY } from "../../../src/features/reminders/planner.js";
import { RateLimiter } from "../../../src/features/reminders/rate-limiter.js";
import { runReminderTick } from "../../../src/features/reminders/sender.js";
import { formatDateTime } from "../../../src/i18n/format.js";
import { createI18n } from "../../../src/i18n/i18n.js";
import { helsinkiTime } from "../../../src/i18n/time.js";
import { findParticipantByTelegramId } from "../../../src/participants/repository.js";
import { startTestBot, TEST_TOKEN, type TestBot } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

/**
 * Issue 15: appointment reminders through the reminder sender's tick: the day before and
 * two hours before, quiet hours (21–08) respected, once each; "I am coming" and "I need
 * another time" (which opens the move dialog).
 */
const h = helsinkiTime;
const FSI = "\u2068";
const PDI = "\u2069";
const i18n = createI18n();

let testDb: TestDatabase;
let harness: TestBot;
let now: Date;
let counsellorId: number;
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
  const db = testDb.database.db;
  const [c] = await db.insert(staff).values({ displayName: "Anna", role: "counsellor" }).returning();
  counsellorId = c!.id;
  await saveAvailability(db, counsellorId, {
    languages: ["fi"],
    slotMinutes: 60,
    homeRegions: [],
    officeAddress: "Kirkkokatu 1, Lahti",
    videoLink: null,
    windows: [{ kind: "office", weekday: 4, startMinute: 9 * 60, endMinute: 12 * 60 }],
  });
  harness = await startTestBot(db, { appointmentChangeHours: 24 }, undefined, clock);
});

const tick = () =>
  runReminderTick({
    database: testDb.database,
    api: new Api(TEST_TOKEN, { fetch: harness.telegram.fetch }),
    translate: (locale, key, vars) => i18n.t(locale, key, vars),
    policy: DEFAULT_POLICY,
    limiter: new RateLimiter(Infinity, 0),
    logger: pino({ level: "silent" }),
    clock,
  });

async function bookedParticipant(telegramId: number, language: string, startsAt: Date) {
  const chat = harness.user(telegramId);
  await chat.onboard(language);
  const p = await findParticipantByTelegramId(testDb.database.db, telegramId);
  const result = await bookAppointment(testDb.database.db, { participantId: p!.id, staffId: counsellorId, kind: "office", startsAt, interpreterLanguage: null, reason: null, now });
  if (!result.ok) throw new Error(result.why);
  return { chat, appointment: result.appointment };
}

describe("appointment reminders", () => {
  it("go the day before and, after the quiet hours, before the meeting; once each", async () => {
    const startsAt = h(2026, 12, 3, 9, 0); // Thursday 09:00: "two hours before" is 07:00, inside quiet hours
    const { chat } = await bookedParticipant(701, "English", startsAt);
    const before = chat.texts().length;
    now = h(2026, 12, 2, 8, 59);
    await tick();
    expect(chat.texts()).toHaveLength(before);

    now = h(2026, 12, 2, 9, 0);
    await tick();
    const label = formatDateTime(startsAt, "en");
    expect(chat.texts().at(-1)).toBe(`📅 Reminder: you have a meeting tomorrow.\n🏢 At the office, ${label}\nAddress: Kirkkokatu 1, Lahti`);
    // (and 🔊 where English can be heard on this machine: the test below)
    expect(chat.buttons().filter((b) => !b.callback_data.startsWith("au:")).map((b) => b.text)).toEqual(["✅ I am coming", "🔄 I need another time"]);
    await tick();
    expect(chat.texts()).toHaveLength(before + 1);

    now = h(2026, 12, 3, 7, 30);
    await tick();
    expect(chat.texts()).toHaveLength(before + 1);
    now = h(2026, 12, 3, 8, 0);
    await tick();
    expect(chat.texts().at(-1)).toBe(`📅 Your meeting starts soon.\n🏢 At the office, ${label}\nAddress: Kirkkokatu 1, Lahti`);
    now = h(2026, 12, 3, 9, 30);
    await tick();
    expect(chat.texts()).toHaveLength(before + 2);
  });

  it("carry 🔊 where the reminders' explanation can be heard in the participant's language", async () => {
    // Somali has no synthetic voice: no button until a staff recording exists.
    const first = await bookedParticipant(703, "Soomaali", h(2026, 12, 3, 10, 0));
    now = h(2026, 12, 2, 10, 0);
    await tick();
    expect(first.chat.buttons().map((b) => b.callback_data)).toEqual([`apt:c:${first.appointment.id}`, `apt:a:${first.appointment.id}`]);

    const ogg = Buffer.concat([Buffer.from("OggS"), Buffer.alloc(24), Buffer.from("OpusHead"), Buffer.alloc(40, 1)]);
    await saveRecording(testDb.database.db, "audio-reminder", "so", ogg);
    const second = await bookedParticipant(704, "Soomaali", h(2026, 12, 3, 11, 0));
    now = h(2026, 12, 2, 11, 0);
    await tick();
    expect(second.chat.buttons().map((b) => b.callback_data)).toEqual([`apt:c:${second.appointment.id}`, `apt:a:${second.appointment.id}`, "au:audio-reminder"]);
    await second.chat.press("au:audio-reminder");
    const voice = harness.telegram.calls.filter((c) => c.method === "sendVoice" && String(c.payload.chat_id) === "704");
    expect(voice).toHaveLength(1);
  });

  it("in Arabic; 'I am coming' thanks, 'I need another time' opens the move dialog", async () => {
    const startsAt = h(2026, 12, 10, 10, 0);
    const { chat } = await bookedParticipant(702, "العربية", startsAt);
    now = h(2026, 12, 9, 10, 0);
    await tick();
    const label = formatDateTime(startsAt, "ar");
    expect(chat.texts().at(-1)).toBe(`📅 تذكير: لديك موعد غدًا.\nالموعد: ${FSI}🏢 في المكتب${PDI}، ${FSI}${label}${PDI}\nالتفاصيل: ${FSI}العنوان: ${FSI}Kirkkokatu 1, Lahti${PDI}${PDI}`);
    const reminder = chat.lastMessage();
    expect(await chat.tap("✅ سأحضر")).toEqual(["شكرًا لك! نراك قريبًا."]);
    // More than APPOINTMENT_CHANGE_HOURS before: the move dialog opens with the next times.
    now = h(2026, 12, 3, 12, 0);
    const other = chat.buttons(reminder).find((b) => b.text === "🔄 أحتاج وقتًا آخر")!;
    const answer = await chat.press(other.callback_data, reminder);
    expect(answer.at(-1)).toContain("اختر وقتًا لموعد");
    await chat.tap(formatDateTime(h(2026, 12, 10, 11, 0), "ar"));
    expect((await chat.tap("✅ نعم")).at(-1)!.startsWith("✅ لموعدك وقت جديد.")).toBe(true);
    // The moved meeting has its own reminders again (version 1).
    now = h(2026, 12, 9, 11, 0);
    await tick();
    const rows = await testDb.database.db.select().from(appointmentReminders);
    expect(rows.map((r) => `${r.kind}:${r.version}:${r.status}`).sort()).toEqual(["day-before:0:sent", "day-before:1:sent"]);
  });

  it("plans only the latest kind after downtime, and nothing once the meeting began", () => {
    const startsAt = h(2026, 12, 3, 12, 0);
    const plan = planAppointmentReminders([{ appointmentId: 1, startsAt, version: 0 }], new Set(), h(2026, 12, 3, 10, 30), DEFAULT_POLICY);
    expect(plan.due).toEqual([{ appointmentId: 1, kind: "soon", version: 0 }]);
    expect(plan.skipped).toEqual([{ appointmentId: 1, kind: "day-before", version: 0 }]);
    expect(planAppointmentReminders([{ appointmentId: 1, startsAt, version: 0 }], new Set(), h(2026, 12, 3, 12, 0), DEFAULT_POLICY).due).toEqual([]);
  });
});
