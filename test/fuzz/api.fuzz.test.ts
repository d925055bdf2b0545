/**
 * Fuzzing the admin and counsellor API: hundreds of requests that must all be refused
 * (malformed, unauthorised or forbidden) go to the real server through `app.inject`,
 * on every route of its OpenAPI document, with random methods, ids, query strings,
 * bodies, content types, tokens and sizes. The server must
 *
 * - never answer 5xx;
 * - refuse every one of them (4xx): each request is built so that it must fail — no or a
 *   wrong token, a counsellor on an admin route, a part that breaks the route's own schema
 *   (checked with the server's validator), a body Fastify cannot parse, an id that does
 *   not exist, or an action the current state forbids (another counsellor's chat, a closed one);
 * - change nothing in the database: every table of the public schema is compared, row by
 *   row, before and after (and every few requests, to name the window of a change).
 *
 *   FUZZ_SEED=20261123 FUZZ_REQUESTS=500 npx vitest run test/fuzz/api.fuzz.test.ts
 *
 * Failures name the seed, the request's index, the request and the answer.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { Api } from "grammy";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEscalation } from "../../src/features/handoff/escalations.js";
import { rolesFor } from "../../src/http/roles.js";
import { createRelay } from "../../src/features/handoff/relay.js";
import { issueToken } from "../../src/features/handoff/staff.js";
import { cancelEnrolment, enrolParticipant } from "../../src/features/modules/enrolment.js";
import { saveAnswer } from "../../src/features/survey/repository.js";
import { bearerToken } from "../../src/http/auth.js";
import { createServer, type App } from "../../src/http/create-server.js";
import { createValidatorCompiler } from "../../src/http/validation.js";
import { LOCALE_CODES } from "../../src/i18n/locales.js";
import { touchParticipant } from "../../src/participants/repository.js";
import { onPostgres, openTestDatabase, type TestDatabase } from "../support/database.js";
import { createFakeTelegram } from "../support/fake-fetch.js";
import { createRng, envInteger, INVISIBLES, randomUnicode, SAMPLE_TEXTS, SQL_STRINGS, type Rng } from "./generators.js";

const SEED = envInteger("FUZZ_SEED", 20261123);
const REQUESTS = envInteger("FUZZ_REQUESTS", 500);
/** The database is compared with the first snapshot every this many requests. */
const SNAPSHOT_EVERY = 25;
const ADMIN = "fuzz-admin-token-0123456789abcdefghij";
const NOW = new Date("2026-12-01T08:00:00Z");
/** The server's own body limit, read once it is built. */
let bodyLimit = 0;
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
const WITH_BODY = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Whether a counsellor may call a route: the server's own table (src/http/roles.ts). */
const counsellorMay = (method: string, path: string) => path.startsWith("/api/") && rolesFor(method, path.slice(4).replace(/\{(\w+)\}/g, ":$1")).includes("counsellor");

// ---------------------------------------------------------------- set-up

type Principal = "admin" | "counsellor" | "other-counsellor" | "none";

interface Seeded {
  counsellor: string;
  otherCounsellor: string;
  revoked: string;
  expired: string;
  disabled: string;
  moduleId: number;
  archivedModuleId: number;
  moduleCode: string;
  sessionId: number;
  participantIds: number[];
  staffIds: { counsellor: number; other: number; disabled: number };
  tokenIds: number[];
  escalations: { open: number; mine: number; others: number; closed: number };
  enrolments: { live: number; cancelled: number };
  /** Every id that exists, of any table, for path parameters. */
  existingIds: number[];
}

let testDb: TestDatabase;
let app: App;
let seeded: Seeded;
/** Errors the server logged (5xx), newest last, with their stacks. */
const serverErrors: string[] = [];

function capturingLogger() {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
        try {
          const entry = JSON.parse(line) as { msg?: string; err?: { type?: string; message?: string; stack?: string } };
          serverErrors.push(`${entry.msg ?? ""}: ${entry.err?.stack ?? entry.err?.message ?? line}`);
        } catch {
          serverErrors.push(line);
        }
      }
      done();
    },
  });
  return pino({ level: "error" }, stream);
}

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const translations = (text: string) => Object.fromEntries(LOCALE_CODES.map((l) => [l, `${text} (${l})`]));

