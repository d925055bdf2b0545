/**
 * Reminder benchmarks (issue 4), on PostgreSQL:
 *  - planning: finding the due reminders among 100,000 enrolments and 20,000 sessions
 *    (the query and the pure planner), with the query plan;
 *  - sending: messages per second the sender reaches against the fake Bot API over
 *    HTTP, with the rate limit lifted (its own overhead) and with the configured limit
 *    on (how close to the limit, and whether any 429 is provoked).
 *
 *   npx tsx bench/reminders.ts           (also part of npm run bench)
 *   BENCH_SCALE=0.2 npx tsx bench/reminders.ts
 */
import { autoRetry } from "@grammyjs/auto-retry";
import { sql } from "drizzle-orm";
import { Api } from "grammy";
import pino from "pino";
import postgres from "postgres";
import { openDatabase, postgresConnection, type Database } from "../src/db/client.js";
import { DEFAULT_POLICY, planReminders, reminderKey } from "../src/features/reminders/planner.js";
import { RateLimiter } from "../src/features/reminders/rate-limiter.js";
import { findRecipients } from "../src/features/reminders/repository.js";
import { runReminderTick } from "../src/features/reminders/sender.js";
import { createI18n } from "../src/i18n/i18n.js";
import { telegramClientOptions } from "../src/bot/telegram-client.js";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const SCALE = Number(process.env.BENCH_SCALE ?? "1");

export interface ReminderBenchResult {
  planning: { enrolments: number; sessions: number; candidates: number; due: number; runsMs: number[]; medianMs: number; target: string; met: boolean; plan: string[] };
  sendingUnlimited: { messages: number; elapsedMs: number; planMs: number; sendMs: number; perSecond: number; target: string; met: boolean };
  sendingLimited: { limitPerSecond: number; messages: number; elapsedMs: number; planMs: number; sendMs: number; perSecond: number; rejected429: number; target: string; met: boolean };
}

