import { Api } from "grammy";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { outbox } from "../../../src/db/schema.js";
import { createRelay } from "../../../src/features/handoff/relay.js";
import { createStaff, issueToken } from "../../../src/features/handoff/staff.js";
import { loadAnswers } from "../../../src/features/survey/repository.js";
import { createServer, type App } from "../../../src/http/create-server.js";
import { findParticipantByTelegramId } from "../../../src/participants/repository.js";
import { startTestBot, type TestBot } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

const ADMIN = "admin-token-0123456789abcdef";
// A Tuesday at 10:00 in Helsinki: office hours (mon-fri 09-16).
const NOW = new Date("2026-12-01T08:00:00Z");
let testDb: TestDatabase;
let harness: TestBot;
let app: App;
let anna: string;
let ben: string;

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
  const db = testDb.database.db;
  anna = (await issueToken(db, (await createStaff(db, { displayName: "Anna", role: "counsellor" })).id, null)).token;
  ben = (await issueToken(db, (await createStaff(db, { displayName: "Ben", role: "counsellor" })).id, null)).token;
});

const as = (token: string) => ({ authorization: `Bearer ${token}` });
const api = (method: "GET" | "POST", url: string, token: string, payload?: object) => app.inject({ method, url, headers: as(token), ...(payload ? { payload } : {}) });

describe("handing a chat to a counsellor and back", () => {
  it("an Arabic reader gets a reply from a counsellor with a Latin name laid out right to left: the name isolated, lines that start with a Latin word marked", async () => {
    const chat = harness.user(709, "ar");
    await chat.onboard("العربية");
    await chat.send("/counsellor");
    const id = (await api("GET", "/api/escalations", anna)).json().items[0].id;
    expect((await api("POST", `/api/escalations/${id}/claim`, anna)).statusCode).toBe(200);
    expect((await api("POST", `/api/escalations/${id}/reply`, anna, { text: "Anna هنا. كيف أساعدك؟\nKela: اتصل غدًا.\nOK" })).statusCode).toBe(201);
    expect(chat.texts().at(-1)).toBe("\u200F👤 \u2068Anna\u2069:\n\u200FAnna هنا. كيف أساعدك؟\n\u200FKela: اتصل غدًا.\nOK");
    // What the counsellor wrote is stored as written, without the marks.
    const detail = (await api("GET", `/api/escalations/${id}`, anna)).json();
    expect(detail.messages.at(-1).text).toBe("Anna هنا. كيف أساعدك؟\nKela: اتصل غدًا.\nOK");
  });

  it("escalate mid-survey, claim, two replies, text and a photo from the participant, close, and the survey goes on with nothing lost", async () => {
    const chat = harness.user(701, "en");
    await chat.onboard();
    await chat.tap(/Start the questions/);
    await chat.tap("Somewhere else");
    await chat.tap("1 to 3 years");

    const opened = await chat.send("/counsellor");
    expect(opened[0]).toMatch(/^A counsellor will answer you here soon\./);
    const queue = (await api("GET", "/api/escalations", anna)).json().items;
    expect(queue).toEqual([expect.objectContaining({ status: "open", source: "command", locale: "en" })]);
    const id = queue[0].id;

    // While the chat is with a counsellor, text is not a survey answer.
    expect(await chat.send("Hello, I need help with Kela")).toEqual(["✓ Your message is with the counsellor."]);
    expect(await chat.sendMessage({ photo: [{ file_id: "small", file_unique_id: "s", width: 90, height: 90 }, { file_id: "big-photo", file_unique_id: "b", width: 800, height: 800 }], caption: "my letter" })).toEqual([]);
    // A survey button does nothing but say where they are.
    await chat.press("sv:a:languages:ar");
    expect(chat.toasts().at(-1)).toBe("You are talking with a person now. Write /end to go back to the bot.");

    expect((await api("POST", `/api/escalations/${id}/claim`, anna)).statusCode).toBe(200);
    expect((await api("POST", `/api/escalations/${id}/reply`, anna, { text: "Hi! I can help." })).statusCode).toBe(201);
    expect((await api("POST", `/api/escalations/${id}/reply`, anna, { text: "What does the letter say?" })).statusCode).toBe(201);
    const replies = chat.texts().slice(-2);
    expect(replies).toEqual(["👤 Anna:\nHi! I can help.", "👤 Anna:\nWhat does the letter say?"]);

    const detail = (await api("GET", `/api/escalations/${id}`, anna)).json();
    expect(detail.messages.map((m: { direction: string; text: string | null; fileKind: string | null; fileId: string | null }) => [m.direction, m.text, m.fileKind, m.fileId])).toEqual([
      ["in", "Hello, I need help with Kela", null, null],
      ["in", "my letter", "photo", "big-photo"],
      ["out", "Hi! I can help.", null, null],
      ["out", "What does the letter say?", null, null],
    ]);
    expect(detail.survey.answers.map((a: { questionId: string }) => a.questionId)).toEqual(["region", "years-in-fi"]);
    // The summary is in Finnish, for the counsellors.
    expect(detail.survey.answers[0].answer).not.toBe("Somewhere else");

    expect((await api("POST", `/api/escalations/${id}/close`, anna, { note: "Explained the Kela letter" })).statusCode).toBe(200);
    expect(chat.texts().at(-1)).toBe("The counsellor ended the chat. You are back with the bot. Write /start to see the menu.");
    // Back with the bot: the survey continues where it was.
    const next = await chat.send("/survey");
    expect(next.at(-1)).toContain("Which languages do you speak?");
    const p = await findParticipantByTelegramId(testDb.database.db, 701);
    expect(await loadAnswers(testDb.database.db, p!.id)).toEqual({ region: "other", "years-in-fi": "1-3" });
    const events = (await testDb.database.db.select().from(outbox)).map((e) => e.event);
    expect(events).toEqual(["escalation.opened", "message.created", "message.created", "escalation.claimed", "message.created", "message.created", "escalation.closed"]);
  });

  it("is reachable without consent, from the menu, from the survey's 'talk' answer, and after two messages the bot cannot understand", async () => {
    const declined = harness.user(702, "en");
    await declined.onboard("English", "decline");
    expect((await declined.tap("🙋 Talk to a person"))[0]).toMatch(/^A counsellor will answer you here soon/);
    expect((await declined.send("/end"))[0]).toBe("You are back with the bot.");

    const confused = harness.user(703, "en");
    await confused.onboard();
    expect((await confused.send("asdf"))[0]).toMatch(/^Sorry, I did not understand\. Please use the buttons, or write \/help\./);
    const second = await confused.send("qwerty");
    expect(second[0]).toBe("I still do not understand. A person can help you.");
    expect((await confused.tap("🙋 Yes, talk to a person"))[0]).toMatch(/^A counsellor will answer you here soon/);
    expect((await api("GET", "/api/escalations?state=open", anna)).json().items.map((e: { source: string }) => e.source)).toEqual(["not-understood"]);
    expect((await api("GET", "/api/escalations?state=closed", anna)).json().items.map((e: { source: string }) => e.source)).toEqual(["menu"]);

    // Understood messages in between reset the count.
    const other = harness.user(704, "en");
    await other.onboard();
    await other.send("asdf");
    await other.send("/help");
    expect((await other.send("asdf"))[0]).toMatch(/^Sorry, I did not understand\. Please use the buttons, or write \/help\./);
  });

  it("tells the participant when the office opens, outside office hours", async () => {
    const night = await startTestBot(testDb.database.db, {}, harness.telegram, () => new Date("2026-12-05T20:00:00Z")); // Saturday 22:00
    const chat = night.user(705, "en");
    await chat.send("/start");
    await chat.tap("English");
    const reply = await chat.send("/counsellor");
    expect(reply[0]).toMatch(/^Our counsellors are not at work now\. A counsellor will answer you here on Monday 7 December at 09:00\./);
  });
});

