import { eq } from "drizzle-orm";
import { Api } from "grammy";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../../src/db/client.js";
import { outbox, participants } from "../../../src/db/schema.js";
import { createModule, createSession } from "../../../src/features/modules/catalogue.js";
import { enrolParticipant } from "../../../src/features/modules/enrolment.js";
import { changeSession } from "../../../src/features/reminders/changes.js";
import { DEFAULT_POLICY, planReminders } from "../../../src/features/reminders/planner.js";
import { claimReminders, findRecipients } from "../../../src/features/reminders/repository.js";
import { RateLimiter } from "../../../src/features/reminders/rate-limiter.js";
import { runReminderTick, type SenderDependencies } from "../../../src/features/reminders/sender.js";
import { createServer, type App } from "../../../src/http/create-server.js";
import { formatDateTime } from "../../../src/i18n/format.js";
import { createI18n } from "../../../src/i18n/i18n.js";
import { LOCALE_CODES } from "../../../src/i18n/locales.js";
import { helsinkiTime } from "../../../src/i18n/time.js";
import { findParticipantByTelegramId } from "../../../src/participants/repository.js";
import { startTestBot, TEST_TOKEN, type TestBot, type TestChat } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

/**
 * Issue 11: reminders that follow every change. Each test plays a coordinator (the admin
 * API) and two parents (the real bot, one in English, one in Arabic) under a fixed clock
 * that the test moves on; the reminder sender runs its ticks against the same fake Telegram.
 */
const ADMIN = "admin-token-0123456789abcdef";
const auth = { authorization: `Bearer ${ADMIN}` };
const h = helsinkiTime;
const FSI = "\u2068";
const PDI = "\u2069";
const i18n = createI18n();

let testDb: TestDatabase;
let app: App;
let harness: TestBot;
let now: Date;
const clock = () => now;

beforeAll(async () => {
  testDb = await openTestDatabase({ poolSize: 6 });
  app = await createServer({ database: testDb.database, logger: pino({ level: "silent" }), adminToken: ADMIN, clock });
});
afterAll(async () => {
  await app.close();
  await testDb.close();
});
beforeEach(async () => {
  await testDb.reset();
  now = h(2026, 12, 1, 12, 0);
  harness = await startTestBot(testDb.database.db, {}, undefined, clock);
});

function sender(database: Database = testDb.database, overrides: Partial<SenderDependencies> = {}): SenderDependencies {
  return {
    database,
    api: new Api(TEST_TOKEN, { fetch: harness.telegram.fetch }),
    translate: (locale, key, vars) => i18n.t(locale, key, vars),
    policy: DEFAULT_POLICY,
    limiter: new RateLimiter(Infinity, 0),
    logger: pino({ level: "silent" }),
    clock,
    concurrency: 4,
    ...overrides,
  };
}
const tick = (overrides: Partial<SenderDependencies> = {}) => runReminderTick(sender(testDb.database, overrides));

interface Parent {
  chat: TestChat;
  id: number;
  chatId: number;
  /** Messages the bot sent while onboarding. */
  onboarding: number;
}

/** What the bot sent a parent after onboarding. */
const news = (p: Parent) => p.chat.texts().slice(p.onboarding);

/** Two parents who went through /start and consent in the bot: one English, one Arabic. */
async function parents(): Promise<{ en: Parent; ar: Parent }> {
  const make = async (userId: number, language: string, code: string): Promise<Parent> => {
    const chat = harness.user(userId, code);
    await chat.onboard(language);
    const p = (await findParticipantByTelegramId(testDb.database.db, userId))!;
    return { chat, id: p.id, chatId: p.chatId, onboarding: chat.texts().length };
  };
  return { en: await make(701, "English", "en"), ar: await make(702, "العربية", "ar") };
}

let moduleCount = 0;
/** A module with one session at `startsAt` (Helsinki), both parents enrolled. */
async function meeting(startsAt: Date, people: Parent[], children: Record<number, number> = {}) {
  const db = testDb.database.db;
  const title = Object.fromEntries(LOCALE_CODES.map((l) => [l, l === "ar" ? "الفنلندية للآباء" : `Finnish ${l}`]));
  const module = await createModule(db, { code: `fi-${++moduleCount}`, title, description: title, regions: [], tags: ["language"], instructionLanguages: [], capacity: 10, childcare: true });
  const session = await createSession(db, module.id, { startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000), place: "Kirkkokatu 1, Lahti", childcareSeats: 10 });
  for (const p of people) await enrolParticipant(db, { participantId: p.id, moduleId: module.id, children: children[p.id] ?? 0, now });
  return { module, session };
}

