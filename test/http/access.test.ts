/** Staff access: failed sign-ins, tokens that end, accounts that can be stopped, and what every answer carries. */
import { Api } from "grammy";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog, escalations, outbox } from "../../src/db/schema.js";
import { openEscalation } from "../../src/features/handoff/escalations.js";
import { createRelay } from "../../src/features/handoff/relay.js";
import { runStaffCommand } from "../../src/features/handoff/staff-commands.js";
import { createStaff, issueToken } from "../../src/features/handoff/staff.js";
import { signPayload } from "../../src/features/handoff/webhooks.js";
import { createServer, type App, type CreateServerOptions } from "../../src/http/create-server.js";
import { touchParticipant } from "../../src/participants/repository.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";
import { createFakeTelegram } from "../support/fake-fetch.js";

const ADMIN = "4f9c1d7e2b8a6035c1e9f7d2a4b6c8e0";
const INBOUND = "inbound-secret-0123456789";
let now = new Date("2026-11-23T10:00:00Z");
let testDb: TestDatabase;
let app: App;

const db = () => testDb.database.db;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function serve(options: Partial<CreateServerOptions> = {}): Promise<App> {
  await app?.close();
  app = await createServer({
    database: testDb.database,
    logger: pino({ level: "silent" }),
    adminToken: ADMIN,
    relay: createRelay(new Api("1:test", { fetch: createFakeTelegram().fetch })),
    inboundSecret: INBOUND,
    clock: () => now,
    ...options,
  });
  return app;
}

beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(async () => {
  await app?.close();
  await testDb.close();
});
beforeEach(async () => {
  now = new Date("2026-11-23T10:00:00Z");
  await testDb.reset();
  await serve();
});

describe("failed authentication", () => {
  it("is limited per client address: past the limit even the right token waits, other addresses do not", async () => {
    await serve({ failedAuth: { maxFailures: 3, windowMs: 60_000 } });
    const from = (remoteAddress: string, token: string) => app.inject({ url: "/api/staff", headers: bearer(token), remoteAddress });
    for (let i = 0; i < 3; i++) expect((await from("203.0.113.7", `guess-${i}-0123456789abcdef0123456789`)).statusCode).toBe(401);
    const blocked = await from("203.0.113.7", ADMIN);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    expect((await from("198.51.100.2", ADMIN)).statusCode).toBe(200);
    // The refused guesses are in the audit log; the 429s are not (a flood would flood it).
    const denied = (await db().select().from(auditLog)).filter((r) => r.outcome === "denied");
    expect(denied).toHaveLength(3);
  });

  it("counts bad helpdesk signatures and wrong /metrics tokens too", async () => {
    await serve({ failedAuth: { maxFailures: 2, windowMs: 60_000 }, metricsToken: "metrics-token-0123456789abcdef" });
    expect((await app.inject({ url: "/metrics", remoteAddress: "203.0.113.9" })).statusCode).toBe(401);
    expect((await app.inject({ method: "POST", url: "/inbound/helpdesk", payload: { action: "claim", escalationId: 1, counsellorId: 1 }, remoteAddress: "203.0.113.9" })).statusCode).toBe(401);
    expect((await app.inject({ url: "/metrics", headers: bearer("metrics-token-0123456789abcdef"), remoteAddress: "203.0.113.9" })).statusCode).toBe(429);
  });
});

