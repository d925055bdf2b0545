/**
 * Fuzzing the bot: thousands of generated updates (awkward text, every message kind,
 * stale and tampered buttons, groups, channels, blocks, inline queries) go one by
 * one through the real bot with an in-process fake Telegram, and after each one the
 * bot must have behaved:
 *
 * - `handleUpdate` resolves, and no error reached the bot's error boundary (which
 *   would answer a participant with the generic "something went wrong" text);
 * - every private-chat message got an answer (or, in a live handoff, was kept for the
 *   counsellor), every button press in a private chat was answered;
 * - nothing was sent to a group, supergroup or channel, nor to a person who just blocked the bot;
 * - texts fit Telegram's limits (4,096 characters, captions 1,024, toasts 200) and
 *   every button's callback data fits in 64 bytes; Telegram (the fake) refused nothing.
 *
 *   FUZZ_SEED=20261123 FUZZ_UPDATES=1000 npx vitest run test/fuzz/bot.fuzz.test.ts
 *
 * Failures name the seed, the update's index and the update itself; the same seed
 * and count replay the same run.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { count, eq, sql } from "drizzle-orm";
import { Context } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escalationMessages } from "../../src/db/schema.js";
import { seedCatalogue } from "../../src/features/modules/seed.js";
import { startTestBot, type TestBot } from "../support/bot.js";
import { onPostgres, openTestDatabase, type TestDatabase } from "../support/database.js";
import type { RecordedCall } from "../support/fake-fetch.js";
import { corpusUpdates, envInteger, NON_PRIVATE_CHAT_IDS, UpdateGenerator, type GeneratedUpdate } from "./generators.js";

const SEED = envInteger("FUZZ_SEED", 20261123);
const UPDATES = envInteger("FUZZ_UPDATES", 1000);
// A Tuesday at 10:00 in Helsinki: office hours, and the seeded sessions lie ahead.
const NOW = new Date("2026-12-01T08:00:00Z");
const LOCALES_DIR = fileURLToPath(new URL("../../locales/", import.meta.url));

const MAX_TEXT = 4096;
const MAX_CAPTION = 1024;
const MAX_TOAST = 200;
const MAX_CALLBACK_DATA_BYTES = 64;
const SEND_METHODS = new Set(["sendMessage", "sendDocument", "sendPhoto", "sendVideo", "sendVoice", "sendAudio", "sendSticker", "sendAnimation", "sendLocation", "sendContact", "sendPoll", "sendDice", "sendMediaGroup", "copyMessage", "forwardMessage"]);
const ANSWER_METHODS = new Set([...SEND_METHODS, "editMessageText", "editMessageReplyMarkup", "editMessageCaption"]);

/** The bot's "something went wrong" answer in every language, and its built-in fallback. */
function genericErrorTexts(): Set<string> {
  const texts = new Set(["Sorry, something went wrong. Please try again."]);
  for (const file of readdirSync(LOCALES_DIR).filter((f) => f.endsWith(".ftl"))) {
    const bundle = new FluentBundle(path.basename(file, ".ftl"), { useIsolating: false });
    bundle.addResource(new FluentResource(readFileSync(path.join(LOCALES_DIR, file), "utf8")));
    const message = bundle.getMessage("error-generic");
    if (message?.value) texts.add(bundle.formatPattern(message.value).trim());
  }
  return texts;
}

interface Failure {
  index: number;
  kind: string;
  problem: string;
  detail: string;
  update: Update;
}

/** JSON of an update with long strings cut, for failure messages. */
function preview(value: unknown, max = 1500): string {
  const json = JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" && v.length > 120 ? `${v.slice(0, 100)}…(${v.length} chars)` : v));
  return json.length > max ? `${json.slice(0, max)}…` : json;
}

/** An error's stack, and the causes under it (a failed query wraps the database's error). */
function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    if (current instanceof Error) {
      parts.push(depth === 0 ? (current.stack ?? current.message) : `caused by: ${current.message}`);
      current = current.cause;
    } else {
      parts.push(depth === 0 ? preview(current, 500) : `caused by: ${preview(current, 500)}`);
      break;
    }
  }
  return parts.join("\n");
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