const api = async (method: "GET" | "POST" | "PATCH", url: string, payload?: object) => {
  const res = await app.inject({ method, url: `/api${url}`, headers: auth, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.json() };
};
const reminders = async (sessionId: number) => (await api("GET", `/sessions/${sessionId}/reminders`)).body;
/** Buttons of the last message in a chat, as callback data. */
const buttonData = (p: Parent) => p.chat.buttons().map((b) => b.callback_data);
const iso = (d: Date) => d.toISOString();

describe("a meeting moved after its reminder went out", () => {
  it("tells every participant the new time once, in their language, with the answer buttons; plans the reminders again from the new time", async () => {
    const { en, ar } = await parents();
    const oldStart = h(2026, 12, 3, 12, 0);
    const newStart = h(2026, 12, 4, 14, 0);
    const { session } = await meeting(oldStart, [en, ar]);

    now = h(2026, 12, 2, 12, 0); // the day before, at noon: the day-before reminder goes
    expect(await tick()).toMatchObject({ sent: 2 });
    expect(en.chat.texts().at(-1)).toMatch(/^🔔 Reminder: “Finnish en”/);

    now = h(2026, 12, 2, 12, 30);
    const moved = await api("PATCH", `/sessions/${session.id}`, { startsAt: iso(newStart), endsAt: iso(new Date(newStart.getTime() + 2 * 3600_000)) });
    expect(moved).toMatchObject({ status: 200, body: { startsAt: iso(newStart), version: 1, noticesQueued: 2 } });

    // The admin API shows the notices waiting and the reminders planned from the new time.
    const planned = await reminders(session.id);
    expect(planned).toMatchObject({ sessionVersion: 1, startsAt: iso(newStart), cancelled: false });
    const byParticipant = (id: number) => planned.items.filter((i: { participantId: number }) => i.participantId === id);
    expect(byParticipant(en.id).map((i: Record<string, unknown>) => [i.kind, i.status, i.sessionVersion, i.startsAt, i.plannedAt])).toEqual([
      ["day-before", "sent", 0, iso(oldStart), iso(h(2026, 12, 2, 12, 0))],
      ["moved", "queued", 1, iso(newStart), iso(now)],
      ["day-before", "planned", 1, iso(newStart), iso(h(2026, 12, 3, 14, 0))],
      ["soon", "planned", 1, iso(newStart), iso(h(2026, 12, 4, 12, 0))],
    ]);

    expect(await tick()).toMatchObject({ sent: 2 });
    expect(en.chat.texts().at(-1)).toBe(
      `🔄 “Finnish en” has moved. The new time and place:\n🗓 ${formatDateTime(newStart, "en")}\n📍 Kirkkokatu 1, Lahti\nAre you coming?`,
    );
    expect(buttonData(en)).toEqual([`rsvp:y:${session.id}:1`, `rsvp:n:${session.id}:1`]);
    const arabic = ar.chat.texts().at(-1)!;
    // Right to left: the first letter is Arabic, the date and the place are isolated.
    expect(arabic.replace(/^[^\p{L}]+/u, "")).toMatch(/^تغيّر موعد أو مكان لقاء/u);
    expect(arabic).toContain(`${FSI}${formatDateTime(newStart, "ar")}${PDI}`);
    expect(arabic).toContain(`${FSI}Kirkkokatu 1, Lahti${PDI}`);
    expect(ar.chat.buttons().map((b) => b.text)).toEqual(["سأحضر ✅", "لا أستطيع الحضور ❌"]);

    // Once: more ticks, and the old reminder times, send nothing.
    expect(await tick()).toMatchObject({ sent: 0 });
    now = h(2026, 12, 3, 10, 0); // when the old two-hour reminder would have gone
    expect(await tick()).toMatchObject({ sent: 0 });
    expect(news(en)).toHaveLength(2); // the reminder and the notice

    // A button of the old reminder asks again with the new time; the new buttons answer.
    expect(await en.chat.press(`rsvp:y:${session.id}:0`)).toEqual([
      `⚠️ The time of “Finnish en” has changed. Your answer was for the old time.\n🗓 ${formatDateTime(newStart, "en")}\n📍 Kirkkokatu 1, Lahti\nAre you coming at the new time?`,
    ]);
    expect((await api("GET", `/sessions/${session.id}/attendance`)).body.items).toEqual([]);
    expect(await en.chat.tap("✅ I am coming")).toEqual(["Thank you! See you there."]);
    expect((await api("GET", `/sessions/${session.id}/attendance`)).body).toMatchObject({ coming: 1, notComing: 0 });

    // The day-before reminder of the new time is not held back by the one of the old time.
    now = h(2026, 12, 3, 14, 0);
    expect(await tick()).toMatchObject({ sent: 2 });
    expect(en.chat.texts().at(-1)).toContain(`🗓 ${formatDateTime(newStart, "en")}`);
    expect(ar.chat.texts().at(-1)).toContain(formatDateTime(newStart, "ar"));
  });

  it("does not repeat, as a reminder, what the change notice just asked", async () => {
    const { en, ar } = await parents();
    const { session } = await meeting(h(2026, 12, 4, 12, 0), [en, ar]);
    now = h(2026, 12, 3, 12, 0);
    await tick(); // day-before
    now = h(2026, 12, 3, 15, 0);
    // Moved to this evening: the new day-before and two-hour reminders are due at once or soon.
    const evening = h(2026, 12, 3, 17, 30);
    expect((await api("PATCH", `/sessions/${session.id}`, { startsAt: iso(evening), endsAt: iso(h(2026, 12, 3, 19, 0)) })).body.noticesQueued).toBe(2);
    expect(await tick()).toMatchObject({ sent: 2 });
    now = h(2026, 12, 3, 15, 30);
    expect(await tick()).toMatchObject({ sent: 0 });
    const items = (await reminders(session.id)).items.filter((i: { participantId: number }) => i.participantId === en.id);
    expect(items.map((i: Record<string, unknown>) => [i.kind, i.status, i.note])).toEqual([
      ["day-before", "sent", null],
      ["moved", "sent", null],
      ["day-before", "skipped", "covered"],
      ["soon", "skipped", "covered"],
    ]);
  });
});

describe("cancelling", () => {
  it("through PATCH or POST /cancel is one path: each participant is told once per meeting, in their language", async () => {
    const { en, ar } = await parents();
    const a = (await meeting(h(2026, 12, 3, 12, 0), [en, ar])).session;
    const b = (await meeting(h(2026, 12, 4, 12, 0), [en, ar])).session;
    now = h(2026, 12, 2, 9, 0);

    expect(await api("PATCH", `/sessions/${a.id}`, { cancelled: true })).toMatchObject({ status: 200, body: { cancelled: true, version: 1, noticesQueued: 2 } });
    expect(await api("POST", `/sessions/${b.id}/cancel`)).toMatchObject({ status: 200, body: { sessionId: b.id, noticesQueued: 2 } });
    // Asked again, either way: nothing more to tell.
    expect((await api("PATCH", `/sessions/${a.id}`, { cancelled: true })).body.noticesQueued).toBe(0);
    expect((await api("POST", `/sessions/${a.id}/cancel`)).body.noticesQueued).toBe(0);
    expect((await api("PATCH", `/sessions/${b.id}`, { cancelled: true })).body.noticesQueued).toBe(0);
    // A cancelled meeting's new time is nobody's news.
    expect((await api("PATCH", `/sessions/${b.id}`, { startsAt: iso(h(2026, 12, 4, 13, 0)) })).body.noticesQueued).toBe(0);

    expect(await tick()).toMatchObject({ sent: 4 });
    now = h(2026, 12, 3, 10, 0);
    expect(await tick()).toMatchObject({ sent: 0 });
    expect(news(en)).toEqual([
      `❗ “Finnish en” on ${formatDateTime(h(2026, 12, 3, 12, 0), "en")} is cancelled. We are sorry.\nYour other meetings are in “🗓 My courses”.`,
      `❗ “Finnish en” on ${formatDateTime(h(2026, 12, 4, 12, 0), "en")} is cancelled. We are sorry.\nYour other meetings are in “🗓 My courses”.`,
    ]);
    const arabic = news(ar);
    expect(arabic).toHaveLength(2);
    expect(arabic[0]!.replace(/^[^\p{L}]+/u, "")).toMatch(/^تم إلغاء لقاء/u);
    expect(arabic[0]).toContain(`${FSI}${formatDateTime(h(2026, 12, 3, 12, 0), "ar")}${PDI}`);
    expect((await reminders(a.id)).items.map((i: Record<string, unknown>) => [i.kind, i.status, i.attempts])).toEqual([
      ["cancelled", "sent", 1],
      ["cancelled", "sent", 1],
    ]);
  });

  it("in quiet hours waits for the morning, unless the meeting is early next morning: then it goes at once, without a sound", async () => {
    const { en, ar } = await parents();
    const later = (await meeting(h(2026, 12, 3, 12, 0), [en, ar])).session;
    const early = (await meeting(h(2026, 12, 3, 9, 0), [en, ar])).session;
    now = h(2026, 12, 2, 22, 0);
    await api("POST", `/sessions/${later.id}/cancel`);
    await api("POST", `/sessions/${early.id}/cancel`);
    expect((await reminders(later.id)).items[0]).toMatchObject({ status: "queued", plannedAt: iso(h(2026, 12, 3, 8, 0)) });
    expect(await tick()).toMatchObject({ sent: 2 });
    const silent = harness.telegram.sent(en.chatId).at(-1);
    expect(silent).toMatchObject({ disable_notification: true });
    expect(silent.text).toContain(formatDateTime(h(2026, 12, 3, 9, 0), "en"));
    now = h(2026, 12, 3, 8, 0);
    expect(await tick()).toMatchObject({ sent: 2 });
    expect(harness.telegram.sent(ar.chatId).at(-1).disable_notification).toBeUndefined();
  });
});

describe("a cancelled meeting set back on", () => {
  it("is told to be on again before any reminder, and the reminders follow", async () => {
    const { en, ar } = await parents();
    const start = h(2026, 12, 3, 12, 0);
    const { session } = await meeting(start, [en, ar]);
    now = h(2026, 12, 1, 12, 0);
    await api("POST", `/sessions/${session.id}/cancel`);
    expect(await tick()).toMatchObject({ sent: 2 });

    // Back on after the day-before reminder's time: the notice goes, the reminder does not.
    now = h(2026, 12, 2, 12, 30);
    expect(await api("PATCH", `/sessions/${session.id}`, { cancelled: false })).toMatchObject({ body: { cancelled: false, version: 2, noticesQueued: 2 } });
    expect(await tick()).toMatchObject({ sent: 2 });
    expect(await tick()).toMatchObject({ sent: 0 });
    now = h(2026, 12, 3, 10, 0);
    expect(await tick()).toMatchObject({ sent: 2 });

    const date = formatDateTime(start, "en");
    expect(news(en)).toEqual([
      `❗ “Finnish en” on ${date} is cancelled. We are sorry.\nYour other meetings are in “🗓 My courses”.`,
      `✅ Good news: “Finnish en” is no longer cancelled. It takes place:\n🗓 ${date}\n📍 Kirkkokatu 1, Lahti\nAre you coming?`,
      `🔔 Reminder: “Finnish en”\n🗓 ${date}\n📍 Kirkkokatu 1, Lahti\nAre you coming?`,
    ]);
    const arabic = news(ar);
    expect(arabic).toHaveLength(3);
    expect(arabic[0]).toMatch(/^❗ تم إلغاء لقاء/u);
    expect(arabic[1]).toMatch(/^✅ خبر سار: لم يعد لقاء/u);
    expect(arabic[1]).toContain(`${FSI}${formatDateTime(start, "ar")}${PDI}`);
    expect(arabic[2]).toMatch(/^🔔 تذكير/u);
    expect((await reminders(session.id)).items.map((i: Record<string, unknown>) => [i.kind, i.sessionVersion, i.status, i.note]).filter((r: unknown[]) => r[0] !== "cancelled")).toEqual([
      ["reinstated", 2, "sent", null],
      ["reinstated", 2, "sent", null],
      ["day-before", 2, "skipped", "covered"],
      ["day-before", 2, "skipped", "covered"],
      ["soon", 2, "sent", null],
      ["soon", 2, "sent", null],
    ]);
  });

  it("tells nothing to someone the cancellation never reached", async () => {
    const { en, ar } = await parents();
    const { session } = await meeting(h(2026, 12, 4, 12, 0), [en, ar]);
    now = h(2026, 12, 2, 22, 0); // quiet hours: the cancellation would wait for the morning
    await api("POST", `/sessions/${session.id}/cancel`);
    now = h(2026, 12, 2, 22, 30);
    expect((await api("PATCH", `/sessions/${session.id}`, { cancelled: false })).body.noticesQueued).toBe(0);
    now = h(2026, 12, 3, 8, 0);
    expect(await tick()).toMatchObject({ sent: 0 });
    expect((await reminders(session.id)).items.map((i: Record<string, unknown>) => [i.kind, i.status, i.note])).toEqual([
      ["cancelled", "skipped", "outdated: the meeting changed"],
      ["cancelled", "skipped", "outdated: the meeting changed"],
      ["day-before", "planned", null],
      ["day-before", "planned", null],
      ["soon", "planned", null],
      ["soon", "planned", null],
    ]);
  });
});

describe("a reminder that had not left when the meeting was cancelled and set back on", () => {
  it("is sent after all to the one it never reached, and not again to the others", async () => {
    const { en, ar } = await parents();
    const { session } = await meeting(h(2026, 12, 3, 12, 0), [en, ar]);
    now = h(2026, 12, 2, 12, 0);
    harness.telegram.failNext("sendMessage", { status: 502, chatId: en.chatId });
    expect(await tick()).toMatchObject({ sent: 1, retrying: 1 });
    // No tick until the evening (the bot was down); the coordinator cancels and changes her mind.
    now = h(2026, 12, 2, 22, 0);
    await api("POST", `/sessions/${session.id}/cancel`);
    now = h(2026, 12, 2, 22, 10);
    expect((await api("PATCH", `/sessions/${session.id}`, { cancelled: false })).body.noticesQueued).toBe(0);
    now = h(2026, 12, 3, 8, 0);
    expect(await tick()).toMatchObject({ sent: 1 });
    expect(news(en)).toEqual([`🔔 Reminder: “Finnish en”\n🗓 ${formatDateTime(h(2026, 12, 3, 12, 0), "en")}\n📍 Kirkkokatu 1, Lahti\nAre you coming?`]);
    expect(news(ar)).toHaveLength(1);
  });
});

describe("a parent who answered “I cannot come”", () => {
  it("gets no further “are you coming?” for that meeting; “I can come after all” stays possible", async () => {
    const { en, ar } = await parents();
    const start = h(2026, 12, 4, 12, 0);
    const { session } = await meeting(start, [en, ar], { [ar.id]: 2 });

    // The childcare confirmation, two days before: the Arabic-speaking mother cannot come.
    now = h(2026, 12, 2, 12, 0);
    expect(await tick()).toMatchObject({ sent: 1 });
    // (Its 🔊 button, where the language can be heard, is tested in test/features/audio.)
    expect(ar.chat.buttons().filter((b) => !b.callback_data.startsWith("au:")).map((b) => b.text)).toEqual([expect.stringMatching(/^نعم، /), "تغيير العدد ✏️", "لا أستطيع الحضور ❌"]);
    expect(await ar.chat.tap("لا أستطيع الحضور ❌")).toEqual(["شكرًا لأنك أخبرتنا. هذه المرة سيكون مكانك ورعاية الأطفال متاحين لغيرك."]);
    expect(ar.chat.buttons()).toEqual([{ text: "أستطيع الحضور الآن ✅", callback_data: `rsvp:y:${session.id}:0` }]);

    // The day before: only the other parent is asked; then he cannot come either (on a reminder).
    now = h(2026, 12, 3, 12, 0);
    expect(await tick()).toMatchObject({ sent: 1 });
    expect(news(ar)).toHaveLength(2); // the confirmation and the thanks
    expect(await en.chat.tap("❌ I cannot come")).toEqual(["Thank you for telling us. Your place and the childcare are free for others this time."]);
    expect(en.chat.buttons().map((b) => b.text)).toEqual(["✅ I can come after all"]);
    const items = (await reminders(session.id)).items;
    expect(items.filter((i: { participantId: number }) => i.participantId === ar.id).map((i: Record<string, unknown>) => [i.kind, i.status, i.note])).toEqual([
      ["childcare", "sent", null],
      ["day-before", "skipped", "declined"],
    ]);
    // Nothing planned for either of them any more.
    expect(items.filter((i: { status: string }) => i.status === "planned")).toEqual([]);

    // A new place: both are told, but not asked again; the notice offers the way back.
    now = h(2026, 12, 3, 13, 0);
    expect((await api("PATCH", `/sessions/${session.id}`, { place: "Kirkkokatu 3, Lahti" })).body).toMatchObject({ version: 1, noticesQueued: 2 });
    expect(await tick()).toMatchObject({ sent: 2 });
    expect(en.chat.texts().at(-1)).toBe(
      `🔄 “Finnish en” has moved. The new time and place:\n🗓 ${formatDateTime(start, "en")}\n📍 Kirkkokatu 3, Lahti\nYou told us you cannot come. If you can come after all, tap the button.`,
    );
    expect(en.chat.buttons()).toEqual([{ text: "✅ I can come after all", callback_data: `rsvp:y:${session.id}:1` }]);
    expect(ar.chat.texts().at(-1)).toContain("أخبرتنا أنك لا تستطيع الحضور.");

    // She can come after all: the two-hour reminder reaches her, not him.
    expect(await ar.chat.tap("أستطيع الحضور الآن ✅")).toEqual(["شكرًا لك! نراك هناك."]);
    now = h(2026, 12, 4, 10, 0);
    expect(await tick()).toMatchObject({ sent: 1 });
    expect(ar.chat.texts().at(-1)!.replace(/^[^\p{L}]+/u, "")).toMatch(/^تذكير/u);
    expect(en.chat.texts().at(-1)).toMatch(/^🔄/);
    expect((await api("GET", `/sessions/${session.id}/attendance`)).body).toMatchObject({ coming: 1, notComing: 1 });
    const childcare = (await api("GET", `/sessions/${session.id}/childcare`)).body;
    expect(childcare).toMatchObject({ totalChildren: 2 });
    const events = await testDb.database.db.select().from(outbox);
    expect(events.map((e) => (e.payload as { participantId: number }).participantId).sort()).toEqual([en.id, ar.id].sort());
  });

  it("counts only for the time it was given: after a move the parent is asked again", async () => {
    const { en, ar } = await parents();
    const { session } = await meeting(h(2026, 12, 4, 12, 0), [en, ar]);
    now = h(2026, 12, 3, 12, 0);
    await tick();
    await en.chat.tap("❌ I cannot come");
    now = h(2026, 12, 3, 13, 0);
    const friday = h(2026, 12, 5, 12, 0);
    await api("PATCH", `/sessions/${session.id}`, { startsAt: iso(friday), endsAt: iso(h(2026, 12, 5, 14, 0)) });
    await tick();
    expect(en.chat.texts().at(-1)).toMatch(/Are you coming\?$/);
    const attendance = (await api("GET", `/sessions/${session.id}/attendance`)).body;
    expect(attendance).toMatchObject({ coming: 0, notComing: 0, items: [{ participantId: en.id, response: "not_coming", current: false }] });
    now = h(2026, 12, 4, 12, 0);
    expect(await tick()).toMatchObject({ sent: 2 });
  });
});

describe("a chat that answers 403 in a batch", () => {
  it("gets nothing more in that batch; the others get theirs", async () => {
    const { en, ar } = await parents();
    const start = h(2026, 12, 3, 12, 0);
    const one = (await meeting(start, [en, ar])).session;
    const two = (await meeting(start, [en, ar])).session;
    const three = (await meeting(h(2026, 12, 5, 12, 0), [en, ar])).session;
    now = h(2026, 12, 2, 12, 0);
    await api("POST", `/sessions/${three.id}/cancel`); // a notice for the same chats in the same batch
    harness.telegram.failNext("sendMessage", { status: 403, description: "Forbidden: bot was blocked by the user", chatId: en.chatId });

    const result = await tick();
    expect(result).toMatchObject({ sent: 3, failed: 1, unreachable: 1, skipped: 2 });
    const tried = harness.telegram.calls.filter((c) => c.method === "sendMessage" && c.payload.chat_id === en.chatId);
    expect(tried).toHaveLength(en.onboarding + 1); // one call in the batch
    expect(news(ar)).toHaveLength(3);
    const mine = async (id: number) => (await reminders(id)).items.filter((i: { participantId: number; id: number | null }) => i.participantId === en.id && i.id !== null);
    const rows = [...(await mine(one.id)), ...(await mine(two.id)), ...(await mine(three.id))].map((i) => [i.kind, i.status, i.note, i.attempts]);
    // The notice went first (and was refused); the reminders were never tried.
    expect(rows).toEqual([
      ["day-before", "skipped", "unreachable", 0],
      ["day-before", "skipped", "unreachable", 0],
      ["cancelled", "failed", "blocked", 1],
    ]);
    const [p] = await testDb.database.db.select().from(participants).where(eq(participants.id, en.id));
    expect(p!.reachable).toBe(false);
  });
});

describe("after a restart", () => {
  it("a reminder's attempt count says how many times it was really tried", async () => {
    const { en, ar } = await parents();
    const { session } = await meeting(h(2026, 12, 3, 12, 0), [en, ar]);
    const db = testDb.database.db;
    for (const id of [703, 704, 705]) {
      const chat = harness.user(id, "ar");
      await chat.onboard("العربية");
      const p = (await findParticipantByTelegramId(db, id))!;
      await enrolParticipant(db, { participantId: p.id, moduleId: session.moduleId, children: 0, now });
    }

    // The first sender sends two, hangs on the third call and is gone: the process died.
    now = h(2026, 12, 2, 12, 0);
    let calls = 0;
    let inFlight: number | undefined;
    const dyingFetch: typeof fetch = (input, init) => {
      if (++calls !== 3) return harness.telegram.fetch(input, init);
      inFlight = JSON.parse(String(init?.body)).chat_id;
      return new Promise<Response>(() => {});
    };
    const dying = testDb.url ? await openDatabase({ url: testDb.url, poolSize: 2 }) : await openDatabase({ pglite: testDb.pglite });
    void runReminderTick(sender(dying, { api: new Api(TEST_TOKEN, { fetch: dyingFetch }), concurrency: 1 }));
    for (let i = 0; i < 200 && calls < 3; i++) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 100));
    let next: Database;
    if (testDb.url) {
      await dying.close().catch(() => {});
      next = await openDatabase({ url: testDb.url, poolSize: 2 });
    } else {
      next = await openDatabase({ pglite: testDb.pglite });
    }
    // Before the restart's tick: two tried once, one tried once (in flight), two never.
    const before = (await reminders(session.id)).items.filter((i: { id: number | null }) => i.id !== null);
    expect(before.map((i: { attempts: number }) => i.attempts).sort()).toEqual([0, 0, 1, 1, 1]);

    expect(await runReminderTick(sender(next, { concurrency: 1 }))).toMatchObject({ sent: 3 });
    if (testDb.url) await next.close();
    const sent = (await reminders(session.id)).items.filter((i: { status: string }) => i.status === "sent");
    expect(sent).toHaveLength(5);
    const chatOf = new Map((await db.select().from(participants)).map((p) => [p.id, p.chatId]));
    // The one in flight when the process died was tried twice; every other once.
    for (const item of sent) expect(item.attempts, `participant ${item.participantId}`).toBe(chatOf.get(item.participantId) === inFlight ? 2 : 1);
  });

  it("a reminder refused by Telegram and sent after a restart says two", async () => {
    const { en, ar } = await parents();
    const { session } = await meeting(h(2026, 12, 3, 12, 0), [en, ar]);
    now = h(2026, 12, 2, 12, 0);
    harness.telegram.failNext("sendMessage", { status: 502, chatId: ar.chatId });
    expect(await tick()).toMatchObject({ sent: 1, retrying: 1 });
    // A new process (a new handle on the same database) takes over a minute later.
    const next = testDb.url ? await openDatabase({ url: testDb.url, poolSize: 2 }) : await openDatabase({ pglite: testDb.pglite });
    now = h(2026, 12, 2, 12, 1);
    expect(await runReminderTick(sender(next))).toMatchObject({ sent: 1 });
    if (testDb.url) await next.close();
    const items = (await reminders(session.id)).items.filter((i: { id: number | null }) => i.id !== null);
    expect(items.map((i: Record<string, unknown>) => [i.participantId, i.status, i.attempts])).toEqual(
      expect.arrayContaining([
        [en.id, "sent", 1],
        [ar.id, "sent", 2],
      ]),
    );
    expect(news(ar).at(-1)).toMatch(/^🔔 تذكير/u);
  });
});