async function seed(): Promise<Seeded> {
  const db = testDb.database.db;
  const call = async (method: "GET" | "POST" | "PATCH", url: string, token: string, payload?: object) => {
    const res = await app.inject({ method, url, headers: auth(token), ...(payload ? { payload } : {}) });
    if (res.statusCode >= 300) throw new Error(`seeding: ${method} ${url} → ${res.statusCode} ${res.body}`);
    return res.json() as Record<string, any>;
  };
  const moduleBody = (code: string) => ({
    code,
    title: translations("Fuzz module"),
    description: translations("A module to fuzz"),
    regions: ["other"],
    tags: ["language"],
    instructionLanguages: ["fi", "en"],
    capacity: 1,
    childcare: true,
  });
  const module = await call("POST", "/api/modules", ADMIN, moduleBody("fuzz-module"));
  const archived = await call("POST", "/api/modules", ADMIN, moduleBody("fuzz-archived"));
  await call("POST", `/api/modules/${archived.id}/archive`, ADMIN);
  const session = await call("POST", "/api/sessions", ADMIN, {
    moduleId: module.id,
    startsAt: "2026-12-10T08:00:00Z",
    endsAt: "2026-12-10T10:00:00Z",
    place: "Kirjasto, Lahti",
    childcareSeats: 2,
  });
  const counsellor = await call("POST", "/api/staff", ADMIN, { displayName: "Fuzz Counsellor", role: "counsellor" });
  const other = await call("POST", "/api/staff", ADMIN, { displayName: "Other Counsellor", role: "counsellor" });
  const disabled = await call("POST", "/api/staff", ADMIN, { displayName: "Left the job", role: "counsellor" });
  const revoked = await call("POST", `/api/staff/${counsellor.id}/tokens`, ADMIN, { expiresInDays: 30 });
  await call("POST", `/api/tokens/${revoked.tokenId}/revoke`, ADMIN);
  const expired = await issueToken(db, counsellor.id as number, new Date(NOW.getTime() - 86_400_000));
  await db.execute(sql`update staff set disabled_at = ${NOW.toISOString()}::timestamptz where id = ${disabled.id as number}`);

  const participants = [];
  for (const telegramId of [424_201, 424_202, 424_203, 424_204, 424_205]) participants.push(await touchParticipant(db, telegramId, telegramId));
  await saveAnswer(db, participants[0]!.id, "region", "other");
  await saveAnswer(db, participants[0]!.id, "children", 2);
  const live = await enrolParticipant(db, { participantId: participants[0]!.id, moduleId: module.id as number, children: 1, now: NOW });
  const gone = await enrolParticipant(db, { participantId: participants[1]!.id, moduleId: module.id as number, children: 0, now: NOW });
  await cancelEnrolment(db, { enrolmentId: gone.status === "unavailable" ? 0 : gone.enrolment.id, by: "admin", now: NOW });

  const open = (await openEscalation(db, participants[0]!.id, "command")).escalation.id;
  const mine = (await openEscalation(db, participants[1]!.id, "menu")).escalation.id;
  const others = (await openEscalation(db, participants[2]!.id, "survey")).escalation.id;
  const closed = (await openEscalation(db, participants[3]!.id, "not-understood")).escalation.id;
  // Claims through the API: the counsellors' tokens are used once before the snapshot, so
  // their last_used_at (set to the fixed clock on every use) no longer changes.
  await call("POST", `/api/escalations/${mine}/claim`, counsellor.token as string);
  await call("POST", `/api/escalations/${others}/claim`, other.token as string);
  await call("POST", `/api/escalations/${closed}/claim`, counsellor.token as string);
  await call("POST", `/api/escalations/${closed}/close`, counsellor.token as string, { note: "fuzz set-up" });
  const expiredToken = expired.token;

  const enrolments = { live: live.status === "unavailable" ? 0 : live.enrolment.id, cancelled: gone.status === "unavailable" ? 0 : gone.enrolment.id };
  const existing = new Set<number>([
    module.id,
    archived.id,
    session.id,
    ...participants.map((p) => p.id),
    counsellor.id,
    other.id,
    disabled.id,
    revoked.tokenId,
    expired.id,
    open,
    mine,
    others,
    closed,
    enrolments.live,
    enrolments.cancelled,
    1,
    2,
    3,
  ]);
  return {
    counsellor: counsellor.token,
    otherCounsellor: other.token,
    revoked: revoked.token,
    expired: expiredToken,
    disabled: disabled.token,
    moduleId: module.id,
    archivedModuleId: archived.id,
    moduleCode: module.code,
    sessionId: session.id,
    participantIds: participants.map((p) => p.id),
    staffIds: { counsellor: counsellor.id, other: other.id, disabled: disabled.id },
    tokenIds: [counsellor.tokenId, other.tokenId, revoked.tokenId, expired.id],
    escalations: { open, mine, others, closed },
    enrolments,
    existingIds: [...existing].filter((id) => id > 0),
  };
}

beforeAll(async () => {
  testDb = await openTestDatabase();
  const telegram = createFakeTelegram();
  const relay = createRelay(new Api("1:fuzz", { fetch: telegram.fetch }));
  app = await createServer({
    database: testDb.database,
    logger: capturingLogger(),
    adminToken: ADMIN,
    relay,
    clock: () => NOW,
    // Thousands of requests from one address: the limiters would answer them all 429.
    apiRateLimitPerMinute: 1_000_000_000,
    failedAuth: { maxFailures: 1_000_000_000, windowMs: 60_000 },
  });
  bodyLimit = app.initialConfig.bodyLimit ?? 1024 * 1024;
  seeded = await seed();
});

afterAll(async () => {
  await app?.close();
  await testDb?.close();
});

// ---------------------------------------------------------------- database snapshot

async function rowsOf<T>(query: ReturnType<typeof sql.raw>): Promise<T[]> {
  const result = await testDb.database.db.execute(query);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
}

/**
 * Every row of every table of the public schema, as JSON text, in a stable order. The audit
 * log is left out: refused requests are recorded there on purpose (its own tests check it).
 */
async function snapshot(): Promise<Map<string, string[]>> {
  const tables = await rowsOf<{ tablename: string }>(sql.raw("select tablename from pg_tables where schemaname = 'public' order by tablename"));
  const result = new Map<string, string[]>();
  for (const { tablename } of tables) {
    if (tablename === "audit_log") continue;
    const rows = await rowsOf<{ j: string }>(sql.raw(`select row_to_json(t)::text as j from "${tablename}" as t order by 1`));
    result.set(tablename, rows.map((r) => r.j));
  }
  return result;
}

function snapshotDiff(before: Map<string, string[]>, after: Map<string, string[]>): string[] {
  const lines: string[] = [];
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(table) ?? [];
    const b = after.get(table) ?? [];
    const removed = a.filter((row) => !b.includes(row));
    const added = b.filter((row) => !a.includes(row));
    if (removed.length === 0 && added.length === 0) continue;
    lines.push(`table ${table}: ${removed.length} row(s) gone or changed, ${added.length} new or changed`);
    for (const row of removed.slice(0, 3)) lines.push(`  - ${row.slice(0, 300)}`);
    for (const row of added.slice(0, 3)) lines.push(`  + ${row.slice(0, 300)}`);
  }
  return lines;
}

