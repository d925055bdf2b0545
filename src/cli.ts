import { hostname } from "node:os";
import type { Db } from "./db/client.js";
import { ConfigError, loadToolConfig, readDotEnv, type ToolConfig } from "./config.js";
import { currentHolder, DataFolderInUseError, prepareDataFolder, type LockHolder } from "./db/data-folder.js";
import { openConfiguredDatabase } from "./db/open.js";
import { StartupError } from "./lifecycle.js";

/** Calls the running app's admin API; rejects with a message fit for the terminal (an AppApiError when the app answered). */
export type AppApi = (method: "GET" | "POST", path: string, body?: unknown) => Promise<unknown>;

/** The running app refused or failed a request: its status and its own words. */
export class AppApiError extends StartupError {
  constructor(
    message: string,
    readonly status: number,
    readonly reason: string,
  ) {
    super(message);
    this.name = "AppApiError";
  }
}

export interface Tool<T> {
  /** How it is run, for the lock file and the messages: "npm run db:seed". */
  program: string;
  /** The work, on a database this process opened. */
  direct(db: Db, config: ToolConfig): Promise<T>;
  /**
   * The same work through the app that holds the embedded database, over its admin
   * API: PGlite allows one process per data folder, so while the bot runs, this is the
   * only way to change its data that the bot sees and keeps.
   */
  throughApp(api: AppApi): Promise<T>;
  /** Prints the outcome; `via` is the app's address when it did the work. */
  report(result: T, via?: string): void;
}

/**
 * Runs a command-line tool (db:seed, staff) against the configured database, the
 * same one the app uses: PostgreSQL directly (any number of processes may), the embedded
 * database directly when no other process holds its folder, and otherwise through the
 * running app when ADMIN_TOKEN is set. Refuses, saying what to do, in every other case.
 * Sets the exit code: 0 done, 1 refused or failed.
 */
export async function runTool<T>(tool: Tool<T>): Promise<void> {
  readDotEnv();
  let config: ToolConfig;
  try {
    config = loadToolConfig();
  } catch (error) {
    if (error instanceof ConfigError) return refuse(`${error.message}\nSee .env.example and the README for every variable.`);
    throw error;
  }
  try {
    if (!config.database.url) {
      const folder = prepareDataFolder(config.database.dataDir);
      const holder = currentHolder(folder);
      if (holder) return await throughApp(tool, folder, holder, config.adminToken);
    }
    const opened = await openConfiguredDatabase(config.database, tool.program, undefined, (message) => console.error(message));
    try {
      tool.report(await tool.direct(opened.database.db, config));
    } finally {
      await opened.database.close();
      opened.lock?.release();
    }
  } catch (error) {
    // Another process took the folder between the check above and the lock.
    if (error instanceof DataFolderInUseError) return await throughApp(tool, error.folder, error.holder, config.adminToken);
    if (error instanceof StartupError) return refuse(error.message);
    throw error;
  }
}

async function throughApp<T>(tool: Tool<T>, folder: string, holder: LockHolder, adminToken: string | undefined): Promise<void> {
  const inUse = `DATA_DIR ${folder} is in use by ${holder.program} (pid ${holder.pid} on ${holder.hostname}, since ${holder.startedAt}${holder.url ? `, serving ${holder.url}` : ""}).`;
  const onePerFolder = "The embedded database allows one process per data folder: what another process writes there, the bot neither sees nor keeps.";
  if (!holder.url) {
    return refuse(`${inUse}\n${onePerFolder}\nWait until it has finished, or stop it, and run ${tool.program} again.`);
  }
  // The token goes only to a bot on this machine (the lock file is in a shared folder).
  if (holder.hostname !== hostname()) {
    return refuse(`${inUse}\n${onePerFolder}\nIt runs on another machine: run ${tool.program} there, or call its API (${holder.url}/api) yourself.`);
  }
  if (!adminToken) {
    return refuse(
      `${inUse}\n${onePerFolder}\nEither let the running bot do it: run ${tool.program} again with ADMIN_TOKEN set to the bot's ADMIN_TOKEN ` +
        `(the command then goes through ${holder.url}/api); or stop the bot first.`,
    );
  }
  const api: AppApi = async (method, path, body) => {
    let response: Response;
    try {
      response = await fetch(new URL(path, holder.url), {
        method,
        headers: { authorization: `Bearer ${adminToken}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(60_000),
      });
    } catch (error) {
      throw new StartupError(`${inUse}\nThe running bot at ${holder.url} did not answer (${(error as Error).cause ?? (error as Error).message}).`);
    }
    const payload = (await response.json().catch(() => ({}))) as { message?: string };
    if (response.status === 401 || response.status === 403) {
      throw new AppApiError(`The running bot at ${holder.url} refused ADMIN_TOKEN (${response.status}): set it to the bot's own ADMIN_TOKEN.`, response.status, payload.message ?? "");
    }
    if (!response.ok) {
      throw new AppApiError(`The running bot at ${holder.url} answered ${response.status}: ${payload.message ?? "no reason given"}.`, response.status, payload.message ?? "");
    }
    return payload;
  };
  try {
    tool.report(await tool.throughApp(api), holder.url);
  } catch (error) {
    if (error instanceof StartupError) return refuse(error.message);
    throw error;
  }
}

function refuse(message: string): void {
  console.error(message);
  process.exitCode = 1;
}
