/** Web app sign-in: password, cookie, CSRF (Origin) check, limits, and roles enforced per route. */
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog } from "../../../src/db/schema.js";
import { runStaffCommand } from "../../../src/features/handoff/staff-commands.js";
import { createStaff } from "../../../src/features/handoff/staff.js";
import { SESSION_COOKIE } from "../../../src/features/sign-in/routes.js";
import { createServer, type App, type CreateServerOptions } from "../../../src/http/create-server.js";
import { ROUTE_ROLES } from "../../../src/http/roles.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

const ADMIN = "4f9c1d7e2b8a6035c1e9f7d2a4b6c8e0";
const HOST = "staff.example.fi";
const ORIGIN = `https://${HOST}`;
let testDb: TestDatabase;
let app: App;
const db = () => testDb.database.db;

async function serve(options: Partial<CreateServerOptions> = {}) {
  await app?.close();
  app = await createServer({ database: testDb.database, logger: pino({ level: "silent" }), adminToken: ADMIN, webDist: "/nonexistent", ...options });
}

/** Creates an account with a username and password through the API, as an admin would. */
async function account(role: string, username: string): Promise<{ id: number; password: string }> {
  const created = await app.inject({ method: "POST", url: "/api/staff", headers: { authorization: `Bearer ${ADMIN}` }, payload: { displayName: `${role} person`, role, username } });
  expect(created.statusCode).toBe(201);
  const id = created.json<{ id: number }>().id;
  const set = await app.inject({ method: "POST", url: `/api/staff/${id}/password`, headers: { authorization: `Bearer ${ADMIN}` }, payload: {} });
  expect(set.statusCode).toBe(200);
  return { id, password: set.json<{ password: string }>().password };
}

const signIn = (username: string, password: string, headers: Record<string, string> = { origin: ORIGIN }, remoteAddress = "192.0.2.10") =>
  app.inject({ method: "POST", url: "/auth/sign-in", headers: { host: HOST, ...headers }, payload: { username, password }, remoteAddress });

/** The session cookie of a successful sign-in, as a Cookie header. */
async function cookieOf(username: string, password: string) {
  const response = await signIn(username, password);
  expect(response.statusCode).toBe(200);
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE)!;
  return `${SESSION_COOKIE}=${cookie.value}`;
}

beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(async () => {
  await app?.close();
  await testDb.close();
});
beforeEach(async () => {
  await testDb.reset();
  await serve();
});