// ---------------------------------------------------------------- routes from the OpenAPI document

type JsonSchema = Record<string, any>;
type Validate = (data: unknown) => boolean;

interface RouteSpec {
  method: string;
  /** OpenAPI path, e.g. /api/modules/{id}. */
  path: string;
  pathParams: { name: string; schema: JsonSchema }[];
  queryParams: { name: string; required: boolean; schema: JsonSchema }[];
  body?: JsonSchema;
  /** Counsellors may call it (the handoff routes); the others answer them 403. */
  counsellorMay: boolean;
  validatePath?: Validate;
  validateQuery?: Validate;
  validateBody?: Validate;
}

const compile = createValidatorCompiler();
function validator(schema: JsonSchema, httpPart: "params" | "querystring" | "body", method: string, url: string): Validate {
  const fn = compile({ schema, httpPart, method: method as "GET", url }) as (data: unknown) => unknown;
  // The server's validators fill in defaults and coerce in place: check a copy.
  return (data) => fn(data === undefined ? undefined : structuredClone(data)) === true;
}

function routesOf(doc: { paths: Record<string, Record<string, any>> }): RouteSpec[] {
  const routes: RouteSpec[] = [];
  for (const [p, operations] of Object.entries(doc.paths)) {
    // The sign-in routes are open to anyone (a session begins there): test/features/sign-in covers them.
    if (p.startsWith("/auth/")) continue;
    for (const [method, op] of Object.entries(operations)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
      const parameters = (op.parameters ?? []) as { in: string; name: string; required?: boolean; schema: JsonSchema }[];
      const pathParams = parameters.filter((x) => x.in === "path").map((x) => ({ name: x.name, schema: x.schema }));
      const queryParams = parameters.filter((x) => x.in === "query").map((x) => ({ name: x.name, required: x.required === true, schema: x.schema }));
      const body = op.requestBody?.content?.["application/json"]?.schema as JsonSchema | undefined;
      const route: RouteSpec = { method: method.toUpperCase(), path: p, pathParams, queryParams, body, counsellorMay: counsellorMay(method.toUpperCase(), p) };
      const url = p.replace(/\{(\w+)\}/g, ":$1");
      if (pathParams.length > 0) {
        route.validatePath = validator({ type: "object", properties: Object.fromEntries(pathParams.map((x) => [x.name, x.schema])), required: pathParams.map((x) => x.name) }, "params", route.method, url);
      }
      if (queryParams.length > 0) {
        route.validateQuery = validator(
          { type: "object", properties: Object.fromEntries(queryParams.map((x) => [x.name, x.schema])), required: queryParams.filter((x) => x.required).map((x) => x.name) },
          "querystring",
          route.method,
          url,
        );
      }
      if (body) route.validateBody = validator(body, "body", route.method, url);
      routes.push(route);
    }
  }
  return routes;
}

// ---------------------------------------------------------------- values

const WEIRD_STRINGS = [...SQL_STRINGS, ...SAMPLE_TEXTS, ...INVISIBLES, "\u0000", "null", "undefined", "NaN", "", " ", "💥".repeat(50)] as const;
const WRONG_VALUES: readonly unknown[] = [0, -1, 1.5, 1e20, Number.MAX_SAFE_INTEGER, "", "5", "true", "abc", "'; drop table participants; --", [], [1, "a", null], null, {}, { nested: { deeper: [null, { x: 1 }] } }, true, false];
/** Path ids no schema accepts. */
const BAD_IDS = ["0", "-1", "1e20", "abc", "1;drop", "99999999999999999999", "2147483648", "1.5", "-0", "NaN", "Infinity", "null", "true", "[]", "{}", "٣", "1 OR 1=1", "' OR '1'='1", "1/../2", "\u202E1", "1\u200B", "0x", ""];
/** Raw URL pieces: bad percent-encoding (Fastify: 400) or encoded control characters. */
const RAW_BAD_IDS = ["%zz", "%E0%A4%A", "%", "%00", "%0A1", "1%00"];
/** Ids that are valid but exist nowhere. */
const UNKNOWN_IDS = [2_147_483_647, 2_000_000_000, 999_999, 123_456_789];
const BAD_QUERY_VALUES = ["", "abc", "-1", "0", "101", "501", "1e20", "99999999999999999999", "1.5", "true", "null", "[]", "{}", "٣", "' OR 1=1 --", "2026-13-45", "2026-02-30", "yesterday", "\u202Elive", "xml", "CSV", "Open"];
const BAD_JSON = ['{"text":', "{text: 'hi'}", "'", "{\"a\":1}}", "NaN", "undefined", "{\"a\":01}", "[1,]", "{\"a\":\"\\x\"}", "\u0000", "{\"a\":1,}", "tru", "\"unterminated"];
const PROTO_POISON = ['{"__proto__":{"isAdmin":true}}', '{"constructor":{"prototype":{"isAdmin":true}}}', '{"text":"hi","__proto__":{"role":"admin"}}'];
const UNSUPPORTED_TYPES: readonly [string, string][] = [
  ["application/xml", "<reply><text>hi</text></reply>"],
  ["application/x-www-form-urlencoded", "text=hi&role=admin"],
  ["multipart/form-data; boundary=fuzz", '--fuzz\r\nContent-Disposition: form-data; name="text"\r\n\r\nhi\r\n--fuzz--\r\n'],
  ["image/png", "\u0089PNG\r\n\u001a\n"],
  ["application/octet-stream", "\u0000\u0001\u0002"],
];

