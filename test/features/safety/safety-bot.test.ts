import { Api } from "grammy";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { outbox } from "../../../src/db/schema.js";
import { liveEscalation, transcript } from "../../../src/features/handoff/escalations.js";
import { createRelay } from "../../../src/features/handoff/relay.js";
import { loadAnswers } from "../../../src/features/survey/repository.js";
import { createServer, type App } from "../../../src/http/create-server.js";
import { findParticipantByTelegramId } from "../../../src/participants/repository.js";
import { startTestBot, type TestBot, type TestChat } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";
import { participantInSurvey } from "../../support/participants.js";

const ADMIN = "admin-token-0123456789abcdef";
// A Tuesday at 10:00 in Helsinki: office hours (mon-fri 09-16).
const NOW = new Date("2026-12-01T08:00:00Z");
let testDb: TestDatabase;
let harness: TestBot;
let app: App;

beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(async () => {
  await app?.close();
  await testDb.close();
});
beforeEach(async () => {
  await app?.close();
  await testDb.reset();
  harness = await startTestBot(testDb.database.db, {}, undefined, () => NOW);
  const relay = createRelay(new Api("1:test", { fetch: harness.telegram.fetch }));
  app = await createServer({ database: testDb.database, logger: pino({ level: "silent" }), adminToken: ADMIN, relay, clock: () => NOW });
});

const queue = async () => (await app.inject({ url: "/api/escalations", headers: { authorization: `Bearer ${ADMIN}` } })).json().items as { id: number; urgent: boolean; source: string; participantId: number }[];
const events = async (name: string) => (await testDb.database.db.select().from(outbox)).filter((e) => e.event === name);
const participantOf = async (chat: TestChat) => (await findParticipantByTelegramId(testDb.database.db, chat.user.id))!;

/** What the immediate answer must say, in English. */
function expectHelp(text: string | undefined): void {
  expect(text).toContain("If you are in danger now, call 112.");
  expect(text).toContain("MIELI Kriisipuhelin, 09 2525 0111 (open day and night)");
  expect(text).toContain("Nollalinja, 080 005 005 (open day and night)");
}

