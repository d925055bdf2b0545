import { Api } from "grammy";
import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { anonymousCounts, auditLog, botStorage, escalations, outbox, participants, processedUpdates } from "../../../src/db/schema.js";
import { eraseParticipant } from "../../../src/features/privacy/erasure.js";
import { everyRowMentioning } from "../../support/tables.js";
import { createRelay } from "../../../src/features/handoff/relay.js";
import { createStaff, issueToken } from "../../../src/features/handoff/staff.js";
import { createModule, createSession } from "../../../src/features/modules/catalogue.js";
import { enrolParticipant, moduleEnrolments } from "../../../src/features/modules/enrolment.js";
import { createServer, type App } from "../../../src/http/create-server.js";
import { LOCALE_CODES } from "../../../src/i18n/locales.js";
import { runRetention } from "../../../src/jobs.js";
import { findParticipantByTelegramId, touchParticipant } from "../../../src/participants/repository.js";
import { startTestBot, type TestBot, type TestChat } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

const NOW = new Date("2026-12-01T08:00:00Z");
const ADMIN = "admin-token-0123456789abcdef";
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
  app = await createServer({
    database: testDb.database,
    logger: pino({ level: "silent" }),
    adminToken: ADMIN,
    relay: createRelay(new Api("1:test", { fetch: harness.telegram.fetch })),
    clock: () => NOW,
  });
});

const db = () => testDb.database.db;
const text = Object.fromEntries(LOCALE_CODES.map((l) => [l, `Finnish ${l}`]));

/** A participant with answers, a course place, a chat with a counsellor and a multiple-choice draft. */
async function richParticipant(id: number): Promise<{ chat: TestChat; moduleId: number }> {
  const chat = harness.user(id, "en");
  await chat.onboard();
  await chat.tap(/Start the questions/);
  await chat.tap("Somewhere else");
  await chat.tap("1 to 3 years");
  await chat.tap(/Arabic/); // a draft in the grammY session
  const module = await createModule(db(), { code: `m${id}`, title: text, description: text, regions: [], tags: ["language"], instructionLanguages: [], capacity: 1, childcare: false });
  await createSession(db(), module.id, { startsAt: new Date("2026-12-02T08:00:00Z"), endsAt: new Date("2026-12-02T10:00:00Z"), place: "x", childcareSeats: 0 });
  const p = (await findParticipantByTelegramId(db(), id))!;
  await enrolParticipant(db(), { participantId: p.id, moduleId: module.id, children: 0, now: NOW });
  await chat.send("/counsellor");
  await chat.send("My phone number is 040 123 4567");
  await chat.send("/end");
  return { chat, moduleId: module.id };
}

