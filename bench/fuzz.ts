/**
 * The long fuzz run: the two fuzz test files of test/fuzz with many more inputs than
 * `npm test` gives them — 20,000 bot updates and 5,000 API requests by default — then
 * how many ran, how long they took, and what failed.
 *
 *   npx tsx bench/fuzz.ts                                (also meant for npm run bench)
 *   FUZZ_UPDATES=50000 FUZZ_REQUESTS=10000 FUZZ_SEED=7 npx tsx bench/fuzz.ts
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/fuzz.ts   (PGlite, then PostgreSQL too)
 *
 * It spawns `npx vitest run test/fuzz` with FUZZ_UPDATES, FUZZ_REQUESTS and
 * FUZZ_REPORT_DIR set; each test file writes its summary there as JSON. Run alone, the
 * process exits non-zero when the fuzzing found a failure.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

export interface FuzzSuiteReport {
  suite: "bot" | "api";
  project: string;
  seed: number;
  /** Bot suite: generated updates (the corpus comes on top). */
  updates?: number;
  /** API suite: generated requests (the corpus comes on top). */
  requests?: number;
  corpus: number;
  failures: number;
  seconds: number;
  problems: Record<string, number>;
  [key: string]: unknown;
}

export interface FuzzBenchResult {
  updates: number;
  requests: number;
  seed: number | undefined;
  /** vitest's exit code: 0 when every fuzz test passed. */
  exitCode: number;
  seconds: number;
  /** One per test file and vitest project that finished (a crashed file leaves none). */
  reports: FuzzSuiteReport[];
  ok: boolean;
}

export async function runFuzzBenchmarks(options: { updates?: number; requests?: number; seed?: number } = {}): Promise<FuzzBenchResult> {
  const updates = options.updates ?? Number(process.env.FUZZ_UPDATES ?? 20_000);
  const requests = options.requests ?? Number(process.env.FUZZ_REQUESTS ?? 5_000);
  const seed = options.seed ?? (process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined);
  const reportDir = mkdtempSync(path.join(os.tmpdir(), "fuzz-reports-"));
  const started = Date.now();
  try {
    const exitCode = await new Promise<number>((resolve, reject) => {
      const child = spawn("npx", ["vitest", "run", "test/fuzz"], {
        cwd: ROOT,
        stdio: "inherit",
        env: {
          ...process.env,
          FUZZ_UPDATES: String(updates),
          FUZZ_REQUESTS: String(requests),
          ...(seed !== undefined && { FUZZ_SEED: String(seed) }),
          FUZZ_REPORT_DIR: reportDir,
        },
      });
      child.on("error", reject);
      child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    });
    const reports = readdirSync(reportDir)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => JSON.parse(readFileSync(path.join(reportDir, f), "utf8")) as FuzzSuiteReport);
    const ok = exitCode === 0 && reports.length > 0 && reports.every((r) => r.failures === 0);
    return { updates, requests, seed, exitCode, seconds: Math.round((Date.now() - started) / 100) / 10, reports, ok };
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}

export function printFuzzBenchmarks(r: FuzzBenchResult): void {
  console.log("\nFuzzing");
  console.log(`  asked for ${r.updates} bot updates and ${r.requests} API requests${r.seed !== undefined ? `, seed ${r.seed}` : ""}; vitest exited ${r.exitCode} after ${r.seconds} s`);
  for (const report of r.reports) {
    const ran = report.suite === "bot" ? `${report.updates} updates` : `${report.requests} requests`;
    const outcome = report.failures === 0 ? "no failures" : `${report.failures} FAILURE(S): ${Object.entries(report.problems).map(([p, n]) => `${p} ×${n}`).join("; ")}`;
    console.log(`  ${report.suite} (${report.project}, seed ${report.seed}): ${ran} + ${report.corpus} from the corpus in ${report.seconds} s — ${outcome}`);
  }
  if (r.reports.length === 0) console.log("  no suite reported a summary (did vitest fail to start, or a test file crash?)");
  console.log(`  outcome: ${r.ok ? "passed" : "FAILED (the failing inputs are printed above, with the seed to replay them)"}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runFuzzBenchmarks();
  printFuzzBenchmarks(result);
  const dir = new URL("./results/", import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL("fuzz.json", dir), JSON.stringify(result, null, 2));
  process.exitCode = result.ok ? 0 : 1;
}
