import { createHmac } from "node:crypto";
import { createServer as createHttpServer, type Server } from "node:http";
import { eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../../src/db/client.js";
import { outbox } from "../../../src/db/schema.js";
import { openEscalation, recordIncoming } from "../../../src/features/handoff/escalations.js";
import { enqueueEvent } from "../../../src/features/handoff/outbox.js";
import { backoffMs, deliverOutbox, pruneOutbox } from "../../../src/features/handoff/webhooks.js";
import { touchParticipant } from "../../../src/participants/repository.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

const SECRET = "webhook-signing-secret-123456";
let testDb: TestDatabase;
let receiver: Server;
let url: string;
let up = true;
let redirectHits = 0;
const received: { id: string; event: string; body: string; signature: string; timestamp: string }[] = [];

beforeAll(async () => {
  testDb = await openTestDatabase();
  receiver = createHttpServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      if (!up) return void res.writeHead(503).end();
      if (req.url === "/moved") return void res.writeHead(307, { location: "/elsewhere" }).end();
      if (req.url === "/elsewhere") redirectHits++;
      received.push({
        id: String(req.headers["x-event-id"]),
        event: String(req.headers["x-event-type"]),
        body,
        signature: String(req.headers["x-signature"]),
        timestamp: String(req.headers["x-signature-timestamp"]),
      });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", () => r()));
  const address = receiver.address();
  url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/events`;
});
afterAll(async () => {
  receiver.closeAllConnections();
  await new Promise((r) => receiver.close(r));
  await testDb.close();
});
beforeEach(async () => {
  await testDb.reset();
  received.length = 0;
  up = true;
});

const deliver = (database: Database, now: Date) => deliverOutbox({ database, url, secret: SECRET, logger: pino({ level: "silent" }), clock: () => now });

describe("outgoing webhooks", () => {
  it("signs each event so a receiver can check it with the shared secret", async () => {
    await enqueueEvent(testDb.database.db, "escalation.opened", "escalation:1", { escalationId: 1 });
    await deliver(testDb.database, new Date());
    expect(received).toHaveLength(1);
    const [event] = received;
    // Computed independently: HMAC-SHA256 over "<timestamp>.<raw body>".
    const expected = createHmac("sha256", SECRET).update(`${event!.timestamp}.${event!.body}`).digest("hex");
    expect(event!.signature).toBe(`sha256=${expected}`);
    expect(JSON.parse(event!.body)).toMatchObject({ id: Number(event!.id), event: "escalation.opened", data: { escalationId: 1 } });
  });

  it("retries with back-off while the receiver is down, then delivers each event once, in order, also across a restart", async () => {
    const db = testDb.database.db;
    for (let i = 1; i <= 3; i++) await enqueueEvent(db, "message.created", "escalation:7", { n: i });
    await enqueueEvent(db, "escalation.opened", "escalation:8", { n: 100 });
    up = false;
    let now = new Date("2026-12-01T08:00:00Z");
    const first = await deliver(testDb.database, now);
    // Only the head of each conversation is tried while the receiver is down.
    expect(first).toMatchObject({ delivered: 0, failed: 2 });
    // Before the back-off has passed nothing is tried.
    now = new Date(now.getTime() + backoffMs(1) - 1000);
    expect((await deliver(testDb.database, now)).failed).toBe(0);

    // "Restart": a new database handle, as a new process would have.
    const restarted = testDb.url ? await openDatabase({ url: testDb.url, poolSize: 2 }) : await openDatabase({ pglite: testDb.pglite });
    up = true;
    now = new Date(now.getTime() + 60_000);
    const after = await deliver(restarted, now);
    expect(after).toMatchObject({ delivered: 4, failed: 0 });
    expect(received.filter((r) => JSON.parse(r.body).data.n < 100).map((r) => JSON.parse(r.body).data.n)).toEqual([1, 2, 3]);
    expect(new Set(received.map((r) => r.id)).size).toBe(4);
    // Nothing is sent twice later.
    await deliver(restarted, new Date(now.getTime() + 3_600_000));
    expect(received).toHaveLength(4);
    if (testDb.url) await restarted.close();
  });

  it("backs off exponentially, capped at an hour", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(backoffMs(30)).toBe(3_600_000);
  });

  it("go only to https, or plain http on this machine, and never follow a redirect", async () => {
    const db = testDb.database.db;
    await enqueueEvent(db, "escalation.opened", "escalation:1", { escalationId: 1 });
    const sent: string[] = [];
    const recording: typeof fetch = async (input) => {
      sent.push(String(input));
      return new Response(null, { status: 204 });
    };
    const plain = await deliverOutbox({ database: testDb.database, url: "http://helpdesk.example.org/hook", secret: SECRET, fetch: recording, logger: pino({ level: "silent" }) });
    expect(plain.delivered).toBe(0);
    expect(sent).toEqual([]);
    const moved = await deliverOutbox({ database: testDb.database, url: url.replace("/events", "/moved"), secret: SECRET, logger: pino({ level: "silent" }) });
    expect(moved).toMatchObject({ delivered: 0, failed: 1 });
    expect(redirectHits).toBe(0);
    const [event] = await db.select().from(outbox);
    expect(event).toMatchObject({ deliveredAt: null, lastError: "HTTP 307" });
  });

  it("carry a message's words only when the deployment lets them, and the outbox keeps no copy of them", async () => {
    const db = testDb.database.db;
    const p = await touchParticipant(db, 601, 601);
    const { escalation } = await openEscalation(db, p.id, "menu");
    await recordIncoming(db, escalation, { text: "Vq3 my landlord wants me out" });
    expect(JSON.stringify(await db.select().from(outbox))).not.toContain("Vq3");

    await deliverOutbox({ database: testDb.database, url, secret: SECRET, logger: pino({ level: "silent" }), includeMessageText: false });
    const omitted = received.map((r) => JSON.parse(r.body)).find((e) => e.event === "message.created");
    expect(omitted.data).toEqual({ escalationId: escalation.id, messageId: expect.any(Number), direction: "in", occurredAt: expect.any(String) });

    await recordIncoming(db, escalation, { text: "Vq3 second message" });
    await deliverOutbox({ database: testDb.database, url, secret: SECRET, logger: pino({ level: "silent" }), includeMessageText: true });
    const included = received.map((r) => JSON.parse(r.body)).filter((e) => e.event === "message.created").at(-1);
    expect(included.data).toMatchObject({ direction: "in", text: "Vq3 second message", fileKind: null, fileId: null, details: null });
  });

  it("are deleted a short while after delivery; undelivered ones after the transcript retention", async () => {
    const db = testDb.database.db;
    const t0 = new Date("2026-12-01T08:00:00Z");
    for (let i = 0; i < 3; i++) await enqueueEvent(db, "escalation.opened", `escalation:${i}`, { escalationId: i });
    const rows = await db.select().from(outbox);
    await db.update(outbox).set({ deliveredAt: new Date(t0.getTime() - 25 * 3_600_000) }).where(eq(outbox.id, rows[0]!.id));
    await db.update(outbox).set({ deliveredAt: new Date(t0.getTime() - 1 * 3_600_000) }).where(eq(outbox.id, rows[1]!.id));
    await db.update(outbox).set({ createdAt: new Date(t0.getTime() - 400 * 86_400_000) }).where(eq(outbox.id, rows[2]!.id));
    expect(await pruneOutbox(db, t0, 24, 365)).toEqual({ delivered: 1, undelivered: 1 });
    expect((await db.select().from(outbox)).map((e) => e.id)).toEqual([rows[1]!.id]);
    expect(await pruneOutbox(db, t0, 0, 365)).toEqual({ delivered: 1, undelivered: 0 });
  });
});