describe("the participant's own commands during a chat with a counsellor", () => {
  it("/mydata, the language choice and /delete with its button work, and none of them reaches the counsellor", async () => {
    const chat = harness.user(720, "en");
    await chat.onboard();
    await chat.send("/counsellor");
    await chat.send("I need help with a letter");
    const db = testDb.database.db;

    const mine = await chat.send("/mydata");
    expect(mine[0]).toMatch(/^This is everything we keep about you\./);
    expect(harness.telegram.calls.some((c) => c.method === "sendDocument")).toBe(true);

    await chat.send("/language");
    expect((await chat.tap("Suomi"))[0]).toMatch(/^Selvä\. Kirjoitan sinulle nyt suomeksi\./);
    expect((await findParticipantByTelegramId(db, 720))?.locale).toBe("fi");
    const [open] = (await api("GET", "/api/escalations", anna)).json().items;
    const transcript = (await api("GET", `/api/escalations/${open.id}`, anna)).json().messages;
    expect(transcript.map((m: { text: string }) => m.text)).toEqual(["I need help with a letter"]);

    await chat.send("/delete");
    expect(chat.buttons().map((b) => b.text)).toEqual(["🗑 Kyllä, poista kaikki", "Ei, säilytä tietoni"]);
    const done = await chat.tap("🗑 Kyllä, poista kaikki");
    expect(done).toEqual(["Tietosi on poistettu. Kiitos. Kirjoita /start, jos haluat aloittaa alusta."]);
    expect(await findParticipantByTelegramId(db, 720)).toBeUndefined();

    // Erasure took the chat's events with it; the counsellors' tools only learn that it closed.
    expect((await db.select().from(outbox)).map((e) => [e.event, e.payload])).toEqual([["escalation.closed", expect.not.objectContaining({ text: expect.anything() })]]);
    const [escalation] = (await api("GET", "/api/escalations?state=closed", ADMIN)).json().items;
    expect(escalation).toMatchObject({ participantId: null, status: "closed" });
  });
});