async function freshDatabase(): Promise<{ database: Database; url: string; drop: () => Promise<void> }> {
  const name = `bench_rem_${Math.random().toString(36).slice(2, 10)}`;
  const adminConnection = postgresConnection(ADMIN_URL);
  const admin = postgres(adminConnection.url, { ...adminConnection.options, max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 20 });
  await database.migrate();
  return {
    database,
    url: url.toString(),
    async drop() {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * 2,000 modules of 10 weekly sessions (20,000 sessions over ten weeks) and 100,000
 * participants, 50 per module. Written with generate_series: set-up is not measured.
 */
async function populate(database: Database, now: Date, modules: number, perModule: number): Promise<void> {
  const db = database.db;
  await db.execute(sql`
    insert into modules (code, title, description, capacity, childcare)
    select 'm' || g, '{"en":"Module"}'::jsonb, '{"en":"Text"}'::jsonb, ${perModule}, true from generate_series(1, ${modules}) g`);
  // Sessions every week from now on, at a spread of times of day.
  await db.execute(sql`
    insert into sessions (module_id, starts_at, ends_at, place, childcare_seats)
    select m.id, ${now.toISOString()}::timestamptz + (w * interval '7 days') + ((m.id % 168) * interval '1 hour') + interval '30 minutes',
           ${now.toISOString()}::timestamptz + (w * interval '7 days') + ((m.id % 168) * interval '1 hour') + interval '150 minutes',
           'Kirkkokatu 1', 10
    from modules m cross join generate_series(0, 9) w`);
  await db.execute(sql`
    insert into participants (telegram_user_id, chat_id, locale, consent_status)
    select g, g, 'en', 'accepted' from generate_series(1, ${modules * perModule}) g`);
  await db.execute(sql`
    insert into enrolments (participant_id, module_id, status, children_booked, enrolled_at)
    select p.id, ((p.id - 1) / ${perModule}) + 1, 'enrolled', (p.id % 3), now() from participants p`);
  await db.execute(sql`analyze`);
}

async function planningBenchmark(now: Date): Promise<ReminderBenchResult["planning"]> {
  const modules = Math.round(2000 * SCALE);
  const { database, drop } = await freshDatabase();
  try {
    await populate(database, now, modules, 50);
    const since = new Date(now.getTime() - 24 * 3600_000);
    const until = new Date(now.getTime() + (Math.max(...Object.values(DEFAULT_POLICY.offsets)) + 24 * 60) * 60_000);
    const runsMs: number[] = [];
    let candidates = 0;
    let due = 0;
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      const recipients = await findRecipients(database.db, since, until);
      const existing = new Set(recipients.flatMap((r) => r.recorded.map((kind) => reminderKey({ ...r, kind }))));
      const planned = planReminders(recipients, existing, now, DEFAULT_POLICY);
      runsMs.push(performance.now() - started);
      candidates = recipients.length;
      due = planned.due.length;
    }
    const explained = await database.db.execute(sql`explain analyze
      select s.id, e.participant_id from sessions s
      join enrolments e on e.module_id = s.module_id and e.status = 'enrolled'
      join participants p on p.id = e.participant_id and p.reachable
      join modules m on m.id = s.module_id
      where s.cancelled_at is null and s.starts_at > ${since.toISOString()}::timestamptz and s.starts_at <= ${until.toISOString()}::timestamptz`);
    const plan = (explained as unknown as { "QUERY PLAN": string }[]).map((r) => r["QUERY PLAN"]);
    const sorted = [...runsMs].sort((a, b) => a - b);
    const medianMs = sorted[Math.floor(sorted.length / 2)]!;
    return {
      enrolments: modules * 50,
      sessions: modules * 10,
      candidates,
      due,
      runsMs: runsMs.map((r) => Math.round(r * 10) / 10),
      medianMs: Math.round(medianMs * 10) / 10,
      target: "under 1,000 ms",
      met: medianMs < 1000,
      plan,
    };
  } finally {
    await drop();
  }
}

/** `count` participants each with a session starting in one hour: one reminder each is due. */
async function dueNow(database: Database, now: Date, count: number): Promise<void> {
  const db = database.db;
  await db.execute(sql`insert into modules (code, title, description, capacity, childcare) values ('send', '{"en":"Finnish"}'::jsonb, '{"en":"x"}'::jsonb, ${count}, false)`);
  await db.execute(sql`insert into sessions (module_id, starts_at, ends_at, place) select id, ${new Date(now.getTime() + 3600_000).toISOString()}::timestamptz, ${new Date(now.getTime() + 7200_000).toISOString()}::timestamptz, 'Kirkkokatu 1' from modules where code = 'send'`);
  await db.execute(sql`insert into participants (telegram_user_id, chat_id, locale, consent_status) select g, g, 'en', 'accepted' from generate_series(1, ${count}) g`);
  await db.execute(sql`insert into enrolments (participant_id, module_id, status, enrolled_at) select p.id, m.id, 'enrolled', now() from participants p, modules m where m.code = 'send'`);
}

/** Starts the fake Bot API in its own process; in the limited run it enforces Telegram's 30/s. */
async function startFakeProcess(rateLimit: number): Promise<{ apiRoot: string; stop: () => void }> {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./fake-api-process.ts", import.meta.url))], {
    env: { ...process.env, BENCH_FAKE_RATE_LIMIT: String(rateLimit) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout!.once("data", (d: Buffer) => resolve(d.toString()));
    child.once("exit", (code) => reject(new Error(`fake Bot API exited with ${code}`)));
  });
  return { apiRoot: (JSON.parse(line) as { apiRoot: string }).apiRoot, stop: () => void child.kill("SIGTERM") };
}

async function sendingBenchmark(now: Date, limit: number | undefined, count: number) {
  const { database, drop } = await freshDatabase();
  // The fake enforces Telegram's limit only in the limited run, to see whether we provoke it.
  const fake = await startFakeProcess(limit === undefined ? 0 : 30);
  let rejected429 = 0;
  try {
    await dueNow(database, now, count);
    const api = new Api("1:bench", telegramClientOptions(fake.apiRoot));
    // Counted before auto-retry hides them.
    api.config.use(async (prev, method, payload, signal) => {
      const result = await prev(method, payload, signal);
      if (!result.ok && result.error_code === 429) rejected429++;
      return result;
    });
    api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowInternalServerErrors: true, rethrowHttpErrors: true }));
    const i18n = createI18n();
    const started = performance.now();
    const result = await runReminderTick({
      database,
      api,
      translate: (locale, key, vars) => i18n.t(locale, key, vars),
      policy: DEFAULT_POLICY,
      limiter: new RateLimiter(limit ?? Infinity, limit === undefined ? 0 : 1000),
      logger: pino({ level: "silent" }),
      clock: () => now,
      concurrency: limit === undefined ? Number(process.env.BENCH_SEND_CONCURRENCY ?? "16") : 4,
    });
    const elapsedMs = performance.now() - started;
    // The figure is the sending phase (pacing, HTTP, marking sent); planning is measured above.
    return {
      messages: result.sent,
      elapsedMs: Math.round(elapsedMs),
      planMs: result.planMs,
      sendMs: result.sendMs,
      perSecond: Math.round((result.sent / result.sendMs) * 1000 * 10) / 10,
      rejected429,
    };
  } finally {
    fake.stop();
    await drop();
  }
}

