/**
 * The web app's error sentences (web/src/api/errors.ts) for the server's real answers:
 * each bad request is made against the real server and its answer worded as the app
 * words it, so a changed server message fails here, not in front of a staff member.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import i18next, { type TFunction } from "i18next";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/build.js";
import { createStaff } from "../../src/features/handoff/staff.js";
import { createServer, type App } from "../../src/http/create-server.js";
import { LOCALE_CODES } from "../../src/i18n/locales.js";
import { explainError } from "../../web/src/api/errors.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";

const ADMIN = "admin-token-0123456789abcdef";
const headers = { authorization: `Bearer ${ADMIN}` };
const locale = (language: string) => JSON.parse(readFileSync(join(ROOT, "web", "src", "locales", `${language}.json`), "utf8")) as Record<string, unknown>;

async function translator(language: string): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({ resources: { [language]: { translation: locale(language) } }, lng: language, interpolation: { escapeValue: false }, returnNull: false });
  return instance.t;
}

const every = (text: string) => Object.fromEntries(LOCALE_CODES.map((l) => [l, `${text} ${l}`]));
const moduleBody = (code: string) => ({ code, title: every("T"), description: every("D"), regions: [], tags: ["language", "swedish"], instructionLanguages: ["sv"], capacity: 10, childcare: false });

describe("the web app's words for the server's errors", () => {
  let testDb: TestDatabase;
  let app: App;
  let fi: TFunction;
  /** The answer to a request as the app shows it in Finnish. */
  const shown = async (options: { method: "GET" | "POST"; url: string; payload?: object }, t = () => fi) => {
    const res = await app.inject({ ...options, headers });
    expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
    return explainError({ ...(res.json() as object), status: res.statusCode }, t());
  };

  beforeAll(async () => {
    testDb = await openTestDatabase();
    app = await createServer({ database: testDb.database, logger: pino({ level: "silent" }), adminToken: ADMIN });
    fi = await translator("fi");
  });
  afterAll(async () => {
    await app?.close();
    await testDb?.close();
  });

  it("words a counsellor's crossing weekly times, and a save over settings another tab changed, and saves neither", async () => {
    const counsellor = (await createStaff(testDb.database.db, { displayName: "Kaisa", role: "counsellor" })).id;
    const url = `/api/counsellors/${counsellor}/availability`;
    const settings = { languages: ["fi"], slotMinutes: 60, homeRegions: [], officeAddress: "Kirkkokatu 1", videoLink: null };
    const crossing = { ...settings, windows: [{ kind: "office", weekday: 1, start: "09:00", end: "12:00" }, { kind: "phone", weekday: 1, start: "11:00", end: "14:00" }] };
    const put = (payload: object) => app.inject({ method: "PUT", url, headers, payload });
    const refused = await put(crossing);
    expect(explainError({ ...(refused.json() as object), status: refused.statusCode }, fi)).toBe(
      "Kaksi viikoittaista aikaa menee päällekkäin samana päivänä: Toimisto 09:00–12:00 ja Puhelin 11:00–14:00. Tapaat yhden ihmisen kerrallaan: muuta toista niistä.",
    );

    // Two tabs read the same settings; the first saves a phone time, the second (stale) only the slot length.
    const { version } = (await app.inject({ method: "GET", url, headers })).json() as { version: string };
    const first = await put({ ...settings, windows: [{ kind: "phone", weekday: 3, start: "10:00", end: "12:00" }], version });
    expect(first.statusCode).toBe(200);
    const stale = await put({ ...settings, slotMinutes: 45, windows: [], version });
    expect(stale.statusCode).toBe(409);
    expect(explainError({ ...(stale.json() as object), status: stale.statusCode }, fi)).toMatch(/^Näitä asetuksia muutettiin sillä välin/);
    const now = (await app.inject({ method: "GET", url, headers })).json() as { slotMinutes: number; windows: unknown[]; version: string };
    expect(now).toMatchObject({ slotMinutes: 60, windows: [{ kind: "phone", weekday: 3, start: "10:00", end: "12:00" }], version: (first.json() as { version: string }).version });
    // With the version it read, the second tab's save goes through.
    expect((await put({ ...settings, slotMinutes: 45, windows: now.windows, version: now.version })).statusCode).toBe(200);
  });

  it("words one complaint, the telling one, where the server lists several (a body that fits none of its shapes)", async () => {
    const res = await app.inject({ method: "POST", url: "/api/participants/1/plan/goals", headers, payload: { text: "   ", textLocale: "fi" } });
    expect(res.statusCode).toBe(400);
    const text = explainError({ ...(res.json() as object), status: res.statusCode }, fi);
    expect(text).toMatch(/: ei voi olla tyhjä$/);
    expect(text).not.toMatch(/body|anyOf|required/);
  });

  it("words validation errors as the field's label and the problem (pattern, length, minimum, empty)", async () => {
    expect(await shown({ method: "POST", url: "/api/modules", payload: moduleBody("Bad Code!") })).toBe("Tunnus: muoto ei kelpaa");
    expect(await shown({ method: "POST", url: "/api/escalations/1/reply", payload: { text: "x".repeat(5000) } })).toBe("Teksti: enintään 3500 merkkiä (lyhennä tekstiä)");
    const empty = { ...moduleBody("empty-title"), title: { ...every("T"), fi: "" } };
    expect(await shown({ method: "POST", url: "/api/modules", payload: empty })).toBe("Nimi (suomi): ei voi olla tyhjä");
    const session = { moduleId: 1, startsAt: "2026-12-03T08:00:00.000Z", endsAt: "2026-12-03T10:00:00.000Z", place: "Vaasa", childcareSeats: -3 };
    expect(await shown({ method: "POST", url: "/api/sessions", payload: session })).toBe("Lastenhoitopaikat: pitää olla vähintään 0");
    const { code: _, ...noCode } = moduleBody("x");
    expect(await shown({ method: "POST", url: "/api/modules", payload: noCode })).toBe("Tunnus: puuttuu");
  });

  it("words the server's own 409 and 400 reasons: a taken code or username, an end before the start", async () => {
    expect((await app.inject({ method: "POST", url: "/api/modules", headers, payload: moduleBody("swedish-vaasa") })).statusCode).toBe(201);
    expect(await shown({ method: "POST", url: "/api/modules", payload: moduleBody("swedish-vaasa") })).toBe("Tunnus: ”swedish-vaasa” on jo käytössä: valitse toinen");
    const moduleId = (await app.inject({ url: "/api/modules", headers })).json().items[0].id as number;
    const backwards = { moduleId, startsAt: "2026-12-03T10:00:00.000Z", endsAt: "2026-12-03T08:00:00.000Z", place: "Vaasa", childcareSeats: 3 };
    expect(await shown({ method: "POST", url: "/api/sessions", payload: backwards })).toBe("Päättymisaika: pitää olla myöhemmin kuin Alkamisaika");
    expect((await app.inject({ method: "POST", url: "/api/staff", headers, payload: { displayName: "Anna", role: "admin", username: "anna" } })).statusCode).toBe(201);
    expect(await shown({ method: "POST", url: "/api/staff", payload: { displayName: "Anna B", role: "counsellor", username: "anna" } })).toBe("Käyttäjätunnus: ”anna” on jo käytössä: valitse toinen");
  });

  it("words 404s by what was not found, in each staff language", async () => {
    expect(await shown({ method: "GET", url: "/api/participants/99999" })).toBe("Ei löydy: osallistuja #99999.");
    const sv = await translator("sv");
    const en = await translator("en");
    expect(await shown({ method: "GET", url: "/api/participants/99999" }, () => sv)).toBe("Hittades inte: deltagare #99999.");
    expect(await shown({ method: "GET", url: "/api/participants/99999" }, () => en)).toBe("Not found: participant #99999.");
    expect(await shown({ method: "POST", url: "/api/modules", payload: moduleBody("Bad Code!") }, () => en)).toBe("Code: not in the right form");
  });

  it("falls back to the status's sentence followed by the server's text, for an answer it does not know", () => {
    expect(explainError({ error: "Conflict", message: "something new happened", status: 409 }, fi)).toBe("Tätä ei voitu tehdä: tiedot ovat muuttuneet tai ovat jo olemassa. (something new happened)");
    expect(explainError({ error: "Bad Request", message: "body/unheardOf must be >= 2" }, fi)).toBe("Tietoja ei voitu tallentaa: tarkista ne. (body/unheardOf must be >= 2)");
    expect(explainError(undefined, fi, 503)).toBe("Palvelu ei ole juuri nyt käytettävissä. Yritä hetken päästä uudelleen.");
  });

  it("has a label in errors.fields for every field of every request the API takes (a new field needs one)", async () => {
    const spec = app.swagger() as { paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>> };
    type Schema = { properties?: Record<string, Schema>; anyOf?: Schema[]; oneOf?: Schema[]; allOf?: Schema[] };
    const names = new Set<string>();
    const walk = (s: Schema | undefined) => {
      if (!s) return;
      for (const part of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) walk(part);
      for (const name of Object.keys(s.properties ?? {})) names.add(name);
    };
    for (const [path, operations] of Object.entries(spec.paths)) {
      if (!/^\/(api|auth)\//.test(path)) continue;
      for (const operation of Object.values(operations)) {
        walk(operation.requestBody?.content?.["application/json"]?.schema);
        for (const p of operation.parameters ?? []) if (p.in === "query" || p.in === "path") names.add(p.name);
      }
    }
    const fields = (locale("en").errors as { fields: Record<string, string> }).fields;
    expect([...names].filter((n) => !fields[n]).sort()).toEqual([]);
  });
});