let testDb: TestDatabase;
let harness: TestBot;
/** Errors the bot's error boundary logged, with the update they came from. */
const boundaryErrors: { updateId: number | undefined; error: unknown }[] = [];
let restoreLogHook: () => void = () => {};

/**
 * The bot logs every error that reaches its boundary through `ctx.log.error`
 * (`ctx.log` is set by its first middleware). startTestBot silences the logger, so
 * the assignment is intercepted on grammY's Context to keep those errors (with
 * their stacks) for the failure report. Nothing of the bot itself changes.
 */
function captureBoundaryErrors(): () => void {
  const proto = Context.prototype as unknown as Record<string, unknown>;
  const previous = Object.getOwnPropertyDescriptor(proto, "log");
  const store = new WeakMap<object, Logger>();
  Object.defineProperty(proto, "log", {
    configurable: true,
    get(this: object) {
      return store.get(this);
    },
    set(this: Context, logger: Logger) {
      const updateId = this.update?.update_id;
      store.set(
        this,
        new Proxy(logger, {
          get(target, prop, receiver) {
            if (prop === "error") {
              return (obj: unknown, ...rest: unknown[]) => {
                const err = typeof obj === "object" && obj !== null && "err" in obj ? (obj as { err: unknown }).err : obj;
                boundaryErrors.push({ updateId, error: err });
                return (target.error as (...args: unknown[]) => void)(obj, ...rest);
              };
            }
            const value = Reflect.get(target, prop, receiver);
            return typeof value === "function" ? value.bind(target) : value;
          },
        }),
      );
    },
  });
  return () => {
    if (previous) Object.defineProperty(proto, "log", previous);
    else delete proto.log;
  };
}

beforeAll(async () => {
  testDb = await openTestDatabase();
  await seedCatalogue(testDb.database.db, NOW);
  restoreLogHook = captureBoundaryErrors();
  harness = await startTestBot(testDb.database.db, {}, undefined, () => NOW);
});

afterAll(async () => {
  restoreLogHook();
  await testDb?.close();
});

async function incomingForCounsellors(): Promise<number> {
  const [row] = await testDb.database.db.select({ n: count() }).from(escalationMessages).where(eq(escalationMessages.direction, "in"));
  return Number(row?.n ?? 0);
}

/** The chat a call went to, as a number (form uploads send it as text). */
function chatOf(call: RecordedCall): number | undefined {
  const id = call.payload?.chat_id;
  return id === undefined ? undefined : Number(id);
}

function keyboardData(markup: unknown): string[] {
  if (typeof markup !== "object" || markup === null) return [];
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (!Array.isArray(rows)) return [];
  return rows.flat().flatMap((b: unknown) => (typeof b === "object" && b !== null && "callback_data" in b ? [String((b as { callback_data: unknown }).callback_data)] : []));
}

