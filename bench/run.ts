/**
 * `npm run bench`: the benchmarks, printed as tables and written as JSON to bench/results/.
 *
 *   npm run bench                                   everything
 *   BENCH_ONLY=classroom npm run bench              some of: classroom, throughput, length, reminders, fuzz
 *   BENCH_ONLY=startup npm run bench                start-up time of `npm start` alone (bench/startup.ts)
 *   BENCH_CLASSROOM=a,c npm run bench               some classroom scenarios (a, b, c)
 *   BENCH_SCALE=0.2 npm run bench                   quick run (fewer participants and requests)
 *   BENCH_DATABASE_URL=postgres://…                 server for the throw-away databases
 *
 * More knobs: BENCH_THINK_MS=1000-3000 (classroom think time), BENCH_LATENCY_MS=100
 * (classroom Bot API latency), BENCH_CLASSROOM_POOL=20 (an experiment: DATABASE_POOL_SIZE
 * of the PostgreSQL classrooms instead of the app's default), BENCH_WEBHOOK_LATENCIES=0,100, BENCH_POOL_SIZE=20
 * (throughput's DATABASE_POOL_SIZE), BENCH_PROFILE=0 (no CPU profile), BENCH_STATEMENTS=0 (no
 * count of the database statements per survey answer), BENCH_SEED=1.
 *
 * Processes: the server under test is always the real app (`src/main.ts`) in a process
 * of its own, started with its environment; the echo baseline too. This process is the
 * load generator and hosts the fake Bot API. Figures are for comparing runs on the same
 * machine, not absolutes; the run never fails on a missed target, it says so.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { printClassroom, runClassroom, type ClassroomOptions, type ClassroomResult } from "./classroom.js";
import { printFuzzBenchmarks, runFuzzBenchmarks } from "./fuzz.js";
import { backgroundLoadPercent } from "./harness.js";
import { printProfile } from "./profile.js";
import { printReminderBenchmarks, runReminderBenchmarks } from "./reminders.js";
import { printStartupBenchmark, runStartupBenchmark } from "./startup.js";
import { round, table } from "./stats.js";
import { printWebhook, runWebhookBenchmarks, type WebhookResult } from "./webhook.js";
import { postgresConnection } from "../src/db/client.js";

const BENCHMARKS = ["classroom", "throughput", "length", "reminders", "fuzz"] as const;
type Benchmark = (typeof BENCHMARKS)[number];

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const SCALE = Number(process.env.BENCH_SCALE ?? "1");
const SEED = Number(process.env.BENCH_SEED ?? "1");
const POOL_SIZE = Number(process.env.BENCH_POOL_SIZE ?? "20");
const CLASSROOM_LATENCY = Number(process.env.BENCH_LATENCY_MS ?? "100");
const WEBHOOK_LATENCIES = (process.env.BENCH_WEBHOOK_LATENCIES ?? "0,100").split(",").map(Number);
const PROFILE = process.env.BENCH_PROFILE !== "0";
const RESULTS_DIR = fileURLToPath(new URL("./results/", import.meta.url));

function selected(): Set<Benchmark> {
  const raw = process.env.BENCH_ONLY?.trim();
  if (!raw) return new Set(BENCHMARKS);
  const names = raw.split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(BENCHMARKS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown ${unknown.join(", ")}; choose from ${BENCHMARKS.join(", ")} (or startup, on its own)`);
  return new Set(names as Benchmark[]);
}

function thinkMs(): [number, number] {
  const raw = process.env.BENCH_THINK_MS ?? "1000-3000";
  const match = /^(\d+)-(\d+)$/.exec(raw);
  if (!match || Number(match[1]) > Number(match[2])) throw new Error(`BENCH_THINK_MS must look like 1000-3000, got ${raw}`);
  return [Number(match[1]), Number(match[2])];
}

function classroomScenarios(): Omit<ClassroomOptions, "adminUrl" | "seed" | "thinkMs" | "latencyMs">[] {
  const count = (n: number) => Math.max(2, Math.round(n * SCALE));
  const all = {
    a: { name: "classroom-a", title: "(a) classroom, polling, PGlite", mode: "polling", database: "pglite", participants: count(30) },
    b: { name: "classroom-b", title: "(b) classroom, webhook, PostgreSQL", mode: "webhook", database: "postgres", participants: count(30) },
    c: { name: "classroom-c", title: "(c) classroom of 100, webhook, PostgreSQL, default pool", mode: "webhook", database: "postgres", participants: count(100), firstUserId: 7_000_001 },
  } as const;
  const wanted = (process.env.BENCH_CLASSROOM ?? "a,b,c").split(",").map((s) => s.trim());
  for (const w of wanted) if (!(w in all)) throw new Error(`BENCH_CLASSROOM: unknown scenario ${w}; choose from a, b, c`);
  // For experiments only: the scenarios as specified run on the app's default pool.
  const pool = process.env.BENCH_CLASSROOM_POOL ? Number(process.env.BENCH_CLASSROOM_POOL) : undefined;
  return wanted.map((w) => ({ ...all[w as keyof typeof all], ...(pool !== undefined && all[w as keyof typeof all].database === "postgres" && { poolSize: pool }) }));
}

async function machine(backgroundLoad: number) {
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    // Not a git checkout: the figures still stand on their own.
  }
  let postgresVersion = "?";
  const settings: Record<string, string> = {};
  const adminConnection = postgresConnection(ADMIN_URL);
  const admin = postgres(adminConnection.url, { ...adminConnection.options, max: 1, onnotice: () => {} });
  try {
    const [row] = await admin<{ server_version: string }[]>`show server_version`;
    postgresVersion = row?.server_version ?? "?";
    for (const setting of ["synchronous_commit", "fsync", "shared_buffers", "max_connections"]) {
      const [value] = await admin.unsafe<{ value: string }[]>(`select current_setting('${setting}') as value`);
      settings[setting] = value?.value ?? "?";
    }
  } catch {
    postgresVersion = "unreachable";
  } finally {
    await admin.end();
  }
  return {
    date: new Date().toISOString(),
    commit,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "?",
    memoryGb: round(os.totalmem() / 2 ** 30, 1),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    postgres: postgresVersion,
    postgresSettings: settings,
    scale: SCALE,
    seed: SEED,
    /** Machine CPU busy (percent of all cores) in the second before the run, with this process idle. */
    backgroundLoadPercent: backgroundLoad,
  };
}

