import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { GrammyError, HttpError } from "grammy";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../src/bot/create-bot.js";
import { createServer, WEBHOOK_PATH } from "../src/http/create-server.js";
import { createLogger, safeError } from "../src/logger.js";
import { TEST_DEPS, TEST_TOKEN } from "./support/bot.js";
import { participantInSurvey } from "./support/participants.js";
import { openTestDatabase, type TestDatabase } from "./support/database.js";
import { createFakeTelegram } from "./support/fake-fetch.js";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, stream };
}

const SECRET = "webhook-secret-0123456789";
let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(() => testDb.close());

describe("logs", () => {
  it("redact texts, names and answers wherever they appear in a logged object", () => {
    const { lines, stream } = capture();
    const logger = createLogger("info", stream);
    logger.info({ update: { message: { text: "my secret" } }, text: "my secret", from: { first_name: "Amal", last_name: "K", username: "amal" }, answers: { coping: "hard" }, value: "hard" }, "event");
    logger.info({ req: { headers: { authorization: "Bearer top-secret-token", "x-telegram-bot-api-secret-token": "hook-secret" } } }, "request");
    const out = lines.join("");
    for (const secret of ["my secret", "Amal", "amal", "hard", "top-secret-token", "hook-secret"]) expect(out).not.toContain(secret);
    expect(out).toContain("[redacted]");
  });

  it("never contain what a participant wrote, even when handling their update fails", async () => {
    const { lines, stream } = capture();
    const telegram = createFakeTelegram();
    const bot = createBot({ token: TEST_TOKEN, db: testDb.database.db, deps: TEST_DEPS, logger: createLogger("debug", stream), fetch: telegram.fetch, botInfo: telegram.botInfo });
    await bot.init();
    telegram.failNext("sendMessage", { status: 500, description: "Internal Server Error", times: 2 });
    await bot.handleUpdate(telegram.textUpdate({ id: 990, first_name: "Fatima", language_code: "en" }, "/start my-private-words"));
    const out = lines.join("");
    expect(out).toContain("reply not sent; retried later");
    expect(out).not.toContain("my-private-words");
    expect(out).not.toContain("Fatima");
  });
});

describe("nothing personal in any log line, at trace level", () => {
  const MARKER = "Mxq7-my-private-words";

  async function setUp(rethrowErrors: boolean) {
    const { lines, stream } = capture();
    const logger = createLogger("trace", stream);
    const telegram = createFakeTelegram();
    const bot = createBot({ token: TEST_TOKEN, db: testDb.database.db, deps: TEST_DEPS, logger, fetch: telegram.fetch, botInfo: telegram.botInfo, rethrowErrors });
    await bot.init();
    const app = rethrowErrors ? await createServer({ database: testDb.database, logger, webhook: { bot, secret: SECRET } }) : undefined;
    const deliver = async (update: Update) => {
      if (!app) return bot.handleUpdate(update);
      await app.inject({ method: "POST", url: WEBHOOK_PATH, headers: { "x-telegram-bot-api-secret-token": SECRET }, payload: update as object });
    };
    return { lines, telegram, deliver, close: () => app?.close() };
  }

  it.each([
    ["polling", false],
    ["webhook", true],
  ])("when Telegram refuses /profile or /mydata (%s mode)", async (_mode, webhook) => {
    await testDb.reset();
    const { lines, telegram, deliver, close } = await setUp(webhook);
    const user = { id: 918_273_645, first_name: "Amina", language_code: "en" };
    await participantInSurvey(testDb.database.db, user.id);
    await deliver(telegram.textUpdate(user, `I cleaned offices, ${MARKER}`));
    telegram.failNext("sendMessage", { status: 403, description: "Forbidden: bot was blocked by the user" });
    await deliver(telegram.textUpdate(user, "/profile"));
    telegram.failNext("sendMessage", { status: 400, description: "Bad Request: can't parse entities" });
    await deliver(telegram.textUpdate(user, "/profile"));
    telegram.failNext("sendDocument", { status: 403, description: "Forbidden: bot was blocked by the user" });
    await deliver(telegram.textUpdate(user, "/mydata"));
    telegram.failNext("sendDocument", { status: 400, description: "Bad Request: file must be non-empty" });
    await deliver(telegram.textUpdate(user, "/mydata"));
    await close();
    const out = lines.join("");
    // What happened is there: the method, Telegram's code and description…
    expect(out).toContain('"method":"sendDocument"');
    expect(out).toContain("file must be non-empty");
    // …and nothing the participant wrote or is called.
    expect(out).not.toContain(MARKER);
    expect(out).not.toContain("Mxq7");
    expect(out).not.toContain("Amina");
    // Nor who they are on Telegram (a GrammyError's payload names the chat).
    expect(out).not.toContain("918273645");
  });

  it.each([
    ["polling", false],
    ["webhook", true],
  ])("when a database statement with the participant's words fails (%s mode)", async (_mode, webhook) => {
    await testDb.reset();
    const { lines, telegram, deliver, close } = await setUp(webhook);
    const user = { id: 918_273_646, first_name: "Amina", language_code: "en" };
    await participantInSurvey(testDb.database.db, user.id);
    const db = testDb.database.db;
    // PostgreSQL quotes the failing row in its message ("Failing row contains (…)") and
    // drizzle the statement's parameters: both carry the words.
    await db.execute(sql`alter table survey_answers add constraint test_refuses_marker check (value::text not like '%Mxq7%')`);
    try {
      await deliver(telegram.textUpdate(user, `I cleaned offices, ${MARKER}`));
    } finally {
      await db.execute(sql`alter table survey_answers drop constraint test_refuses_marker`);
    }
    await close();
    const out = lines.join("");
    expect(out).toContain('"code":"23514"');
    expect(out).toContain("test_refuses_marker");
    expect(out).not.toContain("Mxq7");
    expect(out).not.toContain("Amina");
    expect(out).not.toContain("918273646");
  });
});

describe("safeError", () => {
  it("keeps what an operator needs and cuts out quoted values, causes included", () => {
    let parseError: unknown;
    try {
      JSON.parse("Mxq7 is not JSON");
    } catch (error) {
      parseError = error;
    }
    const wrapped = new Error("could not read the answer", { cause: parseError });
    const out = JSON.stringify(safeError(wrapped));
    expect(out).not.toContain("Mxq7");
    expect(out).toContain("SyntaxError");
    expect(out).toContain("could not read the answer");
    const http = new HttpError("Network request for 'sendMessage' failed!", Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
    expect(safeError(http)).toMatchObject({ type: "HttpError", cause: { code: "ECONNRESET" } });
    const telegram = new GrammyError("Call to 'sendMessage' failed!", { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" }, "sendMessage", { chat_id: 5, text: "Mxq7" });
    expect(safeError(telegram)).toEqual({ type: "GrammyError", method: "sendMessage", error_code: 403, description: "Forbidden: bot was blocked by the user", retry_after: undefined });
  });
});
