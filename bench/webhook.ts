/**
 * Webhook throughput on PostgreSQL: survey answers per second through the real app's
 * webhook against a bare grammY + Fastify echo bot, with the same load generator in the
 * same run, both replying through the same loopback fake Bot API, at 0 ms and at 100 ms
 * of Bot API latency. Then (optionally) the cost of answering question 1 against the
 * last question.
 *
 * Processes: this one (the load generator and the fake Bot API), the app (`src/main.ts`,
 * webhook mode, a throw-away database on the local PostgreSQL) and two echo bots
 * (bench/echo-process.ts): the bare one, with grammY's defaults, whose ratio is the
 * target, and one that acknowledges presses in its webhook answer as the app does. The
 * servers are started once and stay up for the whole phase; the idle ones cost nothing
 * measurable. The CPU profile comes from a second app process, run with --cpu-prof on
 * presses of its own after the measured runs, so the profiler's own cost is in no ratio.
 *
 * Each measured request is a different participant (inserted directly into the
 * database, consented, question 1 unanswered) pressing an answer to question 1; the
 * echo gets the same presses. Latency is the webhook's HTTP answer (the app answers
 * once the update is stored and its replies are sent); "reply" latency is from the POST
 * to the bot's sendMessage arriving at the fake.
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import type { Message } from "grammy/types";
import { answersUpTo, countAnswers, countProcessedUpdates, createBenchDatabase, insertAnswers, insertSurveyTakers, userIds, type BenchDatabase } from "./database.js";
import { createTarget, loadHarness, mergeResults, summarise, type LoadResult, type LoadTarget, type Summary } from "./harness.js";
import { LoopbackTelegram } from "./loopback-telegram.js";
import { SECRET, startAppProcess, startEchoProcess, WEBHOOK_PATH, type ServerProcess } from "./processes.js";
import { startPgCounter } from "./pg-counter.js";
import { postgresConnection } from "../src/db/client.js";
import { summariseProfile, type ProfileSummary } from "./profile.js";
import { distribution, fmt, round, table, type Distribution } from "./stats.js";

export const CONNECTIONS = 40;
export const WEBHOOK_TARGETS = { appToEchoRatio: 0.25, lastToFirstMeanLatency: 1.5 };

export interface WebhookOptions {
  adminUrl: string;
  scale: number;
  poolSize: number;
  /** Bot API latencies to measure at, in ms; the first is the one profiled. */
  latencies: number[];
  /** Run the app with --cpu-prof and summarise the first latency's measured window. */
  profile: boolean;
  /** Also measure question 1 against the last question. */
  surveyLength: boolean;
  /** Where the .cpuprofile is kept. */
  profileDir: string;
  /** Count the database statements of one survey answer (a separate app process behind a counting proxy). */
  statements: boolean;
}

interface Check {
  what: string;
  expected: number;
  actual: number;
  ok: boolean;
}

const check = (what: string, expected: number, actual: number): Check => ({ what, expected, actual, ok: expected === actual });

export interface ServerRun {
  http: Summary;
  /** POST → the bot's sendMessage at the fake, per request. */
  reply: Distribution;
  replies: number;
}

export interface ThroughputAtLatency {
  latencyMs: number;
  requests: number;
  warmupRequests: number;
  /** The bare echo (grammY's defaults: the press acknowledged by a Bot API request). */
  echo: ServerRun;
  /** The echo acknowledging the press in its webhook answer, as the app does. */
  echoWebhookReply: ServerRun;
  app: ServerRun;
  /** app updates/s ÷ bare echo updates/s: the target's ratio */
  ratio: number;
  /** app updates/s ÷ webhook-reply echo updates/s */
  ratioToWebhookReplyEcho: number;
  /** Bot API calls per measured app update, by method. */
  appBotApiCallsPerUpdate: Record<string, number>;
  checks: Check[];
}

