/**
 * The classroom: N participants start the survey at the same moment (a counsellor says
 * "now everybody open the bot") and go through it with 1–3 s of thinking between taps,
 * against a fake Bot API that answers every call after 100 ms, as Telegram does.
 *
 * Processes: this one (the load generator, with the fake Bot API in it) and the real app
 * (`src/main.ts`, started as a child process with its environment). The load generator
 * only talks to the app over HTTP: it queues updates for the app's getUpdates (polling)
 * or POSTs them to its webhook (webhook mode, up to 40 connections as Telegram), and sees
 * the app's Bot API calls arrive at the fake.
 *
 * A participant: /start, the language picker's first button, the privacy notice's first
 * button (I agree), the menu's first button (the survey), then every question answered
 * with the first answer button of the last message (a multiple-choice question: tick the
 * first option, then Done), or a typed "1" when the question has no answer buttons
 * (numbers and free text), then "Everything is right" on the summary.
 *
 * Per tap it measures, from the moment the update is handed to the bot (pushed to the
 * getUpdates queue, or the POST to the webhook starts):
 *  - question: until the next question arrives at the fake, i.e. the bot's first
 *    sendMessage/edit with an inline keyboard in that chat (after the summary's confirm,
 *    which has no next question: the first message);
 *  - first reply: until the bot's first sendMessage/edit of any kind in that chat;
 *  - critical calls: the Bot API calls about that chat from the hand-over up to and
 *    including the question (each one costs a Telegram round trip if awaited in turn);
 *  - calls: every call the update caused (up to the next tap of that participant).
 * The participant's think time starts when the question arrives.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Message, Update } from "grammy/types";
import { createBenchDatabase, type BenchDatabase } from "./database.js";
import { createTarget, machineBusyMs, post, type LoadTarget } from "./harness.js";
import { LoopbackTelegram, type ObservedCall } from "./loopback-telegram.js";
import { SECRET, startAppProcess, WEBHOOK_PATH, type ServerProcess } from "./processes.js";
import { distribution, fmt, round, seededRandom, sleep, table, type Distribution } from "./stats.js";

export const CLASSROOM_TARGETS = { p95Ms: 500, criticalCalls: 2 };

export interface ClassroomOptions {
  name: string;
  title: string;
  mode: "polling" | "webhook";
  database: "pglite" | "postgres";
  participants: number;
  /** Delay of every Bot API answer. */
  latencyMs: number;
  /** Think time between taps, drawn uniformly per tap. */
  thinkMs: [number, number];
  /** DATABASE_POOL_SIZE for PostgreSQL; the app's default when undefined. */
  poolSize?: number;
  adminUrl: string;
  seed: number;
  /** How long a participant waits for the next question before giving up. */
  questionTimeoutMs?: number;
  /** First Telegram user id; participants are consecutive. */
  firstUserId?: number;
}

export interface TapRecord {
  participant: number;
  step: number;
  kind: string;
  /** Callback data pressed, or the text sent. */
  input: string;
  /** performance.now() of the hand-over. */
  handedAt: number;
  questionMs: number | null;
  firstReplyMs: number | null;
  criticalCalls: number | null;
  /**
   * Telegram round trips awaited in turn before the question: the longest chain of
   * calls in which each one left only after the previous one was answered (a button's
   * answerCallbackQuery sent alongside the work is on no chain). Seen from outside, so an
   * upper bound: a call that leaves late for another reason also counts as "in turn".
   */
  roundTrips: number | null;
  criticalPath: string;
  calls: number;
  /** Polling mode: hand-over → the getUpdates answer carrying the update leaves the fake. */
  pollWaitMs?: number;
  /** Webhook mode: the HTTP answer's status and time (the first delivery). */
  status?: number;
  ackMs?: number;
}

export interface KindRow {
  kind: string;
  taps: number;
  question: Distribution;
  criticalCalls: Distribution;
  roundTrips: Distribution;
  calls: Distribution;
  /** The most common critical path (methods in arrival order) and how often it was taken. */
  commonPath: string;
  commonPathShare: number;
}

