import { Api } from "grammy";
import pino from "pino";
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMessenger } from "../../../src/bot/messenger.js";
import { outbox } from "../../../src/db/schema.js";
import { createStaff, issueToken } from "../../../src/features/handoff/staff.js";
import { eraseParticipant } from "../../../src/features/privacy/erasure.js";
import { createServer, type App } from "../../../src/http/create-server.js";
import { createI18n } from "../../../src/i18n/i18n.js";
import { startTestBot, type TestBot } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";
import { participantInSurvey } from "../../support/participants.js";
import { everyRowMentioning } from "../../support/tables.js";

const ADMIN = "referral-admin-token-0123456789abcdef";
const NOW = new Date("2026-12-01T08:00:00Z");
const i18n = createI18n();
let testDb: TestDatabase;
let harness: TestBot;
let app: App;
let anna: string;

beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(async () => {
  await app?.close();
  await testDb.close();
});
beforeEach(async () => {
  await app?.close();
  await testDb.reset();
  harness = await startTestBot(testDb.database.db, {}, undefined, () => NOW);
  const messenger = createMessenger(new Api("1:test", { fetch: harness.telegram.fetch }), i18n, pino({ level: "silent" }));
  app = await createServer({ database: testDb.database, logger: pino({ level: "silent" }), adminToken: ADMIN, messenger, clock: () => NOW });
  anna = (await issueToken(db(), (await createStaff(db(), { displayName: "Anna Virtanen", role: "counsellor" })).id, null)).token;
});

const db = () => testDb.database.db;
const api = (method: "GET" | "POST" | "PATCH", url: string, payload?: object, token = anna) =>
  app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

const LIBRARY = { name: "Lahden kaupunginkirjasto", region: "paijat-hame", description: "Kielikahvila torstaisin", languages: ["fi", "en", "ar"], contact: "kirjasto@lahti.example" };

