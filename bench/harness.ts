/**
 * The load generator: a closed loop of N workers over N keep-alive connections. It runs
 * in the bench's own process; the servers it drives run in processes of their own
 * (bench/processes.ts). Each worker posts the next prepared update as soon as the answer
 * to its previous one has come back, so the offered load adapts to the server (no
 * coordinated-omission guesswork: a closed loop measures exactly the requests it sends).
 *
 * undici is not a dependency of the project (node's global fetch bundles it but does
 * not export its Agent), so the client is node:http with a keep-alive agent capped at
 * N sockets: N workers, each with at most one request in flight, use exactly N
 * connections, opened once and reused.
 */
import http from "node:http";
import os from "node:os";
import { performance } from "node:perf_hooks";

export interface LoadTarget {
  /** http://127.0.0.1:PORT/telegram/webhook */
  url: URL;
  headers: Record<string, string>;
  /** Shared by every run against this server, so the measured run reuses the warm-up's connections. */
  agent: http.Agent;
}

export interface ErrorSample {
  index: number;
  status: number;
  body: string;
}

export interface LoadResult {
  /** Per request, in milliseconds, in the order the bodies were given. */
  latenciesMs: Float64Array;
  /** performance.now() when each request was sent, in the order the bodies were given. */
  startedAt: Float64Array;
  /** Wall-clock time of the whole run (first request sent to last answer received). */
  elapsedMs: number;
  /** HTTP status → count; 0 stands for a connection error. */
  statuses: Map<number, number>;
  /** The first few non-200 answers, to print. */
  errorSamples: ErrorSample[];
  errors: number;
  /**
   * Bot API calls the server made in its 200 answers (Telegram's "webhook reply", which
   * Telegram carries out), by method.
   */
  webhookReplies: Map<string, number>;
  /** CPU time of this process (the load generator, and the fake Bot API when it lives here) during the run. */
  cpuMs: number;
  /** CPU time of the server under test's process during the run, when it can be read. */
  serverCpuMs?: number;
  /**
   * Busy CPU time of the whole machine during the run (all cores). Minus `cpuMs`, that
   * is mostly PostgreSQL, but also anything else running on the machine.
   */
  machineCpuMs: number;
  /** CPU time of the PostgreSQL backends serving the run, when they can be read (local server). */
  databaseCpuMs?: number;
}

export interface LoadOptions {
  /** A cumulative CPU counter of the database server's processes, read before and after the run. */
  databaseCpuMs?: () => Promise<number | undefined>;
  /** A cumulative CPU counter of the server under test (its own process), read before and after. */
  serverCpuMs?: () => number | undefined;
}

export function createTarget(port: number, path: string, headers: Record<string, string>, connections: number): LoadTarget {
  return {
    url: new URL(`http://127.0.0.1:${port}${path}`),
    headers: { "content-type": "application/json", ...headers },
    agent: new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections }),
  };
}

/** Posts every body once, `connections` at a time, and times each request with hrtime. */
export async function loadHarness(
  target: LoadTarget,
  bodies: readonly string[],
  connections: number,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const latenciesMs = new Float64Array(bodies.length);
  const startedAt = new Float64Array(bodies.length);
  const statuses = new Map<number, number>();
  const errorSamples: ErrorSample[] = [];
  const webhookReplies = new Map<string, number>();
  let errors = 0;
  let next = 0;

  const worker = async (): Promise<void> => {
    for (;;) {
      const index = next++;
      const body = bodies[index];
      if (body === undefined) return;
      const started = performance.now();
      startedAt[index] = started;
      const answer = await post(target, body);
      latenciesMs[index] = performance.now() - started;
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status !== 200) {
        errors += 1;
        if (errorSamples.length < 5) errorSamples.push({ index, status: answer.status, body: answer.body.slice(0, 300) });
      } else if (answer.body.includes('"method"')) {
        const method = (JSON.parse(answer.body) as { method?: unknown }).method;
        if (typeof method === "string") webhookReplies.set(method, (webhookReplies.get(method) ?? 0) + 1);
      }
    }
  };

  const databaseBefore = await options.databaseCpuMs?.();
  const serverBefore = options.serverCpuMs?.();
  const cpuBefore = process.cpuUsage();
  const machineBefore = machineBusyMs();
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  const machineCpuMs = machineBusyMs() - machineBefore;
  const serverAfter = options.serverCpuMs?.();
  const databaseAfter = await options.databaseCpuMs?.();
  return {
    latenciesMs,
    startedAt,
    elapsedMs,
    statuses,
    errorSamples,
    errors,
    webhookReplies,
    cpuMs: (cpu.user + cpu.system) / 1000,
    machineCpuMs,
    ...(databaseBefore !== undefined && databaseAfter !== undefined && { databaseCpuMs: databaseAfter - databaseBefore }),
    ...(serverBefore !== undefined && serverAfter !== undefined && { serverCpuMs: serverAfter - serverBefore }),
  };
}

/**
 * How busy the machine is while this process does nothing, in percent of all cores:
 * anything well above zero is someone else's load, and the figures will be noisy.
 */
