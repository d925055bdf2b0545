import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Answers } from "../../../src/features/survey/flow.js";
import { loadAnswers } from "../../../src/features/survey/repository.js";
import { findParticipantByTelegramId } from "../../../src/participants/repository.js";
import { startTestBot, type TestBot, type TestChat } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

let testDb: TestDatabase;
let harness: TestBot;

beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(async () => {
  await testDb.close();
});
beforeEach(async () => {
  await testDb.reset();
  harness = await startTestBot(testDb.database.db);
});

async function answersOf(chat: TestChat): Promise<Answers> {
  const p = await findParticipantByTelegramId(testDb.database.db, chat.user.id);
  return p ? loadAnswers(testDb.database.db, p.id) : {};
}

/** Language, consent, and the first question on screen. */
async function begin(chat: TestChat, language: string, accept: RegExp, start: RegExp): Promise<void> {
  await chat.send("/start");
  await chat.tap(language);
  await chat.tap(accept);
  await chat.tap(start);
}

describe("the survey in the chat", () => {
  it("stores each answer the moment it is given, through buttons, numbers and text", async () => {
    const chat = harness.user(101, "en");
    await begin(chat, "English", /I agree/, /Start the questions/);
    expect(chat.texts().at(-1)).toContain("Where do you live?");

    await chat.tap("Kanta-Häme (Hämeenlinna area)");
    expect(await answersOf(chat)).toEqual({ region: "kanta-hame" });

    await chat.tap("1 to 3 years");
    await chat.tap(/Arabic/);
    await chat.tap(/Somali/);
    // The ticks show on the same message before Done.
    expect(chat.buttons().filter((b) => b.text.startsWith("✅")).map((b) => b.text)).toEqual(["✅ Arabic", "✅ Somali"]);
    expect(await answersOf(chat)).not.toHaveProperty("languages");
    await chat.tap(/Done/);
    expect((await answersOf(chat)).languages).toEqual(["ar", "so"]);

    await chat.tap("A few words");
    await chat.tap("Not at all");
    await chat.tap("Yes");
    await chat.tap("A little");
    // School years are ranges on buttons now.
    expect(chat.texts().at(-1)).toContain("How many years did you go to school?");
    const reply = await chat.tap("7–9 years");
    expect(reply.at(-1)).toContain("What is your highest education?");
    expect(chat.buttons().map((b) => b.text)).toEqual(expect.arrayContaining(["Only a religious school", "Some years of primary school"]));
    expect((await answersOf(chat))["school-years"]).toBe("7-9");
    await chat.tap("Some years of primary school");
    expect(chat.texts().at(-1)).toContain("All work counts: also work without pay");
  });

  it("re-asks politely on wrong input and loses nothing", async () => {
    const chat = harness.user(102, "en");
    await begin(chat, "English", /I agree/, /Start the questions/);
    await chat.tap("Somewhere else");

    // Text where a button is expected.
    let reply = await chat.send("I live in Lahti");
    expect(reply).toHaveLength(1);
    expect(reply[0]).toMatch(/^Please use the buttons under the question\.\n\nQuestion 2 of \d+\n\nHow long have you lived in Finland\?/);
    // A sticker.
    reply = await chat.sendMessage({ sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } });
    expect(reply[0]).toMatch(/^Please use the buttons/);
    // A 5,000-character message.
    reply = await chat.send("x".repeat(5000));
    expect(reply[0]).toMatch(/^Please use the buttons/);
    expect(await answersOf(chat)).toEqual({ region: "other" });

    // Walk to the number question and give nonsense there.
    for (const label of ["More than 3 years"]) await chat.tap(label);
    await chat.tap(/English/);
    await chat.tap(/Done/);
    for (const label of ["Well", "Not at all", "Yes", "Yes"]) await chat.tap(label);
    reply = await chat.send("8");
    expect(reply[0]).toMatch(/^Please use the buttons under the question\.\n\nQuestion \d+ of \d+\n\nHow many years did you go to school\?/);
    const answers = await answersOf(chat);
    expect(answers).not.toHaveProperty("school-years");
    expect(Object.keys(answers)).toHaveLength(7);
  });

  it("answers a stale button from an old message and shows the current question", async () => {
    const chat = harness.user(103, "en");
    await begin(chat, "English", /I agree/, /Start the questions/);
    const firstQuestion = chat.lastMessage();
    await chat.tap("Somewhere else");
    await chat.tap("Less than 1 year");
    const reply = await chat.press("sv:a:region:kanta-hame", firstQuestion);
    expect(chat.toasts().at(-1)).toBe("This button is from an older message. Here is your question now.");
    expect(reply.at(-1)).toContain("Which languages do you speak?");
    expect((await answersOf(chat)).region).toBe("other");
    // Tampered callback data.
    await chat.press("sv:zz:nonsense:data:more");
    expect(chat.toasts().at(-1)).toBe("This button is from an older message. Here is your question now.");
  });

  it("does not start the survey from an old message's answer button when nobody asked for it", async () => {
    const chat = harness.user(106, "en");
    await chat.send("/start");
    await chat.tap("English");
    await chat.tap(/I agree/);
    // Consented, survey not started: a press of question 1's answer (an old message's, or forged).
    const reply = await chat.press("sv:a:region:kanta-hame");
    expect(chat.toasts().at(-1)).toBe("This button is from an older message. Please choose again from the menu.");
    expect(reply.join("\n")).not.toContain("How long have you lived in Finland?");
    expect(await answersOf(chat)).toEqual({});
    expect((await findParticipantByTelegramId(testDb.database.db, 106))?.surveyStatus).toBe("not_started");
  });

  it("goes back to change the previous answer, then continues where it was", async () => {
    const chat = harness.user(104, "en");
    await begin(chat, "English", /I agree/, /Start the questions/);
    await chat.tap("Somewhere else");
    await chat.tap("Less than 1 year");
    const reply = await chat.tap(/Back/);
    expect(reply.at(-1)).toContain("How long have you lived in Finland?");
    await chat.tap("More than 3 years");
    expect(chat.texts().at(-1)).toContain("Which languages do you speak?");
    expect(await answersOf(chat)).toEqual({ region: "other", "years-in-fi": "over-3" });
  });

  it("asks about children once, with ages, then daycare and childcare only of parents of small children, and forgets those when that changes", async () => {
    const chat = harness.user(105, "en");
    await begin(chat, "English", /I agree/, /Start the questions/);
    const p = await findParticipantByTelegramId(testDb.database.db, 105);
    const { saveAnswer } = await import("../../../src/features/survey/repository.js");
    // Jump ahead: answers before "kids" stored as if given.
    const given = { region: "other", "years-in-fi": "over-3", languages: ["ar"], finnish: "none", swedish: "none", "read-own": "yes", "read-latin": "yes", "school-years": "7-9", education: "basic", worked: false, situation: ["working"] } as const;
    for (const [q, v] of Object.entries(given)) await saveAnswer(testDb.database.db, p!.id, q, v as never);
    await chat.send("/survey");
    expect(chat.texts().at(-1)).toContain("Which children live with you?");
    // Two children of 3–6, then one taken away again, and one of 7–12.
    await chat.tap(/^➕ 🧒 3–6 years/);
    await chat.tap(/^➕ 🧒 3–6 years/);
    expect(chat.buttons().map((b) => b.text)).toContain("➕ 🧒 3–6 years: 2");
    const minus = chat.buttons().find((b) => b.callback_data === "sv:m:kids:3-6")!;
    await chat.press(minus.callback_data, chat.lastMessage());
    await chat.tap(/^➕ 🧒 7–12 years/);
    expect(await answersOf(chat)).not.toHaveProperty("kids");
    await chat.tap(/Done/);
    expect((await answersOf(chat)).kids).toEqual(["3-6", "7-12"]);
    expect(chat.texts().at(-1)).toContain("Does your child have a daycare place");
    await chat.tap("📝 I have applied");
    expect(chat.texts().at(-1)).toContain("Do you need childcare");
    await chat.tap("🧸 Yes");
    expect((await answersOf(chat)).childcare).toBe("yes");

    // Back to the children: only an older child now, so daycare and childcare go.
    for (let i = 0; i < 3; i++) await chat.tap(/Back/);
    expect(chat.texts().at(-1)).toContain("Which children live with you?");
    // The earlier answer is shown ticked, as it was.
    expect(chat.buttons().map((b) => b.text)).toContain("➕ 🧒 3–6 years: 1");
    await chat.press("sv:m:kids:3-6", chat.lastMessage());
    await chat.tap(/Done/);
    const answers = await answersOf(chat);
    expect(answers.kids).toEqual(["7-12"]);
    expect(answers).not.toHaveProperty("childcare");
    expect(answers).not.toHaveProperty("daycare");
    expect(chat.texts().at(-1)).toContain("What do you want?");

    // "No children live with me" is one tap.
    await chat.tap(/Back/);
    await chat.tap("No children live with me");
    expect((await answersOf(chat)).kids).toEqual([]);
  });

  it("asks the integration language in a bilingual region and the interpreter's language, with Pashto, Sorani and Tigrinya offered", async () => {
    const chat = harness.user(108, "en");
    await begin(chat, "English", /I agree/, /Start the questions/);
    await chat.tap("Ostrobothnia (Vaasa area)");
    expect(chat.texts().at(-1)).toContain("In your region, integration training is in Finnish or in Swedish.");
    await chat.tap("Swedish");
    await chat.tap("Less than 1 year");
    expect(chat.buttons().map((b) => b.text)).toEqual(expect.arrayContaining(["▫️ Pashto", "▫️ Kurdish (Sorani)", "▫️ Kurdish (Kurmanji)", "▫️ Tigrinya", "▫️ Amharic", "▫️ Lingala", "▫️ Kinyarwanda"]));
    // The retired "Kurdish" is not offered any more.
    expect(chat.buttons().map((b) => b.text)).not.toContain("▫️ Kurdish");
    expect((await answersOf(chat))["int-lang"]).toBe("sv");
  });

  it("ends with a summary where any answer can be changed, then /profile shows and changes them", async () => {
    const chat = harness.user(106, "en");
    await begin(chat, "English", /I agree/, /Start the questions/);
    await answerEverything(chat);
    expect(chat.texts().at(-1)).toMatch(/^Your answers\. Is everything right\?/);
    expect(chat.texts().at(-1)).toContain("• Age: (skipped)");

    await chat.tap(/Change an answer/);
    await chat.tap("Where you live");
    expect(chat.texts().at(-1)).toContain("Where do you live?");
    await chat.tap("Ostrobothnia (Vaasa area)");
    // A bilingual region: its own question comes before the summary.
    expect(chat.texts().at(-1)).toContain("integration training is in Finnish or in Swedish");
    await chat.tap("Finnish");
    expect(chat.texts().at(-1)).toMatch(/^Your answers\./);
    expect(chat.texts().at(-1)).toContain("• Where you live: Ostrobothnia (Vaasa area)");
    const done = await chat.tap(/Everything is right/);
    expect(done[0]).toMatch(/^Thank you! Your answers are saved\./);
    const p = await findParticipantByTelegramId(testDb.database.db, 106);
    expect(p?.surveyStatus).toBe("completed");

    const profile = await chat.send("/profile");
    expect(profile[0]).toContain("• Where you live: Ostrobothnia (Vaasa area)");
    await chat.tap(/Change an answer/);
    await chat.tap("Interpreter");
    await chat.tap("No");
    expect(chat.texts().at(-1)).toMatch(/^Your answers:/);
    expect(chat.texts().at(-1)).toContain("• Interpreter: No");
    expect((await answersOf(chat)).interpreter).toBe(false);
  });

  it("refuses survey buttons and /profile before consent", async () => {
    const chat = harness.user(107, "en");
    await chat.onboard("English", "decline");
    const reply = await chat.press("sv:a:region:other");
    expect(reply[0]).toMatch(/^Before the questions: about your data\./);
    await chat.send("/profile");
    expect(await answersOf(chat)).toEqual({});
  });
});