/** An awkward string: SQL, scripts, invisibles, random code points; now and then with a NUL inside. */
function weirdString(rng: Rng): string {
  const text = rng.chance(0.3) ? randomUnicode(rng, rng.int(1, 40)) : rng.pick(WEIRD_STRINGS);
  if (!rng.chance(0.12)) return text;
  const chars = [...text];
  chars.splice(rng.int(0, chars.length), 0, "\u0000");
  return chars.join("");
}

/** Ids are PostgreSQL integers: a larger one names nothing (IdParams refuses it in paths). */
const INT4_MAX = 2_147_483_647;
const OVERFLOW_INTEGERS = ["2147483648", "99999999999", "1e20", "9007199254740993"];

/** Cuts to at most `max` code points (what JSON Schema's maxLength counts). */
function clip(text: string, max: number): string {
  return [...text].slice(0, max).join("");
}

/** A value the schema accepts (most of the time), with awkward strings in it. */
function example(schema: JsonSchema, rng: Rng, depth = 0): unknown {
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return rng.pick(schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(branches)) return example(rng.pick(branches), rng, depth);
  if (Array.isArray(schema.allOf)) return Object.assign({}, ...schema.allOf.map((s: JsonSchema) => example(s, rng, depth)));
  const type = Array.isArray(schema.type) ? rng.pick(schema.type) : schema.type;
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      const required = new Set<string>(schema.required ?? []);
      for (const [key, sub] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
        if (required.has(key) || rng.chance(0.5)) out[key] = example(sub, rng, depth + 1);
      }
      return out;
    }
    case "array": {
      const items = (schema.items ?? {}) as JsonSchema;
      if (Array.isArray(items.enum)) return [...new Set(Array.from({ length: rng.int(0, Math.min(3, items.enum.length)) }, () => rng.pick(items.enum)))];
      return rng.chance(0.5) ? [] : [example(items, rng, depth + 1)];
    }
    case "string": {
      if (schema.format === "date-time") return new Date(NOW.getTime() + rng.int(1, 60) * 86_400_000).toISOString();
      if (schema.format === "date") return rng.pick(["2026-01-01", "2026-06-30", "2027-01-01"]);
      if (typeof schema.pattern === "string") {
        const pattern = new RegExp(schema.pattern, "u");
        return [`fuzz-${rng.hex(6)}`, "fi", "en", "ab", "abc"].find((c) => pattern.test(c)) ?? "fi";
      }
      const min = schema.minLength ?? 0;
      const max = schema.maxLength ?? 200;
      const text = clip(weirdString(rng), max);
      return [...text].length >= min ? text : "x".repeat(Math.max(min, 1));
    }
    case "integer":
    case "number": {
      const min = schema.minimum ?? 0;
      const max = Math.min(schema.maximum ?? min + 100, min + 100);
      return rng.int(min, max);
    }
    case "boolean":
      return rng.chance(0.5);
    case "null":
      return null;
    default:
      return depth > 2 ? null : rng.pick(WRONG_VALUES);
  }
}

/** A broken variant of a body: a field missing, wrong-typed, too long, out of range, extra… */
function mutate(value: unknown, schema: JsonSchema, rng: Rng): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value) || rng.chance(0.1)) {
    return rng.pick<unknown>([[], [value], "string", 42, true, 1.5, weirdString(rng)]);
  }
  const body = structuredClone(value) as Record<string, unknown>;
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const keys = Object.keys(properties);
  const key = keys.length > 0 ? rng.pick(keys) : undefined;
  const sub = key ? properties[key]! : {};
  const op = rng.pick(["drop", "wrong-type", "extra", "too-long", "empty", "range", "nested", "array", "empty-object"] as const);
  switch (op) {
    case "drop": {
      const required = (schema.required ?? []) as string[];
      if (required.length > 0) delete body[rng.pick(required)];
      else if (key) body[key] = rng.pick(WRONG_VALUES);
      break;
    }
    case "wrong-type":
      if (key) body[key] = rng.pick(WRONG_VALUES);
      break;
    case "extra":
      body[rng.pick(["isAdmin", "id", "role", "staffId", "$where", "createdAt", "counsellorId", "archived", weirdString(rng) || "x"])] = rng.pick([true, 1, "admin", weirdString(rng), { $gt: "" }]);
      break;
    case "too-long":
      if (key) body[key] = rng.pick(SQL_STRINGS).repeat(Math.ceil(((sub.maxLength ?? 4000) + rng.int(1, 3000)) / 10));
      break;
    case "empty":
      if (key) body[key] = rng.pick(["", " ", INVISIBLES[0]]);
      break;
    case "range":
      if (key) body[key] = rng.pick([(sub.maximum ?? 2_147_483_647) + 1, (sub.minimum ?? 0) - 1, 1.5, 1e20, -2_147_483_649]);
      break;
    case "nested":
      if (key && typeof body[key] === "object" && body[key] !== null && !Array.isArray(body[key])) body[key] = mutate(body[key], sub, rng);
      else if (key) body[key] = { [weirdString(rng) || "k"]: weirdString(rng) };
      break;
    case "array":
      if (key) {
        const current = Array.isArray(body[key]) ? (body[key] as unknown[]) : [];
        body[key] = rng.pick<unknown[]>([[...current, ...current, "nope"], ["nope"], [1, 2], Array.from({ length: 25 }, (_, i) => `l${i}`), [null], [[]]]);
      }
      break;
    case "empty-object":
      return {};
  }
  return body;
}

// ---------------------------------------------------------------- requests

interface FuzzRequest {
  index: number;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  /** "POST /api/modules" when the method and path name a route. */
  route?: string;
  principal: Principal;
  /** Why the server must refuse it. */
  why: string[];
}

function principalOf(header: string | undefined, s: Seeded): Principal {
  const token = bearerToken(header);
  if (token === undefined) return "none";
  if (token === ADMIN) return "admin";
  if (token === s.counsellor) return "counsellor";
  if (token === s.otherCounsellor) return "other-counsellor";
  return "none";
}