async function partner(body: object = LIBRARY): Promise<number> {
  const res = await api("POST", "/api/partners", body, ADMIN);
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

const events = async () => (await db().select().from(outbox).orderBy(asc(outbox.id))).filter((e) => e.event.startsWith("referral."));

describe("partner organisations", () => {
  it("are kept by admins, read by counsellors by region, and archived rather than deleted", async () => {
    expect((await api("POST", "/api/partners", LIBRARY)).statusCode).toBe(403);
    const id = await partner();
    const kela = await partner({ name: "Kela", region: null, description: "Etuudet", languages: ["fi", "sv", "en"], contact: "kela.fi" });
    await partner({ name: "Kemin työllisyyspalvelut", region: "meri-lappi", description: "Työnhaku", languages: ["fi"], contact: "kemi.example" });
    const inRegion = (await api("GET", "/api/partners?region=paijat-hame")).json().items.map((p: { id: number }) => p.id);
    expect(inRegion.sort()).toEqual([id, kela].sort());
    expect((await api("POST", "/api/partners", { ...LIBRARY, region: "mars" }, ADMIN)).statusCode).toBe(400);
    expect((await api("POST", "/api/partners", { ...LIBRARY, name: "" }, ADMIN)).json().message).toMatch(/name/);
    expect((await api("PATCH", `/api/partners/${id}`, { archived: true }, ADMIN)).json().archived).toBe(true);
    expect((await api("GET", "/api/partners?region=paijat-hame")).json().items.map((p: { id: number }) => p.id)).toEqual([kela]);
    expect((await api("PATCH", "/api/partners/9999", { name: "x" }, ADMIN)).statusCode).toBe(404);
  });
});

describe("a referral and the participant's consent", () => {
  it("refused: asked in Arabic, No sends nothing, and the referral cannot move on", async () => {
    const p = await participantInSurvey(db(), 940, { locale: "ar" });
    const id = await partner();
    const made = await api("POST", `/api/participants/${p.id}/referrals`, { partnerId: id, reason: "Kielikahvila auttaa puhumaan", reasonLocale: "fi", shared: ["contact", "language-level"] });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ consentAsked: true, referral: { status: "awaiting-consent", sentAt: null } });
    const chat = harness.user(940, "ar");
    const question = chat.lastMessage();
    expect(question.text).toContain("\u2068Lahden kaupunginkirjasto\u2069");
    expect(question.text).toContain(`${i18n.t("ar", "ref-shared-contact")}`);
    expect(question.text).toContain(`${i18n.t("ar", "ref-shared-language-level")}`);
    expect(question.text).toContain("\u2068Kielikahvila auttaa puhumaan\u2069");
    expect(chat.buttons().map((b) => b.text)).toEqual([i18n.t("ar", "ref-consent-yes"), i18n.t("ar", "ref-consent-no")]);

    expect(await chat.tap(i18n.t("ar", "ref-consent-no"))).toEqual([i18n.t("ar", "ref-consent-refused")]);
    const referral = (await api("GET", `/api/participants/${p.id}/referrals`)).json().items[0];
    expect(referral).toMatchObject({ status: "consent-refused", sentAt: null });
    expect(referral.consentAnsweredAt).not.toBeNull();
    expect(await events()).toEqual([]);
    // No consent, no referral: staff cannot move it on, and a late Yes on the old question changes nothing.
    const move = await api("PATCH", `/api/referrals/${referral.id}`, { status: "accepted" });
    expect(move.statusCode).toBe(409);
    expect(move.json().message).toMatch(/consent-refused/);
    expect(await chat.press(`ref:y:${referral.id}`, question)).toEqual([i18n.t("ar", "ref-already-refused")]);
    expect(await events()).toEqual([]);
  });

  it("given: Yes sends it, each status has its date and its event for the partner's system", async () => {
    const p = await participantInSurvey(db(), 941, { locale: "en" });
    const id = await partner();
    const made = (await api("POST", `/api/participants/${p.id}/referrals`, { partnerId: id, reason: "Language café", reasonLocale: "en", shared: ["contact"] })).json().referral;
    // Before the Yes, nothing can move.
    expect((await api("PATCH", `/api/referrals/${made.id}`, { status: "accepted" })).statusCode).toBe(409);
    const chat = harness.user(941, "en");
    expect(chat.lastMessage().text).toBe(
      "🤝 Your counsellor thinks that Lahden kaupunginkirjasto could help you.\nWhy: Language café (written in English)\nThey would get: how to contact you.\nMay we share this with them? Nothing is sent without your yes.",
    );
    expect(await chat.tap("✅ Yes, I agree")).toEqual([i18n.t("en", "ref-consent-given")]);
    expect(await chat.press(`ref:n:${made.id}`)).toEqual([i18n.t("en", "ref-already-agreed")]);

    for (const status of ["accepted", "started", "finished"]) {
      const res = await api("PATCH", `/api/referrals/${made.id}`, { status });
      expect(res.statusCode, status).toBe(200);
      expect(res.json()[`${status}At`]).not.toBeNull();
    }
    expect((await api("PATCH", `/api/referrals/${made.id}`, { status: "declined" })).statusCode).toBe(409);
    expect((await api("PATCH", `/api/referrals/${made.id}`, { status: "sent" })).statusCode).toBe(400);
    const sent = await events();
    expect(sent.map((e) => e.event)).toEqual(["referral.sent", "referral.accepted", "referral.started", "referral.finished"]);
    expect(sent.every((e) => e.orderingKey === `referral:${made.id}`)).toBe(true);
    expect(sent[0]!.payload).toMatchObject({ referralId: made.id, partnerId: id, participantId: p.id, status: "sent", shared: ["contact"] });
    // The events name no words of the participant or the counsellor.
    expect(JSON.stringify(sent.map((e) => e.payload))).not.toContain("Language café");
  });

  it("can be answered while the chat is with a counsellor (the question is often asked then)", async () => {
    const p = await participantInSurvey(db(), 944, { locale: "en" });
    const chat = harness.user(944, "en");
    await chat.send("/counsellor");
    const id = await partner();
    const made = (await api("POST", `/api/participants/${p.id}/referrals`, { partnerId: id, reason: "Kela", reasonLocale: "fi", shared: ["contact"] })).json().referral;
    expect(await chat.tap("✅ Yes, I agree")).toEqual([i18n.t("en", "ref-consent-given")]);
    expect((await api("GET", `/api/participants/${p.id}/referrals`)).json().items[0]).toMatchObject({ id: made.id, status: "sent" });
  });

  it("is refused for a participant who has not agreed to the privacy notice, or to an unknown partner, with a reason", async () => {
    const p = await participantInSurvey(db(), 942, { locale: "en" });
    const id = await partner();
    expect((await api("POST", `/api/participants/${p.id}/referrals`, { partnerId: 9999, reason: "x", reasonLocale: "en", shared: ["contact"] })).json().message).toMatch(/partnerId/);
    expect((await api("POST", `/api/participants/${p.id}/referrals`, { partnerId: id, reason: "x", reasonLocale: "en", shared: [] })).statusCode).toBe(400);
    expect((await api("POST", `/api/participants/${p.id}/referrals`, { partnerId: id, reason: "x", reasonLocale: "en", shared: ["passport"] })).statusCode).toBe(400);
    const chat = harness.user(942, "en");
    await chat.send("/delete");
    await chat.tap(i18n.t("en", "privacy-delete-yes"));
    expect((await api("POST", `/api/participants/${p.id}/referrals`, { partnerId: id, reason: "x", reasonLocale: "en", shared: ["contact"] })).statusCode).toBe(404);
  });

  it("is part of the export, and goes with an erasure (its events too)", async () => {
    const p = await participantInSurvey(db(), 943, { locale: "en" });
    const id = await partner();
    const made = (await api("POST", `/api/participants/${p.id}/referrals`, { partnerId: id, reason: "Marker-ky77 housing", reasonLocale: "en", shared: ["plan"] })).json().referral;
    await harness.user(943, "en").press(`ref:y:${made.id}`);
    const exported = (await api("GET", `/api/participants/${p.id}/export`, undefined, ADMIN)).json();
    expect(exported.referrals).toEqual([expect.objectContaining({ partner: "Lahden kaupunginkirjasto", reason: "Marker-ky77 housing", status: "sent", shared: ["plan"] })]);
    expect(await events()).toHaveLength(1);
    expect((await eraseParticipant(db(), p.id, NOW, "request")).erased).toBe(true);
    expect(await everyRowMentioning(testDb.database, "Marker-ky77")).toEqual([]);
    expect(await events()).toEqual([]);
    // The partner stays in the catalogue.
    expect((await api("GET", "/api/partners")).json().items).toHaveLength(1);
  });
});
