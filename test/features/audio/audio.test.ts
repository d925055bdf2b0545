import { Api } from "grammy";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRelay } from "../../../src/features/handoff/relay.js";
import { hasProgram } from "../../../src/features/audio/speech.js";
import { composeReminder } from "../../../src/features/reminders/sender.js";
import { loadAnswers } from "../../../src/features/survey/repository.js";
import { createServer, type App } from "../../../src/http/create-server.js";
import { createI18n } from "../../../src/i18n/i18n.js";
import { findParticipantByTelegramId } from "../../../src/participants/repository.js";
import { startTestBot, type TestBot, type TestChat } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";
import { participantInSurvey } from "../../support/participants.js";

const ADMIN = "admin-token-0123456789abcdef";
let testDb: TestDatabase;
let harness: TestBot;
let app: App;

// .ci/run and the Dockerfile install espeak-ng and opus-tools, so CI runs every test here.
// On a developer machine without them the synthesis test cannot run: it is skipped there,
// and the recording tests still run (they need neither program).
const canSynthesize = (await hasProgram("espeak-ng")) && (await hasProgram("opusenc"));

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
  harness = await startTestBot(testDb.database.db);
  const relay = createRelay(new Api("1:test", { fetch: harness.telegram.fetch }));
  app = await createServer({ database: testDb.database, logger: pino({ level: "silent" }), adminToken: ADMIN, relay });
});

const auth = { authorization: `Bearer ${ADMIN}` };
/** The smallest file that reads as OGG/Opus: an Ogg page holding an OpusHead (stored as it is). */
const OGG_OPUS = Buffer.concat([Buffer.from("OggS"), Buffer.alloc(24), Buffer.from("OpusHead"), Buffer.alloc(40, 1)]);
const upload = (locale: string, key: string, body: Buffer, type = "audio/ogg") =>
  app.inject({ method: "PUT", url: `/api/audio/${locale}/${key}`, headers: { ...auth, "content-type": type }, payload: body });
const voiceCalls = (chat: TestChat) => harness.telegram.calls.filter((c) => c.method === "sendVoice" && String(c.payload.chat_id) === String(chat.user.id));

describe("🔊 with a staff recording", () => {
  it("shows the button only where a recording exists (Somali has no synthetic voice), uploads the clip once, then sends it by Telegram's file id", async () => {
    expect((await upload("so", "q-region", OGG_OPUS)).statusCode).toBe(201);
    await participantInSurvey(testDb.database.db, 801, { locale: "so", answers: {} });
    const chat = harness.user(801, "so");
    await chat.send("/survey");
    const listen = chat.buttons().find((b) => b.callback_data === "au:q-region");
    expect(listen?.text).toBe("🔊 Dhagayso");
    const question = chat.lastMessage();

    await chat.press("au:q-region", question);
    expect(voiceCalls(chat)).toHaveLength(1);
    expect(voiceCalls(chat)[0]!.payload.voice).toMatchObject({ filename: "audio-clip-1.ogg", size: OGG_OPUS.length });
    await chat.press("au:q-region", question);
    expect(voiceCalls(chat)[1]!.payload.voice).toBe("fake-voice-1");

    const listed = (await app.inject({ url: "/api/audio", headers: auth })).json();
    expect(listed.clips).toEqual([expect.objectContaining({ messageKey: "q-region", locale: "so", source: "recording", synthetic: false, sentToTelegram: true })]);
    expect(listed.synthesis.withoutVoice).toEqual(["so"]);

    // The next question has no recording in Somali, and no synthetic voice: no button.
    await chat.press("sv:a:region:other", question);
    expect(chat.buttons().some((b) => b.callback_data.startsWith("au:"))).toBe(false);
    // A forged press for it gets a toast, nothing else.
    await chat.press("au:q-years-in-fi", chat.lastMessage());
    expect(chat.toasts().at(-1)).toBe("Waan ka xumahay, tan weli laguma dhagaysan karo luuqaddaada.");
    expect(voiceCalls(chat)).toHaveLength(2);
  });

  it("answers a bad upload with a 4xx and the reason, and deletes a recording", async () => {
    expect((await upload("so", "q-nonsense", OGG_OPUS)).statusCode).toBe(400);
    expect((await upload("xx", "q-region", OGG_OPUS)).statusCode).toBe(400);
    const notAudio = await upload("so", "q-region", Buffer.from("this is not audio at all, only text"));
    expect(notAudio.statusCode).toBe(415);
    expect(notAudio.json().message).toMatch(/OGG\/Opus|could not be read/);
    expect((await app.inject({ method: "PUT", url: "/api/audio/so/q-region", headers: { ...auth, "content-type": "application/json" }, payload: "{}" })).statusCode).toBe(415);
    expect((await upload("so", "q-region", OGG_OPUS)).statusCode).toBe(201);
    expect((await app.inject({ method: "DELETE", url: "/api/audio/so/q-region", headers: auth })).statusCode).toBe(204);
    expect((await app.inject({ method: "DELETE", url: "/api/audio/so/q-region", headers: auth })).statusCode).toBe(404);
  });

  it.skipIf(!canSynthesize)("converts a WAV recording to OGG/Opus", async () => {
    // A WAV of silence, as a phone or a recorder app saves it.
    const { runProgram } = await import("../../../src/features/audio/speech.js");
    const wav = await runProgram("espeak-ng", ["-v", "fi", "--stdout"], Buffer.from("Hei"));
    const answer = await upload("fi", "consent-notice", wav, "audio/wav");
    expect(answer.statusCode).toBe(201);
    expect(answer.json()).toMatchObject({ source: "recording", synthetic: false, converted: true });
  });
});