describe("the bot under fuzzed updates", () => {
  it(`handles a corpus and ${UPDATES} generated updates (seed ${SEED}) without errors, silence, or messages Telegram would refuse`, { timeout: Math.max(120_000, UPDATES * 250) }, async () => {
    const generic = genericErrorTexts();
    expect(generic.size, "error-generic texts found in locales/*.ftl").toBeGreaterThanOrEqual(9);
    expect(generic).toContain("Sorry, something went wrong. Please try again in a moment.");

    const { bot, telegram } = harness;
    const generator = new UpdateGenerator({
      seed: SEED,
      nowSeconds: () => Math.floor(NOW.getTime() / 1000),
      lastBotMessage: (chatId) => telegram.lastMessage(chatId),
    });
    const replay = corpusUpdates({ userId: 909_999, nowSeconds: Math.floor(NOW.getTime() / 1000) });
    const total = replay.length + UPDATES;
    const failures: Failure[] = [];
    const kinds = new Map<string, number>();
    let keptForCounsellor = 0;
    const started = Date.now();

    for (let i = 0; i < total; i++) {
      const generated: GeneratedUpdate = i < replay.length ? { index: i, kind: "corpus", update: replay[i]! } : { ...generator.next(), index: i };
      const { update, kind, index } = generated;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      const fail = (problem: string, detail = "") => failures.push({ index, kind, problem, detail, update });

      const message = update.message;
      const privateMessage = message?.chat.type === "private" ? message : undefined;
      const callback = update.callback_query;
      const callbackChat = callback?.message?.chat;
      const callsBefore = telegram.calls.length;
      const errorsBefore = boundaryErrors.length;
      const incomingBefore = privateMessage ? await incomingForCounsellors() : 0;

      try {
        await bot.handleUpdate(update);
      } catch (error) {
        fail("handleUpdate threw", describeError(error));
      }

      for (const { error } of boundaryErrors.slice(errorsBefore)) {
        fail("an error reached the error boundary", describeError(error));
      }

      const calls = telegram.calls.slice(callsBefore);
      for (const call of calls) {
        const p = call.payload ?? {};
        const chatId = chatOf(call);
        const text: unknown = p.text;
        const caption: unknown = p.caption;
        if (typeof text === "string" && generic.has(text.trim())) fail("the generic error message was sent", `${call.method} to ${chatId}`);
        if (SEND_METHODS.has(call.method) && chatId !== undefined && NON_PRIVATE_CHAT_IDS.has(chatId)) {
          fail("the bot wrote to a group, supergroup or channel", `${call.method} to ${chatId}: ${preview(text ?? caption, 200)}`);
        }
        if ((call.method === "sendMessage" || call.method === "editMessageText") && typeof text === "string" && text.length > MAX_TEXT) {
          fail(`a text longer than ${MAX_TEXT} characters`, `${call.method}: ${text.length} characters: ${preview(text, 200)}`);
        }
        if (typeof caption === "string" && caption.length > MAX_CAPTION) fail(`a caption longer than ${MAX_CAPTION} characters`, `${call.method}: ${caption.length}`);
        if (call.method === "answerCallbackQuery" && typeof text === "string" && text.length > MAX_TOAST) {
          fail(`a callback answer longer than ${MAX_TOAST} characters`, `${text.length}: ${preview(text, 200)}`);
        }
        for (const data of keyboardData(p.reply_markup)) {
          if (byteLength(data) > MAX_CALLBACK_DATA_BYTES) fail(`callback data over ${MAX_CALLBACK_DATA_BYTES} bytes`, `${call.method}: ${byteLength(data)} bytes: ${preview(data, 200)}`);
        }
        if (call.status !== undefined && call.status !== 200) {
          fail("Telegram (the fake) refused a call", `${call.method} → ${call.status}: ${preview(p, 300)}`);
        }
      }

      if (privateMessage) {
        const chatId = privateMessage.chat.id;
        const answered = calls.some((c) => ANSWER_METHODS.has(c.method) && chatOf(c) === chatId && c.status === 200);
        if (!answered) {
          if ((await incomingForCounsellors()) > incomingBefore) keptForCounsellor += 1;
          else fail("a private message got no answer", `methods called: ${calls.map((c) => c.method).join(", ") || "(none)"}`);
        }
      }
      if (update.edited_message?.chat.type === "private") {
        const chatId = update.edited_message.chat.id;
        if (!calls.some((c) => ANSWER_METHODS.has(c.method) && chatOf(c) === chatId && c.status === 200)) {
          fail("an edited private message got no answer", `methods called: ${calls.map((c) => c.method).join(", ") || "(none)"}`);
        }
      }
      if (callback && (callbackChat === undefined || callbackChat.type === "private")) {
        if (!calls.some((c) => c.method === "answerCallbackQuery" && c.payload?.callback_query_id === callback.id)) {
          fail(callbackChat === undefined ? "a button press without a message (inline-mode) got no answerCallbackQuery" : "a button press in a private chat got no answerCallbackQuery", `data ${preview(callback.data ?? null, 100)}; methods called: ${calls.map((c) => c.method).join(", ") || "(none)"}`);
        }
      }
      if (update.my_chat_member && update.my_chat_member.new_chat_member.status === "kicked") {
        const chatId = update.my_chat_member.chat.id;
        const sent = calls.filter((c) => SEND_METHODS.has(c.method) && chatOf(c) === chatId);
        if (sent.length > 0) fail("the bot wrote to a person who had just blocked it", sent.map((c) => c.method).join(", "));
      }
    }

    const seconds = (Date.now() - started) / 1000;
    const reached = await coverage();
    const summary = {
      suite: "bot",
      project: onPostgres ? "postgres" : "pglite",
      seed: SEED,
      updates: UPDATES,
      corpus: replay.length,
      failures: failures.length,
      keptForCounsellor,
      seconds: Math.round(seconds * 10) / 10,
      kinds: Object.fromEntries([...kinds.entries()].sort()),
      reached,
      problems: Object.fromEntries(countBy(failures.map((f) => f.problem))),
    };
    console.log(`[fuzz:bot] ${JSON.stringify(summary)}`);
    writeReport(summary);

    if (failures.length > 0) {
      const report = describeFailures(failures, replay.length);
      console.error(report);
      expect.fail(report);
    }
  });
});