/** What the machine did in one slice of the run (CPU in percent of one core; the machine in percent of all). */
export interface TimelineSlice {
  fromS: number;
  taps: number;
  p50Ms: number;
  p95Ms: number;
  appCpuPercent: number | null;
  databaseCpuPercent: number | null;
  loadGeneratorCpuPercent: number;
  machineBusyPercent: number;
}

export interface ClassroomResult {
  name: string;
  title: string;
  mode: "polling" | "webhook";
  database: "pglite" | "postgres";
  participants: number;
  completed: number;
  latencyMs: number;
  latencyAppliedBy: "fake" | "bench";
  thinkMs: [number, number];
  poolSize: number | "default";
  seed: number;
  durationS: number;
  taps: number;
  question: Distribution;
  firstReply: Distribution;
  criticalCalls: Distribution;
  roundTrips: Distribution;
  callsPerTap: Distribution;
  tapsOverCriticalTarget: number;
  byKind: KindRow[];
  webhook?: { ack: Distribution; non200: number; statuses: Record<string, number> };
  /** Polling: how long updates waited to be fetched (part of the question latency). */
  polling?: { wait: Distribution };
  /** CPU ms per tap: the app process, the database's backends (PostgreSQL only), this process (load generator + fake). */
  cpuMsPerTap: { app: number | null; database: number | null; loadGenerator: number };
  botApiCalls: Record<string, number>;
  /** Bot API answers other than 200, by "method status". */
  botApiRefusals: Record<string, number>;
  appLog: { warn: number; error: number; samples: string[] };
  failures: string[];
  targets: { what: string; value: number; met: boolean }[];
  /**
   * The run in slices of TIMELINE_SLICE_S seconds: tap latency next to the CPU of the app,
   * the database and this process, and how busy the whole machine was (on a shared
   * machine, a slow slice with the app idle is someone else's load).
   */
  timeline: TimelineSlice[];
  /** Every measured tap (written to a file of its own). */
  records: TapRecord[];
}

const TIMELINE_SLICE_S = 5;

type Action = { kind: string; text: string } | { kind: string; data: string; message: Message };

/** What a participant does next, looking at the last message the bot sent. */
export function nextAction(message: Message | undefined): Action {
  const buttons = (message?.reply_markup?.inline_keyboard ?? [])
    .flat()
    .filter((b): b is typeof b & { callback_data: string } => "callback_data" in b);
  // Back and Skip are navigation, 🔊 Listen (au:, where speech synthesis is installed)
  // sends a voice message: none of them answers.
  const answers = buttons.filter((b) => !/^(sv:[bs]:|au:)/.test(b.callback_data));
  const first = answers[0];
  if (!message || !first) return { kind: "typed answer", text: "1" };
  if (first.callback_data.startsWith("sv:t:")) {
    // A multiple-choice question: tick the first option, then Done. A question of counts
    // ("➕ 0–1 years: 1"): add one to the first, then Done.
    if (first.text.startsWith("✅") || (first.text.startsWith("➕") && /: \d+$/.test(first.text))) {
      const done = answers.find((b) => b.callback_data.startsWith("sv:d:"));
      if (done) return { kind: "multi: done", data: done.callback_data, message };
    }
    return { kind: "multi: tick", data: first.callback_data, message };
  }
  return { kind: kindOf(first.callback_data), data: first.callback_data, message };
}

function kindOf(data: string): string {
  if (data.startsWith("lang:")) return "language";
  if (data.startsWith("consent:")) return "consent";
  if (data === "menu:survey") return "menu: survey";
  if (data === "sv:ok") return "confirm summary";
  if (data.startsWith("sv:a:")) return "answer button";
  return `other (${data.split(":")[0]})`;
}

const MAX_STEPS = 80;

/** The longest chain of calls in calls[from..question] ending at the question, each sent after the previous was answered. */
function roundTrips(calls: readonly ObservedCall[], from: number, question: number): number {
  // Small n (a handful of calls per tap): a quadratic longest-path is fine.
  const depth: number[] = [];
  for (let i = from; i <= question; i++) {
    let best = 0;
    for (let j = from; j < i; j++) {
      const answered = calls[j]!.answeredAt;
      // 1 ms of slack: the answer is timestamped when written, the next call when its body arrived.
      if (answered !== undefined && answered <= calls[i]!.at + 1) best = Math.max(best, depth[j - from]!);
    }
    depth.push(best + 1);
  }
  return depth[depth.length - 1]!;
}

