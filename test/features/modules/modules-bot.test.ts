import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createModule, createSession, PLACE_BY_AGREEMENT } from "../../../src/features/modules/catalogue.js";
import { moduleEnrolments } from "../../../src/features/modules/enrolment.js";
import { LOCALE_CODES } from "../../../src/i18n/locales.js";
import { findParticipantByTelegramId } from "../../../src/participants/repository.js";
import { startTestBot, type TestBot, type TestChat } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

const NOW = new Date("2026-11-23T10:00:00Z");
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

const titled = (en: string, ar: string) => Object.fromEntries(LOCALE_CODES.map((l) => [l, l === "ar" ? ar : l === "en" ? en : `${en} (${l})`]));

async function catalogue() {
  const db = testDb.database.db;
  const finnish = await createModule(db, {
    code: "finnish",
    title: titled("Finnish with children", "الفنلندية مع الأطفال"),
    description: titled("Everyday Finnish; children play next door.", "لغة فنلندية يومية؛ الأطفال يلعبون في الغرفة المجاورة."),
    regions: ["paijat-hame"],
    tags: ["language", "finnish", "group"],
    instructionLanguages: ["fi", "ar"],
    capacity: 1,
    childcare: true,
  });
  const work = await createModule(db, {
    code: "work",
    title: titled("Working life", "الحياة العملية"),
    description: titled("CV and job search.", "السيرة الذاتية والبحث عن عمل."),
    regions: ["paijat-hame"],
    tags: ["work"],
    instructionLanguages: ["fi"],
    capacity: 10,
    childcare: false,
  });
  const elsewhere = await createModule(db, {
    code: "vaasa",
    title: titled("Swedish in Vaasa", "السويدية في فاسا"),
    description: titled("Swedish.", "السويدية."),
    regions: ["ostrobothnia"],
    tags: ["language", "swedish"],
    instructionLanguages: ["sv"],
    capacity: 10,
    childcare: true,
  });
  for (const m of [finnish, work, elsewhere]) {
    await createSession(db, m.id, { startsAt: new Date("2026-12-01T08:00:00Z"), endsAt: new Date("2026-12-01T10:00:00Z"), place: "Kirkkokatu 1, Lahti", childcareSeats: 4 });
  }
  return { finnish, work, elsewhere };
}

/** A participant who has answered everything: Lahti area, little Finnish, wants work, one child under 7 needing childcare. */
async function surveyDone(chat: TestChat, language: string, accept: RegExp) {
  await chat.send("/start");
  await chat.tap(language);
  await chat.tap(accept);
  const p = await findParticipantByTelegramId(testDb.database.db, chat.user.id);
  const { saveAnswer } = await import("../../../src/features/survey/repository.js");
  const answers: Record<string, unknown> = {
    region: "paijat-hame", "years-in-fi": "1-3", languages: ["ar"], finnish: "basics", swedish: "none", "read-own": "yes", "read-latin": "yes",
    "school-years": 9, education: "basic", worked: false, situation: "home", children: 2, "children-under-7": 1, "child-ages": ["3-6", "7-12"],
    childcare: "sometimes", goals: ["work", "language"], times: ["mornings"], coping: "okay", interpreter: true, gender: null,
    // The children above are answers of the earlier survey (read as today's "kids"); these are today's own questions.
    "job-registered": "no", plan: "no", daycare: "applied", "interpreter-lang": "ar",
  };
  for (const [q, v] of Object.entries(answers)) await saveAnswer(testDb.database.db, p!.id, q, v as never);
  await chat.send("/survey");
  // The last question (age group) is open; skip it, then confirm the summary.
  await chat.press("sv:s:age-group", chat.lastMessage());
  return chat.press("sv:ok", chat.lastMessage());
}

