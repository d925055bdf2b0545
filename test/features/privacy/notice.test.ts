import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createModule, createSession } from "../../../src/features/modules/catalogue.js";
import { enrolParticipant } from "../../../src/features/modules/enrolment.js";
import { formatNumber } from "../../../src/i18n/format.js";
import { LOCALES, type LocaleCode } from "../../../src/i18n/locales.js";
import { findParticipantByTelegramId } from "../../../src/participants/repository.js";
import { startTestBot, type TestChat } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

const NOW = new Date("2026-12-01T08:00:00Z");
let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(async () => {
  await testDb.close();
});
beforeEach(async () => {
  await testDb.reset();
});
const db = () => testDb.database.db;

/**
 * Words each locale's notice must contain, beyond the facts that read the same in every
 * language (project, contact, commands, Kela, Migri, tietosuoja.fi, the numbers):
 * [wellbeing is asked, gender, age, counsellors read the answers, voluntary, the Data Protection Ombudsman].
 */
const WORDS: Record<LocaleCode, string[]> = {
  fi: ["miten voit", "sukupuol", "ikääsi", "ohjaajat", "vapaaehtoista", "tietosuojavaltuutetulle"],
  sv: ["hur du mår", "ditt kön", "din ålder", "handledare", "frivilligt", "dataombudsmannen"],
  en: ["how you feel", "your gender", "your age", "counsellors", "voluntary", "Data Protection Ombudsman"],
  ar: ["حالك", "جنسك", "عمرك", "المرشدون", "اختيارية", "مفوّض حماية البيانات"],
  fa: ["حال شما", "جنسیت", "سن شما", "مشاوران", "اختیاری", "حفاظت از معلومات"],
  ru: ["как вы себя чувствуете", "пол", "возраст", "консультанты", "добровольно", "омбудсмену по защите данных"],
  uk: ["як ви почуваєтеся", "стать", "вік", "консультанти", "добровільно", "омбудсмену із захисту даних"],
  so: ["sidaad tahay", "jinsigaaga", "da'daada", "la-taliyayaasha", "ikhtiyaar", "Wakiilka Ilaalinta Xogta"],
  sw: ["hali yako", "jinsia", "umri", "washauri", "hiari", "Mlinzi wa Taarifa Binafsi"],
};

/** The privacy notice as the participant receives it, after /start and a language. */
async function noticeFor(chat: TestChat, languageName: string): Promise<string> {
  await chat.onboard(languageName, "none");
  const notice = chat.texts().find((t) => t.includes("tietosuoja.fi"));
  if (!notice) throw new Error(`no privacy notice among: ${chat.texts().join(" | ")}`);
  // Isolation marks around inserted values are invisible; compare what is read.
  return notice.replace(/[\u2066-\u2069]/g, "");
}

describe.each(LOCALES.map((l) => [l.code, l.name] as const))("the privacy notice in %s", (code, name) => {
  it("says who keeps the data and how to reach them, what is asked, who reads it, how long it is kept, that it is voluntary, and how to use the rights", async () => {
    const harness = await startTestBot(db(), { projectName: "HOT", projectContact: "hot@example.fi", retentionMonths: 12, transcriptRetentionDays: 365 });
    const notice = await noticeFor(harness.user(1, "en"), name);
    for (const fact of ["HOT", "hot@example.fi", "/mydata", "/delete", "tietosuoja.fi", "Kela", "Migri"]) expect(notice, `${code}: ${fact}`).toContain(fact);
    expect(notice, `${code}: the retention in months`).toContain(formatNumber(12, code));
    expect(notice, `${code}: the transcript retention in days`).toContain(formatNumber(365, code));
    for (const word of WORDS[code]) expect(notice, `${code}: ${word}`).toContain(word);
  });

  it("states the retention the configuration sets, and points to a counsellor when no contact is configured", async () => {
    const harness = await startTestBot(db(), { projectName: "Hyvä alku", projectContact: undefined, retentionMonths: 7, transcriptRetentionDays: 30 });
    const notice = await noticeFor(harness.user(2, "en"), name);
    expect(notice).toContain("Hyvä alku");
    expect(notice).toContain("/counsellor");
    expect(notice).toContain(formatNumber(7, code));
    expect(notice).toContain(formatNumber(30, code));
    expect(notice).not.toContain(formatNumber(12, code));
  });
});

describe("the rights as menu buttons", () => {
  it("the main menu has My data and Delete my data, and both work through the bot", async () => {
    const harness = await startTestBot(db(), {}, undefined, () => NOW);
    const chat = harness.user(10, "en");
    await chat.onboard();
    await chat.send("/start");
    expect(chat.buttons().map((b) => b.text)).toEqual(expect.arrayContaining(["🔐 My data", "🗑 Delete my data"]));

    const mine = await chat.tap("🔐 My data");
    expect(mine[0]).toMatch(/^This is everything we keep about you\./);
    expect(harness.telegram.calls.some((c) => c.method === "sendDocument")).toBe(true);

    await chat.send("/start");
    const asked = await chat.tap("🗑 Delete my data");
    expect(asked[0]).toMatch(/^Do you want to delete all your data\?/);
    const done = await chat.tap("🗑 Yes, delete everything");
    expect(done).toEqual(["Your data is deleted. Thank you. Write /start if you want to begin again."]);
    expect(await findParticipantByTelegramId(db(), 10)).toBeUndefined();
  });

  it("a participant who has not agreed sees the buttons too, and My data says nothing is kept", async () => {
    const harness = await startTestBot(db(), {}, undefined, () => NOW);
    const chat = harness.user(11, "en");
    await chat.onboard("English", "decline");
    await chat.send("/start");
    const reply = await chat.tap("🔐 My data");
    expect(reply[0]).toMatch(/^This is everything we keep about you\./);
    expect(reply[0]).toContain("We keep nothing else about you.");
  });
});

describe("/mydata in the participant's language", () => {
  it("names courses by their title and status in words, never by internal codes", async () => {
    const harness = await startTestBot(db(), {}, undefined, () => NOW);
    const chat = harness.user(20, "en");
    await chat.onboard("Kiswahili");
    const title = Object.fromEntries(LOCALES.map((l) => [l.code, `Kozi ${l.code}`]));
    const module = await createModule(db(), { code: "services-lahti", title, description: title, regions: [], tags: ["services"], instructionLanguages: [], capacity: 1, childcare: false });
    await createSession(db(), module.id, { startsAt: new Date("2026-12-02T08:00:00Z"), endsAt: new Date("2026-12-02T10:00:00Z"), place: "x", childcareSeats: 0 });
    const p = (await findParticipantByTelegramId(db(), 20))!;
    await enrolParticipant(db(), { participantId: p.id, moduleId: module.id, children: 0, now: NOW });

    const [summary] = await chat.send("/mydata");
    expect(summary).toContain("• Kozi sw: umejiunga");
    expect(summary).not.toMatch(/services-lahti|enrolled/);
  });
});