describe("🔊 with speech synthesis", () => {
  // Skipped only where espeak-ng or opusenc is not installed (see canSynthesize above).
  it.skipIf(!canSynthesize)("speaks an English question with its options, marked synthetic, and reuses the file id", async () => {
    await participantInSurvey(testDb.database.db, 802, { locale: "en", answers: {} });
    const chat = harness.user(802, "en");
    await chat.send("/survey");
    const question = chat.lastMessage();
    expect(chat.buttons(question).map((b) => b.text)).toContain("🔊 Listen");
    await chat.press("au:q-region", question);
    const [first] = voiceCalls(chat);
    expect(first!.payload.voice.size).toBeGreaterThan(500);
    expect(first!.payload.voice.data.subarray(0, 4).toString("latin1")).toBe("OggS");
    const listed = (await app.inject({ url: "/api/audio", headers: auth })).json();
    expect(listed.synthesis.locales).toEqual(expect.arrayContaining(["fi", "sv", "en", "ar", "fa", "ru", "uk", "sw"]));
    expect(listed.clips).toEqual([expect.objectContaining({ messageKey: "q-region", locale: "en", source: "synthetic", synthetic: true, sentToTelegram: true })]);
    await chat.press("au:q-region", question);
    expect(voiceCalls(chat)[1]!.payload.voice).toBe("fake-voice-1");
    // The welcome and notice can be heard too, before consent.
    const newcomer = harness.user(803, "en");
    await newcomer.send("/start");
    await newcomer.tap("English");
    expect(newcomer.buttons().map((b) => b.callback_data)).toContain("au:consent-notice");
  });

  it("adds the 🔊 button to a reminder only where it can be heard", () => {
    const i18n = createI18n();
    const facts = { sessionId: 1, startsAt: new Date("2026-12-01T08:00:00Z"), place: "Kirkkokatu 1", title: { en: "Finnish" }, childrenBooked: 0, locale: "en", version: 1 };
    const translate = (locale: string, key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars);
    expect(JSON.stringify(composeReminder(translate, "day-before", facts, true).reply_markup)).toContain("au:audio-reminder");
    expect(JSON.stringify(composeReminder(translate, "day-before", facts, false).reply_markup)).not.toContain("au:");
  });
});

describe("a voice message as the answer to the work question", () => {
  it("is stored as a file reference, flagged for a counsellor, and elsewhere politely refused", async () => {
    await participantInSurvey(testDb.database.db, 804);
    const chat = harness.user(804, "en");
    const reply = await chat.sendMessage({ voice: { file_id: "AwACAgQ-voice", file_unique_id: "v1", duration: 9 } });
    expect(reply[0]).toMatch(/^Thank you\. A counsellor will listen to your voice message\./);
    const p = (await findParticipantByTelegramId(testDb.database.db, 804))!;
    expect((await loadAnswers(testDb.database.db, p.id))["work-field"]).toEqual({ kind: "voice", fileId: "AwACAgQ-voice", durationSeconds: 9 });
    const detail = (await app.inject({ url: `/api/participants/${p.id}`, headers: auth })).json();
    expect(detail.flags).toContain("voice-answer");
    expect(detail.answers).toEqual(expect.arrayContaining([expect.objectContaining({ questionId: "work-field", value: { kind: "voice", fileId: "AwACAgQ-voice", durationSeconds: 9 } })]));
    // The next question takes buttons: a voice message there is asked again.
    const again = await chat.sendMessage({ voice: { file_id: "AwACAgQ-other", file_unique_id: "v2", duration: 3 } });
    expect(again[0]).toMatch(/^Please use the buttons under the question\./);
    expect((await chat.send("/profile"))[0]).toContain("• Your work: 🎤 Voice message");
  });
});
