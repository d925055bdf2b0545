import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { StartupError } from "../lifecycle.js";
import { MIGRATIONS_FOLDER } from "../paths.js";
import * as schema from "./schema.js";
import { prepareDataDir, secureDataDir } from "./data-dir.js";

export type Schema = typeof schema;
/**
 * A database handle or an open transaction: repositories accept either. Made without
 * drizzle's relational query API (`db.query.*`), which nothing uses: with it, drizzle
 * builds a query builder for every table on each transaction it opens.
 */
export type Db = PgDatabase<PgQueryResultHKT>;

export { MIGRATIONS_FOLDER };

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /** Applies pending migrations; safe to call from several processes at once. */
  migrate(): Promise<void>;
  /**
   * Takes a lock held by at most one process of the deployment until released (or until
   * the process dies). Undefined when another process holds it.
   */
  tryExclusive(name: ExclusiveLock): Promise<(() => Promise<void>) | undefined>;
  /** Cheap round trip for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL; without it PGlite is used. */
  url?: string;
  /** PGlite data folder; "memory://" keeps everything in memory (tests). */
  dataDir?: string;
  poolSize?: number;
  /** An already open PGlite (tests clone one migrated instance per test). */
  pglite?: PGlite;
}

// Any fixed numbers will do; they only have to be the same in every process.
const MIGRATION_LOCK_KEY = 4_711_001;
const EXCLUSIVE_LOCKS = { "reminder-sender": 4_711_002, "outbox-delivery": 4_711_003, "staff-group": 4_711_004 } as const;
export type ExclusiveLock = keyof typeof EXCLUSIVE_LOCKS;

/** An operator's problem (restore a backup, or deploy the newer code): said plainly at start-up. */
export class NewerDatabaseError extends StartupError {
  constructor(applied: number, known: number) {
    super(
      `The database has migrations newer than this code (applied ${new Date(applied).toISOString()}, ` +
        `newest known ${new Date(known).toISOString()}). Run the newer version of the app, or restore a backup.`,
    );
    this.name = "NewerDatabaseError";
  }
}

/**
 * Refuses to start on a database migrated by a newer version of the code: this code
 * would misread its tables, and migrating "down" is not something to do by accident.
 */
async function refuseNewerDatabase(db: Db): Promise<void> {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, "utf8")) as { entries: { when: number }[] };
  const known = Math.max(...journal.entries.map((e) => e.when));
  const exists = await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') as t`);
  const rows = (Array.isArray(exists) ? exists : (exists as unknown as { rows: { t: unknown }[] }).rows) as { t: unknown }[];
  if (!rows[0]?.t) return;
  const applied = await db.execute(sql`select max(created_at)::text as latest from drizzle.__drizzle_migrations`);
  const latest = Number(((Array.isArray(applied) ? applied : (applied as unknown as { rows: { latest: string }[] }).rows) as { latest: string | null }[])[0]?.latest ?? 0);
  if (latest > known) throw new NewerDatabaseError(latest, known);
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 10);
  return openPglite(options);
}

/**
 * The PostgreSQL extensions the migrations create, loaded into every PGlite: btree_gist
 * backs the appointments' no-overlap constraint. A PGlite made without them fails the
 * migration that creates the extension.
 */
export const PGLITE_EXTENSIONS = { btree_gist };