function writeJson(name: string, value: unknown): void {
  writeFileSync(`${RESULTS_DIR}${name}.json`, `${JSON.stringify(value, null, 2)}\n`);
}

function printTargets(classrooms: ClassroomResult[], webhook: WebhookResult | undefined): { what: string; value: number; met: boolean }[] {
  const targets = [
    ...classrooms.flatMap((c) => c.targets.map((t) => ({ ...t, what: `${c.title}: ${t.what}` }))),
    ...(webhook?.targets ?? []),
  ];
  if (targets.length === 0) return targets;
  console.log("\nTargets");
  console.log(
    table(["", "value", "verdict"], targets.map((t) => [t.what, String(t.value), t.met ? "met" : "MISSED"]))
      .split("\n")
      .map((l) => `  ${l}`)
      .join("\n"),
  );
  return targets;
}

async function main(): Promise<void> {
  // Start-up time (bench/startup.ts) needs neither PostgreSQL nor the load generator.
  if (process.env.BENCH_ONLY?.trim() === "startup") {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const startup = await runStartupBenchmark();
    printStartupBenchmark(startup);
    writeJson("startup", startup);
    return;
  }
  if (!(SCALE > 0)) throw new Error(`BENCH_SCALE must be a positive number, got ${process.env.BENCH_SCALE}`);
  const only = selected();
  mkdirSync(RESULTS_DIR, { recursive: true });
  const about = await machine(await backgroundLoadPercent());
  console.log(
    `bench: ${about.cpus} CPUs (${about.cpuModel}), node ${about.node}, PostgreSQL ${about.postgres}, scale ${SCALE}, ` +
      `commit ${about.commit}; running ${[...only].join(", ")}`,
  );
  // The load generator, the servers, the fake Bot API and PostgreSQL share this
  // machine's cores: someone else's load shows up directly in the figures.
  if (about.backgroundLoadPercent > 10) {
    console.log(`warning: the machine was ${about.backgroundLoadPercent}% busy before the run started; figures will be noisy`);
  }
  const latest: Record<string, unknown> = { machine: about };

  const classrooms: ClassroomResult[] = [];
  if (only.has("classroom")) {
    const think = thinkMs();
    for (const scenario of classroomScenarios()) {
      console.log(`\n[classroom] ${scenario.title}: ${scenario.participants} participants…`);
      const result = await runClassroom({ ...scenario, adminUrl: ADMIN_URL, seed: SEED, thinkMs: think, latencyMs: CLASSROOM_LATENCY } as ClassroomOptions);
      classrooms.push(result);
      printClassroom(result);
      const { records, ...summary } = result;
      writeJson(result.name, { machine: about, ...summary });
      writeJson(`${result.name}-taps`, records);
    }
    latest.classroom = classrooms.map(({ records: _records, ...summary }) => summary);
  }

  let webhook: WebhookResult | undefined;
  if (only.has("throughput") || only.has("length")) {
    console.log(`\n[webhook] ${only.has("throughput") ? `throughput at Bot API latency ${WEBHOOK_LATENCIES.join(" and ")} ms` : ""}${only.has("throughput") && only.has("length") ? ", then " : ""}${only.has("length") ? "question 1 against the last question" : ""}…`);
    webhook = await runWebhookBenchmarks({
      adminUrl: ADMIN_URL,
      scale: SCALE,
      poolSize: POOL_SIZE,
      latencies: only.has("throughput") ? WEBHOOK_LATENCIES : [],
      profile: PROFILE && only.has("throughput"),
      surveyLength: only.has("length"),
      profileDir: `${RESULTS_DIR}profiles`,
      statements: only.has("throughput") && process.env.BENCH_STATEMENTS !== "0",
    });
    printWebhook(webhook);
    if (webhook.profile) {
      console.log(`\nWhere the app's time goes (CPU profile of the app process, measured window at Bot API latency ${webhook.profile.latencyMs} ms)`);
      printProfile(webhook.profile);
    }
    writeJson("webhook", { machine: about, ...webhook });
    latest.webhook = webhook;
  }

  latest.targets = printTargets(classrooms, webhook);

  if (only.has("reminders")) {
    console.log(`\n[reminders] planning among ${Math.round(100_000 * SCALE).toLocaleString("en")} enrolments, sending with and without the rate limit…`);
    const reminders = await runReminderBenchmarks();
    writeJson("reminders", { machine: about, ...reminders });
    printReminderBenchmarks(reminders);
    latest.reminders = reminders;
  }

  if (only.has("fuzz")) {
    console.log(`\n[fuzz] ${process.env.FUZZ_UPDATES ?? "20000"} generated updates and ${process.env.FUZZ_REQUESTS ?? "5000"} malformed API requests…`);
    const fuzz = await runFuzzBenchmarks();
    writeJson("fuzz", fuzz);
    printFuzzBenchmarks(fuzz);
    latest.fuzz = fuzz;
  }

  writeJson("latest", latest);
  console.log(`\nresults: ${RESULTS_DIR}latest.json`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