export async function runReminderBenchmarks(): Promise<ReminderBenchResult> {
  const now = new Date("2026-12-01T08:00:00Z");
  const planning = await planningBenchmark(now);
  const unlimited = await sendingBenchmark(now, undefined, Math.round(5000 * SCALE));
  const limitPerSecond = 25;
  const limited = await sendingBenchmark(now, limitPerSecond, Math.round(limitPerSecond * 12 * Math.max(SCALE, 0.5)));
  return {
    planning,
    sendingUnlimited: { ...unlimited, target: "at least 1,000 messages/s", met: unlimited.perSecond >= 1000 },
    sendingLimited: {
      limitPerSecond,
      ...limited,
      target: `within 5% of ${limitPerSecond}/s, no 429`,
      met: Math.abs(limited.perSecond - limitPerSecond) / limitPerSecond <= 0.05 && limited.rejected429 === 0,
    },
  };
}

export function printReminderBenchmarks(r: ReminderBenchResult): void {
  const mark = (met: boolean) => (met ? "target met" : "target MISSED");
  console.log("\nReminders");
  console.log(`  planning: ${r.planning.enrolments} enrolments, ${r.planning.sessions} sessions → ${r.planning.candidates} candidates, ${r.planning.due} due; median ${r.planning.medianMs} ms (runs ${r.planning.runsMs.join(", ")}) — ${r.planning.target}: ${mark(r.planning.met)}`);
  console.log(`  query plan:\n    ${r.planning.plan.join("\n    ")}`);
  console.log(`  sending, limit lifted: ${r.sendingUnlimited.messages} messages sent in ${r.sendingUnlimited.sendMs} ms (tick ${r.sendingUnlimited.elapsedMs} ms with planning and claims) = ${r.sendingUnlimited.perSecond}/s — ${r.sendingUnlimited.target}: ${mark(r.sendingUnlimited.met)}`);
  console.log(`  sending, limit ${r.sendingLimited.limitPerSecond}/s: ${r.sendingLimited.messages} messages in ${r.sendingLimited.sendMs} ms = ${r.sendingLimited.perSecond}/s, 429s provoked: ${r.sendingLimited.rejected429} — ${r.sendingLimited.target}: ${mark(r.sendingLimited.met)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runReminderBenchmarks();
  printReminderBenchmarks(result);
  const { mkdirSync, writeFileSync } = await import("node:fs");
  const dir = new URL("./results/", import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL("reminders.json", dir), JSON.stringify(result, null, 2));
}
