import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { appointments, botStorage, escalationMessages, outbox, staff } from "../../../src/db/schema.js";
import { closeEscalation, liveEscalation } from "../../../src/features/handoff/escalations.js";
import { bookAppointment, saveAvailability } from "../../../src/features/appointments/repository.js";
import { formatDateTime } from "../../../src/i18n/format.js";
import { helsinkiTime } from "../../../src/i18n/time.js";
import { findParticipantByTelegramId } from "../../../src/participants/repository.js";
import { startTestBot, type TestBot } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

/**
 * Issue 15: the booking dialog through the real bot (conversations plugin on the drizzle
 * storage, replies deferred to the commit) under a fixed clock: Tuesday 1 December 2026,
 * 12:00 Helsinki time. One counsellor is open Monday to Friday 09–12 at the office, in
 * one-hour slots.
 */
const h = helsinkiTime;
const FSI = "\u2068";
const PDI = "\u2069";

let testDb: TestDatabase;
let harness: TestBot;
let now: Date;
let counsellorId: number;
const clock = () => now;
const deps = { appointmentChangeHours: 24 };

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
    languages: ["fi", "en"],
    slotMinutes: 60,
    homeRegions: [],
    officeAddress: "Kirkkokatu 1, Lahti",
    videoLink: null,
    windows: [1, 2, 3, 4, 5].map((weekday) => ({ kind: "office" as const, weekday, startMinute: 9 * 60, endMinute: 12 * 60 })),
  });
  harness = await startTestBot(db, deps, undefined, clock);
});

const booked = () => testDb.database.db.select().from(appointments);