describe("signing in", () => {
  it("sets an http-only SameSite=Strict session cookie that opens /api, and signing out ends it", async () => {
    const { password } = await account("coordinator", "cora");
    const response = await signIn("Cora", password);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ displayName: "coordinator person", role: "coordinator" });
    const setCookie = String(response.headers["set-cookie"]);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\//);
    const cookie = `${SESSION_COOKIE}=${response.cookies[0]!.value}`;
    const me = await app.inject({ url: "/api/me", headers: { host: HOST, cookie } });
    expect(me.json()).toMatchObject({ role: "coordinator", username: "cora", via: "session" });
    expect((await app.inject({ url: "/api/modules", headers: { host: HOST, cookie } })).statusCode).toBe(200);
    const out = await app.inject({ method: "POST", url: "/api/sign-out", headers: { host: HOST, cookie, origin: ORIGIN } });
    expect(out.json()).toEqual({ signedOut: true });
    expect(String(out.headers["set-cookie"])).toMatch(new RegExp(`${SESSION_COOKIE}=;`));
    expect((await app.inject({ url: "/api/me", headers: { host: HOST, cookie } })).statusCode).toBe(401);
  });

  it("refuses a wrong password, an unknown name and a disabled account with the same 401, and audits the attempt", async () => {
    const { id, password } = await account("counsellor", "olli");
    expect((await signIn("olli", "wrong-password-1")).statusCode).toBe(401);
    expect((await signIn("nobody", password)).statusCode).toBe(401);
    await app.inject({ method: "POST", url: `/api/staff/${id}/disable`, headers: { authorization: `Bearer ${ADMIN}` } });
    const disabled = await signIn("olli", password);
    expect(disabled.statusCode).toBe(401);
    expect(disabled.json().message).toBe("wrong username or password");
    const audits = (await db().select().from(auditLog)).filter((a) => a.action === "staff.sign-in");
    expect(audits.map((a) => a.outcome)).toEqual(["denied", "denied", "denied"]);
  });

  it("a password reset ends the account's sessions; a new role does too", async () => {
    const { id, password } = await account("coordinator", "cora");
    const cookie = await cookieOf("cora", password);
    await app.inject({ method: "POST", url: `/api/staff/${id}/password`, headers: { authorization: `Bearer ${ADMIN}` }, payload: { password: "a-new-password-42" } });
    expect((await app.inject({ url: "/api/me", headers: { host: HOST, cookie } })).statusCode).toBe(401);
    const again = await cookieOf("cora", "a-new-password-42");
    await app.inject({ method: "PATCH", url: `/api/staff/${id}`, headers: { authorization: `Bearer ${ADMIN}` }, payload: { role: "childcare" } });
    expect((await app.inject({ url: "/api/me", headers: { host: HOST, cookie: again } })).statusCode).toBe(401);
  });

  it("a bad body gets a 400 naming the field; a taken username a 409", async () => {
    await account("admin", "anna");
    const bad = await app.inject({ method: "POST", url: "/auth/sign-in", headers: { host: HOST, origin: ORIGIN }, payload: { username: "anna" } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/password/);
    const taken = await app.inject({ method: "POST", url: "/api/staff", headers: { authorization: `Bearer ${ADMIN}` }, payload: { displayName: "Other", role: "counsellor", username: "anna" } });
    expect(taken.statusCode).toBe(409);
  });

  it("the command line sets a username and prints a password that signs in", async () => {
    const member = await createStaff(db(), { displayName: "First Admin", role: "admin" });
    const lines: string[] = [];
    expect(await runStaffCommand(db(), ["password", String(member.id), "Boss"], { print: (l) => lines.push(l), defaultDays: 90 })).toBe(0);
    const password = lines.join("\n").split("\n").at(-1)!;
    expect(lines.join("\n")).toContain('signs in to the web app as "boss"');
    expect((await signIn("boss", password)).statusCode).toBe(200);
    const refused: string[] = [];
    expect(await runStaffCommand(db(), ["password", String(member.id + 1), "x"], { print: (l) => refused.push(l), defaultDays: 90 })).toBe(2);
  });
});

describe("CSRF: a change with the session cookie must come from this site's pages", () => {
  it("refuses a POST from another origin or with no Origin; a GET and a bearer-token POST are not affected", async () => {
    const { password } = await account("coordinator", "cora");
    const cookie = await cookieOf("cora", password);
    const post = (headers: Record<string, string>) => app.inject({ method: "POST", url: "/api/seed", headers: { host: HOST, cookie, ...headers } });
    const foreign = await post({ origin: "https://evil.example" });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().message).toMatch(/Origin/);
    expect((await post({})).statusCode).toBe(403);
    expect((await post({ "sec-fetch-site": "cross-site" })).statusCode).toBe(403);
    expect((await post({ origin: ORIGIN })).statusCode).toBe(200);
    expect((await post({ "sec-fetch-site": "same-origin" })).statusCode).toBe(200);
    expect((await app.inject({ url: "/api/modules", headers: { host: HOST, cookie, origin: "https://evil.example" } })).statusCode).toBe(200);
    expect((await app.inject({ method: "POST", url: "/api/seed", headers: { authorization: `Bearer ${ADMIN}`, origin: "https://evil.example" } })).statusCode).toBe(200);
  });

  it("refuses a sign-in posted from another site (login CSRF)", async () => {
    const { password } = await account("admin", "anna");
    expect((await signIn("anna", password, { origin: "https://evil.example" })).statusCode).toBe(403);
  });
});