/** Answers every question with the first option (or a plausible value), skipping what can be skipped. */
export async function answerEverything(chat: TestChat): Promise<void> {
  for (let guard = 0; guard < 60; guard++) {
    const last = chat.texts().at(-1) ?? "";
    if (/^Your answers\. Is everything right\?|Kaikki vastauksesi|ملخص/.test(last) || !/\d/.test(last)) return;
    const buttons = chat.buttons();
    const skip = buttons.find((b) => b.callback_data.startsWith("sv:s:"));
    const toggle = buttons.find((b) => b.callback_data.startsWith("sv:t:"));
    const answer = buttons.find((b) => b.callback_data.startsWith("sv:a:"));
    if (skip) await chat.press(skip.callback_data, chat.lastMessage());
    else if (toggle) {
      await chat.press(toggle.callback_data, chat.lastMessage());
      await chat.tap(/Done|✔️/);
    } else if (answer) await chat.press(answer.callback_data, chat.lastMessage());
    else await chat.send("1");
  }
  throw new Error("the survey did not end");
}

describe("characters that cannot be stored", () => {
  it("answers a lone surrogate in a text answer with a polite re-ask, stores nothing, and does not fail the update", async () => {
    const { participantInSurvey } = await import("../../support/participants.js");
    await participantInSurvey(testDb.database.db, 150);
    const chat = harness.user(150, "en");
    // A faulty client can send half of a character (here half of an emoji) in valid JSON.
    const reply = await chat.send("I cleaned offices \ud83d");
    expect(reply[0]).toMatch(/^Some characters in your message could not be read\. Please write it again\.\n\n/);
    expect(reply[0]).toContain("What work have you done?");
    expect((await answersOf(chat))["work-field"]).toBeUndefined();
    expect((await chat.send("I cleaned offices 🧹"))[0]).not.toMatch(/could not be read/);
    expect((await answersOf(chat))["work-field"]).toBe("I cleaned offices 🧹");
  });
});