describe("booking dialog", () => {
  it("books in English across a restart of the bot mid-dialog, with later times", async () => {
    const chat = harness.user(501, "en");
    await chat.onboard("English");
    const kindQuestion = await chat.send("/appointment");
    expect(kindQuestion.at(-1)).toBe("What kind of meeting do you want?");
    expect(chat.buttons().map((b) => b.text)).toEqual(["🏢 At the office", "✖ Stop"]);

    const times = await chat.tap("🏢 At the office");
    expect(times.at(-1)).toBe(`🏢 At the office: choose a time (Finnish time).`);
    const first = formatDateTime(h(2026, 12, 2, 9, 0), "en");
    expect(chat.buttons().map((b) => b.text)).toEqual([
      first,
      formatDateTime(h(2026, 12, 2, 10, 0), "en"),
      formatDateTime(h(2026, 12, 2, 11, 0), "en"),
      formatDateTime(h(2026, 12, 3, 9, 0), "en"),
      "Later times ▶",
      "✖ Stop",
    ]);
    // Words instead of a button: a polite re-ask, the dialog stays where it was.
    const timesMessage = chat.lastMessage();
    expect(await chat.send("tomorrow please")).toEqual(["Please choose with the buttons."]);
    expect(await chat.sendMessage({ sticker: { file_id: "CAACAgI", file_unique_id: "u1", type: "regular", width: 512, height: 512, is_animated: false, is_video: false } })).toEqual([
      "Please choose with the buttons.",
    ]);
    await chat.press("apt:more", timesMessage);
    const later = formatDateTime(h(2026, 12, 3, 10, 0), "en");
    expect(chat.buttons()[0]!.text).toBe(later);
    expect(await chat.tap(later)).toEqual(["Do you need an interpreter?"]);

    // A deploy: a new bot instance on the same database resumes the dialog.
    const restarted = await startTestBot(testDb.database.db, deps, harness.telegram, clock);
    const again = restarted.user(501, "en");
    expect(await again.tap("No interpreter")).toEqual(["What is it about? You can skip this."]);
    expect(await booked()).toHaveLength(0);
    const confirm = await again.tap("Skip");
    const confirmMessage = again.lastMessage();
    expect(confirm.at(-1)).toBe(
      `Please check:\n🏢 At the office\n${later}\nNo interpreter\nNo topic chosen\nShall I book it?`,
    );
    const done = await again.tap("✅ Yes");
    expect(done.at(-1)).toBe(
      `✅ Your meeting is booked.\n🏢 At the office, ${later}\nAddress: Kirkkokatu 1, Lahti`,
    );
    const rows = await booked();
    expect(rows).toMatchObject([{ staffId: counsellorId, kind: "office", status: "booked", interpreterLanguage: null, reason: null }]);
    expect(rows[0]!.startsAt.getTime()).toBe(h(2026, 12, 3, 10, 0).getTime());
    const events = await testDb.database.db.select().from(outbox);
    expect(events.map((e) => e.event)).toEqual(["appointment.booked"]);
    // The answered summary keeps no buttons…
    expect(harness.telegram.messageById(501, confirmMessage.message_id)?.reply_markup).toBeUndefined();
    // …and a second tap on its old "Yes" (a double tap) shows what is booked, never "nothing was booked".
    const second = await again.press("apt:ok", confirmMessage);
    expect(second).toEqual([`Your meetings:\n1. ${later}, 🏢 At the office`]);
    expect(await booked()).toHaveLength(1);
    // "Stop" on an old message of the finished dialog shows what is booked.
    expect((await again.press("apt:x", confirmMessage)).at(-1)).toBe(`Your meetings:\n1. ${later}, 🏢 At the office`);
    // The dialog is over: words go to the rest of the bot again.
    expect(await again.send("hello")).not.toContain("Please choose with the buttons.");
  });

  it("books in Arabic (right to left) with the interpreter language offered first", async () => {
    const chat = harness.user(502, "ar");
    await chat.onboard("العربية");
    await chat.send("/appointment");
    await chat.tap("🏢 في المكتب");
    const time = formatDateTime(h(2026, 12, 2, 9, 0), "ar");
    expect(await chat.tap(time)).toEqual(["هل تحتاج إلى مترجم؟"]);
    expect(chat.buttons().map((b) => b.text)).toEqual(["بدون مترجم", `نعم، ${FSI}العربية${PDI}`, "لغة أخرى", "✖ توقف"]);
    await chat.tap(`نعم، ${FSI}العربية${PDI}`);
    // The summary names the topic chosen.
    expect((await chat.tap("الصحة")).at(-1)).toContain(`الموضوع: ${FSI}الصحة${PDI}`);
    const done = await chat.tap("✅ نعم");
    expect(done.at(-1)).toContain(`${FSI}${time}${PDI}`);
    expect(done.at(-1)!.startsWith("✅ تم حجز موعدك.")).toBe(true);
    expect(await booked()).toMatchObject([{ interpreterLanguage: "ar", reason: "health" }]);
  });

  it("offers a person, with the button, when there are no free times", async () => {
    await saveAvailability(testDb.database.db, counsellorId, { languages: ["fi", "en"], slotMinutes: 60, homeRegions: [], officeAddress: null, videoLink: null, windows: [] });
    const chat = harness.user(508, "en");
    await chat.onboard("English");
    expect(await chat.send("/appointment")).toEqual(["Sorry, there are no free times now. Please try again later, or talk to a person."]);
    expect(chat.buttons().map((b) => b.callback_data)).toEqual(["handoff:open"]);
    await chat.tap(chat.buttons()[0]!.text);
    const participant = (await findParticipantByTelegramId(testDb.database.db, 508))!;
    expect(await liveEscalation(testDb.database.db, participant.id)).toBeDefined();
  });

  it("offers the next times when someone else took the time first", async () => {
    const chat = harness.user(503, "en");
    await chat.onboard("English");
    await chat.send("/appointment");
    await chat.tap("🏢 At the office");
    const first = formatDateTime(h(2026, 12, 2, 9, 0), "en");
    await chat.tap(first);
    await chat.tap("No interpreter");
    await chat.tap("Skip");
    // Another participant books that very slot before this one confirms.
    const other = harness.user(504, "en");
    await other.onboard("English");
    const otherP = await findParticipantByTelegramId(testDb.database.db, 504);
    const result = await bookAppointment(testDb.database.db, { participantId: otherP!.id, staffId: counsellorId, kind: "office", startsAt: h(2026, 12, 2, 9, 0), interpreterLanguage: null, reason: null, now });
    expect(result.ok).toBe(true);
    const answer = await chat.tap("✅ Yes");
    expect(answer.at(-1)).toBe(`Sorry, someone just took that time.\n\n🏢 At the office: choose a time (Finnish time).`);
    expect(chat.buttons()[0]!.text).toBe(formatDateTime(h(2026, 12, 2, 10, 0), "en"));
    await chat.tap(formatDateTime(h(2026, 12, 2, 10, 0), "en"));
    // The answers given before are kept: straight to the confirmation.
    expect((await chat.tap("✅ Yes")).at(-1)).toMatch(/^✅ Your meeting is booked\./);
    expect((await booked()).map((a) => a.startsAt.getTime()).sort()).toEqual([h(2026, 12, 2, 9, 0).getTime(), h(2026, 12, 2, 10, 0).getTime()]);
  });

  it("restarts without a stale booking when a deploy brought a new dialog version", async () => {
    const chat = harness.user(505, "en");
    await chat.onboard("English");
    await chat.send("/appointment");
    await chat.tap("🏢 At the office");
    await chat.tap(formatDateTime(h(2026, 12, 2, 9, 0), "en"));
    // The state as the previous release of the code stored it: another dialog version.
    const stored = await testDb.database.db.select().from(botStorage).where(eq(botStorage.key, "conversation:505"));
    expect(stored).toHaveLength(1);
    await testDb.database.db.execute(sql`update bot_storage set value = jsonb_set(value, '{version,1}', '0'::jsonb) where key = 'conversation:505'`);
    const answer = await chat.tap("No interpreter");
    expect(answer).toEqual(["Let us start the booking again. Nothing was booked yet.\n\nWhat kind of meeting do you want?"]);
    expect(await booked()).toHaveLength(0);
    // The new dialog runs to the end.
    await chat.tap("🏢 At the office");
    await chat.tap(formatDateTime(h(2026, 12, 2, 9, 0), "en"));
    await chat.tap("No interpreter");
    await chat.tap("Skip");
    expect((await chat.tap("✅ Yes")).at(-1)).toMatch(/^✅ Your meeting is booked\./);
    expect(await booked()).toHaveLength(1);
  });

  it("lets a command end the dialog and start what it names", async () => {
    const chat = harness.user(506, "en");
    await chat.onboard("English");
    await chat.send("/appointment");
    await chat.tap("🏢 At the office");
    const timesMessage = chat.lastMessage();
    const help = await chat.send("/help");
    expect(help.join("\n")).toContain("/appointment");
    // Back to the dialog's buttons: the dialog was ended, a press starts it again.
    const slot = chat.buttons(timesMessage)[0]!.callback_data;
    expect((await chat.press(slot, timesMessage)).at(-1)).toContain("What kind of meeting do you want?");
  });

  it("gives way to a counsellor while a dialog is open, and resumes where it was after the chat closes", async () => {
    const chat = harness.user(507, "en");
    await chat.onboard("English");
    await chat.send("/appointment");
    await chat.tap("🏢 At the office");
    const timesMessage = chat.lastMessage();
    await chat.press("handoff:open");
    const participant = (await findParticipantByTelegramId(testDb.database.db, 507))!;
    const escalation = (await liveEscalation(testDb.database.db, participant.id))!;
    expect(escalation).toBeDefined();
    // Words and the dialog's own buttons go to the counsellor, not into the dialog.
    expect(await chat.send("I need help with a letter")).not.toContain("Please choose with the buttons.");
    const relayed = await testDb.database.db.select().from(escalationMessages).where(eq(escalationMessages.escalationId, escalation.id));
    expect(relayed.map((m) => m.text)).toContain("I need help with a letter");
    // A press of the dialog's button meanwhile does not move the dialog on.
    const slot = chat.buttons(timesMessage)[0]!.callback_data;
    expect(await chat.press(slot, timesMessage)).not.toContain("Do you need an interpreter?");
    expect(await booked()).toHaveLength(0);
    await closeEscalation(testDb.database.db, escalation.id, { kind: "participant" });
    // The dialog is still where it was: a time from the same list goes on to the interpreter.
    expect(await chat.press(slot, timesMessage)).toEqual(["Do you need an interpreter?"]);
  });
});

