import { autoRetry } from "@grammyjs/auto-retry";
import { Api } from "grammy";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../../src/db/client.js";
import { enrolments, modules, participants, reminders, sessions } from "../../../src/db/schema.js";
import { DEFAULT_POLICY } from "../../../src/features/reminders/planner.js";
import { RateLimiter } from "../../../src/features/reminders/rate-limiter.js";
import { changeSession } from "../../../src/features/reminders/changes.js";
import { runReminderTick, type SenderDependencies } from "../../../src/features/reminders/sender.js";
import { createI18n } from "../../../src/i18n/i18n.js";
import { LOCALE_CODES } from "../../../src/i18n/locales.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";
import { createFakeTelegram, type FakeTelegramFetch } from "../../support/fake-fetch.js";

const NOW = new Date("2026-12-03T08:00:00Z"); // 10:00 in Helsinki, outside quiet hours
const i18n = createI18n();
let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await openTestDatabase({ poolSize: 10 });
});
afterAll(() => testDb.close());
beforeEach(() => testDb.reset());

function sender(database: Database, telegram: FakeTelegramFetch, overrides: Partial<SenderDependencies> = {}): SenderDependencies {
  const api = new Api("1:test", { fetch: telegram.fetch });
  api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 5, rethrowInternalServerErrors: true, rethrowHttpErrors: true }));
  return {
    database,
    api,
    translate: (locale, key, vars) => i18n.t(locale, key, vars),
    policy: DEFAULT_POLICY,
    limiter: new RateLimiter(Infinity, 0),
    logger: pino({ level: "silent" }),
    clock: () => NOW,
    concurrency: 4,
    ...overrides,
  };
}

/** `n` participants enrolled in one module whose session starts in `startsInMinutes`. */
async function enrolled(n: number, options: { startsInMinutes?: number; children?: number; locales?: string[] } = {}) {
  const db = testDb.database.db;
  const title = Object.fromEntries(LOCALE_CODES.map((l) => [l, l === "ar" ? "الفنلندية للآباء" : `Finnish (${l})`]));
  const [module] = await db.insert(modules).values({ code: `m${Math.random()}`.slice(0, 12), title, description: title, capacity: n, childcare: true }).returning();
  const startsAt = new Date(NOW.getTime() + (options.startsInMinutes ?? 60) * 60_000);
  const [session] = await db
    .insert(sessions)
    .values({ moduleId: module!.id, startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000), place: "Kirkkokatu 1, Lahti", childcareSeats: 100 })
    .returning();
  const people = await db
    .insert(participants)
    .values(Array.from({ length: n }, (_, i) => ({ telegramUserId: 100_000 + i, chatId: 100_000 + i, locale: options.locales?.[i % options.locales.length] ?? "en", consentStatus: "accepted" as const })))
    .returning();
  await db.insert(enrolments).values(people.map((p) => ({ participantId: p.id, moduleId: module!.id, status: "enrolled" as const, childrenBooked: options.children ?? 0, enrolledAt: NOW })));
  return { module: module!, session: session!, people };
}

const statuses = async () => (await testDb.database.db.select().from(reminders)).map((r) => r.status).sort();