describe("the participant's own data", () => {
  it("/mydata gives a readable summary and a JSON file with everything", async () => {
    const { chat } = await richParticipant(801);
    const reply = await chat.send("/mydata");
    expect(reply[0]).toMatch(/^This is everything we keep about you\./);
    expect(reply[0]).toContain("• Where you live: Somewhere else");
    expect(reply[0]).toContain("Messages with counsellors: 1");
    const upload = harness.telegram.calls.find((c) => c.method === "sendDocument");
    const file = upload?.payload.document as { filename: string; data: Buffer };
    expect(file.filename).toBe("my-data.json");
    const data = JSON.parse(file.data.toString("utf8"));
    expect(data.surveyAnswers.map((a: { question: string }) => a.question).sort()).toEqual(["region", "years-in-fi"]);
    expect(data.courses).toHaveLength(1);
    expect(data.conversationsWithCounsellors[0].messages[0]).toMatchObject({ from: "you", text: "My phone number is 040 123 4567" });
  });

  it("/delete, after a confirmation, erases every copy and keeps only anonymous counts; the place goes to the waiting list", async () => {
    const { chat, moduleId } = await richParticipant(802);
    const waiting = await touchParticipant(db(), 803, 803);
    await enrolParticipant(db(), { participantId: waiting.id, moduleId, children: 0, now: NOW });
    const p = (await findParticipantByTelegramId(db(), 802))!;
    const chatId = p.chatId;

    await chat.send("/delete");
    expect(chat.buttons().map((b) => b.text)).toEqual(["🗑 Yes, delete everything", "No, keep my data"]);
    await chat.tap("No, keep my data");
    expect(await findParticipantByTelegramId(db(), 802)).toBeDefined();
    await chat.send("/delete");
    const done = await chat.tap("🗑 Yes, delete everything");
    expect(done).toEqual(["Your data is deleted. Thank you. Write /start if you want to begin again."]);

    expect(await findParticipantByTelegramId(db(), 802)).toBeUndefined();
    const everything = JSON.stringify({
      participants: await db().select().from(participants),
      storage: await db().select().from(botStorage),
      processed: await db().select().from(processedUpdates).where(sql`${processedUpdates.chatId} = ${chatId}`),
      outbox: await db().select().from(outbox),
      escalations: await db().select().from(escalations),
    });
    expect(everything).not.toContain("040 123 4567");
    expect(everything).not.toContain(`"chatId":${chatId}`);
    expect(everything).not.toContain(`"telegramUserId":802`);
    expect((await db().select().from(botStorage)).filter((r) => r.key.endsWith(`:${chatId}`))).toEqual([]);
    // The counsellors see that the person left.
    const [closed] = await db().select().from(escalations);
    expect(closed).toMatchObject({ participantId: null, status: "closed" });
    // Statistics keep anonymous counts only.
    const counts = Object.fromEntries((await db().select().from(anonymousCounts)).map((c) => [c.metric, c.value]));
    expect(counts).toMatchObject({ "participants.erased_on_request": 1, "enrolments.by_erased": 1 });
    // The freed place went to the waiting participant.
    expect((await moduleEnrolments(db(), moduleId)).map((e) => [e.participantId, e.status])).toEqual([[waiting.id, "enrolled"]]);
  });

  it("asks returning participants again when the privacy notice changes", async () => {
    const chat = harness.user(804, "en");
    await chat.onboard();
    const newer = await startTestBot(db(), { privacyNoticeVersion: "2027-01" }, harness.telegram, () => NOW);
    const again = newer.user(804, "en");
    const reply = await again.send("/survey");
    // One message: what changed, then the notice with its buttons.
    expect(reply[0]).toMatch(/^Our privacy notice has changed\. Please read it and answer again\.\n\nBefore the questions: about your data\./);
    await again.tap(/I agree/);
    expect((await findParticipantByTelegramId(db(), 804))?.consentVersion).toBe("2027-01");
    expect((await again.send("/survey")).at(-1)).toContain("Where do you live?");
  });
});

describe("erasure and retention by the project", () => {
  it("an admin exports and erases on a person's request; each read is in the audit log", async () => {
    await richParticipant(810);
    const p = (await findParticipantByTelegramId(db(), 810))!;
    const auth = { authorization: `Bearer ${ADMIN}` };
    expect((await app.inject({ url: `/api/participants/${p.id}`, headers: auth })).statusCode).toBe(200);
    expect((await app.inject({ url: `/api/participants/${p.id}/export`, headers: auth })).json().surveyAnswers).toHaveLength(2);
    expect((await app.inject({ method: "POST", url: `/api/participants/${p.id}/erase`, headers: auth })).json()).toEqual({ erased: p.id });
    expect((await app.inject({ method: "POST", url: `/api/participants/${p.id}/erase`, headers: auth })).statusCode).toBe(404);
    const log = (await app.inject({ url: `/api/audit?participantId=${p.id}`, headers: auth })).json().items;
    expect(log.map((e: { action: string; actor: string; outcome: string }) => [e.action, e.actor, e.outcome])).toEqual([
      ["participant.erase", "Administrator", "not-found"],
      ["participant.erase", "Administrator", "ok"],
      ["participant.export", "Administrator", "ok"],
      ["participant.read", "Administrator", "ok"],
    ]);
  });

  it("a counsellor reads only chats that are theirs or still unclaimed, and the read is audited", async () => {
    const anna = (await issueToken(db(), (await createStaff(db(), { displayName: "Anna", role: "counsellor" })).id, null)).token;
    const ben = (await issueToken(db(), (await createStaff(db(), { displayName: "Ben", role: "counsellor" })).id, null)).token;
    const chat = harness.user(811, "en");
    await chat.send("/start");
    await chat.tap("English");
    await chat.send("/counsellor");
    const [e] = await db().select().from(escalations);
    const get = (token: string) => app.inject({ url: `/api/escalations/${e!.id}`, headers: { authorization: `Bearer ${token}` } });
    expect((await get(ben)).statusCode).toBe(200);
    await app.inject({ method: "POST", url: `/api/escalations/${e!.id}/claim`, headers: { authorization: `Bearer ${anna}` } });
    expect((await get(anna)).statusCode).toBe(200);
    expect((await get(ben)).statusCode).toBe(403);
    const reads = (await db().select().from(auditLog)).filter((r) => r.action === "escalation.read");
    expect(reads.map((r) => [r.actor, r.action, r.outcome, r.participantId])).toEqual([
      ["Ben", "escalation.read", "ok", e!.participantId],
      ["Anna", "escalation.read", "ok", e!.participantId],
      ["Ben", "escalation.read", "denied", e!.participantId],
    ]);
  });

  it("the nightly job erases participants silent for longer than the retention period and old transcripts", async () => {
    await richParticipant(820);
    const silent = (await findParticipantByTelegramId(db(), 820))!;
    const active = await touchParticipant(db(), 821, 821);
    await db().update(participants).set({ lastSeenAt: new Date("2025-10-01T00:00:00Z") }).where(sql`${participants.id} = ${silent.id}`);
    const result = await runRetention(db(), NOW, { months: 12, transcriptDays: 365 });
    expect(result.erased).toBe(1);
    expect(await findParticipantByTelegramId(db(), 820)).toBeUndefined();
    expect(await findParticipantByTelegramId(db(), 821)).toMatchObject({ id: active.id });
    const counts = Object.fromEntries((await db().select().from(anonymousCounts)).map((c) => [c.metric, c.value]));
    expect(counts["participants.erased_by_retention"]).toBe(1);
  });
});