export async function runClassroom(options: ClassroomOptions): Promise<ClassroomResult> {
  const telegram = await LoopbackTelegram.start(options.latencyMs);
  let dataDir: string | undefined;
  let bench: BenchDatabase | undefined;
  let app: ServerProcess | undefined;
  let target: LoadTarget | undefined;
  try {
    if (options.database === "pglite") {
      dataDir = mkdtempSync(path.join(os.tmpdir(), "bench-pglite-"));
    } else {
      bench = await createBenchDatabase(options.adminUrl, 2);
    }
    app = await startAppProcess({
      label: `app (${options.name})`,
      telegramApiRoot: telegram.apiRoot,
      mode: options.mode,
      ...(bench ? { databaseUrl: bench.url } : { dataDir: path.join(dataDir!, "data") }),
      poolSize: options.poolSize,
    });
    if (options.mode === "webhook") {
      target = createTarget(app.port, WEBHOOK_PATH, { "x-telegram-bot-api-secret-token": SECRET }, 40);
    }
    // Start-up calls (getMe, setMyCommands, setWebhook) are not part of any tap.
    await sleep(500);
    telegram.reset();

    const random = seededRandom(options.seed);
    const thinkTimes = (n: number) => Array.from({ length: n }, () => options.thinkMs[0] + random() * (options.thinkMs[1] - options.thinkMs[0]));
    const firstUserId = options.firstUserId ?? 6_000_001;
    const questionIndex = new Map<TapRecord, number>();
    const failures: string[] = [];
    const statuses = new Map<number, number>();

    const deliver = async (update: Update): Promise<{ status: number; ackMs: number }> => {
      if (target === undefined) {
        telegram.push(update);
        return { status: 0, ackMs: 0 };
      }
      const body = JSON.stringify(update);
      const started = performance.now();
      let first: { status: number; ackMs: number } | undefined;
      // Telegram re-delivers an update that was not answered with 2xx.
      for (let attempt = 0; attempt < 5; attempt++) {
        const answer = await post(target, body);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        first ??= { status: answer.status, ackMs: performance.now() - started };
        if (answer.status === 200) {
          // As Telegram does: a call in the answer (the app's button acknowledgement) is carried out.
          void telegram.fake.handleWebhookReply(answer.body);
          break;
        }
        await sleep(500);
      }
      return first!;
    };

    interface Run {
      records: TapRecord[];
      marks: number[];
      completed: boolean;
    }
    const participant = async (index: number, userId: number, think: readonly number[], label: string): Promise<Run> => {
      const user = { id: userId, first_name: `P${index + 1}`, language_code: "en" };
      const chat = user.id;
      const run: Run = { records: [], marks: [], completed: false };
      let action: Action = { kind: "start", text: "/start" };
      for (let step = 0; step < MAX_STEPS; step++) {
        const final = "data" in action && action.data === "sv:ok";
        const update = "text" in action ? telegram.textUpdate(user, action.text) : telegram.callbackUpdate(user, action.data, action.message);
        const mark = telegram.mark(chat);
        run.marks.push(mark);
        const handedAt = performance.now();
        const delivered = deliver(update);
        const found = await telegram.waitFor(chat, mark, (c) => c.isMessage && (final || c.hasKeyboard), options.questionTimeoutMs ?? 30_000);
        const { status, ackMs } = await delivered;
        const calls = telegram.callsOf(chat);
        const firstReply = calls.slice(mark).find((c) => c.isMessage);
        const fetchedAt = telegram.deliveredAt.get(update.update_id);
        const record: TapRecord = {
          participant: index,
          step,
          kind: action.kind,
          input: "text" in action ? action.text : action.data,
          handedAt,
          questionMs: found >= 0 ? round(calls[found]!.at - handedAt, 1) : null,
          firstReplyMs: firstReply ? round(firstReply.at - handedAt, 1) : null,
          criticalCalls: found >= 0 ? found - mark + 1 : null,
          roundTrips: null,
          criticalPath: found >= 0 ? calls.slice(mark, found + 1).map((c) => c.method).join(" → ") : "",
          calls: 0,
          ...(target !== undefined && { status, ackMs: round(ackMs, 1) }),
          ...(target === undefined && fetchedAt !== undefined && { pollWaitMs: round(fetchedAt - handedAt, 1) }),
        };
        run.records.push(record);
        if (found >= 0) questionIndex.set(record, found);
        if (found < 0) {
          failures.push(
            `${label}, step ${step} (${record.kind} ${record.input}): no ${final ? "reply" : "next question"} within ` +
              `${(options.questionTimeoutMs ?? 30_000) / 1000} s; calls seen: ${calls.slice(mark).map((c) => `${c.method} ${c.status ?? "…"}`).join(", ") || "none"}` +
              (target !== undefined ? `; webhook answered ${status}` : ""),
          );
          return run;
        }
        if (final) {
          run.completed = true;
          return run;
        }
        // Thinking starts when the question is on the screen.
        await sleep(Math.max(0, think[step]! - (performance.now() - calls[found]!.at)));
        action = nextAction(telegram.lastMessage(chat));
      }
      failures.push(`${label}: did not reach the summary in ${MAX_STEPS} taps; the last ones: ${run.records.slice(-8).map((r) => `${r.kind} ${r.input}`).join(", ")}`);
      return run;
    };

    // A warm-up participant goes through the whole survey first, quickly and unmeasured:
    // a classroom meets an app that has been running for a while (JIT-compiled code,
    // warm caches and connections), not one started a second ago.
    const warmup = await participant(-1, firstUserId - 1, Array.from({ length: MAX_STEPS }, () => 50), "warm-up participant");
    if (!warmup.completed) throw new Error(`the warm-up participant did not get through the survey:\n${failures.join("\n")}\n${app.tail(20)}`);
    await sleep(500);
    telegram.reset();
    statuses.clear();

    const thinks = Array.from({ length: options.participants }, () => thinkTimes(MAX_STEPS));
    const cpuBefore = { app: app.cpuMs(), database: await bench?.backendCpuMs(), self: process.cpuUsage() };
    const started = performance.now();
    const samples: { at: number; app: number | undefined; database: number | undefined; self: number; machine: number }[] = [];
    const sample = async () => {
      const cpu = process.cpuUsage();
      samples.push({ at: performance.now(), app: app!.cpuMs(), database: await bench?.backendCpuMs(), self: (cpu.user + cpu.system) / 1000, machine: machineBusyMs() });
    };
    await sample();
    const sampler = setInterval(() => void sample(), TIMELINE_SLICE_S * 1000);
    const runs = await Promise.all(thinks.map((think, i) => participant(i, firstUserId + i, think, `participant ${i + 1}`))).finally(() => clearInterval(sampler));
    await sample();
    const durationS = (performance.now() - started) / 1000;
    const completed = runs.filter((r) => r.completed).length;
    // Whatever the last taps still cause (the suggestions after the summary).
    await sleep(1000 + options.latencyMs * 3);
    const cpuAfter = { app: app.cpuMs(), database: await bench?.backendCpuMs(), self: process.cpuUsage(cpuBefore.self) };

    // Calls each tap caused: from its hand-over to the participant's next one.
    for (const [i, { records, marks: chatMarks }] of runs.entries()) {
      const calls = telegram.callsOf(firstUserId + i);
      records.forEach((r, k) => {
        r.calls = (chatMarks[k + 1] ?? calls.length) - chatMarks[k]!;
        const found = questionIndex.get(r);
        if (found !== undefined) r.roundTrips = roundTrips(calls, chatMarks[k]!, found);
      });
    }
    const all = runs.flatMap((r) => r.records);
    const answered = all.filter((t) => t.questionMs !== null);
    const question = distribution(answered.map((t) => t.questionMs!));
    const critical = distribution(answered.map((t) => t.criticalCalls!));
    const n = all.length;
    const perTap = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || n === 0 ? null : round((b - a) / n, 2));

    const byKind = [...new Set(all.map((t) => t.kind))].map((kind): KindRow => {
      const rows = all.filter((t) => t.kind === kind);
      const ok = rows.filter((t) => t.questionMs !== null);
      const paths = new Map<string, number>();
      for (const t of ok) paths.set(t.criticalPath, (paths.get(t.criticalPath) ?? 0) + 1);
      const [commonPath, count] = [...paths].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
      return {
        kind,
        taps: rows.length,
        question: distribution(ok.map((t) => t.questionMs!)),
        criticalCalls: distribution(ok.map((t) => t.criticalCalls!)),
        roundTrips: distribution(ok.map((t) => t.roundTrips!)),
        calls: distribution(rows.map((t) => t.calls)),
        commonPath,
        commonPathShare: ok.length ? round(count / ok.length, 2) : 0,
      };
    });

    const timeline: TimelineSlice[] = [];
    for (let i = 1; i < samples.length; i++) {
      const [a, b] = [samples[i - 1]!, samples[i]!];
      const ms = b.at - a.at;
      const inSlice = answered.filter((t) => t.handedAt >= a.at && t.handedAt < b.at).map((t) => t.questionMs!);
      const d = distribution(inSlice);
      const pct = (x: number | undefined, y: number | undefined) => (x === undefined || y === undefined ? null : round((100 * (y - x)) / ms, 0));
      timeline.push({
        fromS: round((a.at - started) / 1000, 0),
        taps: inSlice.length,
        p50Ms: d.p50,
        p95Ms: d.p95,
        appCpuPercent: pct(a.app, b.app),
        databaseCpuPercent: pct(a.database, b.database),
        loadGeneratorCpuPercent: pct(a.self, b.self)!,
        machineBusyPercent: round((100 * (b.machine - a.machine)) / (ms * os.cpus().length), 0),
      });
    }

    const result: ClassroomResult = {
      name: options.name,
      title: options.title,
      mode: options.mode,
      database: options.database,
      participants: options.participants,
      completed,
      latencyMs: options.latencyMs,
      latencyAppliedBy: telegram.latencyBy,
      thinkMs: options.thinkMs,
      poolSize: options.poolSize ?? "default",
      seed: options.seed,
      durationS: round(durationS, 1),
      taps: n,
      question,
      firstReply: distribution(all.filter((t) => t.firstReplyMs !== null).map((t) => t.firstReplyMs!)),
      criticalCalls: critical,
      roundTrips: distribution(answered.map((t) => t.roundTrips!)),
      callsPerTap: distribution(all.map((t) => t.calls)),
      tapsOverCriticalTarget: answered.filter((t) => t.criticalCalls! > CLASSROOM_TARGETS.criticalCalls).length,
      byKind,
      ...(target !== undefined && {
        webhook: {
          ack: distribution(all.filter((t) => t.ackMs !== undefined).map((t) => t.ackMs!)),
          non200: all.filter((t) => t.status !== 200).length,
          statuses: Object.fromEntries([...statuses].map(([s, c]) => [String(s), c])),
        },
      }),
      ...(target === undefined && { polling: { wait: distribution(all.filter((t) => t.pollWaitMs !== undefined).map((t) => t.pollWaitMs!)) } }),
      cpuMsPerTap: {
        app: perTap(cpuBefore.app, cpuAfter.app),
        database: perTap(cpuBefore.database, cpuAfter.database),
        loadGenerator: round((cpuAfter.self.user + cpuAfter.self.system) / 1000 / Math.max(1, n), 2),
      },
      botApiCalls: Object.fromEntries(telegram.methodCounts),
      botApiRefusals: Object.fromEntries(telegram.refusals),
      appLog: app.problems(),
      failures,
      targets: [],
      timeline,
      records: all,
    };
    result.targets = [
      { what: `p95 tap → next question < ${CLASSROOM_TARGETS.p95Ms} ms`, value: question.p95, met: question.p95 < CLASSROOM_TARGETS.p95Ms && failures.length === 0 },
      {
        what: `Bot API calls between a tap and its next question ≤ ${CLASSROOM_TARGETS.criticalCalls} (max over taps)`,
        value: critical.max,
        met: critical.max <= CLASSROOM_TARGETS.criticalCalls,
      },
    ];
    return result;
  } finally {
    target?.agent.destroy();
    const code = await app?.stop();
    if (code !== undefined && code !== 0 && app) console.log(`  (${app.label} exited with ${code}:\n${app.tail(10)})`);
    await telegram.close();
    await bench?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

export function printClassroom(r: ClassroomResult): void {
  const pool = r.database === "postgres" ? `, pool ${r.poolSize}` : "";
  console.log(
    `\n${r.title}: ${r.participants} participants, ${r.mode} on ${r.database === "pglite" ? "PGlite" : "PostgreSQL"}${pool}, ` +
      `Bot API latency ${r.latencyMs} ms (applied by the ${r.latencyAppliedBy}), think ${r.thinkMs[0] / 1000}–${r.thinkMs[1] / 1000} s, seed ${r.seed}`,
  );
  console.log(`  ${r.completed}/${r.participants} finished the survey, ${r.taps} taps in ${r.durationS} s`);
  const rows = [
    ["all taps", r.taps, r.question, r.criticalCalls, r.roundTrips, r.callsPerTap, `first reply p50 ${fmt(r.firstReply.p50)} / p95 ${fmt(r.firstReply.p95)} ms`] as const,
    ...r.byKind.map(
      (k) => [k.kind, k.taps, k.question, k.criticalCalls, k.roundTrips, k.calls, `${k.commonPath}${k.commonPathShare < 1 ? ` (${Math.round(k.commonPathShare * 100)}%)` : ""}`] as const,
    ),
  ];
  const body = table(
    ["tap → next question", "taps", "p50 ms", "p95 ms", "max ms", "calls before p50", "max", "round trips p50", "max", "calls/tap mean", "max", "calls until the question (most common)"],
    rows.map(([label, taps, q, c, trips, calls, extra]) =>
      [label, String(taps), fmt(q.p50), fmt(q.p95), fmt(q.max), fmt(c.p50), fmt(c.max), fmt(trips.p50), fmt(trips.max), fmt(calls.mean, 1), fmt(calls.max), extra],
    ),
  );
  console.log(body.split("\n").map((l) => `  ${l}`).join("\n"));
  if (r.webhook) {
    console.log(`  webhook answers: p50 ${fmt(r.webhook.ack.p50)} ms, p95 ${fmt(r.webhook.ack.p95)} ms, max ${fmt(r.webhook.ack.max)} ms; statuses ${JSON.stringify(r.webhook.statuses)}`);
  }
  if (r.polling) {
    console.log(`  waiting to be fetched (hand-over → getUpdates answer): p50 ${fmt(r.polling.wait.p50)} ms, p95 ${fmt(r.polling.wait.p95)} ms, max ${fmt(r.polling.wait.max)} ms`);
  }
  console.log(`  CPU ms per tap: app ${fmt(r.cpuMsPerTap.app, 2)}, database ${fmt(r.cpuMsPerTap.database, 2)}, load generator + fake ${fmt(r.cpuMsPerTap.loadGenerator, 2)}`);
  console.log(`  timeline (CPU in % of one core; machine in % of all ${os.cpus().length} cores):`);
  console.log(
    table(
      ["from s", "taps", "p50 ms", "p95 ms", "app cpu", "db cpu", "loadgen cpu", "machine busy"],
      r.timeline.map((t) => [String(t.fromS), String(t.taps), fmt(t.p50Ms), fmt(t.p95Ms), `${fmt(t.appCpuPercent)}%`, `${fmt(t.databaseCpuPercent)}%`, `${fmt(t.loadGeneratorCpuPercent)}%`, `${fmt(t.machineBusyPercent)}%`]),
    )
      .split("\n")
      .map((l) => `    ${l}`)
      .join("\n"),
  );
  if (Object.keys(r.botApiRefusals).length > 0) console.log(`  Bot API answers other than 200: ${JSON.stringify(r.botApiRefusals)}`);
  if (r.appLog.warn + r.appLog.error > 0) {
    console.log(`  app logged ${r.appLog.warn} warnings and ${r.appLog.error} errors, e.g.:`);
    for (const s of r.appLog.samples.slice(0, 3)) console.log(`    ${s}`);
  }
  for (const f of r.failures.slice(0, 10)) console.log(`  FAIL ${f}`);
  if (r.failures.length > 10) console.log(`  … and ${r.failures.length - 10} more failures`);
  for (const t of r.targets) console.log(`  ${t.what}: ${t.value} — ${t.met ? "target met" : "target MISSED"}`);
}
