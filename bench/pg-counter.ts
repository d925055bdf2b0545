/**
 * A counting TCP proxy in front of PostgreSQL: the app connects through it (its
 * DATABASE_URL names the proxy's port) and the proxy reads, without changing a byte,
 * what the client sends: simple queries ('Q'), prepared statements ('P'arse, 'B'ind)
 * and Syncs ('S': the end of one extended-protocol exchange, i.e. a round trip unless
 * pipelined). It answers "how many statements, and which, does one update cost?".
 *
 * Only statement texts are kept (no parameters). It adds a hop and parsing to every
 * query, so it is used for a separate diagnostic run, never for the timed ones.
 */
import net from "node:net";
import type { AddressInfo } from "node:net";

export interface PgCounts {
  /** Extended-protocol Syncs plus simple queries: round trips, unless the client pipelines. */
  roundTrips: number;
  /** Executed statements by (normalised) text. */
  statements: Map<string, number>;
  connections: number;
}

export interface PgCounter {
  port: number;
  counts(): PgCounts;
  reset(): void;
  close(): Promise<void>;
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

export function normaliseSql(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 140 ? `${flat.slice(0, 137)}…` : flat;
}

function cstring(buf: Buffer, offset: number): [string, number] {
  const end = buf.indexOf(0, offset);
  return end === -1 ? [buf.toString("utf8", offset), buf.length] : [buf.toString("utf8", offset, end), end + 1];
}

/** `upstream`: PostgreSQL's TCP address, or the path of its Unix socket. */
export async function startPgCounter(upstreamAt: { host: string; port: number } | { path: string }): Promise<PgCounter> {
  let counts: PgCounts = { roundTrips: 0, statements: new Map(), connections: 0 };
  const sockets = new Set<net.Socket>();
  const count = (text: string) => counts.statements.set(normaliseSql(text), (counts.statements.get(normaliseSql(text)) ?? 0) + 1);

  const server = net.createServer((client) => {
    const upstream = "path" in upstreamAt ? net.connect(upstreamAt.path) : net.connect(upstreamAt.port, upstreamAt.host);
    sockets.add(client).add(upstream);
    counts.connections += 1;
    client.pipe(upstream);
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);

    // The client's side of the protocol, parsed from a copy of what is forwarded.
    const prepared = new Map<string, string>();
    let pending: Buffer = Buffer.alloc(0);
    let started = false;
    client.on("data", (chunk: Buffer) => {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      for (;;) {
        if (!started) {
          if (pending.length < 8) return;
          const length = pending.readInt32BE(0);
          if (pending.length < length) return;
          const code = pending.readInt32BE(4);
          if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) started = true;
          pending = pending.subarray(length);
          continue;
        }
        if (pending.length < 5) return;
        const type = String.fromCharCode(pending[0]!);
        const length = pending.readInt32BE(1);
        if (pending.length < 1 + length) return;
        const body = pending.subarray(5, 1 + length);
        pending = pending.subarray(1 + length);
        if (type === "Q") {
          counts.roundTrips += 1;
          count(cstring(body, 0)[0]);
        } else if (type === "P") {
          const [name, next] = cstring(body, 0);
          prepared.set(name, cstring(body, next)[0]);
        } else if (type === "B") {
          const [, next] = cstring(body, 0);
          count(prepared.get(cstring(body, next)[0]) ?? "(unknown prepared statement)");
        } else if (type === "S") {
          counts.roundTrips += 1;
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return {
    port: (server.address() as AddressInfo).port,
    counts: () => counts,
    reset: () => {
      counts = { roundTrips: 0, statements: new Map(), connections: counts.connections };
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
