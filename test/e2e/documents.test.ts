import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppBot } from "../../src/bot/create-bot.js";
import { openDatabase } from "../../src/db/client.js";
import { createServer } from "../../src/http/create-server.js";
import { WEB_APP_PAGES } from "../../src/http/web-app.js";
import { freePort, ROOT, startApp, type AppProcess } from "../support/app-process.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";

const ADMIN = "documents-admin-token-0123456789ab";
const RATE_LIMIT = 60;
const README = readFileSync(join(ROOT, "README.md"), "utf8");

interface Operation {
  operationId?: string;
  responses: Record<string, { content?: Record<string, { schema?: { properties?: object } }> }>;
}
interface OpenApi {
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
}

/** Every route of a Fastify tree as printRoutes draws it: "├── /api/modules (GET, HEAD, POST)". */
function routesOf(tree: string): { method: string; path: string }[] {
  const stack: string[] = [];
  const routes: { method: string; path: string }[] = [];
  for (const line of tree.split("\n")) {
    const match = /^([│ ]*)(?:├── |└── )(.+?) \(([A-Z, ]+)\)$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    const path = (depth > 0 ? stack[depth - 1]! : "") + match[2]!;
    stack[depth] = path;
    for (const method of match[3]!.split(", ")) if (method !== "HEAD") routes.push({ method, path });
  }
  return routes;
}

/** The README's section under a "## " heading. */
function section(heading: string): string {
  const start = README.indexOf(`## ${heading}`);
  expect(start, `README has no "## ${heading}"`).toBeGreaterThanOrEqual(0);
  const end = README.indexOf("\n## ", start + 3);
  return README.slice(start, end < 0 ? undefined : end);
}

/**
 * The README and the API document tell the truth, checked against the real app started as
 * a process (the document it serves, the CSV it answers) and against the code (its routes,
 * its folders).
 */
