import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../src/bot/create-bot.js";
import { createLogger } from "../src/logger.js";
import { TEST_DEPS, TEST_TOKEN } from "./support/bot.js";
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