/** How far the generated participants got: survey states, enrolments, handoffs, erasures. */
async function coverage(): Promise<Record<string, unknown>> {
  const rows = async (query: string) => {
    const result = await testDb.database.db.execute(sql.raw(query));
    return (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as Record<string, unknown>[];
  };
  const pairs = async (query: string) => Object.fromEntries((await rows(query)).map((r) => [String(r.k), Number(r.n)]));
  return {
    participants: await pairs("select coalesce(survey_status::text, 'none') as k, count(*) as n from participants group by 1 order by 1"),
    consent: await pairs("select coalesce(consent_status::text, 'none') as k, count(*) as n from participants group by 1 order by 1"),
    answers: Number((await rows("select count(*) as n from survey_answers"))[0]?.n ?? 0),
    enrolments: await pairs("select status::text as k, count(*) as n from enrolments group by 1 order by 1"),
    escalations: await pairs("select status::text as k, count(*) as n from escalations group by 1 order by 1"),
  };
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Every kind of problem once or a few times, with what is needed to replay it. */
function describeFailures(failures: Failure[], corpusSize: number): string {
  const lines = [`${failures.length} fuzz failure(s) with FUZZ_SEED=${SEED} FUZZ_UPDATES=${UPDATES}:`];
  for (const [problem, n] of countBy(failures.map((f) => f.problem))) {
    lines.push("", `■ ${problem}: ${n} time(s)`);
    for (const f of failures.filter((x) => x.problem === problem).slice(0, 3)) {
      lines.push(
        f.index < corpusSize
          ? `  update #${f.index} (from the corpus, replayed on every run)`
          : `  update #${f.index} (${f.kind}); replay: FUZZ_SEED=${SEED} FUZZ_UPDATES=${f.index - corpusSize + 1}`,
        `  update: ${preview(f.update)}`,
        ...(f.detail ? [`  ${reorderCause(f.detail).split("\n").slice(0, 12).join("\n    ")}`] : []),
      );
    }
  }
  return lines.join("\n");
}

/** Puts the "caused by" lines (the database's own message) right under the first line. */
function reorderCause(detail: string): string {
  const lines = detail.split("\n");
  const causes = lines.filter((l) => l.startsWith("caused by: "));
  const rest = lines.filter((l) => !l.startsWith("caused by: "));
  return [...rest.slice(0, 1), ...causes, ...rest.slice(1)].join("\n");
}

/** With FUZZ_REPORT_DIR set (bench/fuzz.ts), the summary is also written there as JSON. */
function writeReport(summary: Record<string, unknown>): void {
  const dir = process.env.FUZZ_REPORT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `bot-${summary.project as string}.json`), JSON.stringify(summary, null, 2));
}