function authorization(rng: Rng, s: Seeded, mode: "none" | "wrong" | "malformed" | "revoked" | "counsellor" | "admin"): string | undefined {
  switch (mode) {
    case "none":
      return rng.pick([undefined, "", " "]);
    case "wrong":
      return `Bearer ${rng.pick([`kb_${rng.hex(43)}`, "null", "undefined", `${ADMIN}x`, ADMIN.slice(0, -1), ADMIN.toUpperCase(), `${s.counsellor}x`, "' OR '1'='1", "x".repeat(5000), rng.hex(64)])}`;
    case "malformed":
      return rng.pick([
        `Basic ${Buffer.from(`admin:${ADMIN}`).toString("base64")}`,
        "Bearer",
        "Bearer ",
        `Token ${ADMIN}`,
        ADMIN,
        `Bearer ${ADMIN} ${ADMIN}`,
        `Bearer "${ADMIN}"`,
        `Bearer ${ADMIN},Bearer ${s.counsellor}`,
        `BearerBearer ${ADMIN}`,
        `Bearer\t${s.counsellor}`,
        `bearer ${ADMIN}`,
        `Bearer ${s.counsellor}`,
      ]);
    case "revoked":
      return `Bearer ${rng.pick([s.revoked, s.expired, s.disabled])}`;
    case "counsellor":
      return `Bearer ${rng.chance(0.85) ? s.counsellor : s.otherCounsellor}`;
    case "admin":
      return `Bearer ${ADMIN}`;
  }
}

/** Requests that are well formed but that the current state forbids. */
function refusedByState(rng: Rng, s: Seeded): Omit<FuzzRequest, "index"> {
  const e = s.escalations;
  const counsellor = { authorization: `Bearer ${s.counsellor}` };
  const admin = { authorization: `Bearer ${ADMIN}` };
  const json = { "content-type": "application/json" };
  const text = JSON.stringify({ text: weirdString(rng) || "hello" });
  const choices: Omit<FuzzRequest, "index">[] = [
    { method: "POST", url: `/api/escalations/${e.others}/reply`, headers: { ...counsellor, ...json }, payload: text, principal: "counsellor", why: ["another counsellor's chat"] },
    { method: "POST", url: `/api/escalations/${e.others}/close`, headers: { ...counsellor, ...json }, payload: "{}", principal: "counsellor", why: ["another counsellor's chat"] },
    { method: "POST", url: `/api/escalations/${e.others}/reassign`, headers: { ...counsellor, ...json }, payload: JSON.stringify({ counsellorId: s.staffIds.counsellor }), principal: "counsellor", why: ["another counsellor's chat"] },
    { method: "POST", url: `/api/escalations/${e.others}/claim`, headers: counsellor, principal: "counsellor", why: ["claimed already"] },
    { method: "POST", url: `/api/escalations/${e.mine}/claim`, headers: counsellor, principal: "counsellor", why: ["claimed already"] },
    { method: "GET", url: `/api/escalations/${e.others}`, headers: counsellor, principal: "counsellor", why: ["another counsellor's chat"] },
    { method: "POST", url: `/api/escalations/${e.closed}/reply`, headers: { ...rng.pick([counsellor, admin]), ...json }, payload: text, principal: "counsellor", why: ["closed"] },
    { method: "POST", url: `/api/escalations/${e.closed}/close`, headers: { ...rng.pick([counsellor, admin]), ...json }, payload: "{}", principal: "counsellor", why: ["closed"] },
    { method: "POST", url: `/api/escalations/${e.closed}/claim`, headers: counsellor, principal: "counsellor", why: ["closed"] },
    { method: "POST", url: `/api/escalations/${e.closed}/reassign`, headers: { ...admin, ...json }, payload: JSON.stringify({ counsellorId: s.staffIds.other }), principal: "admin", why: ["closed"] },
    { method: "POST", url: `/api/escalations/${e.mine}/reassign`, headers: { ...counsellor, ...json }, payload: JSON.stringify({ counsellorId: rng.pick([s.staffIds.disabled, 999_999]) }), principal: "counsellor", why: ["no such active counsellor"] },
    { method: "POST", url: `/api/escalations/${e.open}/claim`, headers: admin, principal: "admin", why: ["the ADMIN_TOKEN cannot claim"] },
    { method: "POST", url: `/api/enrolments/${s.enrolments.cancelled}/cancel`, headers: admin, principal: "admin", why: ["cancelled already"] },
    {
      method: "POST",
      url: "/api/sessions",
      headers: { ...admin, ...json },
      payload: JSON.stringify({ moduleId: s.archivedModuleId, startsAt: "2026-12-20T08:00:00Z", endsAt: "2026-12-20T09:00:00Z", place: weirdString(rng) || "x", childcareSeats: 0 }),
      principal: "admin",
      why: ["archived module"],
    },
    {
      method: "POST",
      url: "/api/sessions",
      headers: { ...admin, ...json },
      payload: JSON.stringify({ moduleId: s.moduleId, startsAt: "2026-12-20T08:00:00Z", endsAt: rng.pick(["2026-12-20T08:00:00Z", "2026-12-19T08:00:00Z"]), place: "x", childcareSeats: 0 }),
      principal: "admin",
      why: ["ends before it starts"],
    },
    {
      method: "POST",
      url: "/api/sessions",
      headers: { ...admin, ...json },
      payload: JSON.stringify({ moduleId: rng.pick(UNKNOWN_IDS), startsAt: "2026-12-20T08:00:00Z", endsAt: "2026-12-20T09:00:00Z", place: "x", childcareSeats: 0 }),
      principal: "admin",
      why: ["no such module"],
    },
    { method: "PATCH", url: `/api/sessions/${s.sessionId}`, headers: { ...admin, ...json }, payload: JSON.stringify({ endsAt: "2026-12-01T00:00:00Z" }), principal: "admin", why: ["ends before it starts"] },
    {
      method: "POST",
      url: "/api/modules",
      headers: { ...admin, ...json },
      payload: JSON.stringify({ code: s.moduleCode, title: translations(weirdString(rng).slice(0, 40) || "t"), description: translations("d"), regions: [], tags: [], instructionLanguages: [], capacity: 3, childcare: false }),
      principal: "admin",
      why: ["the code is taken"],
    },
  ];
  return rng.pick(choices);
}