describe("the reminder sender", () => {
  it("sends each due reminder once, in the participant's language, with answer buttons", async () => {
    await enrolled(3, { locales: ["en", "ar", "fi"] });
    const telegram = createFakeTelegram();
    const first = await runReminderTick(sender(testDb.database, telegram));
    expect(first).toMatchObject({ ran: true, sent: 3 });
    const texts = telegram.sent().map((m) => m.text as string);
    expect(texts.find((t) => t.startsWith("🔔 Reminder: “Finnish (en)”"))).toBeDefined();
    expect(texts.some((t) => /^[\u0600-\u06FF]/.test(t.replace(/^[^\p{L}]+/u, "")))).toBe(true);
    expect(telegram.sent()[0].reply_markup.inline_keyboard[0].map((b: { callback_data: string }) => b.callback_data)).toEqual([
      // The session and the version the question was asked for.
      expect.stringMatching(/^rsvp:y:\d+:0$/),
      expect.stringMatching(/^rsvp:n:\d+:0$/),
    ]);
    // The day-before reminder was due too, but the two-hour one says it all.
    expect(await statuses()).toEqual(["sent", "sent", "sent", "skipped", "skipped", "skipped"]);
    const second = await runReminderTick(sender(testDb.database, telegram));
    expect(second.sent).toBe(0);
    expect(telegram.sent()).toHaveLength(3);
  });

  it("asks parents with childcare booked to confirm the number of children", async () => {
    await enrolled(1, { startsInMinutes: 47 * 60, children: 2 });
    const telegram = createFakeTelegram();
    await runReminderTick(sender(testDb.database, telegram));
    const [message] = telegram.sent();
    expect(message.text).toContain("Children in childcare: 2.");
    // Then 🔊 where the reminder can be heard (test/features/audio).
    expect(message.reply_markup.inline_keyboard.map((row: { text: string }[]) => row[0]!.text).filter((t: string) => t !== "🔊 Listen")).toEqual(["✅ Yes, 2 children", "✏️ Change the number", "❌ I cannot come"]);
  });

  it("marks a participant who blocked the bot unreachable and never retries", async () => {
    const { people } = await enrolled(2);
    const telegram = createFakeTelegram();
    telegram.failNext("sendMessage", { status: 403, description: "Forbidden: bot was blocked by the user", chatId: people[0]!.chatId });
    const result = await runReminderTick(sender(testDb.database, telegram));
    expect(result).toMatchObject({ sent: 1, failed: 1, unreachable: 1 });
    const [p] = await testDb.database.db.select().from(participants).where((await import("drizzle-orm")).eq(participants.id, people[0]!.id));
    expect(p!.reachable).toBe(false);
    await runReminderTick(sender(testDb.database, telegram, { clock: () => new Date(NOW.getTime() + 10 * 60_000) }));
    expect(telegram.sent()).toHaveLength(1);
  });

  it("waits out a 429 (retry_after) and sends once", async () => {
    await enrolled(1);
    const telegram = createFakeTelegram();
    telegram.failNext("sendMessage", { status: 429, retryAfter: 1 });
    const started = Date.now();
    const result = await runReminderTick(sender(testDb.database, telegram));
    expect(result.sent).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(telegram.sent()).toHaveLength(1);
  });

  it("retries after a 5xx with back-off, a bounded number of times, then records it as failed", async () => {
    await enrolled(1, { startsInMinutes: 119 });
    const telegram = createFakeTelegram();
    telegram.failNext("sendMessage", { status: 502, times: 10 });
    let now = NOW;
    const tick = () => runReminderTick(sender(testDb.database, telegram, { clock: () => now }));
    expect((await tick()).retrying).toBe(1);
    expect(await statuses()).toContain("retry");
    now = new Date(NOW.getTime() + 30_000); // not yet: the back-off is a minute
    expect((await tick()).retrying).toBe(0);
    now = new Date(NOW.getTime() + 61_000);
    expect((await tick()).retrying).toBe(1);
    now = new Date(NOW.getTime() + 6 * 60_000);
    expect((await tick()).failed).toBe(1);
    expect(await statuses()).toContain("failed");
    expect(telegram.sent()).toHaveLength(0);
  });

  it("tells every enrolled participant once when a session is cancelled, and sends no reminder for it", async () => {
    const { session } = await enrolled(3, { startsInMinutes: 3 * 60 });
    const telegram = createFakeTelegram();
    const cancel = () => testDb.database.db.transaction((tx) => changeSession(tx, session.id, { cancelled: true }, NOW, DEFAULT_POLICY));
    expect(await cancel()).toMatchObject({ ok: true, noticesQueued: 3 });
    expect(await cancel()).toMatchObject({ ok: true, noticesQueued: 0 });
    await runReminderTick(sender(testDb.database, telegram));
    await runReminderTick(sender(testDb.database, telegram, { clock: () => new Date(NOW.getTime() + 2 * 3600_000) }));
    expect(telegram.sent().map((m) => m.text as string)).toEqual(Array(3).fill(expect.stringMatching(/^❗ “Finnish \(en\)” on .* is cancelled\./)));
  });

  it("skips reminders of a session that started while the bot was down", async () => {
    await enrolled(2, { startsInMinutes: -30 });
    const telegram = createFakeTelegram();
    const result = await runReminderTick(sender(testDb.database, telegram));
    expect(result.sent).toBe(0);
    expect(result.skipped).toBe(4);
    expect(telegram.sent()).toHaveLength(0);
  });
});