describe("failed sign-ins are limited", () => {
  it("per username, from any address: past the limit even the right password waits", async () => {
    await serve({ failedSignIns: { maxFailures: 3, windowMs: 60_000 } });
    const { password } = await account("admin", "anna");
    for (let i = 0; i < 3; i++) expect((await signIn("anna", `guess-${i}-xxxxxx`, { origin: ORIGIN }, `198.51.100.${i}`)).statusCode).toBe(401);
    const locked = await signIn("anna", password, { origin: ORIGIN }, "198.51.100.99");
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0);
    await account("counsellor", "olli");
  });

  it("per address, shared with the bearer tokens' limit", async () => {
    await serve({ failedAuth: { maxFailures: 3, windowMs: 60_000 } });
    const { password } = await account("admin", "anna");
    for (let i = 0; i < 3; i++) expect((await signIn(`nobody${i}`, "whatever-123", { origin: ORIGIN }, "203.0.113.5")).statusCode).toBe(401);
    expect((await signIn("anna", password, { origin: ORIGIN }, "203.0.113.5")).statusCode).toBe(429);
    expect((await app.inject({ url: "/api/staff", headers: { authorization: `Bearer ${ADMIN}` }, remoteAddress: "203.0.113.5" })).statusCode).toBe(429);
    expect((await signIn("anna", password, { origin: ORIGIN }, "203.0.113.6")).statusCode).toBe(200);
  });
});

describe("roles are enforced on the server for every route", () => {
  it("every /api route is in the roles table", async () => {
    const routes = new Set<string>();
    await app.ready();
    const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> };
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!path.startsWith("/api/")) continue;
      for (const method of Object.keys(ops)) routes.add(`${method.toUpperCase()} ${path.slice(4).replaceAll(/\{(\w+)\}/g, ":$1")}`);
    }
    expect([...routes].filter((r) => !(r in ROUTE_ROLES))).toEqual([]);
    expect(Object.keys(ROUTE_ROLES).filter((r) => !routes.has(r))).toEqual([]);
  });

  it("each role gets 403 exactly on the routes not listed for it (a cookie per role, every route)", async () => {
    const cookies: Record<string, string> = {};
    for (const role of ["admin", "coordinator", "counsellor", "childcare"]) {
      const { password } = await account(role, `${role}-user`);
      cookies[role] = await cookieOf(`${role}-user`, password);
    }
    for (const [route, roles] of Object.entries(ROUTE_ROLES)) {
      const [method, path] = route.split(" ") as [string, string];
      // Id 999999 exists nowhere: an allowed call gets past the role check (400/404/409/200), a refused one gets 403 first.
      const url = `/api${path.replaceAll(":id", "999999")}`;
      for (const [role, cookie] of Object.entries(cookies)) {
        if (route === "POST /sign-out") continue;
        const response = await app.inject({ method: method as "GET", url, headers: { host: HOST, cookie, origin: ORIGIN }, ...(method === "GET" ? {} : { payload: {} }) });
        if (!roles.includes(role as never)) expect(response.statusCode, `${role} ${route}`).toBe(403);
        // A counsellor keeps only their own calendar: account 999999 is someone else's, refused by the route itself.
        else if (role === "counsellor" && path.startsWith("/counsellors/:id")) {
          if (response.statusCode === 403) expect((response.json() as { message: string }).message, `${role} ${route}`).toMatch(/own calendar/);
        }
        else expect(response.statusCode, `${role} ${route}`).not.toBe(403);
      }
    }
  });

  it("a childcare organiser reads the childcare list but not a participant's answers", async () => {
    const { password } = await account("childcare", "pia");
    const cookie = await cookieOf("pia", password);
    expect((await app.inject({ method: "POST", url: "/api/seed", headers: { authorization: `Bearer ${ADMIN}` } })).statusCode).toBe(200);
    const sessions = await app.inject({ url: "/api/sessions?from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z", headers: { host: HOST, cookie } });
    expect(sessions.statusCode).toBe(200);
    const first = sessions.json<{ items: { id: number }[] }>().items[0]!;
    expect((await app.inject({ url: `/api/sessions/${first.id}/childcare`, headers: { host: HOST, cookie } })).statusCode).toBe(200);
    const answers = await app.inject({ url: "/api/participants/1", headers: { host: HOST, cookie } });
    expect(answers.statusCode).toBe(403);
    expect((await app.inject({ url: "/api/participants", headers: { host: HOST, cookie } })).statusCode).toBe(403);
  });

  it("tokens keep working for tools, with the role of their account", async () => {
    const created = await app.inject({ method: "POST", url: "/api/staff", headers: { authorization: `Bearer ${ADMIN}` }, payload: { displayName: "Tool", role: "coordinator" } });
    const { token } = created.json<{ token: string }>();
    expect((await app.inject({ url: "/api/modules", headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);
    expect((await app.inject({ url: "/api/escalations", headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(403);
  });
});
