import type { Message } from "grammy/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { anonymousCounts } from "../../../src/db/schema.js";
import { createModule, createSession } from "../../../src/features/modules/catalogue.js";
import { enrolParticipant, participantEnrolments } from "../../../src/features/modules/enrolment.js";
import { loadAnswers } from "../../../src/features/survey/repository.js";
import { LOCALE_CODES } from "../../../src/i18n/locales.js";
import { findParticipantByTelegramId } from "../../../src/participants/repository.js";
import { startTestBot, type TestBot, type TestChat } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";
import { everyRowMentioning } from "../../support/tables.js";

const NOW = new Date("2026-12-01T08:00:00Z");
const WORDS = "Zr8k I clean offices at night";
let testDb: TestDatabase;
let harness: TestBot;

beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(() => testDb.close());
beforeEach(async () => {
  await testDb.reset();
  harness = await startTestBot(testDb.database.db, {}, undefined, () => NOW);
});

const db = () => testDb.database.db;
const rtlLine = /^[\u0600-\u06FF]/u;

/**
 * Someone who agreed, answered the questions up to the free-text one (with `WORDS`), holds
 * a course place and wrote to a counsellor. Returns the message carrying the privacy notice.
 */
async function agreedWithData(chat: TestChat, language: string, accept: RegExp): Promise<Message> {
  await chat.send("/start");
  await chat.tap(language);
  const notice = chat.lastMessage();
  await chat.tap(accept);
  const p = (await findParticipantByTelegramId(db(), chat.user.id))!;
  const { saveAnswer } = await import("../../../src/features/survey/repository.js");
  await saveAnswer(db(), p.id, "region", "paijat-hame");
  await saveAnswer(db(), p.id, "work-field", WORDS);
  const title = Object.fromEntries(LOCALE_CODES.map((l) => [l, "Finnish"]));
  const module = await createModule(db(), { code: `course-${String.fromCharCode(97 + (chat.user.id % 26))}`, title, description: title, regions: [], tags: ["language"], instructionLanguages: [], capacity: 5, childcare: false });
  await createSession(db(), module.id, { startsAt: new Date("2026-12-02T08:00:00Z"), endsAt: new Date("2026-12-02T10:00:00Z"), place: "Lahti", childcareSeats: 0 });
  await enrolParticipant(db(), { participantId: p.id, moduleId: module.id, children: 0, now: NOW });
  await chat.send("/counsellor");
  await chat.send(`Hello, ${WORDS}`);
  await chat.send("/end");
  return notice;
}

async function expectErased(telegramId: number) {
  expect(await findParticipantByTelegramId(db(), telegramId)).toBeUndefined();
  // No table holds their words or their Telegram identity any more.
  expect(await everyRowMentioning(testDb.database, "Zr8k")).toEqual([]);
  expect(await everyRowMentioning(testDb.database, String(telegramId), { except: ["pending_replies"] })).toEqual([]);
  const counts = Object.fromEntries((await db().select().from(anonymousCounts)).map((c) => [c.metric, c.value]));
  expect(counts["participants.erased_on_withdrawal"]).toBe(1);
}

