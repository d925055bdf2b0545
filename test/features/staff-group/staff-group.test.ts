import { Api } from "grammy";
import type { Message } from "grammy/types";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { escalations, staff, staffGroupTopics } from "../../../src/db/schema.js";
import { eraseParticipant } from "../../../src/features/privacy/erasure.js";
import { checkStaffGroup } from "../../../src/features/staff-group/setup.js";
import { createMessenger } from "../../../src/bot/messenger.js";
import { loadAnswers } from "../../../src/features/survey/repository.js";
import { createI18n } from "../../../src/i18n/i18n.js";
import { findParticipantByTelegramId } from "../../../src/participants/repository.js";
import { createRelay } from "../../../src/features/handoff/relay.js";
import { createStaff, issueToken } from "../../../src/features/handoff/staff.js";
import { runStaffGroupTick, type PosterDependencies } from "../../../src/features/staff-group/queue.js";
import { createServer, type App } from "../../../src/http/create-server.js";
import { startTestBot, TEST_TOKEN, type TestBot } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";
import type { FakeUser } from "../../support/fake-fetch.js";

const ADMIN = "admin-token-0123456789abcdef";
const GROUP = -1001234567890;
// A Tuesday at 10:00 in Helsinki: office hours.
const NOW = new Date("2026-12-01T08:00:00Z");
let testDb: TestDatabase;
let harness: TestBot;
let app: App;
let poster: PosterDependencies;
/** The poster's and the fake group limit's clock, in ms: each tick is a minute after the last. */
let groupTime = NOW.getTime();
const tick = () => {
  groupTime += 61_000;
  return runStaffGroupTick(poster);
};
let anna: string;
let ben: string;
const annaTg: FakeUser = { id: 9001, first_name: "Anna" };
const benTg: FakeUser = { id: 9002, first_name: "Ben" };
const stranger: FakeUser = { id: 9999, first_name: "Stranger" };

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
  harness = await startTestBot(testDb.database.db, {}, undefined, () => NOW, { staffGroupId: GROUP });
  harness.telegram.addGroup(GROUP);
  const api = new Api(TEST_TOKEN, { fetch: harness.telegram.fetch });
  app = await createServer({ database: testDb.database, logger: pino({ level: "silent" }), adminToken: ADMIN, relay: createRelay(api), clock: () => NOW, staffGroup: true });
  groupTime = NOW.getTime();
  harness.telegram.setClock(() => groupTime);
  poster = { database: testDb.database, api, groupChatId: GROUP, logger: pino({ level: "silent" }), clock: () => new Date(groupTime) };
  const db = testDb.database.db;
  anna = (await issueToken(db, (await createStaff(db, { displayName: "Anna", role: "counsellor" })).id, null)).token;
  ben = (await issueToken(db, (await createStaff(db, { displayName: "Ben", role: "counsellor" })).id, null)).token;
});

const as = (token: string) => ({ authorization: `Bearer ${token}` });
const api = (method: "GET" | "POST", url: string, token: string, payload?: object) => app.inject({ method, url, headers: as(token), ...(payload ? { payload } : {}) });

/** A staff member writes in the group (in a topic when threadId is given). */
async function inGroup(user: FakeUser, text: string, threadId?: number, content?: Partial<Message>): Promise<void> {
  await harness.bot.handleUpdate(harness.telegram.groupMessageUpdate(user, GROUP, { threadId, text, content }));
}

/** A staff member presses a button under a message in the group. */
async function pressInGroup(user: FakeUser, data: string, message: Message): Promise<string | undefined> {
  const before = harness.telegram.calls.length;
  await harness.bot.handleUpdate(harness.telegram.callbackUpdate(user, data, message));
  return harness.telegram.calls.slice(before).find((c) => c.method === "answerCallbackQuery")?.payload.text as string | undefined;
}

async function link(user: FakeUser, token: string): Promise<void> {
  const response = await api("POST", "/api/staff/me/telegram-link-code", token);
  expect(response.statusCode).toBe(201);
  await inGroup(user, `/link ${response.json().code}`);
}