/**
 * Inputs that broke the server in earlier runs (found by this fuzzer), replayed first
 * on every run whatever the seed, like a fuzzer's corpus. Each must be refused.
 */
function corpus(s: Seeded): Omit<FuzzRequest, "index">[] {
  const admin = { authorization: `Bearer ${ADMIN}` };
  const json = { "content-type": "application/json" };
  const withNul = translations("Fuzz\u0000module");
  return [
    {
      method: "PATCH",
      url: `/api/modules/${INT4_MAX}`,
      headers: { ...admin, ...json },
      payload: JSON.stringify({ title: withNul }),
      route: "PATCH /api/modules/{id}",
      principal: "admin",
      why: ["corpus: no such module (a NUL in the title)"],
    },
    {
      method: "POST",
      url: "/api/modules",
      headers: { ...admin, ...json },
      payload: JSON.stringify({ code: s.moduleCode, title: withNul, description: translations("d"), regions: [], tags: [], instructionLanguages: [], capacity: 3, childcare: false }),
      route: "POST /api/modules",
      principal: "admin",
      why: ["corpus: the code is taken (a NUL in the title)"],
    },
    {
      method: "POST",
      url: "/api/modules",
      headers: { ...admin, ...json },
      // A lone high surrogate is valid JSON but not storable text (found by the 5,000-request run).
      payload: `{"code":"${s.moduleCode}","title":{"fi":"x\\ud835","sv":"x","en":"x","ar":"x","fa":"x","ru":"x","uk":"x","so":"x","sw":"x"},"description":${JSON.stringify(translations("d"))},"regions":[],"tags":[],"instructionLanguages":[],"capacity":3,"childcare":false}`,
      route: "POST /api/modules",
      principal: "admin",
      why: ["corpus: the code is taken (a lone surrogate in the title)"],
    },
    { method: "GET", url: `/api/escalations/${s.escalations.open}?after=99999999999`, headers: { authorization: `Bearer ${s.counsellor}` }, route: "GET /api/escalations/{id}", principal: "counsellor", why: ["corpus: after beyond the database's integer range"] },
    { method: "GET", url: "/api/participants?after=2147483648", headers: admin, route: "GET /api/participants", principal: "admin", why: ["corpus: after beyond the database's integer range"] },
    { method: "GET", url: "/api/audit?before=99999999999", headers: admin, route: "GET /api/audit", principal: "admin", why: ["corpus: before beyond the database's integer range"] },
    { method: "GET", url: "/api/audit?participantId=1e20", headers: admin, route: "GET /api/audit", principal: "admin", why: ["corpus: participantId beyond the database's integer range"] },
  ];
}

class RequestFuzzer {
  readonly rng: Rng;
  #index = 0;

  constructor(
    seed: number,
    readonly routes: RouteSpec[],
    readonly s: Seeded,
  ) {
    this.rng = createRng(seed);
  }

  next(): FuzzRequest {
    const index = this.#index++;
    for (let attempt = 0; attempt < 50; attempt++) {
      const request = this.rng.chance(0.08) ? refusedByState(this.rng, this.s) : this.#candidate();
      request.principal = principalOf(request.headers.authorization, this.s);
      if (request.why.length > 0) return { index, ...request };
    }
    throw new Error("the request generator could not build a request that must be refused");
  }