export interface SurveyLengthResult {
  participantsPerGroup: number;
  answersBeforeLast: number;
  chunkOrder: string[];
  firstQuestion: Summary;
  lastQuestion: Summary;
  meanLatencyRatio: number;
  p50Ratio: number;
  p99Ratio: number;
  checks: Check[];
}

export interface StatementsResult {
  updates: number;
  /** Database round trips (Syncs + simple queries) per update. */
  roundTripsPerUpdate: number;
  statementsPerUpdate: number;
  /** Statements touching pending_replies (the reply outbox) per update. */
  replyOutboxStatementsPerUpdate: number;
  /** Each statement text with how many times one update runs it. */
  statements: { sql: string; perUpdate: number }[];
}

export interface WebhookResult {
  connections: number;
  poolSize: number;
  latencyAppliedBy: "fake" | "bench";
  throughput: ThroughputAtLatency[];
  surveyLength?: SurveyLengthResult;
  statements?: StatementsResult;
  profile?: ProfileSummary & { latencyMs: number; kept: string };
  appLog: { warn: number; error: number; samples: string[] };
  targets: { what: string; value: number; met: boolean }[];
}

const FIRST_ID = "region";
const LAST_ID = "age-group";
const answerFirst = `sv:a:${FIRST_ID}:other`;
const answerLast = `sv:a:${LAST_ID}:no-say`;

