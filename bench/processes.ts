/**
 * The servers under test, each in a process of its own (never in the load generator's):
 *  - the real app, `src/main.ts` started as `npm start` does, configured by environment;
 *  - the echo baseline, bench/echo-process.ts (bare grammY + Fastify).
 * Both are started with `node --import tsx` directly (no npm or shell in between), so the
 * child's pid is the server's: its CPU time is read from /proc, and node flags such as
 * --cpu-prof apply to it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { freePort } from "../test/support/app-process.js";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz";
export const SECRET = "bench-webhook-secret-0123456789";
/** The app's webhook route (src/http/create-server.ts); the echo serves the same one. */
export const WEBHOOK_PATH = "/telegram/webhook";

export interface ServerProcess {
  label: string;
  pid: number;
  port: number;
  child: ChildProcess;
  /** User + system CPU of the process so far, in ms (Linux /proc); undefined elsewhere. */
  cpuMs(): number | undefined;
  /** The last lines the process wrote (stdout and stderr), for failure messages. */
  tail(lines?: number): string;
  /** Log lines at warn level or above (the app logs JSON lines, level 40 = warn). */
  problems(): { warn: number; error: number; samples: string[] };
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}


export interface AppOptions {
  label: string;
  telegramApiRoot: string;
  mode: "polling" | "webhook";
  /** PostgreSQL URL; without it the app uses PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir?: string;
  /** DATABASE_POOL_SIZE; the app's default when undefined. */
  poolSize?: number;
  /** Node flags before --import tsx, e.g. ["--cpu-prof", "--cpu-prof-dir=…"]. */
  nodeArgs?: string[];
  env?: Record<string, string>;
}

/** Starts the real app and waits until /readyz answers 200. */
export async function startAppProcess(options: AppOptions): Promise<ServerProcess> {
  const port = await freePort();
  const env: Record<string, string> = {
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: options.telegramApiRoot,
    BOT_MODE: options.mode,
    // The app's variable is PORT; HTTP_PORT too in case it is renamed (unknown ones are ignored).
    PORT: String(port),
    HTTP_PORT: String(port),
    HOST: "127.0.0.1",
    // Log lines would measure the pipe, not the app; warnings and errors are still counted.
    LOG_LEVEL: "warn",
    PROJECT_NAME: "Bench",
    PRIVACY_NOTICE_VERSION: "1",
    ...(options.mode === "webhook" && { WEBHOOK_URL: `http://127.0.0.1:${port}`, WEBHOOK_SECRET: SECRET }),
    ...(options.databaseUrl !== undefined && { DATABASE_URL: options.databaseUrl }),
    ...(options.dataDir !== undefined && { DATA_DIR: options.dataDir }),
    ...(options.poolSize !== undefined && { DATABASE_POOL_SIZE: String(options.poolSize) }),
    ...options.env,
  };
  return startServerProcess(options.label, [...(options.nodeArgs ?? []), "--import", "tsx", "src/main.ts"], env, port, "/readyz");
}

/** The echo bot (bench/echo-process.ts); `ack` is its ECHO_ACK, how it acknowledges a press. */
export async function startEchoProcess(telegramApiRoot: string, nodeArgs: string[] = [], ack: "request" | "webhook-reply" = "request"): Promise<ServerProcess> {
  const port = await freePort();
  const script = fileURLToPath(new URL("./echo-process.ts", import.meta.url));
  const env = { BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegramApiRoot, PORT: String(port), WEBHOOK_SECRET: SECRET, ECHO_ACK: ack };
  return startServerProcess(`echo (${ack})`, [...nodeArgs, "--import", "tsx", script], env, port, "/healthz");
}

/** Children still running: killed if the bench itself dies (an exception, Ctrl-C). */
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

async function startServerProcess(label: string, args: string[], env: Record<string, string>, port: number, readyPath: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  child.once("exit", () => running.delete(child));
  const lines: string[] = [];
  const counts = { warn: 0, error: 0, samples: [] as string[] };
  const collect = (stream: NodeJS.ReadableStream | null) => {
    let partial = "";
    stream?.setEncoding("utf8");
    stream?.on("data", (text: string) => {
      const parts = (partial + text).split("\n");
      partial = parts.pop() ?? "";
      for (const line of parts) {
        lines.push(line);
        if (lines.length > 400) lines.splice(0, lines.length - 200);
        const level = /"level":(\d+)/.exec(line)?.[1];
        if (level !== undefined && Number(level) >= 40) {
          if (Number(level) >= 50) counts.error += 1;
          else counts.warn += 1;
          if (counts.samples.length < 5) counts.samples.push(line.slice(0, 400));
        }
      }
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : null))));
  const tail = (n = 30) => lines.slice(-n).join("\n");

  // Generous: tsx compiling and a first PGlite start on disk take seconds on a busy machine.
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${label} exited with ${child.exitCode} before it was ready:\n${tail()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}${readyPath}`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${label} was not ready after 120 s:\n${tail()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const pid = child.pid!;
  return {
    label,
    pid,
    port,
    child,
    cpuMs: () => processCpuMs(pid),
    tail,
    problems: () => ({ ...counts, samples: [...counts.samples] }),
    async stop(graceMs = 15_000) {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

// Linux reports process times in clock ticks of 1/100 s (CLK_TCK on every common build).
const TICK_MS = 10;

/** User + system CPU time of a live process, from /proc; undefined when unreadable. */
export function processCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return undefined;
  }
}
