import { chmodSync, lstatSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * The embedded database's folder holds everything participants told the bot, in table
 * files and in the write-ahead log. It is the process owner's alone: the folder 0700,
 * every file 0600 (PGlite unpacks its initial files 0666 whatever the umask says).
 */

/** Creates the folder (0700) and sets the process umask to 077 for files PGlite creates later. */
export function prepareDataDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    // Kept for the life of the process: PGlite adds files while it runs (WAL segments,
    // tables rewritten by VACUUM FULL) and they must be private too.
    process.umask(0o077);
  } catch {
    // Worker threads cannot change the umask; secureDataDir still fixes what exists.
  }
}

export class DataDirPermissionError extends Error {
  constructor(dir: string, problems: string[]) {
    super(
      `DATA_DIR ${dir} can be read by other users of this machine and could not be fixed:\n` +
        problems.map((p) => `  - ${p}`).join("\n") +
        `\nMake the process's user own it (chown -R) and start again.`,
    );
    this.name = "DataDirPermissionError";
  }
}

/**
 * Makes every folder 0700 and every file 0600 under `dir`, then checks that it holds:
 * start-up stops with a DataDirPermissionError when something stays readable by others
 * (owned by another user, a file system that ignores modes).
 */
export function secureDataDir(dir: string): void {
  const problems: string[] = [];
  const uid = typeof process.getuid === "function" ? process.getuid() : undefined;
  const visit = (path: string) => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return;
    const wanted = stat.isDirectory() ? 0o700 : 0o600;
    if ((stat.mode & 0o777) !== wanted) {
      try {
        chmodSync(path, wanted);
      } catch {
        // Reported below if it matters.
      }
    }
    const after = lstatSync(path);
    if ((after.mode & 0o077) !== 0) problems.push(`${path} has mode ${(after.mode & 0o777).toString(8)}`);
    if (uid !== undefined && after.uid !== uid) problems.push(`${path} belongs to user ${after.uid}, not ${uid}`);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
  };
  visit(dir);
  if (problems.length > 0) throw new DataDirPermissionError(dir, problems.slice(0, 10));
}