/** What the bot posted into a topic, as text (media as "<method> <file id>"). */
function topicPosts(threadId: number): string[] {
  return harness.telegram.groupPosts(GROUP, threadId).map((c) => {
    const p = c.payload;
    if (c.method === "sendMessage") return p.text as string;
    if (c.method === "sendLocation") return `sendLocation ${p.latitude},${p.longitude}`;
    if (c.method === "sendContact") return `sendContact ${p.first_name} ${p.phone_number}`;
    const file = p.photo ?? p.voice ?? p.document ?? p.audio ?? p.video ?? p.sticker;
    return `${c.method} ${file}${p.caption ? ` "${p.caption}"` : ""}`;
  });
}

async function escalatedParticipant(id: number, language = "English") {
  const chat = harness.user(id, "en");
  await chat.onboard(language);
  await chat.tap(/Start the questions/);
  await chat.tap("Somewhere else");
  await chat.send("/counsellor");
  return chat;
}

describe("counsellors answer from the staff group", () => {
  it("escalation to close: topic and summary, media by file id, group and web inbox in step, buttons with the API's rules", async () => {
    await link(annaTg, anna);
    await link(benTg, ben);
    const chat = await escalatedParticipant(701);
    const participantId = (await api("GET", "/api/escalations", anna)).json().items[0].participantId as number;
    const id = (await api("GET", "/api/escalations", anna)).json().items[0].id as number;

    await chat.send("Hello, I need help with Kela");
    await chat.sendMessage({ photo: [{ file_id: "small", file_unique_id: "s", width: 90, height: 90 }, { file_id: "big-photo", file_unique_id: "b", width: 800, height: 800 }], caption: "my letter" });
    await chat.sendMessage({ voice: { file_id: "voice-1", file_unique_id: "v1", duration: 3 } });
    await chat.sendMessage({ document: { file_id: "doc-1", file_unique_id: "d1" } });
    await chat.sendMessage({ location: { latitude: 60.17, longitude: 24.94 } });
    await chat.sendMessage({ contact: { phone_number: "+358401234567", first_name: "Sara" } });
    expect((await tick()).ran).toBe(true);

    // One topic, named with the participant's number and language, never a name.
    const [topic] = harness.telegram.topics(GROUP);
    expect(harness.telegram.topics(GROUP)).toHaveLength(1);
    expect(topic!.name).toBe(`Osallistuja #${participantId} · EN`);
    const posts = topicPosts(topic!.threadId);
    expect(posts[0]).toContain(`Osallistuja #${participantId} · kieli: englanti (en) · avattu: komento`);
    expect(posts[0]).toMatch(/Kyselyn vastaukset:\n• .+: .+/);
    expect(posts.slice(1)).toEqual([
      "Hello, I need help with Kela",
      'sendPhoto big-photo "my letter"',
      "sendVoice voice-1",
      "sendDocument doc-1",
      "sendLocation 60.17,24.94",
      "sendContact Sara +358401234567",
    ]);
    expect(harness.telegram.pinned(GROUP)).toEqual([]);

    // Ben claims with the button; Anna's press comes second and loses.
    const [stored] = await testDb.database.db.select().from(staffGroupTopics);
    const summary = harness.telegram.messageById(GROUP, stored!.summaryMessageId!)!;
    expect(summary.message_thread_id).toBe(topic!.threadId);
    expect(summary.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual(["✋ Otan tämän", "✅ Sulje", "↪️ Siirrä toiselle"]);
    expect(await pressInGroup(benTg, `sg:claim:${id}`, summary)).toBe("Otit keskustelun.");
    expect(await pressInGroup(annaTg, `sg:claim:${id}`, summary)).toBe("Joku muu ehti ensin.");
    expect((await api("GET", `/api/escalations/${id}`, ben)).json().escalation).toMatchObject({ status: "claimed", counsellorId: 2 });

    // Anna cannot answer or close Ben's chat from the group, as in the API.
    await inGroup(annaTg, "I can take this", topic!.threadId);
    expect(await pressInGroup(annaTg, `sg:close:${id}`, summary)).toBe("Tämä keskustelu on toisen ohjaajan. Vain hän tai ylläpitäjä voi tehdä tämän.");

    // Ben answers in the topic: signed with his name to the participant, and in the web inbox.
    // A command there is not for the participant.
    await inGroup(benTg, "/start@test_bot", topic!.threadId);
    await inGroup(benTg, "Hi! I am Ben. What does the letter say?", topic!.threadId);
    expect(chat.texts().at(-1)).toBe("👤 Ben:\nHi! I am Ben. What does the letter say?");
    // The web inbox's reply reaches the participant and the topic.
    expect((await api("POST", `/api/escalations/${id}/reply`, ben, { text: "Take your time." })).statusCode).toBe(201);
    await chat.send("It is about child benefit");
    await tick();
    const after = topicPosts(topic!.threadId).slice(posts.length);
    expect(harness.telegram.messageById(GROUP, stored!.summaryMessageId!)!.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual(["✅ Sulje", "↪️ Siirrä toiselle"]);
    expect(after).toEqual([
      "✋ Ben otti keskustelun.",
      "⚠️ Viestiäsi ei lähetetty. Tämä keskustelu on toisen ohjaajan. Vain hän tai ylläpitäjä voi tehdä tämän.",
      "👤 Ben (verkkosovellus):\nTake your time.",
      "It is about child benefit",
    ]);
    const transcript = (await api("GET", `/api/escalations/${id}`, ben)).json().messages.map((m: { direction: string; text: string | null; counsellor: string | null }) => [m.direction, m.counsellor, m.text]);
    expect(transcript.filter(([direction]: [string]) => direction === "out")).toHaveLength(2);
    expect(transcript.slice(-3)).toEqual([
      ["out", "Ben", "Hi! I am Ben. What does the letter say?"],
      ["out", "Ben", "Take your time."],
      ["in", null, "It is about child benefit"],
    ]);

    // Ben hands the chat to Anna; she closes it.
    const status = harness.telegram.lastMessage(GROUP)!;
    await pressInGroup(benTg, `sg:hand:${id}`, status);
    await tick();
    const choose = harness.telegram.lastMessage(GROUP)!;
    expect(choose.text).toBe("Kenelle siirretään?");
    expect(choose.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual(["Anna"]);
    const handTo = choose.reply_markup!.inline_keyboard[0]![0]! as { callback_data: string };
    expect(await pressInGroup(benTg, handTo.callback_data, choose)).toBe("Siirretty: Anna.");
    expect(await pressInGroup(annaTg, `sg:close:${id}`, summary)).toBe("Tehty.");
    expect(chat.texts().at(-1)).toMatch(/^The counsellor ended the chat\./);
    await tick();
    expect(topicPosts(topic!.threadId).slice(-2)).toEqual(["↪️ Keskustelu siirrettiin: Anna.", "✅ Anna sulki keskustelun. Osallistuja on taas botin kanssa."]);
    expect(harness.telegram.topics(GROUP)[0]!.closed).toBe(true);
    // The summary's buttons followed the chat: none once it is closed.
    expect(harness.telegram.messageById(GROUP, stored!.summaryMessageId!)!.reply_markup?.inline_keyboard.flat() ?? []).toEqual([]);
    expect((await api("GET", `/api/escalations/${id}`, anna)).json().escalation).toMatchObject({ status: "closed", counsellorId: 1, closedByStaffId: 1 });

    // The participant is back with the bot: the survey goes on where it was.
    const next = await chat.send("hello again");
    expect(next.join("\n")).not.toContain("counsellor");

    // A second escalation reopens the same topic.
    await chat.send("/counsellor");
    await tick();
    expect(harness.telegram.topics(GROUP)).toHaveLength(1);
    expect(harness.telegram.topics(GROUP)[0]!.closed).toBe(false);
    expect(topicPosts(topic!.threadId).at(-1)).toContain(`Osallistuja #${participantId} · kieli: englanti (en)`);
    // The /link messages (they held codes) were deleted; each link was confirmed.
    expect(harness.telegram.calls.filter((c) => c.method === "deleteMessage" && c.payload.chat_id === GROUP)).toHaveLength(2);
    expect(harness.telegram.sentTexts(GROUP).filter((t) => t.startsWith("🔗"))).toHaveLength(2);
  });

  it("leaves alone whoever is not linked: no answer, nothing stored, nothing sent", async () => {
    const chat = await escalatedParticipant(702);
    await tick();
    const [topic] = harness.telegram.topics(GROUP);
    const [stored] = await testDb.database.db.select().from(staffGroupTopics);
    const summary = harness.telegram.messageById(GROUP, stored!.summaryMessageId!)!;
    const id = stored!.escalationId!;
    const callsBefore = harness.telegram.calls.filter((c) => c.method !== "answerCallbackQuery").length;
    const participantTexts = chat.texts().length;

    await inGroup(stranger, "Hello, who is this?", topic!.threadId);
    await inGroup(stranger, "/claim", topic!.threadId);
    await inGroup(stranger, "random chatter in General");
    expect(await pressInGroup(stranger, `sg:claim:${id}`, summary)).toBeUndefined();
    expect(await pressInGroup(stranger, `sg:close:${id}`, summary)).toBeUndefined();
    // A disabled account's link stops acting at once.
    await link(annaTg, anna);
    expect((await api("POST", "/api/staff/1/disable", ADMIN)).statusCode).toBe(200);
    await inGroup(annaTg, "Hi from Anna", topic!.threadId);
    expect(await pressInGroup(annaTg, `sg:claim:${id}`, summary)).toBeUndefined();

    expect(chat.texts()).toHaveLength(participantTexts);
    const detail = (await api("GET", `/api/escalations/${id}`, ADMIN)).json();
    expect(detail.escalation).toMatchObject({ status: "open", counsellorId: null });
    expect(detail.messages.filter((m: { direction: string }) => m.direction === "out")).toEqual([]);
    await tick();
    // Only Anna's /link (deleted, confirmed) reached Telegram; nothing else was said.
    const said = harness.telegram.calls.filter((c) => c.method !== "answerCallbackQuery").slice(callsBefore).map((c) => c.method);
    expect(said).toEqual(["deleteMessage", "sendMessage"]);
    expect(harness.telegram.sentTexts(GROUP).at(-1)).toMatch(/^🔗 Anna:/);
  });

  it("links only with a fresh, unused code of an active account", async () => {
    const first = (await api("POST", "/api/staff/me/telegram-link-code", anna)).json();
    expect(first.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    // Only the hash is stored.
    const rows = await testDb.database.db.execute<{ code_hash: string }>(sql`select code_hash from staff_link_codes`);
    const hashes = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { code_hash: string }[] }).rows).map((r) => r.code_hash);
    expect(hashes.some((h) => h.includes(first.code.replace("-", "")))).toBe(false);
    expect((await api("POST", "/api/staff/me/telegram-link-code", ADMIN)).statusCode).toBe(400);

    await inGroup(benTg, "/link WRONG-CODE");
    await inGroup(benTg, "/link");
    await inGroup(annaTg, `/link ${first.code.toLowerCase()}`);
    // Used once: Ben cannot take Anna's code after her.
    await inGroup(benTg, `/link ${first.code}`);
    await tick();
    expect(harness.telegram.sentTexts(GROUP)).toEqual([
      "Koodi ei kelpaa: se on väärä, jo käytetty tai vanhentunut. Pyydä uusi koodi henkilökunnan sovelluksesta.",
      "Kirjoita /link ja koodi, esimerkiksi /link ABCD-EFGH.",
      "🔗 Anna: Telegram-tilisi on nyt yhdistetty henkilökunnan tiliisi. Voit vastata osallistujille tässä ryhmässä.",
      "Koodi ei kelpaa: se on väärä, jo käytetty tai vanhentunut. Pyydä uusi koodi henkilökunnan sovelluksesta.",
    ]);
    expect((await testDb.database.db.select().from(staff).orderBy(staff.id)).map((s) => [s.displayName, s.telegramUserId])).toEqual([["Anna", annaTg.id], ["Ben", null]]);

    // A code older than 15 minutes is refused.
    const late = (await api("POST", "/api/staff/me/telegram-link-code", ben)).json();
    await testDb.database.db.execute(sql`update staff_link_codes set expires_at = now() - interval '1 minute' where used_at is null`);
    await inGroup(benTg, `/link ${late.code}`);
    await tick();
    expect(harness.telegram.sentTexts(GROUP).at(-1)).toMatch(/^Koodi ei kelpaa/);
    expect((await testDb.database.db.select().from(staff)).find((s) => s.displayName === "Ben")!.telegramUserId).toBeNull();
  });

  it("posts at most 20 a minute into the group, in order, and waits out a 429", async () => {
    await link(annaTg, anna);
    const chat = await escalatedParticipant(703);
    for (let i = 1; i <= 25; i++) await chat.send(`message ${i}`);
    let result = await tick();
    // The link's two posts, the topic, the summary and 16 messages: 20.
    expect(result).toMatchObject({ ran: true, sent: 20 });
    expect(result.waiting).toBeGreaterThan(0);
    expect(harness.telegram.groupRejected429).toBe(0);
    // Telegram says "slow down" anyway (another bot, a stricter limit): the queue holds.
    harness.telegram.failNext("sendMessage", { kind: "flood", retryAfter: 30 });
    result = await tick();
    expect(result.sent).toBe(0);
    result = await tick();
    expect(result).toMatchObject({ sent: 9, waiting: 0 });
    const [topic] = harness.telegram.topics(GROUP);
    expect(topicPosts(topic!.threadId).slice(1)).toEqual(Array.from({ length: 25 }, (_, i) => `message ${i + 1}`));
    expect(harness.telegram.groupRejected429).toBe(0);
  });

  it("a chat opened urgent (words of danger, features/safety): its topic is marked, its summary pinned once", async () => {
    const chat = harness.user(704, "en");
    await chat.onboard();
    await chat.send("I am not safe at home");
    const db = testDb.database.db;
    expect(await db.select({ urgent: escalations.urgent, source: escalations.source }).from(escalations)).toEqual([{ urgent: true, source: "safety" }]);
    await tick();
    const [topic] = harness.telegram.topics(GROUP);
    expect(topic!.name).toMatch(/^⚠️ KIIREELLINEN · Osallistuja #\d+ · EN$/);
    const [stored] = await db.select().from(staffGroupTopics);
    expect(harness.telegram.pinned(GROUP)).toEqual([stored!.summaryMessageId]);
    expect(topicPosts(topic!.threadId)[0]).toMatch(/^⚠️ KIIREELLINEN/);
    expect(harness.telegram.calls.filter((c) => c.method === "editForumTopic")).toEqual([]);

    await eraseParticipant(db, stored!.participantId!, NOW, "request");
    await tick();
    expect(harness.telegram.topics(GROUP)[0]!.deleted).toBe(true);
    expect(await db.select().from(staffGroupTopics)).toEqual([]);
  });

  it("a running chat that turns urgent: the topic is renamed, told and its summary pinned", async () => {
    const chat = await escalatedParticipant(706);
    await tick();
    const [before] = harness.telegram.topics(GROUP);
    expect(before!.name).toMatch(/^Osallistuja #\d+ · EN$/);
    expect(harness.telegram.pinned(GROUP)).toEqual([]);

    await chat.send("he said he will kill me");
    await tick();
    const [topic] = harness.telegram.topics(GROUP);
    expect(topic!.name).toMatch(/^⚠️ KIIREELLINEN · Osallistuja #\d+ · EN$/);
    const [stored] = await testDb.database.db.select().from(staffGroupTopics);
    expect(harness.telegram.pinned(GROUP)).toEqual([stored!.summaryMessageId]);
    const posts = topicPosts(topic!.threadId);
    expect(posts).toContain("he said he will kill me");
    expect(posts).toContain("⚠️ KIIREELLINEN: vastatkaa ensin tähän.");
    // Once: the same words again change nothing more.
    await chat.send("I am in danger");
    await tick();
    expect(harness.telegram.pinned(GROUP)).toEqual([stored!.summaryMessageId]);
    expect(topicPosts(topic!.threadId).filter((p) => p.startsWith("⚠️"))).toHaveLength(1);
  });
});

describe("a topic someone deleted in the group", () => {
  it("is opened again with the summary, and the participant's message goes there", async () => {
    const chat = await escalatedParticipant(720);
    const participantId = (await api("GET", "/api/escalations", anna)).json().items[0].participantId as number;
    await tick();
    const [lost] = harness.telegram.topics(GROUP);
    // A staff member deletes the topic in Telegram: the bot is not told.
    lost!.deleted = true;

    await chat.send("Are you still there?");
    await tick();
    const topics = harness.telegram.topics(GROUP);
    expect(topics).toHaveLength(2);
    const fresh = topics[1]!;
    expect(fresh).toMatchObject({ name: `Osallistuja #${participantId} · EN`, deleted: false });
    const posts = topicPosts(fresh.threadId);
    expect(posts).toHaveLength(2);
    expect(posts[0]).toContain(`Osallistuja #${participantId} · kieli: englanti (en)`);
    expect(posts[1]).toBe("Are you still there?");
    const stored = await testDb.database.db.select().from(staffGroupTopics);
    expect(stored).toMatchObject([{ participantId, threadId: fresh.threadId }]);
    expect(harness.telegram.messageById(GROUP, stored[0]!.summaryMessageId!)!.text).toBe(posts[0]);
  });

  it("is opened again for the next /counsellor after the chat was closed and its topic deleted", async () => {
    const chat = await escalatedParticipant(721);
    const id = (await api("GET", "/api/escalations", anna)).json().items[0].id as number;
    await tick();
    expect((await api("POST", `/api/escalations/${id}/claim`, anna)).statusCode).toBe(200);
    expect((await api("POST", `/api/escalations/${id}/close`, anna)).statusCode).toBe(200);
    await tick();
    const [lost] = harness.telegram.topics(GROUP);
    expect(lost!.closed).toBe(true);
    lost!.deleted = true;

    await chat.send("/counsellor");
    await chat.send("It's me again");
    await tick();
    const topics = harness.telegram.topics(GROUP);
    expect(topics).toHaveLength(2);
    const posts = topicPosts(topics[1]!.threadId);
    expect(posts[0]).toMatch(/^Osallistuja #\d+ · kieli: englanti \(en\)/);
    expect(posts.slice(1)).toEqual(["It's me again"]);
    expect((await testDb.database.db.select().from(staffGroupTopics)).map((t) => t.threadId)).toEqual([topics[1]!.threadId]);
  });
});

describe("a message from the bot in the middle of the survey", () => {
  it("leaves the participant where they were: after a reminder, and after a chat with a counsellor in the group", async () => {
    await link(annaTg, anna);
    const chat = harness.user(705, "en");
    await chat.onboard();
    await chat.tap(/Start the questions/);
    await chat.tap("Somewhere else");
    const question = chat.lastMessage();
    expect(question.text).toContain("How long have you lived in Finland?");
    const participant = await findParticipantByTelegramId(testDb.database.db, 705);

    // A reminder arrives (sent by the job, outside any update of the chat).
    const messenger = createMessenger(new Api(TEST_TOKEN, { fetch: harness.telegram.fetch }), createI18n(), pino({ level: "silent" }));
    expect(await messenger.toParticipant(testDb.database.db, participant!.id, (t) => ({ text: t("handoff-offer") }))).toBe("sent");
    expect(chat.lastMessage().text).not.toBe(question.text);
    // The question's buttons still answer it, and the next question follows.
    const next = await chat.press("sv:a:years-in-fi:1-3", question);
    expect(next.at(-1)).toContain("Which languages do you speak?");
    const languages = chat.lastMessage();

    // Now a chat with a counsellor in the middle of the survey, answered and closed from the group.
    await chat.send("/counsellor");
    await tick();
    const [stored] = await testDb.database.db.select().from(staffGroupTopics);
    await inGroup(annaTg, "Hello! Shall we continue with the questions?", stored!.threadId);
    expect(chat.texts().at(-1)).toBe("👤 Anna:\nHello! Shall we continue with the questions?");
    const summary = harness.telegram.messageById(GROUP, stored!.summaryMessageId!)!;
    expect(await pressInGroup(annaTg, `sg:close:${stored!.escalationId}`, summary)).toBe("Tehty.");
    // The question on screen before the chat still works, and nothing answered is lost.
    await chat.press("sv:t:languages:ar", languages);
    const done = await chat.press("sv:d:languages", languages);
    expect(done.join("\n")).not.toMatch(/went wrong/i);
    expect(await loadAnswers(testDb.database.db, participant!.id)).toMatchObject({ region: "other", "years-in-fi": "1-3", languages: ["ar"] });
  });
});

describe("the staff group's set-up", () => {
  it("says what is missing: no forum, not an admin, a missing right", async () => {
    const telegram = harness.telegram;
    const api = new Api(TEST_TOKEN, { fetch: telegram.fetch });
    expect(await checkStaffGroup(api, GROUP, telegram.botInfo.id)).toMatchObject({ ok: true, detail: "ok" });
    telegram.addGroup(-1002, { isForum: false });
    expect((await checkStaffGroup(api, -1002, telegram.botInfo.id)).problems).toEqual(["the staff group has no topics: turn on Topics in the group's settings"]);
    telegram.addGroup(-1003, { botStatus: "member" });
    expect((await checkStaffGroup(api, -1003, telegram.botInfo.id)).problems).toEqual([
      "the bot is not an administrator in the staff group: make it one with the rights can_manage_topics, can_pin_messages, can_delete_messages",
    ]);
    telegram.addGroup(-1004, { rights: { can_pin_messages: false } });
    expect((await checkStaffGroup(api, -1004, telegram.botInfo.id)).problems).toEqual(["the bot lacks the right can_pin_messages in the staff group (needed to pin the summary of an urgent chat)"]);
    const missing = await checkStaffGroup(api, -1005, telegram.botInfo.id);
    expect(missing.detail).toMatch(/^staff group: the bot cannot see the staff group -1005 \(Bad Request: chat not found\): add the bot to the group$/);

    // /readyz reports it without failing: participants are still served.
    const server = await createServer({ database: testDb.database, logger: pino({ level: "silent" }), warnings: { staffGroup: () => missing.detail } });
    const ready = await server.inject({ method: "GET", url: "/readyz" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: "ready", warnings: { staffGroup: missing.detail } });
    await server.close();
  });

  it("offers no link code where there is no staff group, and tells the web app so", async () => {
    const server = await createServer({ database: testDb.database, logger: pino({ level: "silent" }), adminToken: ADMIN, clock: () => NOW });
    try {
      const me = await server.inject({ method: "GET", url: "/api/me", headers: { authorization: `Bearer ${anna}` } });
      expect(me.json()).toMatchObject({ displayName: "Anna", staffGroup: false });
      const code = await server.inject({ method: "POST", url: "/api/staff/me/telegram-link-code", headers: { authorization: `Bearer ${anna}` } });
      expect(code.statusCode).toBe(409);
      expect(code.json().message).toMatch(/STAFF_GROUP_ID is not set/);
      // The configured app says there is one.
      expect((await api("GET", "/api/me", anna)).json()).toMatchObject({ staffGroup: true });
    } finally {
      await server.close();
    }
  });
});