export async function backgroundLoadPercent(sampleMs = 1000): Promise<number> {
  const before = machineBusyMs();
  await new Promise((resolve) => setTimeout(resolve, sampleMs));
  return round((100 * (machineBusyMs() - before)) / (sampleMs * os.cpus().length), 1);
}

/** Non-idle CPU time of all cores since boot, in ms. */
export function machineBusyMs(): number {
  return os.cpus().reduce((sum, cpu) => sum + cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq, 0);
}

/** One POST; never rejects: a transport error is reported as status 0. */
export function post(target: LoadTarget, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const request = http.request(
      target.url,
      {
        method: "POST",
        agent: target.agent,
        headers: { ...target.headers, "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", (error) => resolve({ status: 0, body: String(error) }));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    request.on("error", (error) => resolve({ status: 0, body: String(error) }));
    request.end(body);
  });
}

/** Joins the results of several runs (e.g. the chunks of an interleaved measurement). */
export function mergeResults(results: readonly LoadResult[]): LoadResult {
  const total = results.reduce((n, r) => n + r.latenciesMs.length, 0);
  const latenciesMs = new Float64Array(total);
  const startedAt = new Float64Array(total);
  const statuses = new Map<number, number>();
  const webhookReplies = new Map<string, number>();
  let offset = 0;
  for (const r of results) {
    latenciesMs.set(r.latenciesMs, offset);
    startedAt.set(r.startedAt, offset);
    offset += r.latenciesMs.length;
    for (const [status, n] of r.statuses) statuses.set(status, (statuses.get(status) ?? 0) + n);
    for (const [method, n] of r.webhookReplies) webhookReplies.set(method, (webhookReplies.get(method) ?? 0) + n);
  }
  return {
    latenciesMs,
    startedAt,
    elapsedMs: results.reduce((t, r) => t + r.elapsedMs, 0),
    statuses,
    errorSamples: results.flatMap((r) => r.errorSamples).slice(0, 5),
    errors: results.reduce((n, r) => n + r.errors, 0),
    webhookReplies,
    cpuMs: results.reduce((t, r) => t + r.cpuMs, 0),
    machineCpuMs: results.reduce((t, r) => t + r.machineCpuMs, 0),
    ...(results.every((r) => r.databaseCpuMs !== undefined) && {
      databaseCpuMs: results.reduce((t, r) => t + (r.databaseCpuMs ?? 0), 0),
    }),
    ...(results.every((r) => r.serverCpuMs !== undefined) && {
      serverCpuMs: results.reduce((t, r) => t + (r.serverCpuMs ?? 0), 0),
    }),
  };
}

export interface Summary {
  requests: number;
  errors: number;
  /** HTTP status → count, as strings for JSON. */
  statuses: Record<string, number>;
  errorSamples: ErrorSample[];
  elapsedMs: number;
  updatesPerSecond: number;
  meanMs: number;
  p50Ms: number;
  p90Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** CPU of the server under test (its process) per request, in ms (null when not measurable). */
  serverCpuMsPerUpdate: number | null;
  /** CPU of the load generator's process (client + fake Bot API) per request, in ms. */
  cpuMsPerUpdate: number;
  /** CPU of the PostgreSQL backends of the run per request, in ms (null when not measurable). */
  databaseCpuMsPerUpdate: number | null;
  /**
   * CPU of everything else on the machine per request, in ms: kernel threads, PostgreSQL's
   * background processes, and anyone else's load. Well above zero means noisy figures.
   * (The server's process is not in it when its CPU could be read.)
   */
  otherCpuMsPerUpdate: number;
  /** Share of the machine's cores busy during the run, in percent. */
  machineBusyPercent: number;
}

/** Throughput and latency percentiles (nearest rank) of one run. */
export function summarise(result: LoadResult): Summary {
  const sorted = Float64Array.from(result.latenciesMs).sort();
  const n = sorted.length;
  const percentile = (p: number): number => (n === 0 ? NaN : sorted[Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1))]!);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    requests: n,
    errors: result.errors,
    statuses: Object.fromEntries([...result.statuses].map(([status, count]) => [String(status), count])),
    errorSamples: result.errorSamples,
    elapsedMs: round(result.elapsedMs),
    updatesPerSecond: round((n / result.elapsedMs) * 1000),
    meanMs: round(sum / n),
    p50Ms: round(percentile(50)),
    p90Ms: round(percentile(90)),
    p95Ms: round(percentile(95)),
    p99Ms: round(percentile(99)),
    maxMs: round(sorted[n - 1] ?? NaN),
    serverCpuMsPerUpdate: result.serverCpuMs === undefined ? null : round(result.serverCpuMs / n, 3),
    cpuMsPerUpdate: round(result.cpuMs / n, 3),
    databaseCpuMsPerUpdate: result.databaseCpuMs === undefined ? null : round(result.databaseCpuMs / n, 3),
    otherCpuMsPerUpdate: round((result.machineCpuMs - result.cpuMs - (result.databaseCpuMs ?? 0) - (result.serverCpuMs ?? 0)) / n, 3),
    machineBusyPercent: round((100 * result.machineCpuMs) / (result.elapsedMs * os.cpus().length), 1),
  };
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