describe("moving and cancelling", () => {
  async function bookFirst(id: number) {
    const chat = harness.user(id, "en");
    await chat.onboard("English");
    await chat.send("/appointment");
    await chat.tap("🏢 At the office");
    await chat.tap(formatDateTime(h(2026, 12, 3, 9, 0), "en"));
    await chat.tap("No interpreter");
    await chat.tap("Skip");
    await chat.tap("✅ Yes");
    return chat;
  }

  it("moves an appointment to another time and cancels it", async () => {
    const chat = await bookFirst(601);
    const list = await chat.send("/appointment");
    expect(list.at(-1)).toBe(`Your meetings:\n1. ${formatDateTime(h(2026, 12, 3, 9, 0), "en")}, 🏢 At the office`);
    await chat.tap("1. Change time");
    // Its own time counts as free for itself; take the one after it.
    expect(chat.buttons()[3]!.text).toBe(formatDateTime(h(2026, 12, 3, 9, 0), "en"));
    await chat.tap("Later times ▶");
    const next = formatDateTime(h(2026, 12, 3, 10, 0), "en");
    const confirm = await chat.tap(next);
    expect(confirm.at(-1)).toMatch(/^Please check the new time:/);
    expect((await chat.tap("✅ Yes")).at(-1)).toMatch(/^✅ Your meeting has a new time\./);
    const [moved] = await booked();
    expect(moved!.startsAt.getTime()).toBe(h(2026, 12, 3, 10, 0).getTime());
    expect(moved!.version).toBe(1);

    await chat.send("/appointment");
    await chat.tap("1. Cancel");
    expect(chat.lastMessage().text).toBe(`Cancel your meeting on ${next}?`);
    expect(await chat.tap("Yes, cancel it")).toEqual([`Your meeting on ${next} is cancelled.`]);
    expect(await booked()).toMatchObject([{ status: "cancelled", cancelledBy: "participant" }]);
    const events = await testDb.database.db.select().from(outbox);
    expect(events.map((e) => e.event)).toEqual(["appointment.booked", "appointment.moved", "appointment.cancelled"]);
  });

  it("refuses to move or cancel within APPOINTMENT_CHANGE_HOURS of the start", async () => {
    const chat = await bookFirst(602);
    const [a] = await booked();
    now = h(2026, 12, 2, 20, 0); // 13 hours before: too late with 24
    const list = await chat.send("/appointment");
    expect(list.at(-1)).toContain("Your meetings:");
    expect(chat.buttons().map((b) => b.text)).toEqual(["📅 Book a meeting"]);
    // An old button still on the screen.
    expect(await chat.press(`apt:cx:${a!.id}`)).toEqual(["It is too late to change this meeting here. Please talk to a person."]);
    expect(await chat.press(`apt:cy:${a!.id}`)).toEqual(["It is too late to change this meeting here. Please talk to a person."]);
    expect(await chat.press(`apt:mv:${a!.id}`)).toEqual(["It is too late to change this meeting here. Please talk to a person."]);
    expect(await booked()).toMatchObject([{ status: "booked" }]);
  });
});