describe("several senders, one database", () => {
  it("three schedulers, each with its own connections, send 1,000 due reminders exactly once", async () => {
    await enrolled(1000);
    const telegram = createFakeTelegram();
    // On PostgreSQL: three separate pools, like three processes. On PGlite: one process.
    const handles: Database[] = testDb.url
      ? await Promise.all([1, 2, 3].map(() => openDatabase({ url: testDb.url!, poolSize: 4 })))
      : [testDb.database, testDb.database, testDb.database];
    try {
      // Every scheduler ticks three times, all at once.
      const results = await Promise.all(handles.flatMap((h) => [0, 1, 2].map(() => runReminderTick(sender(h, telegram, { concurrency: 8 })))));
      expect(results.reduce((n, r) => n + r.sent, 0)).toBe(1000);
      const perChat = new Map<number, number>();
      for (const m of telegram.sent()) perChat.set(m.chat_id, (perChat.get(m.chat_id) ?? 0) + 1);
      expect(perChat.size).toBe(1000);
      expect([...perChat.values()].every((n) => n === 1)).toBe(true);
    } finally {
      if (testDb.url) await Promise.all(handles.map((h) => h.close()));
    }
  });

  it("after a sender dies mid-batch, the next one sends the rest and repeats at most the message in flight", async () => {
    await enrolled(20);
    const telegram = createFakeTelegram();
    // The first sender "dies" on its 8th message: the call never returns.
    let calls = 0;
    const dyingFetch: typeof fetch = (input, init) => (++calls === 8 ? new Promise<Response>(() => {}) : telegram.fetch(input, init));
    const dyingApi = new Api("1:test", { fetch: dyingFetch });
    const dying = testDb.url ? await openDatabase({ url: testDb.url, poolSize: 2 }) : await openDatabase({ pglite: testDb.pglite });
    void runReminderTick(sender(dying, telegram, { api: dyingApi, concurrency: 1 }));
    await telegram.waitFor(() => telegram.sent().length === 7);
    await new Promise((r) => setTimeout(r, 100));
    // The process is gone: on PostgreSQL its connections close and its lock with them;
    // on PGlite a new process opens the same database.
    let next: Database;
    if (testDb.url) {
      await dying.close();
      next = await openDatabase({ url: testDb.url, poolSize: 4 });
    } else {
      next = await openDatabase({ pglite: testDb.pglite });
    }
    const result = await runReminderTick(sender(next, telegram, { concurrency: 1 }));
    expect(result.sent).toBe(13);
    const perChat = new Map<number, number>();
    for (const m of telegram.sent()) perChat.set(m.chat_id, (perChat.get(m.chat_id) ?? 0) + 1);
    expect(perChat.size).toBe(20);
    expect([...perChat.values()].filter((n) => n > 1).length).toBeLessThanOrEqual(1);
    expect(await statuses()).toEqual([...Array(20).fill("sent"), ...Array(20).fill("skipped")].sort());
    if (testDb.url) await next.close();
  });
});
