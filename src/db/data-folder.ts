import { randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { hostname } from "node:os";
import { dirname, join, resolve } from "node:path";
import { StartupError } from "../lifecycle.js";

/**
 * PGlite's data folder: made ready before PGlite sees it, and held by one process at a
 * time (DESIGN invariant 13).
 *
 * PGlite runs PostgreSQL inside this process: two processes on one folder each think
 * they own the files, and what one writes the other neither sees nor keeps (a seed run
 * beside the bot reported ten modules, the bot saw none, and two survived a restart).
 * PGlite does not lock its folder, and Node has no file locks, so the lock is a file
 * created atomically (a hard link of a finished file: it appears whole or not at all)
 * naming its holder, which other processes check for staleness.
 */

export const LOCK_FILE = "kotoutumisbotti.lock";

/** Who holds a data folder, as written in its lock file. */
export interface LockHolder {
  /** What runs there: "npm start", "npm run db:seed", … */
  program: string;
  pid: number;
  hostname: string;
  startedAt: string;
  /** The running app's HTTP address, for the tools to ask it instead (set once it listens). */
  url?: string;
  /** To tell a live holder from a dead one whose pid was reused (Linux). */
  bootId?: string;
  pidNamespace?: string;
  processStart?: string;
  /** This holder's own mark, so that it never removes a lock that is not its own. */
  token: string;
}

export class DataFolderInUseError extends StartupError {
  constructor(
    readonly folder: string,
    readonly holder: LockHolder,
  ) {
    super(
      `DATA_DIR ${folder} is in use by ${holder.program} (pid ${holder.pid} on ${holder.hostname}, since ${holder.startedAt}` +
        `${holder.url ? `, serving ${holder.url}` : ""}). The embedded database allows one process per data folder.`,
    );
    this.name = "DataFolderInUseError";
  }
}

/** A held data folder. */
export interface DataFolderLock {
  folder: string;
  /** Records the app's HTTP address in the lock, for the tools. */
  advertise(url: string): void;
  release(): void;
}

/**
 * The absolute path of a data folder that exists and can be written; otherwise a
 * StartupError naming the folder and the reason. PGlite itself fails on these with an
 * error that names no path, or (under /proc) hangs.
 */
export function prepareDataFolder(dataDir: string): string {
  const folder = resolve(dataDir);
  const problem = (what: string, error?: unknown) =>
    new StartupError(`DATA_DIR ${folder} ${what}${error ? ` (${describeFsError(error)})` : ""}. Set DATA_DIR to a folder this user can write, or leave it unset for ./data.`, { cause: error });
  try {
    makeFolder(folder);
  } catch (error) {
    throw problem("cannot be created", error);
  }
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch (error) {
    throw problem("cannot be read", error);
  }
  if (!isFolder) throw problem("is not a folder");
  // Write a file and take it away: the only sure test (permissions, a read-only mount,
  // a filesystem such as /proc that takes no files, root's exemption from permissions).
  const probe = join(folder, `.write-test-${process.pid}`);
  try {
    writeFileSync(probe, "");
    unlinkSync(probe);
  } catch (error) {
    throw problem("cannot be written", error);
  }
  return folder;
}

/**
 * mkdir -p, one level at a time. Node's own recursive mkdirSync never returns for a
 * path under /proc (the kernel answers ENOENT, Node makes the parent, which exists, and
 * tries again, for ever): that was the silent hang.
 */
function makeFolder(folder: string): void {
  const missing: string[] = [];
  for (let current = folder; !existsSync(current); current = dirname(current)) {
    missing.unshift(current);
    if (dirname(current) === current) break;
  }
  for (const path of missing) mkdirSync(path);
}

/**
 * Refuses a folder that holds something other than a database: PGlite would create one
 * among someone else's files. Checked while holding the lock, so that a second process
 * does not mistake the first one's half-created database for someone else's files.
 */
export function checkDatabaseFolder(folder: string): void {
  const foreign = readdirSync(folder).filter((name) => name !== LOCK_FILE && !name.startsWith(`${LOCK_FILE}.`) && !name.startsWith(".write-test-"));
  if (foreign.length > 0 && !existsSync(join(folder, "PG_VERSION"))) {
    throw new StartupError(
      `DATA_DIR ${folder} is not empty and holds no database (no PG_VERSION file; found ${foreign.slice(0, 3).join(", ")}${foreign.length > 3 ? ", …" : ""}). ` +
        "Point DATA_DIR at the bot's data folder, or at an empty or new one. If an earlier first start was interrupted, delete the folder.",
    );
  }
}

function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EROFS: "read-only file system",
    ENOENT: "a parent folder is missing and cannot be made here",
    ENOTDIR: "a part of the path is a file, not a folder",
    EEXIST: "a file of that name is in the way",
    ENOSPC: "no space left on the device",
  };
  return (e.code && reasons[e.code] ? `${reasons[e.code]}, ${e.code}` : e.code) ?? String(error);
}

/** After this long without a heartbeat, a holder that cannot be checked directly counts as gone. */
export const STALE_AFTER_MS = 20_000;
const HEARTBEAT_MS = 5_000;

/**
 * Takes the folder's lock for `program`, or throws a DataFolderInUseError naming the
 * live holder. A lock left by a process that died is taken over: on the same machine
 * and in the same container the holder's pid and start time are checked at once;
 * otherwise (another container on the same volume, as after `docker restart` of one that
 * was killed) its heartbeat must be older than STALE_AFTER_MS, which this waits out for
 * at most that long, telling `onWait`.
 */