describe("changes while several senders tick", () => {
  it("leave every participant's last message about the meeting true, each message sent once", async () => {
    const db = testDb.database.db;
    const title = Object.fromEntries(LOCALE_CODES.map((l) => [l, `Finnish ${l}`]));
    const module = await createModule(db, { code: "race", title, description: title, regions: [], tags: [], instructionLanguages: [], capacity: 100, childcare: false });
    const start = h(2026, 12, 3, 12, 0);
    const session = await createSession(db, module.id, { startsAt: start, endsAt: h(2026, 12, 3, 18, 0), place: "Kirkkokatu 1", childcareSeats: 0 });
    const people = await db
      .insert(participants)
      .values(Array.from({ length: 40 }, (_, i) => ({ telegramUserId: 900_000 + i, chatId: 900_000 + i, locale: i % 2 ? "ar" : "en", consentStatus: "accepted" as const })))
      .returning();
    for (const p of people) await enrolParticipant(db, { participantId: p.id, moduleId: module.id, children: 0, now });
    now = h(2026, 12, 2, 12, 0); // the day-before reminder is due

    // On PostgreSQL three processes' pools; on PGlite the one process.
    const handles: Database[] = testDb.url ? await Promise.all([1, 2, 3].map(() => openDatabase({ url: testDb.url!, poolSize: 3 }))) : [testDb.database];
    let changing = true;
    try {
      const senders = handles.map(async (handle) => {
        while (changing) {
          await runReminderTick(sender(handle, { concurrency: 8 }));
          await new Promise((r) => setTimeout(r, 3));
        }
      });
      const final = h(2026, 12, 3, 16, 0);
      // The first change comes while the day-before reminders are going out, the others
      // at gaps that let some notices leave and catch others waiting.
      for (let i = 0; i < 400 && harness.telegram.sent().length < 10; i++) await new Promise((r) => setTimeout(r, 2));
      const changes: [number, object][] = [
        [0, { startsAt: iso(h(2026, 12, 3, 14, 0)) }],
        [40, { startsAt: iso(h(2026, 12, 3, 15, 0)) }],
        [5, { cancelled: true }],
        [60, { cancelled: false, startsAt: iso(final) }],
      ];
      for (const [gap, body] of changes) {
        await new Promise((r) => setTimeout(r, gap));
        expect((await api("PATCH", `/sessions/${session.id}`, body)).status).toBe(200);
      }
      changing = false;
      await Promise.all(senders);
      for (let i = 0; i < 3; i++) await tick({ concurrency: 8 });

      const rows = (await reminders(session.id)).items.filter((i: { id: number | null }) => i.id !== null);
      for (const p of people) {
        const texts = harness.telegram.sentTexts(p.chatId);
        const locale = p.locale as "en" | "ar";
        expect(texts.length, `participant ${p.id}`).toBeGreaterThan(0);
        // The last word is the meeting as it is: on, at the final time.
        expect(texts.at(-1), `participant ${p.id}`).toContain(formatDateTime(final, locale));
        expect(texts.at(-1)).not.toMatch(/^❗|^تم إلغاء/u);
        // Every message sent is one row sent: nothing went twice.
        expect(rows.filter((r: { participantId: number; status: string }) => r.participantId === p.id && r.status === "sent")).toHaveLength(texts.length);
      }
    } finally {
      changing = false;
      if (testDb.url) await Promise.all(handles.map((h) => h.close()));
    }
  });

  it("a reminder planned for the time before a change is not taken for sending after it", async () => {
    const { en, ar } = await parents();
    const { session } = await meeting(h(2026, 12, 3, 12, 0), [en, ar]);
    now = h(2026, 12, 2, 12, 0);
    const db = testDb.database.db;
    // A sender planned the day-before reminders of version 0 …
    const recipients = await findRecipients(db, h(2026, 12, 1, 0, 0), h(2026, 12, 6, 0, 0));
    const { due } = planReminders(recipients, new Set(), now);
    expect(due.map((d) => [d.kind, d.version])).toEqual([["day-before", 0], ["day-before", 0]]);
    // … the meeting moved before it claimed them: it takes none, and tells the new time.
    const moved = await db.transaction((tx) => changeSession(tx, session.id, { startsAt: h(2026, 12, 3, 15, 0), endsAt: h(2026, 12, 3, 17, 0) }, now, DEFAULT_POLICY));
    expect(moved).toMatchObject({ ok: true, noticesQueued: 2 });
    expect((await claimReminders(db, due)).size).toBe(0);
    expect(await tick()).toMatchObject({ sent: 2 });
    expect(news(en)).toEqual([expect.stringMatching(/^🔄/)]);
  });

  it("two changes at once take turns: each gets its own version", async () => {
    const { en, ar } = await parents();
    const { session } = await meeting(h(2026, 12, 3, 12, 0), [en, ar]);
    const [a, b] = await Promise.all([
      api("PATCH", `/sessions/${session.id}`, { startsAt: iso(h(2026, 12, 3, 13, 0)) }),
      api("PATCH", `/sessions/${session.id}`, { place: "Kirkkokatu 3" }),
    ]);
    expect([a.body.version, b.body.version].sort()).toEqual([1, 2]);
    await tick();
    // The first notice was outdated before it left: one notice each, with both changes.
    expect(news(en)).toEqual([`🔄 “Finnish en” has moved. The new time and place:\n🗓 ${formatDateTime(h(2026, 12, 3, 13, 0), "en")}\n📍 Kirkkokatu 3\nAre you coming?`]);
    expect(news(ar)).toHaveLength(1);
  });
});
