import { StartupError } from "../lifecycle.js";
import { openDatabase, type Database } from "./client.js";
import { checkDatabaseFolder, lockDataFolder, prepareDataFolder, type DataFolderLock } from "./data-folder.js";

export interface DatabaseSettings {
  url?: string;
  dataDir: string;
  poolSize: number;
}

export interface OpenedDatabase {
  database: Database;
  /** The embedded database's folder lock (none on PostgreSQL). */
  lock?: DataFolderLock;
  /** Where the data is, for logs and messages: the folder, or the URL without its password. */
  where: string;
}

/**
 * The configured database, migrated, for `program` (the app or a tool): PostgreSQL at
 * DATABASE_URL, or PGlite in DATA_DIR with the folder checked and locked first. Each
 * piece is handed to `onOpened` as soon as it exists, so that a shutdown during a slow
 * step (creating a new PGlite database takes seconds) still undoes what was done.
 * Problems the operator can fix become a StartupError saying what to do.
 */
export async function openConfiguredDatabase(
  settings: DatabaseSettings,
  program: string,
  onOpened: (name: string, undo: () => unknown) => void = () => {},
  onWait?: (message: string) => void,
): Promise<OpenedDatabase> {
  if (settings.url) {
    const where = withoutPassword(settings.url);
    const database = await openDatabase({ url: settings.url, poolSize: settings.poolSize });
    onOpened("database", () => database.close());
    try {
      await database.migrate();
    } catch (error) {
      throw explainPostgresError(error, where);
    }
    return { database, where };
  }

  const folder = prepareDataFolder(settings.dataDir);
  const lock = await lockDataFolder(folder, program, {
    onWait: (holder, ms) =>
      onWait?.(`DATA_DIR ${folder} is locked by ${holder.program} (pid ${holder.pid} on ${holder.hostname}), which cannot be checked from here; waiting up to ${Math.round(ms / 1000)} s for its heartbeat to stop`),
  });
  onOpened("data folder lock", () => lock.release());
  checkDatabaseFolder(folder);
  let database: Database;
  try {
    database = await openDatabase({ dataDir: folder });
  } catch (error) {
    throw new StartupError(`The embedded database in DATA_DIR ${folder} could not be opened: ${messageOf(error)}`, { cause: error });
  }
  onOpened("database", () => database.close());
  await database.migrate();
  return { database, lock, where: folder };
}

/** A postgres:// URL fit for a log or a message: the password taken out. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.password) return url;
    parsed.password = "";
    return parsed.toString();
  } catch {
    return url.replace(/(\/\/[^:/@]*):[^@]*@/, "$1@");
  }
}

/**
 * PostgreSQL's refusals at start-up, each with what to do. Anything else (a failing
 * migration, a newer database) keeps its own message.
 */
export function explainPostgresError(error: unknown, where: string): Error {
  const cause = causeWithCode(error);
  const code = cause?.code;
  const database = (() => {
    try {
      return decodeURIComponent(new URL(where).pathname.slice(1)) || "postgres";
    } catch {
      return "the database";
    }
  })();
  const advice: Record<string, string> = {
    ECONNREFUSED: "PostgreSQL is not running there, or listens on another host or port. Start it, or correct host and port in DATABASE_URL",
    ENOTFOUND: "the host name is unknown. Correct the host in DATABASE_URL",
    EAI_AGAIN: "the host name could not be looked up (no DNS or no network). Check the network, or the host in DATABASE_URL",
    ETIMEDOUT: "no answer from the server. Check host, port and firewall",
    CONNECT_TIMEOUT: "no answer from the server. Check host, port and firewall",
    EHOSTUNREACH: "the host cannot be reached. Check the network and the host in DATABASE_URL",
    "3D000": `the database ${database} does not exist. Create it (createdb ${database}, or CREATE DATABASE "${database}"), or correct its name in DATABASE_URL`,
    "28P01": "the password was refused. Correct user and password in DATABASE_URL",
    "28000": "the server does not let this user in from here (pg_hba.conf). Correct the user in DATABASE_URL, or allow it on the server",
    "42501": "the user may not create the tables. Grant it the rights on the database, or use its owner",
    "57P03": "the server is starting up or shutting down. Try again in a moment",
  };
  const what = code ? advice[code] : undefined;
  if (!what) return error instanceof Error ? error : new Error(String(error));
  // The driver's own words, not drizzle's wrapper (which quotes the statement).
  const detail = cause?.message ? `${code}: ${messageOf(cause)}` : code;
  return new StartupError(`Cannot use the PostgreSQL database at DATABASE_URL ${where}: ${what}. (${detail})`, { cause: error });
}

/** The innermost error that carries a code: the driver's or the system's. */
function causeWithCode(error: unknown): { code: string; message?: string } | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return { code, message: (e as { message?: string }).message };
    // AggregateError of several addresses (localhost: ::1 and 127.0.0.1).
    const inner = (e as { errors?: unknown[] }).errors?.[0];
    if (inner) return causeWithCode(inner);
  }
  return undefined;
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // A driver's message may quote the URL; never the password.
  return message.replace(/(postgres(?:ql)?:\/\/[^:/@\s]*):[^@\s]*@/g, "$1@");
}