  #find(path: string, method: string): RouteSpec | undefined {
    const effective = method === "HEAD" ? "GET" : method;
    return this.routes.find((r) => r.path === path && r.method === effective);
  }

  #candidate(): Omit<FuzzRequest, "index"> {
    const { rng, s } = this;
    const template = rng.pick(this.routes);
    const method = rng.chance(0.8) ? template.method : rng.pick(METHODS);
    const route = this.#find(template.path, method);
    const why: string[] = [];

    const mode = rng.weighted<"none" | "wrong" | "malformed" | "revoked" | "counsellor" | "admin">([
      [10, "none"],
      [12, "wrong"],
      [6, "malformed"],
      [6, "revoked"],
      [26, "counsellor"],
      [40, "admin"],
    ]);
    const header = authorization(rng, s, mode);
    const principal = principalOf(header, s);
    const authorized = route !== undefined && (principal === "admin" || ((principal === "counsellor" || principal === "other-counsellor") && route.counsellorMay));
    if (!route) why.push(`no route ${method} ${template.path}`);
    else if (principal === "none") why.push("no valid token");
    else if (!authorized) why.push("a counsellor on an admin route");

    // What breaks the request when the caller may use the route.
    const unknownId = authorized && template.pathParams.length > 0 && rng.chance(0.12);

    // Path parameters.
    let badUrl = false;
    const pathValues: Record<string, string> = {};
    let url = template.path;
    for (const param of template.pathParams) {
      let raw: string;
      let decoded: string;
      if (unknownId) {
        decoded = raw = String(rng.pick(UNKNOWN_IDS));
      } else if (rng.chance(0.45)) {
        decoded = String(rng.pick(s.existingIds));
        raw = decoded;
      } else if (rng.chance(0.15)) {
        raw = rng.pick(RAW_BAD_IDS);
        try {
          decoded = decodeURIComponent(raw);
        } catch {
          decoded = raw;
          badUrl = true;
        }
      } else {
        decoded = rng.pick(BAD_IDS);
        raw = encodeURIComponent(decoded);
      }
      pathValues[param.name] = decoded;
      url = url.replace(`{${param.name}}`, raw);
    }
    if (badUrl) why.push("malformed percent-encoding in the path");
    else if (route?.validatePath && !route.validatePath(pathValues)) why.push(`path ${JSON.stringify(pathValues)} breaks the schema`);
    if (unknownId) why.push(`no such ${Object.values(pathValues).join("/")}`);

    // Query string.
    const entries: [string, string][] = [];
    for (const param of template.queryParams) {
      const roll = rng.next();
      if (roll < 0.3) continue;
      const unbounded = param.schema.type === "integer" && param.schema.maximum === undefined;
      const value =
        unbounded && roll < 0.4 ? rng.pick(OVERFLOW_INTEGERS) : roll < 0.55 && !unknownId ? rng.pick(BAD_QUERY_VALUES) : String(example(param.schema, rng));
      entries.push([param.name, value]);
      if (rng.chance(0.05)) entries.push([param.name, String(example(param.schema, rng))]);
    }
    if (rng.chance(0.15)) entries.push([rng.pick(["x", "format", "limit", "constructor", "id", "token", "state"]), weirdString(rng)]);
    if (entries.length > 0) url += `?${new URLSearchParams(entries).toString()}`;
    if (route?.validateQuery) {
      const parsed: Record<string, string | string[]> = {};
      for (const [k, v] of entries) {
        if (!route.queryParams.some((q) => q.name === k)) continue;
        const previous = parsed[k];
        parsed[k] = previous === undefined ? v : Array.isArray(previous) ? [...previous, v] : [previous, v];
      }
      if (!route.validateQuery(parsed)) why.push(`query ${JSON.stringify(parsed)} breaks the schema`);
      else {
        const overflow = route.queryParams.filter((q) => q.schema.type === "integer" && [parsed[q.name]].flat().some((v) => v !== undefined && Number(v) > INT4_MAX));
        if (overflow.length > 0) why.push(`${overflow.map((q) => q.name).join(", ")} beyond the database's integer range`);
      }
    }

    // Body.
    const headers: Record<string, string> = {};
    if (header !== undefined) headers.authorization = header;
    if (rng.chance(0.1)) headers.accept = rng.pick(["text/csv", "application/xml", "*/*", "text/html"]);
    let payload: string | undefined;
    const schema = template.body;
    const bodyKind = rng.weighted<"none" | "valid" | "mutated" | "invalid-json" | "proto" | "unsupported" | "empty-json" | "oversize" | "text">([
      [schema ? 1 : 4, "none"],
      [unknownId ? 50 : schema ? 2 : 1, "valid"],
      [schema && !unknownId ? 8 : 0, "mutated"],
      [unknownId ? 0 : 2, "invalid-json"],
      [unknownId ? 0 : 1, "proto"],
      [unknownId ? 0 : 2, "unsupported"],
      [unknownId ? 0 : 1, "empty-json"],
      [unknownId ? 0 : 1, "oversize"],
      [unknownId ? 0 : 1, "text"],
    ]);
    const parses = WITH_BODY.has(method);
    switch (bodyKind) {
      case "none":
        break;
      case "valid":
      case "mutated": {
        const valid = schema ? example(schema, rng) : { note: weirdString(rng) };
        const body = bodyKind === "mutated" && schema ? mutate(valid, schema, rng) : valid;
        headers["content-type"] = rng.pick(["application/json", "application/json; charset=utf-8"]);
        payload = JSON.stringify(body);
        if (parses && route?.validateBody && body !== null && !route.validateBody(body)) why.push(`body breaks the schema: ${payload.slice(0, 120)}`);
        break;
      }
      case "invalid-json":
        headers["content-type"] = "application/json";
        payload = rng.pick(BAD_JSON);
        if (parses && route) why.push("invalid JSON");
        break;
      case "proto":
        headers["content-type"] = "application/json";
        payload = rng.pick(PROTO_POISON);
        if (parses && route) why.push("prototype poisoning");
        break;
      case "unsupported": {
        const [type, body] = rng.pick(UNSUPPORTED_TYPES);
        headers["content-type"] = type;
        payload = body;
        if (parses && route) why.push(`unsupported content type ${type}`);
        break;
      }
      case "empty-json":
        headers["content-type"] = "application/json";
        payload = "";
        if (parses && route) why.push("empty JSON body");
        break;
      case "oversize":
        headers["content-type"] = "application/json";
        payload = JSON.stringify({ text: "x".repeat(bodyLimit + rng.int(1, 100_000)) });
        if (parses && route) why.push("body over the size limit");
        break;
      case "text":
        headers["content-type"] = "text/plain";
        payload = weirdString(rng) || "hello";
        if (parses && route?.validateBody && !route.validateBody(payload)) why.push("text/plain where JSON is expected");
        break;
    }

    return {
      method,
      url,
      headers,
      ...(payload !== undefined && { payload }),
      ...(route && { route: `${route.method} ${route.path}` }),
      principal,
      why,
    };
  }
}

// ---------------------------------------------------------------- the run

interface Failure {
  index: number;
  problem: string;
  request: FuzzRequest;
  status?: number;
  answer?: string;
  errors?: string[];
}

/** "POST /api/modules/{id}" for grouping failures by route. */
function routeLabel(r: FuzzRequest): string {
  return r.route ?? `${r.method} ${r.url.split("?")[0]!.replace(/\/\d+(?=\/|$)/g, "/{id}")}`;
}