describe("a broken character in a message for the counsellor", () => {
  it("reaches the counsellor as U+FFFD with the rest of the message, instead of failing the update", async () => {
    const chat = harness.user(721, "en");
    await chat.onboard();
    await chat.send("/counsellor");
    expect(await chat.send("My letter \ud83d from Kela")).toEqual(["✓ Your message is with the counsellor."]);
    const [open] = (await api("GET", "/api/escalations", anna)).json().items;
    const transcript = (await api("GET", `/api/escalations/${open.id}`, anna)).json().messages;
    expect(transcript.map((m: { text: string }) => m.text)).toEqual(["My letter \ufffd from Kela"]);
  });
});

describe("the counsellor API", () => {
  async function escalated(userId: number) {
    const chat = harness.user(userId, "en");
    await chat.send("/start");
    await chat.tap("English");
    await chat.send("/counsellor");
    return { chat, id: (await api("GET", "/api/escalations", anna)).json().items.at(-1).id as number };
  }

  it("lets exactly one of two counsellors claiming at once win; the other gets 409", async () => {
    const { id } = await escalated(710);
    const [a, b] = await Promise.all([api("POST", `/api/escalations/${id}/claim`, anna), api("POST", `/api/escalations/${id}/claim`, ben)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().message).toBe("another counsellor claimed it first");
  });

  it("answers 401 without a token, 403 to a counsellor on admin routes and on someone else's chat, 400 to malformed bodies, 409 to replies to a closed chat", async () => {
    const { id } = await escalated(711);
    expect((await app.inject({ url: "/api/escalations" })).statusCode).toBe(401);
    expect((await app.inject({ url: "/api/escalations", headers: as("kb_not-a-real-token") })).statusCode).toBe(401);
    expect((await api("GET", "/api/participants", anna)).statusCode).toBe(403);
    expect((await api("POST", "/api/staff", anna, { displayName: "X", role: "admin" })).statusCode).toBe(403);
    await api("POST", `/api/escalations/${id}/claim`, anna);
    expect((await api("POST", `/api/escalations/${id}/reply`, ben, { text: "hi" })).statusCode).toBe(403);
    for (const body of [{}, { text: "" }, { text: 5 }, { text: "x".repeat(5000) }, { text: "hi", extra: true }]) {
      expect((await api("POST", `/api/escalations/${id}/reply`, anna, body)).statusCode, JSON.stringify(body).slice(0, 40)).toBe(400);
    }
    expect((await api("POST", `/api/escalations/abc/claim`, anna)).statusCode).toBe(400);
    expect((await api("POST", `/api/escalations/999/claim`, anna)).statusCode).toBe(404);
    const closed = await api("POST", `/api/escalations/${id}/close`, anna);
    expect(closed.statusCode, closed.body).toBe(200);
    const late = await api("POST", `/api/escalations/${id}/reply`, anna, { text: "one more thing" });
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe("the escalation is closed");
  });

  it("reports a participant who blocked the bot, and the escalation shows it", async () => {
    const { id, chat } = await escalated(712);
    await api("POST", `/api/escalations/${id}/claim`, anna);
    harness.telegram.failNext("sendMessage", { status: 403, description: "Forbidden: bot was blocked by the user", chatId: chat.user.id });
    const res = await api("POST", `/api/escalations/${id}/reply`, anna, { text: "Are you there?" });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe("the participant has blocked the bot; the reply was not delivered");
    const detail = (await api("GET", `/api/escalations/${id}`, anna)).json();
    expect(detail.escalation.participantUnreachable).toBe(true);
    expect(detail.messages.at(-1)).toMatchObject({ direction: "out", delivery: "failed" });
  });

  it("reassigns, and creates accounts whose tokens work at once and can be revoked", async () => {
    const { id } = await escalated(713);
    await api("POST", `/api/escalations/${id}/claim`, anna);
    const created = await api("POST", "/api/staff", ADMIN, { displayName: "Cecilia", role: "counsellor", expiresInDays: 30 });
    expect(created.statusCode).toBe(201);
    const { id: ceciliaId, token, tokenId } = created.json();
    expect((await api("POST", `/api/escalations/${id}/reassign`, anna, { counsellorId: ceciliaId })).json()).toMatchObject({ counsellor: "Cecilia" });
    expect((await api("POST", `/api/escalations/${id}/reply`, token, { text: "Cecilia here" })).statusCode).toBe(201);
    expect((await api("POST", `/api/tokens/${tokenId}/revoke`, ADMIN)).statusCode).toBe(200);
    expect((await api("GET", "/api/escalations", token)).statusCode).toBe(401);
  });
});