describe("distress is answered at once", () => {
  it("words of danger in the middle of the survey: the help at once, the chat first in the queue flagged urgent, an escalation.urgent event, and no survey answer", async () => {
    // Someone already waiting, not urgent.
    const waiting = harness.user(901, "en");
    await waiting.onboard();
    await waiting.tap(/Talk to a person/);

    await participantInSurvey(testDb.database.db, 902);
    const chat = harness.user(902, "en");
    const reply = await chat.send("my husband beats me, I am scared");
    expect(reply).toHaveLength(1);
    expectHelp(reply[0]);
    expect(reply[0]).toContain("You are first in their queue.");
    expect(chat.buttons().map((b) => b.text)).toContain("↩️ End chat with the counsellor");

    const p = await participantOf(chat);
    expect((await loadAnswers(testDb.database.db, p.id))["work-field"]).toBeUndefined();
    const items = await queue();
    expect(items.map((e) => [e.participantId, e.urgent, e.source])).toEqual([
      [p.id, true, "safety"],
      [(await participantOf(waiting)).id, false, "menu"],
    ]);
    const escalation = (await liveEscalation(testDb.database.db, p.id))!;
    expect((await transcript(testDb.database.db, escalation.id)).map((m) => m.text)).toEqual(["my husband beats me, I am scared"]);
    expect((await events("escalation.urgent")).map((e) => e.payload)).toEqual([expect.objectContaining({ escalationId: escalation.id, participantId: p.id, trigger: "words" })]);

    // Ending the chat by the button, then the survey question is there again.
    await chat.tap("↩️ End chat with the counsellor");
    expect(await liveEscalation(testDb.database.db, p.id)).toBeUndefined();
    const back = await chat.send("/survey");
    expect(back.at(-1)).toContain("What work have you done?");
  });

  it("words of danger during a chat with a counsellor make that chat urgent, once", async () => {
    const chat = harness.user(903, "en");
    await chat.onboard();
    await chat.send("/counsellor");
    expect((await queue())[0]!.urgent).toBe(false);
    const reply = await chat.send("he said he will kill me");
    expectHelp(reply[0]);
    expect((await queue())[0]).toMatchObject({ urgent: true, source: "command" });
    await chat.send("I am in danger");
    expect(await events("escalation.urgent")).toHaveLength(1);
    expect(await events("escalation.opened")).toHaveLength(1);
    const escalation = (await liveEscalation(testDb.database.db, (await participantOf(chat)).id))!;
    expect((await transcript(testDb.database.db, escalation.id)).map((m) => m.text)).toEqual(["he said he will kill me", "I am in danger"]);
  });

  it("the 'I am not safe' button in the menu opens an urgent chat, also before consent", async () => {
    const chat = harness.user(904, "en");
    await chat.onboard("English", "decline");
    await chat.send("/start");
    const reply = await chat.tap("🆘 I am not safe");
    expectHelp(reply[0]);
    expect(await queue()).toEqual([expect.objectContaining({ urgent: true, source: "safety" })]);
    expect((await events("escalation.urgent"))[0]!.payload).toMatchObject({ trigger: "button" });
  });

  it.each([
    ["fi", "Suomi", "mieheni lyö minua", "Jos olet vaarassa nyt, soita 112."],
    ["sv", "Svenska", "jag vill inte leva", "Om du är i fara nu, ring 112."],
    ["ar", "العربية", "زوجي يضربني", "إذا كنت في خطر الآن، اتصل بالرقم"],
    ["fa", "دری / فارسی", "در امان نیستم", "اگر همین حالا در خطر هستید"],
    ["ru", "Русский", "я не в безопасности", "Если вы в опасности сейчас, звоните 112."],
    ["uk", "Українська", "хочу померти", "Якщо ви в небезпеці зараз, телефонуйте 112."],
    ["so", "Soomaali", "ninkayga wuu i garaacaa", "Haddii aad hadda khatar ku jirto, wac 112."],
    ["sw", "Kiswahili", "mume wangu ananipiga", "Ukiwa hatarini sasa, piga 112."],
  ])("answers at once in %s", async (code, language, words, help) => {
    const chat = harness.user(910 + ["fi", "sv", "ar", "fa", "ru", "uk", "so", "sw"].indexOf(code), code);
    await chat.onboard(language);
    const reply = await chat.send(words);
    expect(reply[0]).toContain(help);
    expect((await queue())[0]).toMatchObject({ urgent: true });
  });

  it("harmless words go on to the survey as usual", async () => {
    await participantInSurvey(testDb.database.db, 920);
    const chat = harness.user(920, "en");
    await chat.send("I was a dancer and a cook");
    expect((await loadAnswers(testDb.database.db, (await participantOf(chat)).id))["work-field"]).toBe("I was a dancer and a cook");
    expect(await queue()).toEqual([]);
  });

  it("'It is hard' gets a warm answer with the helplines and a counsellor offered, and how one is coping can be skipped", async () => {
    const answers = { region: "other", "years-in-fi": "over-3", languages: ["ar"], finnish: "good", swedish: "none", "read-own": "yes", "read-latin": "yes", "school-years": "10-12", education: "basic", worked: false, situation: ["working"], kids: [], goals: ["work"], times: ["evenings"] } as const;
    await participantInSurvey(testDb.database.db, 930, { answers: answers as never });
    const chat = harness.user(930, "en");
    await chat.send("/survey");
    expect(chat.texts().at(-1)).toContain("How are you these days?");
    expect(chat.buttons().map((b) => b.text)).toContain("Skip ⏭");
    const reply = await chat.tap("😔 It is hard");
    expect(reply[0]).toMatch(/^💛 Thank you for telling us\. You are not alone\./);
    expectHelp(reply[0]);
    expect(reply[0]).toContain("A counsellor of the project can also talk with you.");
    // Offered, not opened: the participant decides.
    expect(await queue()).toEqual([]);
    const offer = harness.telegram.sent(930).find((m: { text: string }) => m.text.startsWith("💛"));
    expect(JSON.stringify(offer)).toContain("handoff:survey");

    const other = harness.user(931, "en");
    await participantInSurvey(testDb.database.db, 931, { answers: answers as never });
    await other.send("/survey");
    await other.tap("Skip ⏭");
    expect((await loadAnswers(testDb.database.db, (await participantOf(other)).id)).coping).toBeNull();
  });

  it("names the project's own helplines with their opening hours in the participant's language", async () => {
    const custom = await startTestBot(testDb.database.db, {
      helplines: [{ kind: "other", name: "Perheneuvola", phone: "03 814 4000", hours: { days: [1, 2, 3, 4, 5], start: 9 * 60, end: 15 * 60 } }],
    }, undefined, () => NOW);
    const chat = custom.user(940, "fi");
    await chat.onboard("Suomi");
    const reply = await chat.send("en ole turvassa");
    expect(reply[0]).toContain("Auttava puhelin: Perheneuvola, 03 814 4000 (auki ma–pe klo 09.00–15.00)");
    expect(reply[0]).not.toContain("Nollalinja");
  });
});
