/**
 * DATABASE_URL with libpq's `?host=/folder` connects over PostgreSQL's Unix socket
 * (src/db/client.ts postgresConnection). Needs PostgreSQL on this machine: it runs with
 * TEST_DATABASE_URL set and the socket folder present (Debian's /var/run/postgresql).
 */
import { existsSync } from "node:fs";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase, postgresConnection } from "../../src/db/client.js";

const SOCKET_FOLDER = "/var/run/postgresql";
const base = process.env.TEST_DATABASE_URL;
const socketUrl = base && existsSync(`${SOCKET_FOLDER}/.s.PGSQL.5432`) ? (() => {
  const url = new URL(base);
  url.hostname = "localhost";
  url.searchParams.set("host", SOCKET_FOLDER);
  return url.toString();
})() : undefined;

describe("postgresConnection", () => {
  it("turns libpq's host=/folder into postgres.js's socket option and leaves the rest of the URL alone", () => {
    expect(postgresConnection("postgres://u@localhost/db?host=/var/run/postgresql&sslmode=disable")).toEqual({
      url: "postgres://u@localhost/db?sslmode=disable",
      options: { host: "/var/run/postgresql" },
    });
    expect(postgresConnection("postgres://u:p@127.0.0.1:5432/db")).toEqual({ url: "postgres://u:p@127.0.0.1:5432/db", options: {} });
    // A host parameter that is not a folder is the server's name: left in the URL as given.
    expect(postgresConnection("postgres://u@localhost/db?host=db.example")).toEqual({ url: "postgres://u@localhost/db?host=db.example", options: {} });
  });

  // Skipped without PostgreSQL on this machine (no TEST_DATABASE_URL, or no socket to connect to).
  it.skipIf(!socketUrl)("connects over the Unix socket, migrates and answers", async () => {
    const database = await openDatabase({ url: socketUrl!, poolSize: 2 });
    try {
      await database.migrate();
      const result = await database.db.execute(sql`select inet_server_addr() as address, current_database() as name`);
      const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as { address: string | null; name: string }[];
      // A Unix socket connection has no server address.
      expect(rows[0]).toEqual({ address: null, name: new URL(base!).pathname.slice(1) });
    } finally {
      await database.close();
    }
  });
});
