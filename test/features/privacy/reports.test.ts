import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordConsent, touchParticipant } from "../../../src/participants/repository.js";
import { saveAnswer } from "../../../src/features/survey/repository.js";
import { createServer, type App } from "../../../src/http/create-server.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

const ADMIN = "admin-token-0123456789abcdef";
let testDb: TestDatabase;
let app: App;

beforeAll(async () => {
  testDb = await openTestDatabase();
  app = await createServer({ database: testDb.database, logger: pino({ level: "silent" }), adminToken: ADMIN });
  const db = testDb.database.db;
  // 7 from Päijät-Häme, 2 from Kanta-Häme; one declined consent and is not counted.
  for (let i = 0; i < 9; i++) {
    const p = await touchParticipant(db, 5000 + i, 5000 + i);
    await recordConsent(db, p.id, "accepted", "1");
    await saveAnswer(db, p.id, "region", i < 7 ? "paijat-hame" : "kanta-hame");
    await saveAnswer(db, p.id, "languages", i < 6 ? ["ar", "en"] : ["so"]);
    if (i < 3) await saveAnswer(db, p.id, "gender", "woman");
  }
  const declined = await touchParticipant(db, 5100, 5100);
  await recordConsent(db, declined.id, "declined", "1");
});
afterAll(async () => {
  await app.close();
  await testDb.close();
});

const today = new Date();
const from = new Date(today.getTime() - 86_400_000).toISOString().slice(0, 10);
const to = new Date(today.getTime() + 86_400_000).toISOString().slice(0, 10);

describe("the funders' summary", () => {
  it("counts people by answer and suppresses cells of fewer than five", async () => {
    const res = await app.inject({ url: `/api/reports/summary?from=${from}&to=${to}`, headers: { authorization: `Bearer ${ADMIN}` } });
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.participants).toBe(9);
    expect(report.byRegion).toEqual([
      { group: "kanta-hame", count: null },
      { group: "paijat-hame", count: 7 },
    ]);
    expect(report.byLanguage).toEqual([
      { group: "ar", count: 6 },
      { group: "en", count: 6 },
      { group: "so", count: null },
    ]);
    expect(report.byGender).toEqual([{ group: "woman", count: null }]);
    expect(JSON.stringify(report)).not.toMatch(/telegram|chat/i);
  });

  it("comes as CSV, and refuses a period that ends before it starts", async () => {
    const csv = await app.inject({ url: `/api/reports/summary?from=${from}&to=${to}&format=csv`, headers: { authorization: `Bearer ${ADMIN}` } });
    expect(csv.body).toContain("region,kanta-hame,<5");
    expect(csv.body).toContain("region,paijat-hame,7");
    const bad = await app.inject({ url: `/api/reports/summary?from=${to}&to=${from}`, headers: { authorization: `Bearer ${ADMIN}` } });
    expect(bad.statusCode).toBe(400);
    expect((await app.inject({ url: `/api/reports/summary?from=yesterday&to=${to}`, headers: { authorization: `Bearer ${ADMIN}` } })).statusCode).toBe(400);
  });
});