/** The message a button sits under; its content does not matter to either bot. */
function questionMessage(chatId: number): Message {
  return { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private", first_name: "P" }, text: "q" } as Message;
}

function presses(telegram: LoopbackTelegram, ids: readonly number[], data: string): string[] {
  return ids.map((id) => JSON.stringify(telegram.callbackUpdate({ id, first_name: "P", language_code: "en" }, data, questionMessage(id))));
}

export async function runWebhookBenchmarks(options: WebhookOptions): Promise<WebhookResult> {
  const scaled = (n: number) => Math.max(CONNECTIONS * 2, Math.round(n * options.scale));
  // Telegram user ids: one block per latency (warm-up, then measured), then the length groups.
  const plan = options.latencies.map((latencyMs, i) => {
    const base = 1_000_000 * (i + 1);
    const measured = latencyMs === 0 ? scaled(5000) : scaled(2000);
    // Warm-ups do not scale: with fewer than a few hundred requests the JIT is still at
    // work when measuring starts. At a high latency the warm-up only opens connections.
    const warmup = latencyMs === 0 ? 500 : 100;
    return { latencyMs, warmupIds: userIds(base, base + warmup - 1), ids: userIds(base + 100_000, base + 100_000 + measured - 1) };
  });
  // The profiled app's own presses, at the first latency.
  const profiling = { warmupIds: userIds(50_000_001, 50_000_500), ids: userIds(51_000_001, 51_000_000 + scaled(5000)) };
  const length = { last: userIds(20_000_001, 20_000_000 + scaled(2000)), first: userIds(30_000_001, 30_000_000 + scaled(2000)), lastWarmup: userIds(24_000_001, 24_000_200), firstWarmup: userIds(34_000_001, 34_000_200) };

  const telegram = await LoopbackTelegram.start(0);
  const bench = await createBenchDatabase(options.adminUrl, 4);
  let app: ServerProcess | undefined;
  let echo: ServerProcess | undefined;
  let echoWebhookReply: ServerProcess | undefined;
  let profiledApp: ServerProcess | undefined;
  const targets: LoadTarget[] = [];
  const profileTmp = path.join(options.profileDir, `.tmp-${process.pid}`);
  try {
    const { db } = bench.database;
    await insertSurveyTakers(db, plan.flatMap((p) => [...p.warmupIds, ...p.ids]));
    if (options.profile) await insertSurveyTakers(db, [...profiling.warmupIds, ...profiling.ids]);
    if (options.surveyLength) {
      const lastIds = await insertSurveyTakers(db, [...length.last, ...length.lastWarmup]);
      await insertAnswers(db, [...lastIds.values()], answersUpTo(LAST_ID));
      await insertSurveyTakers(db, [...length.first, ...length.firstWarmup]);
    }

    if (options.profile) mkdirSync(profileTmp, { recursive: true });
    [echo, echoWebhookReply, app] = await Promise.all([
      startEchoProcess(telegram.apiRoot),
      startEchoProcess(telegram.apiRoot, [], "webhook-reply"),
      startAppProcess({
        label: "app (webhook throughput)",
        telegramApiRoot: telegram.apiRoot,
        mode: "webhook",
        databaseUrl: bench.url,
        poolSize: options.poolSize,
      }),
    ]);
    const target = (server: ServerProcess) => createTarget(server.port, WEBHOOK_PATH, { "x-telegram-bot-api-secret-token": SECRET }, CONNECTIONS);
    const echoTarget = target(echo);
    const echoWebhookReplyTarget = target(echoWebhookReply);
    const appTarget = target(app);
    targets.push(echoTarget, echoWebhookReplyTarget, appTarget);

    const measure = async (server: ServerProcess, target: LoadTarget, ids: readonly number[], data: string): Promise<{ run: ServerRun; load: LoadResult }> => {
      telegram.reset();
      const bodies = presses(telegram, ids, data);
      const load = await loadHarness(target, bodies, CONNECTIONS, { databaseCpuMs: () => bench.backendCpuMs(), serverCpuMs: () => server.cpuMs() });
      return { run: { http: summarise(load), ...replies(telegram, ids, load) }, load };
    };

    const throughput: ThroughputAtLatency[] = [];
    let profileWindow: { startUs: number; endUs: number; updates: number; latencyMs: number } | undefined;
    for (const p of plan) {
      telegram.setLatency(p.latencyMs);
      console.log(`  Bot API latency ${p.latencyMs} ms: ${p.warmupIds.length} warm-up and ${p.ids.length} measured presses to each server…`);
      await loadHarness(echoTarget, presses(telegram, p.warmupIds, answerFirst), CONNECTIONS);
      await loadHarness(echoWebhookReplyTarget, presses(telegram, p.warmupIds, answerFirst), CONNECTIONS);
      await loadHarness(appTarget, presses(telegram, p.warmupIds, answerFirst), CONNECTIONS);
      const echoRun = await measure(echo, echoTarget, p.ids, answerFirst);
      const echoWebhookReplyRun = await measure(echoWebhookReply, echoWebhookReplyTarget, p.ids, answerFirst);
      const processedBefore = await countProcessedUpdates(db);
      const appRun = await measure(app, appTarget, p.ids, answerFirst);
      // Calls the app made in its webhook answers count too: Telegram carries them out.
      const calls = Object.fromEntries([
        ...[...telegram.methodCounts].filter(([m]) => m !== "getUpdates").map(([m, n]) => [m, round(n / p.ids.length, 3)]),
        ...[...appRun.load.webhookReplies].map(([m, n]) => [`${m} (in the webhook's answer)`, round(n / p.ids.length, 3)]),
      ]);
      // Every measured update must have done the real work: stored the answer and shown
      // question 2 (a stale-button answer would also be a 200).
      const first = p.ids[0]!;
      const last = p.ids.at(-1)!;
      const checks = [
        check(`answers to ${FIRST_ID} stored for users ${first}..${last}`, p.ids.length, await countAnswers(db, FIRST_ID, first, last)),
        check("participants shown question 2 after answering", p.ids.length, p.ids.filter((id) => telegram.callsOf(id).some((c) => c.buttons.some((b) => b.startsWith("sv:a:years-in-fi:")))).length),
        check("measured updates recorded in processed_updates", p.ids.length, (await countProcessedUpdates(db)) - processedBefore),
      ];
      throughput.push({
        latencyMs: p.latencyMs,
        requests: p.ids.length,
        warmupRequests: p.warmupIds.length,
        echo: echoRun.run,
        echoWebhookReply: echoWebhookReplyRun.run,
        app: appRun.run,
        ratio: round(appRun.run.http.updatesPerSecond / echoRun.run.http.updatesPerSecond, 3),
        ratioToWebhookReplyEcho: round(appRun.run.http.updatesPerSecond / echoWebhookReplyRun.run.http.updatesPerSecond, 3),
        appBotApiCallsPerUpdate: calls,
        checks,
      });
    }

    let surveyLength: SurveyLengthResult | undefined;
    if (options.surveyLength) {
      telegram.setLatency(0);
      console.log(`  question 1 against the last question: ${length.first.length} + ${length.last.length} presses, latency 0 ms…`);
      surveyLength = await measureSurveyLength(telegram, bench, appTarget, app, length);
    }

    if (options.profile) {
      const latencyMs = plan[0]!.latencyMs;
      console.log(`  CPU profile: a second app process with --cpu-prof, ${profiling.ids.length} presses at Bot API latency ${latencyMs} ms…`);
      telegram.setLatency(latencyMs);
      profiledApp = await startAppProcess({
        label: "app (profiled)",
        telegramApiRoot: telegram.apiRoot,
        mode: "webhook",
        databaseUrl: bench.url,
        poolSize: options.poolSize,
        nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${profileTmp}`],
      });
      const profiledTarget = target(profiledApp);
      targets.push(profiledTarget);
      await loadHarness(profiledTarget, presses(telegram, profiling.warmupIds, answerFirst), CONNECTIONS);
      const startUs = Number(process.hrtime.bigint() / 1000n);
      await measure(profiledApp, profiledTarget, profiling.ids, answerFirst);
      const endUs = Number(process.hrtime.bigint() / 1000n);
      profileWindow = { startUs, endUs, updates: profiling.ids.length, latencyMs };
      const profiledCode = await profiledApp.stop();
      if (profiledCode !== 0) console.log(`  (the profiled app exited with ${profiledCode}:\n${profiledApp.tail(10)})`);
    }

    const appLog = app.problems();
    const code = await app.stop();
    if (code !== 0) console.log(`  (the app exited with ${code}:\n${app.tail(10)})`);
    let profile: WebhookResult["profile"];
    if (options.profile && profileWindow) {
      const file = readdirSync(profileTmp).find((f) => f.endsWith(".cpuprofile"));
      if (file === undefined) {
        console.log("  no .cpuprofile was written (did the app exit cleanly?)");
      } else {
        const kept = path.join(options.profileDir, `app-webhook-${new Date().toISOString().replace(/[:.]/g, "-")}.cpuprofile`);
        renameSync(path.join(profileTmp, file), kept);
        profile = {
          ...summariseProfile(kept, { window: profileWindow, updates: profileWindow.updates, top: 15 }),
          latencyMs: profileWindow.latencyMs,
          kept,
        };
      }
    }

    let statements: StatementsResult | undefined;
    if (options.statements) {
      console.log("  database statements of one survey answer (a second app process behind a counting proxy)…");
      statements = await countStatements(telegram, bench);
    }

    const result: WebhookResult = {
      connections: CONNECTIONS,
      poolSize: options.poolSize,
      latencyAppliedBy: telegram.latencyBy,
      throughput,
      ...(surveyLength && { surveyLength }),
      ...(statements && { statements }),
      ...(profile && { profile }),
      appLog,
      targets: [
        ...throughput.map((t) => ({
          what: `app ÷ echo updates/s ≥ ${WEBHOOK_TARGETS.appToEchoRatio} (Bot API latency ${t.latencyMs} ms)`,
          value: t.ratio,
          met: t.ratio >= WEBHOOK_TARGETS.appToEchoRatio && t.checks.every((c) => c.ok) && t.app.http.errors === 0,
        })),
        ...(surveyLength
          ? [{ what: `last ÷ first question mean latency ≤ ${WEBHOOK_TARGETS.lastToFirstMeanLatency}`, value: surveyLength.meanLatencyRatio, met: surveyLength.meanLatencyRatio <= WEBHOOK_TARGETS.lastToFirstMeanLatency }]
          : []),
      ],
    };
    return result;
  } finally {
    for (const t of targets) t.agent.destroy();
    await Promise.all([app?.stop(), echo?.stop(), echoWebhookReply?.stop(), profiledApp?.stop()]);
    await telegram.close();
    await bench.drop();
    rmSync(profileTmp, { recursive: true, force: true });
  }
}

/**
 * One at a time (no concurrency, Bot API latency 0), participants answer question 1
 * through an app process whose database connections go through a counting proxy.
 */
async function countStatements(telegram: LoopbackTelegram, bench: BenchDatabase): Promise<StatementsResult> {
  const warmupIds = userIds(40_000_001, 40_000_020);
  const ids = userIds(40_100_001, 40_100_200);
  await insertSurveyTakers(bench.database.db, [...warmupIds, ...ids]);
  const connection = postgresConnection(bench.url);
  const url = new URL(connection.url);
  const port = Number(url.port || 5432);
  const counter = await startPgCounter(connection.options.host ? { path: `${connection.options.host}/.s.PGSQL.${port}` } : { host: url.hostname, port });
  url.hostname = "127.0.0.1";
  url.port = String(counter.port);
  telegram.setLatency(0);
  let app: ServerProcess | undefined;
  let target: LoadTarget | undefined;
  try {
    app = await startAppProcess({ label: "app (statement count)", telegramApiRoot: telegram.apiRoot, mode: "webhook", databaseUrl: url.toString() });
    target = createTarget(app.port, WEBHOOK_PATH, { "x-telegram-bot-api-secret-token": SECRET }, 1);
    telegram.reset();
    await loadHarness(target, presses(telegram, warmupIds, answerFirst), 1);
    await new Promise((r) => setTimeout(r, 300));
    counter.reset();
    const load = await loadHarness(target, presses(telegram, ids, answerFirst), 1);
    await new Promise((r) => setTimeout(r, 300));
    if (load.errors > 0) console.log(`  (statement count: ${load.errors} requests failed)`);
    const { roundTrips, statements } = counter.counts();
    const total = [...statements.values()].reduce((a, b) => a + b, 0);
    const outbox = [...statements].filter(([text]) => text.includes("pending_replies")).reduce((a, [, n]) => a + n, 0);
    return {
      updates: ids.length,
      roundTripsPerUpdate: round(roundTrips / ids.length, 2),
      statementsPerUpdate: round(total / ids.length, 2),
      replyOutboxStatementsPerUpdate: round(outbox / ids.length, 2),
      statements: [...statements].sort((a, b) => b[1] - a[1]).map(([sql, n]) => ({ sql, perUpdate: round(n / ids.length, 2) })),
    };
  } finally {
    target?.agent.destroy();
    await app?.stop();
    await counter.close();
  }
}

/** Reply latency and count: POST → first sendMessage to the chat at the fake. */
function replies(telegram: LoopbackTelegram, ids: readonly number[], load: LoadResult): { reply: Distribution; replies: number } {
  const latencies: number[] = [];
  ids.forEach((id, i) => {
    const reply = telegram.callsOf(id).find((c) => c.isMessage);
    if (reply) latencies.push(reply.at - load.startedAt[i]!);
  });
  return { reply: distribution(latencies), replies: latencies.length };
}

/**
 * The survey is stateless between updates: every update loads all stored answers and
 * works out the question from them. This measures whether that makes the last question
 * dearer than the first (the last answer also renders the summary). Both run in
 * alternating chunks (A B B A A B B A) so that drift favours neither.
 */
async function measureSurveyLength(
  telegram: LoopbackTelegram,
  bench: BenchDatabase,
  target: LoadTarget,
  app: ServerProcess,
  groups: { last: number[]; first: number[]; lastWarmup: number[]; firstWarmup: number[] },
): Promise<SurveyLengthResult> {
  const { db } = bench.database;
  const probes = { databaseCpuMs: () => bench.backendCpuMs(), serverCpuMs: () => app.cpuMs() };
  telegram.reset();
  await loadHarness(target, presses(telegram, groups.lastWarmup, answerLast), CONNECTIONS);
  await loadHarness(target, presses(telegram, groups.firstWarmup, answerFirst), CONNECTIONS);
  telegram.reset();
  const split = (items: number[]) => Array.from({ length: 4 }, (_, i) => items.slice(i * Math.ceil(items.length / 4), (i + 1) * Math.ceil(items.length / 4)));
  const chunks = { first: split(groups.first), last: split(groups.last) };
  const results: { first: LoadResult[]; last: LoadResult[] } = { first: [], last: [] };
  const taken = { first: 0, last: 0 };
  const chunkOrder: string[] = [];
  for (const kind of ["first", "last", "last", "first", "first", "last", "last", "first"] as const) {
    const ids = chunks[kind][taken[kind]++]!;
    results[kind].push(await loadHarness(target, presses(telegram, ids, kind === "first" ? answerFirst : answerLast), CONNECTIONS, probes));
    chunkOrder.push(`${kind}#${taken[kind]} (${ids.length})`);
  }
  const range = (ids: number[]) => [ids[0]!, ids.at(-1)!] as const;
  const [lastFrom, lastTo] = range(groups.last);
  const [firstFrom, firstTo] = range(groups.first);
  const checks = [
    check(`answers to ${LAST_ID} stored for users ${lastFrom}..${lastTo}`, groups.last.length, await countAnswers(db, LAST_ID, lastFrom, lastTo)),
    check("last-question participants shown the summary (confirm button)", groups.last.length, groups.last.filter((id) => telegram.callsOf(id).some((c) => c.buttons.includes("sv:ok"))).length),
    check(`answers to ${FIRST_ID} stored for users ${firstFrom}..${firstTo}`, groups.first.length, await countAnswers(db, FIRST_ID, firstFrom, firstTo)),
    check("first-question participants shown question 2", groups.first.length, groups.first.filter((id) => telegram.callsOf(id).some((c) => c.buttons.some((b) => b.startsWith("sv:a:years-in-fi:")))).length),
  ];
  const first = summarise(mergeResults(results.first));
  const last = summarise(mergeResults(results.last));
  return {
    participantsPerGroup: groups.first.length,
    answersBeforeLast: Object.keys(answersUpTo(LAST_ID)).length,
    chunkOrder,
    firstQuestion: first,
    lastQuestion: last,
    meanLatencyRatio: round(last.meanMs / first.meanMs, 3),
    p50Ratio: round(last.p50Ms / first.p50Ms, 3),
    p99Ratio: round(last.p99Ms / first.p99Ms, 3),
    checks,
  };
}

// ---------------------------------------------------------------- printing

function serverRows(label: string, run: ServerRun): string[] {
  const s = run.http;
  return [
    label,
    String(s.requests),
    String(s.errors),
    s.updatesPerSecond.toFixed(0),
    s.p50Ms.toFixed(1),
    s.p95Ms.toFixed(1),
    s.p99Ms.toFixed(1),
    s.maxMs.toFixed(1),
    `${fmt(run.reply.p50, 1)} / ${fmt(run.reply.p95, 1)} / ${fmt(run.reply.p99, 1)}`,
    fmt(s.serverCpuMsPerUpdate, 2),
    fmt(s.databaseCpuMsPerUpdate, 2),
    s.cpuMsPerUpdate.toFixed(2),
    s.otherCpuMsPerUpdate.toFixed(2),
    `${s.machineBusyPercent.toFixed(0)}%`,
  ];
}

const HEADER = [
  "",
  "requests",
  "errors",
  "updates/s",
  "p50 ms",
  "p95 ms",
  "p99 ms",
  "max ms",
  "reply p50/p95/p99 ms",
  "cpu ms/upd: server",
  "pg",
  "loadgen+fake",
  "other",
  "machine busy",
];

const LEGEND =
  "latency = the webhook's HTTP answer; reply = POST → the bot's sendMessage at the fake Bot API.\n" +
  "cpu ms per update: server = the app's or echo's process; pg = the database's backends; loadgen+fake = the bench's own process;\n" +
  "other = the rest of the machine (kernel, PostgreSQL's background processes, anyone else's load: high means noisy figures)";

export function printWebhook(r: WebhookResult): void {
  for (const t of r.throughput) {
    console.log(`\nWebhook throughput, Bot API latency ${t.latencyMs} ms (${r.connections} connections, ${t.requests} distinct participants, PostgreSQL, pool ${r.poolSize})`);
    const rows = [
      serverRows("echo (grammY + Fastify)", t.echo),
      serverRows("echo, ack in webhook answer", t.echoWebhookReply),
      serverRows("app (survey answer)", t.app),
    ];
    console.log(table(HEADER, rows).split("\n").map((l) => `  ${l}`).join("\n"));
    console.log(`  ratio app ÷ echo: ${t.ratio} (the target's baseline: the bare echo, with grammY's defaults)`);
    console.log(`  ratio app ÷ echo acknowledging in its webhook answer, as the app does: ${t.ratioToWebhookReplyEcho}`);
    console.log(`  Bot API calls per app update: ${JSON.stringify(t.appBotApiCallsPerUpdate)}`);
    for (const [label, run] of [["echo", t.echo], ["echo (webhook reply)", t.echoWebhookReply], ["app", t.app]] as const) {
      if (run.http.errors === 0) continue;
      console.log(`  ${label}: ${run.http.errors} non-200 answers, statuses ${JSON.stringify(run.http.statuses)}`);
      for (const e of run.http.errorSamples) console.log(`    request #${e.index}: ${e.status} ${e.body}`);
    }
    for (const c of t.checks) console.log(`  ${c.ok ? "ok  " : "FAIL"} ${c.what}: ${c.actual} (expected ${c.expected})`);
  }
  const l = r.surveyLength;
  if (l) {
    console.log(`\nQuestion 1 vs last question (${r.connections} connections, ${l.participantsPerGroup} participants each, ${l.answersBeforeLast} answers stored before the last, latency 0 ms)`);
    const row = (label: string, s: Summary) => serverRows(label, { http: s, reply: distribution([]), replies: 0 });
    console.log(table(HEADER, [row(`question 1 (${FIRST_ID})`, l.firstQuestion), row(`last question (${LAST_ID})`, l.lastQuestion)]).split("\n").map((x) => `  ${x}`).join("\n"));
    console.log(`  ratio last ÷ first: mean ${l.meanLatencyRatio}, p50 ${l.p50Ratio}, p99 ${l.p99Ratio}`);
    for (const c of l.checks) console.log(`  ${c.ok ? "ok  " : "FAIL"} ${c.what}: ${c.actual} (expected ${c.expected})`);
  }
  const st = r.statements;
  if (st) {
    console.log(
      `\nDatabase statements of one survey answer (${st.updates} answers one at a time): ${st.statementsPerUpdate} statements, ` +
        `${st.roundTripsPerUpdate} round trips per update; ${st.replyOutboxStatementsPerUpdate} of the statements are the reply outbox (pending_replies)`,
    );
    console.log(table(["statement", "per update"], st.statements.filter((x) => x.perUpdate >= 0.05).map((x) => [x.sql, x.perUpdate.toFixed(2)])).split("\n").map((l) => `  ${l}`).join("\n"));
  }
  console.log(`\n${LEGEND}`);
  if (r.appLog.warn + r.appLog.error > 0) {
    console.log(`  app logged ${r.appLog.warn} warnings and ${r.appLog.error} errors, e.g.:`);
    for (const s of r.appLog.samples.slice(0, 3)) console.log(`    ${s}`);
  }
}