function describeRequest(r: FuzzRequest): string {
  const payload = r.payload === undefined ? "" : ` body(${r.payload.length}): ${JSON.stringify(r.payload.length > 200 ? `${r.payload.slice(0, 200)}…` : r.payload)}`;
  const headers = Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k, v.length > 80 ? `${v.slice(0, 60)}…(${v.length})` : v]));
  return `${r.method} ${r.url.length > 300 ? `${r.url.slice(0, 300)}…` : r.url} headers ${JSON.stringify(headers)}${payload}\n    as ${r.principal}; must be refused because: ${r.why.join("; ")}`;
}

describe("the admin API under fuzzed requests", () => {
  it(`refuses a corpus and ${REQUESTS} generated malformed, unauthorised or forbidden requests (seed ${SEED}) without a 5xx and without changing the database`, { timeout: Math.max(120_000, REQUESTS * 200) }, async () => {
    const docs = await app.inject({ url: "/docs/json" });
    expect(docs.statusCode).toBe(200);
    const routes = routesOf(docs.json());
    expect(routes.length, "routes in the OpenAPI document").toBeGreaterThan(10);

    const before = await snapshot();
    const fuzzer = new RequestFuzzer(SEED, routes, seeded);
    const replay = corpus(seeded);
    const total = replay.length + REQUESTS;
    const failures: Failure[] = [];
    const statuses = new Map<number, number>();
    const sent: { request: FuzzRequest; status?: number }[] = [];
    let windowStart = 0;
    const started = Date.now();

    for (let i = 0; i < total; i++) {
      const request: FuzzRequest = i < replay.length ? { index: i, ...replay[i]! } : { ...fuzzer.next(), index: i };
      const record: { request: FuzzRequest; status?: number } = { request };
      sent.push(record);
      const errorsBefore = serverErrors.length;
      let status: number;
      let body: string;
      try {
        const res = await app.inject({
          method: request.method as "GET",
          url: request.url,
          headers: request.headers,
          ...(request.payload !== undefined && { payload: request.payload }),
        });
        status = res.statusCode;
        body = res.body;
      } catch (error) {
        failures.push({ index: i, problem: "app.inject threw", request, errors: [error instanceof Error ? (error.stack ?? error.message) : String(error)] });
        continue;
      }
      record.status = status;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      const errors = serverErrors.slice(errorsBefore);
      if (status >= 500) failures.push({ index: i, problem: `a ${status} answer (${routeLabel(request)})`, request, status, answer: body.slice(0, 300), errors });
      else if (status < 400) failures.push({ index: i, problem: `accepted (${status}) a request that had to be refused`, request, status, answer: body.slice(0, 300) });

      if ((i + 1) % SNAPSHOT_EVERY === 0 || i === total - 1) {
        const diff = snapshotDiff(before, await snapshot());
        if (diff.length > 0) {
          const window = sent.slice(windowStart, i + 1);
          const accepted = window.filter((r) => r.status === undefined || r.status < 400);
          failures.push({
            index: i,
            problem: "the database changed",
            request,
            errors: [
              `between requests #${windowStart} and #${i}:`,
              ...diff,
              accepted.length > 0 ? "requests of that window answered below 400:" : "no request of that window was answered below 400; all of them:",
              ...(accepted.length > 0 ? accepted : window).map((r) => `  #${r.request.index} ${r.request.method} ${r.request.url.slice(0, 120)} → ${r.status ?? "threw"}`),
            ],
          });
          // Later changes are reported against this state, so each window is named once.
          before.clear();
          for (const [table, rows] of await snapshot()) before.set(table, rows);
        }
        windowStart = i + 1;
      }
    }

    const seconds = (Date.now() - started) / 1000;
    const summary = {
      suite: "api",
      project: onPostgres ? "postgres" : "pglite",
      seed: SEED,
      requests: REQUESTS,
      corpus: replay.length,
      routes: routes.length,
      failures: failures.length,
      seconds: Math.round(seconds * 10) / 10,
      statuses: Object.fromEntries([...statuses.entries()].sort((a, b) => a[0] - b[0])),
      problems: Object.fromEntries(countBy(failures.map((f) => f.problem))),
    };
    console.log(`[fuzz:api] ${JSON.stringify(summary)}`);
    writeReport(summary);

    if (failures.length > 0) {
      const lines = [`${failures.length} fuzz failure(s) with FUZZ_SEED=${SEED} FUZZ_REQUESTS=${REQUESTS}:`];
      for (const [problem, n] of countBy(failures.map((f) => f.problem))) {
        lines.push("", `■ ${problem}: ${n} time(s)`);
        for (const f of failures.filter((x) => x.problem === problem).slice(0, 4)) {
          const where = f.index < replay.length ? "from the corpus, replayed on every run" : `replay: FUZZ_SEED=${SEED} FUZZ_REQUESTS=${f.index - replay.length + 1}`;
          if (f.problem === "the database changed") lines.push(`  found after request #${f.index} (${where})`);
          else lines.push(`  request #${f.index} (${where})`, `    ${describeRequest(f.request)}`);
          if (f.status !== undefined) lines.push(`    → ${f.status} ${f.answer ?? ""}`);
          for (const e of (f.errors ?? []).slice(0, 40)) lines.push(`    ${e.split("\n").slice(0, 10).join("\n      ")}`);
        }
      }
      const report = lines.join("\n");
      console.error(report);
      expect.fail(report);
    }
  });
});

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** With FUZZ_REPORT_DIR set (bench/fuzz.ts), the summary is also written there as JSON. */
function writeReport(summary: Record<string, unknown>): void {
  const dir = process.env.FUZZ_REPORT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `api-${summary.project as string}.json`), JSON.stringify(summary, null, 2));
}