describe("withdrawing consent", () => {
  it("on the old notice message: says what will happen, keeps everything on 'No', erases as /delete does on 'Yes'", async () => {
    const chat = harness.user(1201, "en");
    const notice = await agreedWithData(chat, "English", /I agree/);
    const p = (await findParticipantByTelegramId(db(), 1201))!;

    const asked = await chat.press("consent:no", notice);
    expect(asked).toEqual([
      [
        "You agreed before.",
        "If you do not agree now, we will delete all your data:",
        "your answers, your courses and places on waiting lists, and your messages with counsellors.",
        "We keep only numbers without names, for the project's statistics.",
        "This cannot be undone. Do you want this?",
      ].join("\n"),
    ]);
    expect(chat.buttons().map((b) => b.text)).toEqual(["🗑 Yes, delete my data", "↩️ No, go back"]);
    // Nothing has happened yet: no "we did not save any answers" while they are stored.
    expect(await loadAnswers(db(), p.id)).toMatchObject({ "work-field": WORDS });

    const kept = await chat.tap("↩️ No, go back");
    expect(kept[0]).toMatch(/^Okay\. Nothing was deleted\. Your agreement stays as it was\.(\n\n|$)/);
    expect(await findParticipantByTelegramId(db(), 1201)).toMatchObject({ consentStatus: "accepted" });
    expect(await participantEnrolments(db(), p.id)).toHaveLength(1);

    await chat.press("consent:no", notice);
    const done = await chat.tap("🗑 Yes, delete my data");
    expect(done).toEqual(["You do not agree any more, so we deleted your data. Thank you.\nYou can still read general information and talk to a person: write /start."]);
    await expectErased(1201);
  });

  it("when a new notice asks again: 'No, go back' shows the notice again; 'Yes' erases", async () => {
    const chat = harness.user(1202, "en");
    await agreedWithData(chat, "English", /I agree/);
    const newer = await startTestBot(db(), { privacyNoticeVersion: "2027-01" }, harness.telegram, () => NOW);
    const again = newer.user(1202, "en");
    const reply = await again.send("/survey");
    expect(reply[0]).toMatch(/^Our privacy notice has changed\. Please read it and answer again\.\n\nBefore the questions/);

    expect((await again.tap(/I do not agree/))[0]).toMatch(/^You agreed before\.\n/);
    const back = await again.tap("↩️ No, go back");
    expect(back[0]).toMatch(/^Before the questions: about your data\./);
    // Still not agreed to the new notice: nothing goes on before an answer to it.
    expect((await again.send("/survey"))[0]).toMatch(/^Our privacy notice has changed\. Please read it and answer again\./);

    await again.tap(/I do not agree/);
    await again.tap("🗑 Yes, delete my data");
    await expectErased(1202);
  });

  it("in Arabic, right to left, in both places it can happen", async () => {
    const chat = harness.user(1203, "ar");
    const notice = await agreedWithData(chat, "العربية", /أوافق/);
    const asked = await chat.press("consent:no", notice);
    expect(asked[0]).toMatch(/^لقد وافقت من قبل\./);
    for (const line of asked[0]!.split("\n")) expect(line, line).toMatch(rtlLine);
    expect(chat.buttons().map((b) => b.text)).toEqual(["نعم، احذف بياناتي 🗑", "لا، رجوع ↩️"]);
    const done = await chat.tap("نعم، احذف بياناتي 🗑");
    for (const line of done[0]!.split("\n")) expect(line, line).toMatch(rtlLine);
    expect(done[0]).toContain("/start");
    await expectErased(1203);

    // Dari, through a new notice.
    const other = harness.user(1204, "fa");
    await agreedWithData(other, "دری / فارسی", /موافقم/);
    const newer = await startTestBot(db(), { privacyNoticeVersion: "2027-01" }, harness.telegram, () => NOW);
    const again = newer.user(1204, "fa");
    await again.send("/survey");
    const confirm = await again.tap(/موافق نیستم/);
    for (const line of confirm[0]!.split("\n")) expect(line, line).toMatch(rtlLine);
    await again.tap(/معلومات من حذف شود/);
    expect(await findParticipantByTelegramId(db(), 1204)).toBeUndefined();
    expect(await everyRowMentioning(testDb.database, "Zr8k")).toEqual([]);
  });

  it("someone who never agreed and has nothing stored gets the plain answer, which is true", async () => {
    const chat = harness.user(1205, "en");
    await chat.send("/start");
    await chat.tap("English");
    const reply = await chat.tap(/I do not agree/);
    expect(reply[0]).toMatch(/^Okay\. We did not save any answers\./);
    expect(await findParticipantByTelegramId(db(), 1205)).toMatchObject({ consentStatus: "declined" });
  });
});
