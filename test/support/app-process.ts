import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { ENV_VARIABLES } from "../../src/config.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The environment of a process under test: PATH and HOME, every variable of the app
 * set to "" (unset, for the app) unless the test gives it, so that a developer's `.env`
 * (which the app reads, environment first) cannot change what a test runs.
 */
export function processEnv(env: Record<string, string>): Record<string, string> {
  // npm under the project's Node.js looks for its global npmrc beside that node binary,
  // not where the machine's npm keeps it (a registry's certificate authority, a cache).
  const npmConfig = ["npm_config_globalconfig", "npm_config_userconfig", "npm_config_cafile", "npm_config_cache"]
    .filter((name) => process.env[name])
    .map((name) => [name, process.env[name]!]);
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    ...Object.fromEntries(npmConfig),
    ...Object.fromEntries(ENV_VARIABLES.map((name) => [name, ""])),
    LOG_LEVEL: "warn",
    ...env,
  };
}

/**
 * How the app is started: "npm" is `npm start` exactly as the README says; "node" is
 * what that runs (`node scripts/run.js dist/main.js`), without npm in between.
 */
export type Launch = "npm" | "node";

export function appCommand(launch: Launch): [string, string[]] {
  return launch === "npm" ? ["npm", ["start", "--silent"]] : [process.execPath, ["scripts/run.js", "dist/main.js"]];
}

export interface AppProcess {
  child: ChildProcess;
  port: number;
  /** Everything the process wrote, for failure messages. */
  output(): string;
  /** Resolves with the exit code (or null when a signal ended it). */
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts the real app as a separate process; does not wait for anything. `options`
 * run another command in another folder (the Docker image's layout).
 */
export function spawnApp(env: Record<string, string>, port: number, launch: Launch = "node", options: { cwd?: string; command?: string[] } = {}): AppProcess {
  const [command, args] = options.command ? [options.command[0]!, options.command.slice(1)] : appCommand(launch);
  const child = spawn(command === "node" ? process.execPath : command, args, {
    cwd: options.cwd ?? ROOT,
    env: processEnv({ ...env, PORT: String(port), HOST: env.HOST ?? "127.0.0.1" }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    port,
    output: () => output,
    exited,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Polls `path` on the app until it answers `status`; fails with the app's output if it exits or time runs out. */
export async function waitForHttp(app: AppProcess, path: string, status = 200, timeoutMs = 90_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (app.child.exitCode !== null) throw new Error(`the app exited with ${app.child.exitCode}:\n${app.output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${app.port}${path}`);
      if (res.status === status) return res;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      app.child.kill("SIGKILL");
      throw new Error(`${path} did not answer ${status} in ${timeoutMs / 1000} s:\n${app.output()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts the real app (`node scripts/run.js dist/main.js`, what `npm start` runs) as a
 * separate process and waits until /readyz answers: the database is open and the Bot
 * API answered.
 */
export async function startApp(env: Record<string, string>, port: number, launch: Launch = "node"): Promise<AppProcess> {
  const app = spawnApp(env, port, launch);
  // Generous: the first PGlite start on disk takes seconds on a busy machine.
  await waitForHttp(app, "/readyz");
  return app;
}

/** Runs a command-line tool (`npm run db:seed`, …) to its end. */
export function runCli(args: string[], env: Record<string, string>, options: { cwd?: string; command?: string } = {}) {
  const result = spawnSync(options.command ?? "npm", args, { cwd: options.cwd ?? ROOT, env: processEnv(env), encoding: "utf8", timeout: 120_000, killSignal: "SIGKILL" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}${result.stderr}` };
}

/** Whether a process with this pid still runs. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