describe("from the survey to a course, and back", () => {
  it("a course card names its languages as the survey does, as a natural list, and a place 'by agreement' in the participant's language (Dari and Somali)", async () => {
    const db = testDb.database.db;
    const guidance = await createModule(db, {
      code: "guidance",
      title: titled("One-to-one guidance", "إرشاد فردي"),
      description: titled("You meet a counsellor.", "لقاء مع مرشد."),
      regions: [],
      tags: ["guidance"],
      instructionLanguages: ["prs", "ar", "fi"],
      capacity: 5,
      childcare: false,
    });
    await createSession(db, guidance.id, { startsAt: new Date("2026-12-01T08:00:00Z"), endsAt: new Date("2026-12-01T09:30:00Z"), place: PLACE_BY_AGREEMENT, childcareSeats: 0 });

    const dari = harness.user(510, "fa");
    await dari.onboard("دری / فارسی");
    const faCard = (await dari.press(`mod:v:${guidance.id}`, dari.lastMessage()))[0]!.replace(/[\u2068\u2069]/g, "");
    expect(faCard).toMatch(/زبان‌ها: دری،\u200f? عربی،? و فنلندی/u); // the list as fa-AF writes it; the survey's "دری" and "عربی"; Afghan "فنلندی", not Iran's "فنلاندی"
    expect(faCard).toContain("طبق توافق: در دفتر یا در خانه شما");
    expect(faCard).toContain("دسمبر"); // the date from fa-AF data
    expect(faCard).not.toContain("by-agreement");

    const somali = harness.user(511, "so");
    await somali.onboard("Soomaali");
    const soCard = (await somali.press(`mod:v:${guidance.id}`, somali.lastMessage()))[0]!;
    expect(soCard).toContain("Dari, Carabi iyo Finishka"); // as the survey names Dari, not CLDR's "Faarsi"
    expect(soCard).toContain("Sida lagu heshiiyo: xafiiska ama gurigaaga");
    expect(soCard).toMatch(/ee 10:00/); // 24-hour clock, no "GH"
  });

  it("suggests matching modules with reasons, enrols with childcare, lists in /my, cancels, and the waiting list moves up (English and Arabic)", async () => {
    const { finnish } = await catalogue();
    const amal = harness.user(501, "ar");
    const john = harness.user(502, "en");

    // Arabic participant: survey done → suggestions at once.
    const afterSurvey = await surveyDone(amal, "العربية", /أوافق/);
    expect(afterSurvey.at(-1)).toMatch(/^[\u0600-\u06FF]/);
    const suggested = amal.buttons().map((b) => b.text);
    expect(suggested).toEqual(["الفنلندية مع الأطفال", "الحياة العملية"]);

    await amal.tap("الفنلندية مع الأطفال");
    const card = amal.texts().at(-1)!;
    expect(card).toContain("الفنلندية مع الأطفال");
    expect(card).toContain("Kirkkokatu 1, Lahti");
    for (const line of card.split("\n").filter((l) => /\p{L}/u.test(l))) {
      expect(line.replace(/^[^\p{L}\p{N}]+/u, ""), line).toMatch(/^[\u0600-\u06FF]/);
    }
    await amal.press(`mod:e:${finnish.id}`, amal.lastMessage());
    // Prefilled from the survey: one child under 7 needs care, offered first.
    expect(amal.buttons()[0]!.text).toBe("1 ✓");
    await amal.press(amal.buttons()[0]!.callback_data, amal.lastMessage());
    await amal.press(amal.buttons()[0]!.callback_data, amal.lastMessage()); // confirm
    let live = await moduleEnrolments(testDb.database.db, finnish.id);
    expect(live.map((e) => [e.status, e.childrenBooked])).toEqual([["enrolled", 1]]);

    // English participant: the module is full → waiting list, number 1.
    await surveyDone(john, "English", /I agree/);
    await john.tap("Finnish with children (en)".replace(" (en)", ""));
    expect(john.texts().at(-1)).toContain("The course is full. You can join the waiting list.");
    await john.tap(/Join the waiting list/);
    await john.tap(/^None|✓$/);
    const reply = await john.tap(/Yes, join/);
    expect(reply[0]).toBe("The course is full. You are number 1 on the waiting list. I will tell you when there is a place.");
    const mine = await john.send("/my");
    expect(mine[0]).toContain("Finnish with children: waiting list, number 1");

    // Amal leaves through /my; John moves up and is told, in English.
    await amal.send("/my");
    expect(amal.texts().at(-1)).toMatch(/^[\u0600-\u06FF]/);
    await amal.press(amal.buttons()[0]!.callback_data, amal.lastMessage());
    await amal.press(amal.buttons()[0]!.callback_data, amal.lastMessage());
    live = await moduleEnrolments(testDb.database.db, finnish.id);
    expect(live.map((e) => e.status)).toEqual(["enrolled"]);
    expect(john.texts().at(-1)).toBe("Good news! A place is free. You are now in “Finnish with children”.");
    expect((await john.send("/my"))[0]).toContain("✅ Finnish with children");
  });

  it("answers stale buttons: archived module, already enrolled, someone else's enrolment", async () => {
    const { finnish, work } = await catalogue();
    const chat = harness.user(503, "en");
    await surveyDone(chat, "English", /I agree/);
    await chat.press(`mod:y:${work.id}:0`, chat.lastMessage());
    const again = await chat.press(`mod:y:${work.id}:0`, chat.lastMessage());
    expect(again[0]).toBe("You are already in this course.");
    const { archiveModule } = await import("../../../src/features/modules/catalogue.js");
    await archiveModule(testDb.database.db, finnish.id);
    expect((await chat.press(`mod:v:${finnish.id}`, chat.lastMessage()))[0]).toMatch(/^This course is not available any more\./);
    expect((await chat.press(`mod:y:${finnish.id}:1`, chat.lastMessage()))[0]).toMatch(/^This course is not available any more\./);
    expect((await chat.press("my:xy:99999", chat.lastMessage()))[0]).toMatch(/^This course is not available any more\./);
  });

  it("refuses a forged press that books more childcare seats than the participant's children under 7", async () => {
    const { finnish, work } = await catalogue();
    const chat = harness.user(504, "en");
    await surveyDone(chat, "English", /I agree/); // one child under 7
    const p = (await findParticipantByTelegramId(testDb.database.db, 504))!;
    // Buttons offer 0 and 1; a client can send any number in the button's data.
    for (const data of [`mod:y:${finnish.id}:4`, `mod:c:${finnish.id}:2`]) {
      const reply = await chat.press(data, chat.lastMessage());
      expect(reply).toEqual(["How many of your children need childcare during the meetings?"]);
      expect(chat.buttons().map((b) => b.text)).toEqual(["1 ✓", "None"]);
    }
    expect(await moduleEnrolments(testDb.database.db, finnish.id)).toEqual([]);
    await chat.press(`mod:y:${finnish.id}:1`, chat.lastMessage());
    expect((await moduleEnrolments(testDb.database.db, finnish.id)).map((e) => [e.participantId, e.childrenBooked])).toEqual([[p.id, 1]]);
    // A course without childcare books none, whatever the button says.
    await chat.press(`mod:y:${work.id}:5`, chat.lastMessage());
    expect((await moduleEnrolments(testDb.database.db, work.id)).map((e) => e.childrenBooked)).toEqual([0]);
  });
});