describe("tokens and accounts", () => {
  it("expire by default after STAFF_TOKEN_DAYS, unless the admin gives another time", async () => {
    await serve({ staffTokenDays: 30 });
    const created = await app.inject({ method: "POST", url: "/api/staff", headers: bearer(ADMIN), payload: { displayName: "Anna", role: "counsellor" } });
    expect(created.statusCode).toBe(201);
    expect(created.json().expiresAt).toBe("2026-12-23T10:00:00.000Z");
    const longer = await app.inject({ method: "POST", url: `/api/staff/${created.json().id}/tokens`, headers: bearer(ADMIN), payload: { expiresInDays: 365 } });
    expect(longer.json().expiresAt).toBe("2027-11-23T10:00:00.000Z");
    expect((await app.inject({ url: "/api/escalations", headers: bearer(created.json().token) })).statusCode).toBe(200);
    now = new Date("2026-12-24T10:00:00Z");
    expect((await app.inject({ url: "/api/escalations", headers: bearer(created.json().token) })).statusCode).toBe(401);
    expect((await app.inject({ url: "/api/escalations", headers: bearer(longer.json().token) })).statusCode).toBe(200);
  });

  it("are listed (never the token itself) and an account can be disabled and enabled through the API", async () => {
    const { id, token, tokenId } = (await app.inject({ method: "POST", url: "/api/staff", headers: bearer(ADMIN), payload: { displayName: "Ben", role: "counsellor" } })).json();
    await app.inject({ url: "/api/escalations", headers: bearer(token) });
    const listed = (await app.inject({ url: `/api/tokens?staffId=${id}`, headers: bearer(ADMIN) })).json().items;
    expect(listed).toEqual([{ id: tokenId, staffId: id, displayName: "Ben", state: "active", createdAt: expect.any(String), expiresAt: "2027-02-21T10:00:00.000Z", revokedAt: null, lastUsedAt: now.toISOString() }]);
    expect(JSON.stringify(listed)).not.toContain(token);

    expect((await app.inject({ method: "POST", url: `/api/staff/${id}/disable`, headers: bearer(ADMIN) })).json()).toMatchObject({ id, disabled: true });
    expect((await app.inject({ url: "/api/escalations", headers: bearer(token) })).statusCode).toBe(401);
    expect((await app.inject({ method: "POST", url: `/api/staff/${id}/enable`, headers: bearer(ADMIN) })).json()).toMatchObject({ disabled: false });
    expect((await app.inject({ url: "/api/escalations", headers: bearer(token) })).statusCode).toBe(200);
    await app.inject({ method: "POST", url: `/api/tokens/${tokenId}/revoke`, headers: bearer(ADMIN) });
    expect((await app.inject({ url: "/api/tokens", headers: bearer(ADMIN) })).json().items[0]).toMatchObject({ state: "revoked" });
  });

  it("are managed on the command line too: create, list, tokens, disable, revoke, all audited", async () => {
    const out: string[] = [];
    const run = (...args: string[]) => runStaffCommand(db(), args, { print: (l) => out.push(l), defaultDays: 90, now });
    expect(await run("create", "Cecilia", "counsellor")).toBe(0);
    const token = out.at(-1)!.split("\n").at(-1)!;
    expect(out.at(-1)).toContain("valid until 2027-02-21T10:00:00.000Z");
    expect((await app.inject({ url: "/api/escalations", headers: bearer(token) })).statusCode).toBe(200);
    expect(await run("list")).toBe(0);
    expect(out.at(-1)).toBe("#1\tcounsellor\tactive\tCecilia");
    expect(await run("tokens")).toBe(0);
    expect(out.at(-1)).toMatch(/^#1\tstaff #1 Cecilia\tactive\texpires 2027-02-21/);
    expect(await run("disable", "1")).toBe(0);
    expect((await app.inject({ url: "/api/escalations", headers: bearer(token) })).statusCode).toBe(401);
    expect(await run("enable", "1")).toBe(0);
    expect(await run("revoke", "1")).toBe(0);
    expect((await app.inject({ url: "/api/escalations", headers: bearer(token) })).statusCode).toBe(401);
    expect(await run("disable", "x")).toBe(2);
    expect((await db().select().from(auditLog)).filter((r) => r.actor === "command line").map((r) => r.action)).toEqual(["staff.create", "staff.list", "token.list", "staff.disable", "staff.enable", "token.revoke"]);
  });

  it("signing out revokes the token used; the environment's ADMIN_TOKEN cannot be signed out", async () => {
    const member = await createStaff(db(), { displayName: "Dana", role: "counsellor" });
    const { token } = await issueToken(db(), member.id, null);
    expect((await app.inject({ method: "POST", url: "/api/sign-out", headers: bearer(token) })).statusCode).toBe(200);
    expect((await app.inject({ url: "/api/escalations", headers: bearer(token) })).statusCode).toBe(401);
    expect((await app.inject({ method: "POST", url: "/api/sign-out", headers: bearer(ADMIN) })).statusCode).toBe(409);
    // The old console's address leads to the web app's inbox (whose sign-out ends its session: test/features/sign-in).
    const old = await app.inject("/console");
    expect([old.statusCode, old.headers.location]).toEqual([301, "/inbox"]);
  });
});

describe("closing a chat", () => {
  it("only the counsellor who claimed it, or an admin, closes it, and the closer is recorded", async () => {
    const annaRow = await createStaff(db(), { displayName: "Anna", role: "counsellor" });
    const anna = (await issueToken(db(), annaRow.id, null)).token;
    const ben = (await issueToken(db(), (await createStaff(db(), { displayName: "Ben", role: "counsellor" })).id, null)).token;
    const p = await touchParticipant(db(), 501, 501);
    const { escalation } = await openEscalation(db(), p.id, "menu");
    const close = (token: string) => app.inject({ method: "POST", url: `/api/escalations/${escalation.id}/close`, headers: bearer(token), payload: {} });
    // Unclaimed: a counsellor must take it on first.
    expect((await close(ben)).statusCode).toBe(403);
    await app.inject({ method: "POST", url: `/api/escalations/${escalation.id}/claim`, headers: bearer(anna) });
    const refused = await close(ben);
    expect(refused.statusCode).toBe(403);
    const closed = await close(anna);
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: "closed", closedBy: "counsellor", closedByStaffId: annaRow.id });
    const [row] = await db().select().from(escalations);
    expect(row).toMatchObject({ closedByStaffId: annaRow.id });
    const event = (await db().select().from(outbox)).find((e) => e.event === "escalation.closed");
    expect(event?.payload).toMatchObject({ closedBy: "counsellor", counsellorId: annaRow.id, counsellor: "Anna" });
    // An admin closes any chat.
    const other = await openEscalation(db(), (await touchParticipant(db(), 502, 502)).id, "menu");
    expect((await app.inject({ method: "POST", url: `/api/escalations/${other.escalation.id}/close`, headers: bearer(ADMIN), payload: {} })).statusCode).toBe(200);
  });
});

