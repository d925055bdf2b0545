import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { saveAnswer } from "../../src/features/survey/repository.js";
import { findParticipantByTelegramId } from "../../src/participants/repository.js";
import { startTestBot, type TestBot } from "../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";

let testDb: TestDatabase;
let harness: TestBot;
beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(() => testDb.close());
beforeEach(async () => {
  await testDb.reset();
  harness = await startTestBot(testDb.database.db);
});

/** /profile after the languages question was answered with three languages. */
async function languagesLine(userId: number, language: string, prefix: string): Promise<string> {
  const chat = harness.user(userId);
  await chat.onboard(language);
  const p = await findParticipantByTelegramId(testDb.database.db, userId);
  await saveAnswer(testDb.database.db, p!.id, "languages", ["ar", "so", "en"]);
  const [profile] = await chat.send("/profile");
  const line = profile!.split("\n").find((l) => l.startsWith(prefix));
  if (!line) throw new Error(`no line starting "${prefix}" in: ${profile}`);
  return line.replace(/[\u2068\u2069]/g, "");
}

describe("answers of several choices, as the participant's language writes a list", () => {
  it.each([
    [1, "English", "• Your languages:", "• Your languages: Arabic, Somali and English"],
    [2, "Soomaali", "• Luqadahaaga:", "• Luqadahaaga: Carabi, Soomaali iyo Ingiriisi"],
    [3, "Kiswahili", "• Lugha zako:", "• Lugha zako: Kiarabu, Kisomali na Kiingereza"],
    [4, "العربية", "• لغاتك:", "• لغاتك: العربية والصومالية والإنجليزية"],
    [5, "Русский", "• Ваши языки:", "• Ваши языки: Арабский, Сомали и Английский"],
  ])("%s: %s", async (id, language, prefix, expected) => {
    expect(await languagesLine(id, language, prefix)).toBe(expected);
  });
});