describe("the README and the API document", () => {
  let fake: FakeBotApi;
  let app: AppProcess;
  let testDb: TestDatabase | undefined;
  let scratch: string;
  let doc: OpenApi;

  const api = async (path: string, headers: Record<string, string> = {}, method = "GET") =>
    fetch(`http://127.0.0.1:${app.port}${path}`, { method, headers: { authorization: `Bearer ${ADMIN}`, ...headers } });

  beforeAll(async () => {
    fake = await startFakeBotApi({ maxPollMs: 500 });
    scratch = mkdtempSync(join(tmpdir(), "bot-documents-"));
    if (process.env.TEST_DATABASE_URL) testDb = await openTestDatabase();
    const database: Record<string, string> = testDb ? { DATABASE_URL: testDb.url! } : { DATA_DIR: join(scratch, "data") };
    app = await startApp({ BOT_TOKEN: "123456:documents-token-abcdefghijklmnop", TELEGRAM_API_ROOT: fake.apiRoot, ADMIN_TOKEN: ADMIN, API_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT), INBOUND_WEBHOOK_SECRET: "inbound-secret-0123456789", ...database }, await freePort());
    doc = (await (await fetch(`http://127.0.0.1:${app.port}/docs/json`)).json()) as OpenApi;
  });
  afterAll(async () => {
    await app?.kill("SIGKILL");
    await fake.close();
    await testDb?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("the API document passes the OpenAPI linter (Redocly's recommended rules) without a warning", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: "/docs/json", config });
    expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).toEqual([]);
  });

  it("has servers, a unique operationId on every route, and 401, 403 and 429 where they happen", () => {
    expect(doc.servers?.length).toBeGreaterThan(0);
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));
    const ids = operations.map((o) => o.op.operationId);
    expect(ids.every(Boolean), "an operation without operationId").toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, method, op } of operations.filter((o) => o.path.startsWith("/api/"))) {
      for (const code of ["401", "429"]) expect(Object.keys(op.responses), `${method} ${path}`).toContain(code);
      // Every /api route can answer 403: a role it is not for (src/http/roles.ts), or a change with the session cookie from another site.
      expect(Object.keys(op.responses), `${method} ${path}`).toContain("403");
    }
    const exported = doc.paths["/api/participants/{id}/export"]!.get!.responses["200"]!.content!["application/json"]!.schema!;
    expect(Object.keys(exported.properties ?? {})).toEqual(["participant", "surveyAnswers", "courses", "attendance", "conversationsWithCounsellors", "plan", "referrals", "followUps"]);
  });

  it("really answers 403 where the document says", async () => {
    const created = await fetch(`http://127.0.0.1:${app.port}/api/staff`, {
      method: "POST",
      headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" },
      body: JSON.stringify({ displayName: "Doc Counsellor", role: "counsellor" }),
    });
    const { token } = (await created.json()) as { token: string };
    const asCounsellor = await fetch(`http://127.0.0.1:${app.port}/api/modules`, { headers: { authorization: `Bearer ${token}` } });
    expect(asCounsellor.status).toBe(403);
    expect((await fetch(`http://127.0.0.1:${app.port}/api/escalations`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it("every `?format=csv` claim holds", async () => {
    const csvParagraph = section("HTTP endpoints").split("\n\n").find((p) => p.startsWith("CSV:")) ?? "";
    const claimed = [...csvParagraph.matchAll(/`GET (\/[^`\s]+)`/g)].map((m) => m[1]!);
    expect(claimed.length).toBeGreaterThan(0);
    expect((await api("/api/seed", {}, "POST")).status).toBe(200);
    const modules = (await (await api("/api/modules")).json()) as { items: { id: number }[] };
    const moduleId = modules.items[0]!.id;
    const sessions = (await (await api(`/api/modules/${moduleId}/sessions`)).json()) as { items: { id: number }[] };
    const sessionId = sessions.items[0]!.id;
    const query = (path: string) => (path === "/api/reports/summary" ? "from=2026-01-01&to=2027-01-01&" : path === "/api/interpreter-bookings" ? "date=2026-12-02&" : "");
    for (const route of claimed) {
      const path = route.replace("/api/modules/:id", `/api/modules/${moduleId}`).replace("/api/sessions/:id", `/api/sessions/${sessionId}`);
      const byQuery = await api(`${path}?${query(route)}format=csv`);
      expect(byQuery.status, route).toBe(200);
      expect(byQuery.headers.get("content-type"), route).toMatch(/^text\/csv/);
      const byHeader = await api(`${path}${query(route) ? `?${query(route).slice(0, -1)}` : ""}`, { accept: "text/csv" });
      expect(byHeader.headers.get("content-type"), route).toMatch(/^text\/csv/);
      const json = await api(`${path}${query(route) ? `?${query(route).slice(0, -1)}` : ""}`);
      expect(json.headers.get("content-type"), route).toMatch(/^application\/json/);
    }
    // And no other route claims CSV in the document.
    const claimsCsv = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => JSON.stringify(op).includes("format=csv"))
        .map(([, ]) => path.replaceAll(/\{(\w+)\}/g, ":$1")),
    );
    expect(claimsCsv.sort()).toEqual([...claimed].sort());
  });

  it("lists every route the server has, and none it has not", async () => {
    const db = testDb?.database ?? (await openDatabase({ dataDir: "memory://" }));
    const server = await createServer({
      database: db,
      logger: pino({ level: "silent" }),
      inboundSecret: "inbound-secret-0123456789",
      webhook: { bot: {} as AppBot, secret: "webhook-secret-0123456789" },
    });
    await server.ready();
    const routes = routesOf(server.printRoutes({ commonPrefix: false }));
    await server.close();
    if (!testDb) await db.close();
    // Swagger UI's own files and the web app's built files and pages (named together in one
    // line of the README) are not endpoints of their own.
    const appPages = new Set([...WEB_APP_PAGES, ...WEB_APP_PAGES.map((p) => `${p}/*`)]);
    const endpoints = routes.filter(
      (r) => !["/docs/", "/docs/*"].includes(r.path) && !r.path.startsWith("/docs/static/") && !r.path.startsWith("/assets/") && r.path !== "/index.html" && !appPages.has(r.path) && !appPages.has(r.path.replace(/\/?\*$/, "/*")),
    );
    const readme = section("HTTP endpoints");
    for (const page of WEB_APP_PAGES) expect(readme, page).toContain(page === "/" ? "`GET /`" : `\`${page}\``);
    for (const { method, path: drawn } of endpoints) {
      // printRoutes draws "/console" and "/console/*" together as "/console*".
      const path = drawn.endsWith("*") && !drawn.endsWith("/*") ? drawn.slice(0, -1) : drawn;
      const named = readme.includes(`\`${method} ${path}\``) || (method === "GET" && readme.includes(`\`${path}\``));
      expect(named, `README's "HTTP endpoints" lacks \`${method} ${path}\``).toBe(true);
    }
    for (const [, method, path] of readme.matchAll(/`(GET|POST|PATCH|PUT|DELETE) (\/[^`\s?]*)/g)) {
      expect(routes.some((r) => r.method === method && r.path === path), `README names \`${method} ${path}\`, which the server does not have`).toBe(true);
    }
  });

  // Last: it uses up the minute's requests.
  it("really answers 429 past API_RATE_LIMIT_PER_MINUTE, with Retry-After", async () => {
    let answer: Response | undefined;
    for (let i = 0; i < RATE_LIMIT + 5; i++) {
      answer = await api("/api/modules");
      if (answer.status === 429) break;
    }
    expect(answer?.status).toBe(429);
    expect(Number(answer?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await answer?.json()).toEqual({ error: expect.any(String), message: expect.any(String) });
  });

  it('"The two commands" shows two commands, and the layout every feature folder', () => {
    const blocks = [...section("The two commands").matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
    expect(blocks).toEqual(["npm install && BOT_TOKEN=123456789:your-token-from-BotFather npm start", "npm test"]);
    const layout = section("Layout");
    for (const folder of readdirSync(join(ROOT, "src", "features"))) expect(layout, folder).toContain(`src/features/${folder}/`);
    for (const entry of readdirSync(join(ROOT, "src"), { withFileTypes: true })) {
      if (entry.name !== "features") expect(layout, entry.name).toContain(`src/${entry.name}${entry.isDirectory() ? "/" : ""}`);
    }
  });
});