export async function lockDataFolder(
  folder: string,
  program: string,
  options: { staleAfterMs?: number; onWait?: (holder: LockHolder, waitMs: number) => void } = {},
): Promise<DataFolderLock> {
  const staleAfterMs = options.staleAfterMs ?? STALE_AFTER_MS;
  const path = join(folder, LOCK_FILE);
  const mine: LockHolder = { program, pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString(), ...processIdentity(), token: randomBytes(8).toString("hex") };
  const waitUntil = Date.now() + staleAfterMs + HEARTBEAT_MS;
  let told = false;
  for (let attempt = 0; ; attempt++) {
    if (createExclusively(path, mine)) break;
    const found = readHolder(path);
    if (found === "missing") continue;
    const verdict = found === "unreadable" ? unreadableVerdict(path) : holderVerdict(found, path, staleAfterMs);
    if (verdict === "alive") throw new DataFolderInUseError(folder, found as LockHolder);
    if (verdict === "unsure") {
      if (Date.now() > waitUntil || attempt > 1000) throw new DataFolderInUseError(folder, found as LockHolder);
      if (typeof found === "object" && !told) options.onWait?.(found, waitUntil - Date.now());
      told = true;
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    // Stale: take it away and try again. Another process doing the same at once loses
    // the creation race above and then finds this one's fresh, live lock.
    try {
      unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }

  let released = false;
  const heartbeat = setInterval(() => {
    try {
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // The folder went away; nothing to keep alive.
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  const release = () => {
    if (released) return;
    released = true;
    clearInterval(heartbeat);
    const current = readHolder(path);
    if (typeof current === "object" && current.token === mine.token) {
      try {
        unlinkSync(path);
      } catch {
        // Already gone.
      }
    }
  };
  // Also on process.exit() from anywhere (an error path): the lock must not outlive us.
  process.once("exit", release);
  return {
    folder,
    advertise(url) {
      if (released) return;
      const updated = `${path}.${mine.token}`;
      writeFileSync(updated, JSON.stringify({ ...mine, url }, null, 2));
      renameSync(updated, path);
    },
    release() {
      process.off("exit", release);
      release();
    },
  };
}

/** Reads the lock of a folder without taking it: who holds it, if anyone alive does. */
export function currentHolder(folder: string): LockHolder | undefined {
  const found = readHolder(join(folder, LOCK_FILE));
  if (typeof found !== "object") return undefined;
  return holderVerdict(found, join(folder, LOCK_FILE), STALE_AFTER_MS) === "stale" ? undefined : found;
}

function createExclusively(path: string, holder: LockHolder): boolean {
  const draft = `${path}.${holder.token}`;
  writeFileSync(draft, JSON.stringify(holder, null, 2));
  try {
    linkSync(draft, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw error;
    // A filesystem without hard links: an exclusive create, written at once.
    try {
      const fd = openSync(path, "wx");
      try {
        writeSync(fd, JSON.stringify(holder, null, 2));
      } finally {
        closeSync(fd);
      }
      return true;
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code === "EEXIST") return false;
      throw inner;
    }
  } finally {
    try {
      unlinkSync(draft);
    } catch {
      // never created
    }
  }
}

function readHolder(path: string): LockHolder | "missing" | "unreadable" {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as LockHolder;
    return typeof parsed.pid === "number" && typeof parsed.token === "string" ? parsed : "unreadable";
  } catch {
    return "unreadable";
  }
}

/** Not a lock this code wrote (or half of one, from the fallback above): stale once its heartbeat is old. */
function unreadableVerdict(path: string): "stale" | "unsure" {
  try {
    return Date.now() - statSync(path).mtimeMs > 2_000 ? "stale" : "unsure";
  } catch {
    return "stale";
  }
}

function holderVerdict(holder: LockHolder, path: string, staleAfterMs: number): "alive" | "stale" | "unsure" {
  const me = processIdentity();
  if (holder.bootId && me.bootId && holder.bootId !== me.bootId && holder.hostname === hostname()) return "stale"; // the machine restarted since
  if (holder.bootId && holder.bootId === me.bootId && holder.pidNamespace === me.pidNamespace) {
    // The same pid started at the same moment is the same process (this one included).
    return holder.processStart !== undefined && processStart(holder.pid) === holder.processStart ? "alive" : "stale";
  }
  if (!me.bootId && holder.hostname === hostname()) {
    // No /proc (macOS): a signal 0 tells whether the pid lives, not whether it is the same process.
    return pidExists(holder.pid) && holder.pid !== process.pid ? "alive" : "stale";
  }
  // Another container or machine: only its heartbeat tells.
  let age: number;
  try {
    age = Date.now() - statSync(path).mtimeMs;
  } catch {
    return "stale";
  }
  return age > staleAfterMs ? "stale" : "unsure";
}

function processIdentity(): Pick<LockHolder, "bootId" | "pidNamespace" | "processStart"> {
  const identity: Pick<LockHolder, "bootId" | "pidNamespace" | "processStart"> = {};
  try {
    identity.bootId = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    identity.pidNamespace = readlinkSync("/proc/self/ns/pid");
    identity.processStart = processStart(process.pid);
  } catch {
    // Not Linux: pid and hostname are all there is.
  }
  return identity;
}

/** The process's start time in clock ticks since boot (/proc/<pid>/stat, field 22). */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may contain spaces.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