describe("the inbound helpdesk route", () => {
  function signed(body: object, options: { timestamp?: number; eventId?: string } = {}) {
    const raw = JSON.stringify(body);
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    return {
      method: "POST" as const,
      url: "/inbound/helpdesk",
      payload: raw,
      headers: {
        "content-type": "application/json",
        "x-signature-timestamp": String(timestamp),
        "x-signature": `sha256=${signPayload(INBOUND, timestamp, raw)}`,
        ...(options.eventId ? { "x-event-id": options.eventId } : {}),
      },
    };
  }

  it("refuses a replay: the same signature, or the same event id signed anew", async () => {
    const member = await createStaff(db(), { displayName: "Anna", role: "counsellor" });
    const p = await touchParticipant(db(), 503, 503);
    const { escalation } = await openEscalation(db(), p.id, "menu");
    const claim = { action: "claim", escalationId: escalation.id, counsellorId: member.id };
    const first = signed(claim, { eventId: "hd-1" });
    expect((await app.inject(first)).statusCode).toBe(200);
    const replay = await app.inject(first);
    expect(replay.statusCode).toBe(409);
    expect(replay.json().message).toMatch(/received already/);
    expect((await app.inject(signed(claim, { eventId: "hd-1", timestamp: Math.floor(Date.now() / 1000) - 1 }))).statusCode).toBe(409);
    const actions = (await db().select().from(auditLog)).map((r) => [r.action, r.actor, r.outcome, r.participantId]);
    expect(actions).toEqual([
      ["helpdesk.claim", "Anna (helpdesk)", "ok", p.id],
      ["helpdesk", "unauthenticated", "conflict", null],
      ["helpdesk", "unauthenticated", "conflict", null],
    ]);
  });

  it("acts with a counsellor's rights only, even for an admin's account", async () => {
    const admin = await createStaff(db(), { displayName: "Boss", role: "admin" });
    const annaRow = await createStaff(db(), { displayName: "Anna", role: "counsellor" });
    const anna = (await issueToken(db(), annaRow.id, null)).token;
    const p = await touchParticipant(db(), 504, 504);
    const { escalation } = await openEscalation(db(), p.id, "menu");
    await app.inject({ method: "POST", url: `/api/escalations/${escalation.id}/claim`, headers: bearer(anna) });
    const res = await app.inject(signed({ action: "close", escalationId: escalation.id, counsellorId: admin.id }));
    expect(res.statusCode).toBe(403);
    expect((await db().select().from(escalations))[0]).toMatchObject({ status: "claimed" });
    expect((await db().select().from(auditLog)).at(-1)).toMatchObject({ action: "helpdesk.close", actor: "Boss (helpdesk)", outcome: "denied", participantId: p.id });
  });
});

describe("every answer of the API", () => {
  it("carries Cache-Control: no-store, refusals, CSV and unknown routes included", async () => {
    const answers = [
      await app.inject({ url: "/api/staff", headers: bearer(ADMIN) }),
      await app.inject({ url: "/api/staff" }),
      await app.inject({ url: "/api/nothing-here", headers: bearer(ADMIN) }),
      await app.inject({ url: "/api/audit?limit=1000", headers: bearer(ADMIN) }),
      await app.inject({ url: "/api/reports/summary?from=2026-10-01&to=2027-01-01&format=csv", headers: bearer(ADMIN) }),
    ];
    for (const res of answers) expect(res.headers["cache-control"], `${res.statusCode}`).toBe("no-store");
  });

  it("refuses a counsellor on an admin route with 403 before looking at the body", async () => {
    const anna = (await issueToken(db(), (await createStaff(db(), { displayName: "Anna", role: "counsellor" })).id, null)).token;
    for (const payload of [{ displayName: 5 }, { nonsense: true }, "not json at all"]) {
      const res = await app.inject({ method: "POST", url: "/api/staff", headers: { ...bearer(anna), "content-type": "application/json" }, payload: payload as object });
      expect(res.statusCode, JSON.stringify(payload)).toBe(403);
    }
  });

  it("/metrics asks for METRICS_TOKEN when one is set", async () => {
    expect((await app.inject("/metrics")).statusCode).toBe(200);
    await serve({ metricsToken: "metrics-token-0123456789abcdef" });
    expect((await app.inject("/metrics")).statusCode).toBe(401);
    expect((await app.inject({ url: "/metrics", headers: bearer("wrong-token-0123456789abcdef0") })).statusCode).toBe(401);
    const ok = await app.inject({ url: "/metrics", headers: bearer("metrics-token-0123456789abcdef") });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain("escalations_waiting");
  });
});
