import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { surveyAnswers } from "../../../src/db/schema.js";
import { findQuestion, type Question } from "../../../src/features/survey/definition.js";
import { saveAnswer } from "../../../src/features/survey/repository.js";
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
  // Today's survey asks nothing to be typed as a number (school years and children are
  // buttons); the number questions of the earlier survey keep the typed-number path tested.
  harness = await startTestBot(testDb.database.db, {}, undefined, undefined, { survey: NUMBER_SURVEY });
});

const NUMBER_SURVEY: readonly Question[] = [
  findQuestion("region")!,
  { id: "children", type: "number", min: 0, max: 15 },
  { id: "children-under-7", type: "number", min: 0, max: 15, maxFromAnswer: "children", when: [{ question: "children", greaterThan: 0 }] },
];

/** The rows of survey_answers for one question of this chat's participant, read from the table. */
async function storedRows(chat: TestChat, questionId: string): Promise<unknown[]> {
  const p = await findParticipantByTelegramId(testDb.database.db, chat.user.id);
  if (!p) return [];
  const rows = await testDb.database.db
    .select({ value: surveyAnswers.value })
    .from(surveyAnswers)
    .where(and(eq(surveyAnswers.participantId, p.id), eq(surveyAnswers.questionId, questionId)));
  return rows.map((r) => r.value);
}

/** Fluent isolates inserted values (U+2068 … U+2069); what the participant reads is without them. */
const visible = (text: string | undefined) => (text ?? "").replace(/[\u2068\u2069]/g, "");

describe("numbers typed at a number question", () => {
  it("re-asks a negative or fractional number with nothing stored, then stores ۳ as 3, and limits a count by an earlier one", async () => {
    const chat = harness.user(301, "en");
    await chat.send("/start");
    await chat.tap("English");
    await chat.tap(/I agree/);
    await chat.tap(/Start the questions/);
    await chat.tap("Somewhere else");
    expect(chat.texts().at(-1)).toContain("How many children do you have?");

    // The range of this question starts at 0: a minus must not be dropped to make 3.
    for (const [typed, problem] of [
      ["-3", "Please write a number from 0 to 15."],
      ["\u22123", "Please write a number from 0 to 15."], // − U+2212 MINUS SIGN
      ["2.5", "Please write a whole number, without a decimal point."],
    ] as const) {
      const reply = await chat.send(typed);
      expect(reply, typed).toHaveLength(1);
      expect(visible(reply[0]).startsWith(`${problem}\n`), `${typed}: ${reply[0]}`).toBe(true);
      expect(reply[0], typed).toContain("How many children do you have?");
      expect(await storedRows(chat, "children"), typed).toEqual([]);
    }

    const reply = await chat.send("۳");
    expect(reply.at(-1)).toContain("How many of them are under 7 years old?");
    expect(await storedRows(chat, "children")).toEqual([3]);
    const tooMany = await chat.send("4");
    expect(visible(tooMany[0]).startsWith("Please write a number from 0 to 3.")).toBe(true);
  });

  it("re-asks in Dari for Persian and Arabic-Indic input it cannot take, then stores a count with a word around it", async () => {
    const chat = harness.user(302, "fa");
    await chat.onboard("دری / فارسی");
    const p = await findParticipantByTelegramId(testDb.database.db, 302);
    // The answer before "children" stored as if given.
    await saveAnswer(testDb.database.db, p!.id, "region", "other");
    await chat.send("/survey");
    expect(chat.texts().at(-1)).toContain("چند فرزند دارید؟");

    for (const [typed, problem] of [
      ["−۲", "لطفاً یک عدد از ۰ تا ۱۵ بنویسید."], // minus
      ["۲ -", "لطفاً یک عدد از ۰ تا ۱۵ بنویسید."], // a minus typed after the digits shows before them
      ["۲٫۵", "لطفاً یک عدد بدون اعشار بنویسید."], // Persian decimal separator
      ["۲ یا ۳", "لطفاً یک عدد از ۰ تا ۱۵ بنویسید."], // two numbers
      ["١٬٠٠٠", "لطفاً یک عدد از ۰ تا ۱۵ بنویسید."], // a thousand, or one?
      ["۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹", "لطفاً یک عدد از ۰ تا ۱۵ بنویسید."],
    ] as const) {
      const reply = await chat.send(typed);
      expect(visible(reply[0]).startsWith(`${problem}\n`), `${typed}: ${reply[0]}`).toBe(true);
      expect(await storedRows(chat, "children"), typed).toEqual([]);
    }

    await chat.send("۲ فرزند");
    expect(await storedRows(chat, "children")).toEqual([2]);
    expect(chat.texts().at(-1)).not.toContain("چند فرزند دارید؟");
  });
});