async function openPglite(options: DatabaseOptions): Promise<Database> {
  let client = options.pglite;
  if (!client) {
    const dataDir = options.dataDir ?? "./data";
    const onDisk = !dataDir.startsWith("memory://");
    // PGlite does not create parent folders itself; the folder is the owner's alone (data-dir.ts).
    if (onDisk) prepareDataDir(dataDir);
    // wal_recycle off: WAL segments no longer needed are deleted, not renamed and kept
    // with their old contents (erased words among them); see db/vacuum.ts.
    client = await PGlite.create(onDisk ? dataDir : undefined, { postgresqlconf: ["wal_recycle = off"], extensions: PGLITE_EXTENSIONS });
    if (onDisk) {
      try {
        secureDataDir(dataDir);
      } catch (error) {
        await client.close();
        throw error;
      }
    }
  }
  const db = drizzlePglite(client) as unknown as Db;
  const pg = client;
  // One process per data folder, so a lock inside this process is a lock for the deployment.
  const held = new Set<ExclusiveLock>();
  return {
    db,
    kind: "pglite",
    async tryExclusive(name) {
      if (held.has(name)) return undefined;
      held.add(name);
      return async () => void held.delete(name);
    },
    async migrate() {
      await refuseNewerDatabase(db);
      await migratePglite(drizzlePglite(pg, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    async close() {
      if (!pg.closed) await pg.close();
    },
  };
}

/**
 * postgres.js options for a DATABASE_URL. A `host` query parameter that is a folder
 * (libpq's way: `postgres://user@localhost/db?host=/var/run/postgresql`) connects over
 * that folder's Unix socket, which postgres.js's URL parsing cannot say otherwise. On one
 * machine a Unix socket costs each statement less than loopback TCP (bench/README.md).
 */
export function postgresConnection(url: string): { url: string; options: { host?: string } } {
  const parsed = new URL(url);
  const socketFolder = parsed.searchParams.get("host");
  if (!socketFolder?.startsWith("/")) return { url, options: {} };
  parsed.searchParams.delete("host");
  return { url: parsed.toString(), options: { host: socketFolder } };
}

/**
 * The postgres.js client drizzle is given: every statement drizzle runs becomes a named
 * (prepared) statement of its connection, postgres.js's own default for its tagged
 * templates.
 *
 * Why: drizzle asks for unnamed statements unless a query is given a name, and
 * postgres.js must then describe each statement with parameters before it can send
 * them, so every such statement costs two round trips, is parsed and planned anew by
 * PostgreSQL each time, and holds back the statements queued behind it. A named
 * statement is described once per connection; afterwards it is one round trip, and
 * statements issued together leave together (bench/README.md has the figures).
 *
 * The set of statements is bounded: the SQL text comes from the code, values are
 * parameters, and postgres.js closes each connection after 30 to 60 minutes
 * (max_lifetime), which frees its statements. A statement whose table changed under it
 * is prepared again by postgres.js (its retry of "cached plan must not change result
 * type"). Behind a pooler in transaction mode that cannot keep prepared statements
 * (PgBouncer before 1.21), use its session mode.
 */
export function namedStatements(client: postgres.Sql): postgres.Sql {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === "unsafe") return preparedUnsafe(target);
      // postgres.js's own begin: it settles a transaction whose connection closes. (A
      // pipelined BEGIN on a reserved connection, tried, could wait forever then.)
      if (property === "begin" || property === "savepoint") {
        return (...args: unknown[]) => {
          const work = args.pop() as (sql: postgres.Sql) => unknown;
          const open = Reflect.get(target, property, receiver) as (...a: unknown[]) => Promise<unknown>;
          return open(...args, (sql: postgres.Sql) => work(namedStatements(sql)));
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

const preparedUnsafe =
  (sql: postgres.Sql) =>
  (query: string, parameters?: unknown[], options?: Record<string, unknown>) =>
    sql.unsafe(query, (parameters ?? []) as never[], { ...options, prepare: true });


async function openPostgres(databaseUrl: string, poolSize: number): Promise<Database> {
  const { url, options: connection } = postgresConnection(databaseUrl);
  const client = postgres(url, {
    ...connection,
    max: poolSize,
    onnotice: () => {},
  });
  const db = drizzlePostgres(namedStatements(client)) as unknown as Db;
  return {
    db,
    kind: "postgres",
    async tryExclusive(name) {
      // A session-level advisory lock on a connection of its own: it is released by
      // unlock, or by PostgreSQL when the process (and so the connection) dies.
      const reserved = await client.reserve();
      try {
        const [row] = await reserved`select pg_try_advisory_lock(${EXCLUSIVE_LOCKS[name]}) as ok`;
        if (row?.ok === true) {
          return async () => {
            await reserved`select pg_advisory_unlock(${EXCLUSIVE_LOCKS[name]})`.catch(() => {});
            reserved.release();
          };
        }
      } catch (error) {
        reserved.release();
        throw error;
      }
      reserved.release();
      return undefined;
    },
    async migrate() {
      // Several processes may start at once: one migrates, the others wait and then find
      // nothing to do. A one-connection client keeps the session lock and the migration on
      // the same connection.
      const single = postgres(url, { ...connection, max: 1, onnotice: () => {} });
      try {
        await single`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
        await refuseNewerDatabase(drizzlePostgres(single, { schema }) as unknown as Db);
        await migratePostgres(drizzlePostgres(single, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
        await single`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
      } finally {
        await single.end({ timeout: 5 });
      }
    },
    async ping() {
      await client`select 1`;
    },
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}