describe("every copy of a participant's words", () => {
  const WORDS = "Zp5";
  /**
   * Words in every place the bot and the API can put them: a free-text answer, messages to
   * a counsellor (text and a shared contact), the counsellor's close note, a reply that
   * Telegram has not taken yet (it repeats the answer), events for other systems.
   */
  async function wordsEverywhere(telegramId: number): Promise<number> {
    const { participantInSurvey } = await import("../../support/participants.js");
    const p = await participantInSurvey(db(), telegramId);
    const chat = harness.user(telegramId, "en");
    await chat.send(`${WORDS} cleaning offices`);
    const counsellor = await createStaff(db(), { displayName: "Counsellor", role: "counsellor" });
    const token = (await issueToken(db(), counsellor.id, null)).token;
    await chat.send("/counsellor");
    await chat.send(`${WORDS} my landlord`);
    await chat.sendMessage({ contact: { phone_number: "+358401234567", first_name: `${WORDS} Sister` } });
    const [e] = (await db().select().from(escalations)).filter((x) => x.participantId === p.id);
    await app.inject({ method: "POST", url: `/api/escalations/${e!.id}/claim`, headers: { authorization: `Bearer ${token}` } });
    await app.inject({ method: "POST", url: `/api/escalations/${e!.id}/close`, headers: { authorization: `Bearer ${token}` }, payload: { note: `${WORDS} needs a lawyer` } });
    harness.telegram.failNext("sendMessage", { status: 500, description: "Internal Server Error", chatId: telegramId, times: 10 });
    await chat.send("/profile");
    const where = new Set((await everyRowMentioning(testDb.database, WORDS)).map((r) => r.split(":")[0]));
    expect([...where].sort()).toEqual(["escalation_messages", "escalations", "pending_replies", "survey_answers"]);
    return p.id;
  }

  it("goes with an erasure, whatever table holds it", async () => {
    const id = await wordsEverywhere(830);
    expect((await eraseParticipant(db(), id, NOW, "request")).erased).toBe(true);
    expect(await everyRowMentioning(testDb.database, WORDS)).toEqual([]);
    expect(await everyRowMentioning(testDb.database, "830")).toEqual([]);
  });

  it("goes with retention: a silent participant entirely; for an active one, old transcripts, close notes, undelivered replies and delivered events", async () => {
    const silent = await wordsEverywhere(831);
    await db().update(participants).set({ lastSeenAt: new Date("2025-10-01T00:00:00Z") }).where(sql`${participants.id} = ${silent}`);
    let vacuumed = 0;
    const result = await runRetention(db(), NOW, { months: 12, transcriptDays: 365, outboxHours: 24, vacuum: async () => void vacuumed++ });
    expect(result.erased).toBe(1);
    expect(await everyRowMentioning(testDb.database, WORDS)).toEqual([]);
    expect(vacuumed).toBe(1);

    // Active, with a chat closed long ago and events delivered long ago.
    const active = await wordsEverywhere(832);
    const later = new Date(NOW.getTime() + 400 * 86_400_000);
    await db().update(participants).set({ lastSeenAt: later }).where(sql`${participants.id} = ${active}`);
    await db().update(outbox).set({ deliveredAt: NOW });
    await runRetention(db(), later, { months: 12, transcriptDays: 365, outboxHours: 24 });
    // Only their own answer stays: it is theirs while they take part.
    expect((await everyRowMentioning(testDb.database, WORDS)).map((r) => r.split(":")[0])).toEqual(["survey_answers"]);
    expect(await db().select().from(outbox)).toEqual([]);
  });
});
