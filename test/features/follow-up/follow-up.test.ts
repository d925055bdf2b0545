import { Api } from "grammy";
import pino from "pino";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../../src/db/client.js";
import { followUpAnswers, followUps, participants } from "../../../src/db/schema.js";
import { followUpOffers } from "../../../src/features/follow-up/offers.js";
import { exportParticipantData } from "../../../src/features/privacy/export.js";
import { eraseParticipant } from "../../../src/features/privacy/erasure.js";
import { DEFAULT_POLICY } from "../../../src/features/reminders/planner.js";
import { RateLimiter } from "../../../src/features/reminders/rate-limiter.js";
import { runReminderTick, type SenderDependencies } from "../../../src/features/reminders/sender.js";
import { loadAnswers, updateSurveyPosition } from "../../../src/features/survey/repository.js";
import { createI18n } from "../../../src/i18n/i18n.js";
import { startTestBot, type TestBot } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";
import { ANSWERS_BEFORE_WORK_FIELD, participantInSurvey } from "../../support/participants.js";

// A Tuesday, 10:00 in Helsinki.
const NOW = new Date("2026-12-01T08:00:00Z");
const i18n = createI18n();
let testDb: TestDatabase;
let harness: TestBot;

beforeAll(async () => {
  testDb = await openTestDatabase({ poolSize: 10 });
});
afterAll(() => testDb.close());
beforeEach(async () => {
  await testDb.reset();
  harness = await startTestBot(testDb.database.db, {}, undefined, () => NOW);
});

const db = () => testDb.database.db;

/** Someone who finished the survey on `completedAt` (Finnish: basics, situation: at home). */
async function surveyedOn(telegramId: number, locale: string, completedAt: string) {
  const p = await participantInSurvey(db(), telegramId, { locale, answers: { ...ANSWERS_BEFORE_WORK_FIELD, situation: "home", goals: ["work"], coping: "okay" } });
  await updateSurveyPosition(db(), p.id, { surveyStatus: "completed", completed: true });
  await db().update(participants).set({ surveyCompletedAt: new Date(completedAt) }).where(eq(participants.id, p.id));
  return p;
}

function sender(database: Database, now = NOW): SenderDependencies {
  return {
    database,
    api: new Api("1:test", { fetch: harness.telegram.fetch }),
    translate: (locale, key, vars) => i18n.t(locale, key, vars),
    policy: DEFAULT_POLICY,
    limiter: new RateLimiter(Infinity, 0),
    logger: pino({ level: "silent" }),
    clock: () => now,
    alsoSend: { followUps: followUpOffers([3, 6]) },
  };
}

describe("the follow-up check-in", () => {
  it("is offered once at the configured months, however many processes tick, and only the latest round after a long wait", async () => {
    const three = await surveyedOn(950, "en", "2026-08-20T10:00:00Z");
    await surveyedOn(951, "uk", "2026-10-20T10:00:00Z"); // six weeks ago: not yet
    const seven = await surveyedOn(952, "uk", "2026-04-20T10:00:00Z");
    // Quiet hours: nothing.
    expect((await runReminderTick(sender(testDb.database, new Date("2026-11-30T21:30:00Z")))).others.followUps).toBe(0);

    const handles: Database[] = testDb.url
      ? await Promise.all([1, 2, 3].map(() => openDatabase({ url: testDb.url!, poolSize: 3 })))
      : [testDb.database, testDb.database, testDb.database];
    try {
      const results = await Promise.all(handles.flatMap((h) => [0, 1].map(() => runReminderTick(sender(h)))));
      expect(results.reduce((n, r) => n + (r.others.followUps ?? 0), 0)).toBe(2);
    } finally {
      if (testDb.url) await Promise.all(handles.map((h) => h.close()));
    }
    expect(harness.telegram.sent(950).map((m: { text: string }) => m.text)).toEqual([
      "👋 It has been 3 months since you answered our questions. How are things now?\nThere are four short questions. Your first answers stay as they were.",
    ]);
    expect(harness.telegram.sent(951)).toEqual([]);
    expect(harness.telegram.sent(952).map((m: { text: string }) => m.text)).toEqual([i18n.t("uk", "fu-offer", { months: 6 })]);
    expect(i18n.t("uk", "fu-offer", { months: 6 })).toContain("6 місяців");
    const rounds = await db().select().from(followUps);
    expect(rounds.map((r) => [r.participantId, r.round, r.offerStatus]).sort()).toEqual([[three.id, 3, "offered"], [seven.id, 6, "offered"]].sort());
    expect((await runReminderTick(sender(testDb.database))).others.followUps).toBe(0);
  });

  it("is answered like the survey, and its answers are kept beside the first ones, dated, never over them", async () => {
    const p = await surveyedOn(953, "en", "2026-08-20T10:00:00Z");
    await runReminderTick(sender(testDb.database));
    const chat = harness.user(953, "en");
    const [first] = await chat.tap("▶️ Answer now");
    expect(first).toBe(`Question 1 of 4\n\n${i18n.t("en", "q-finnish")}`);
    await chat.tap(i18n.t("en", "q-finnish-everyday"));
    // Words where a button is asked: the same question again, nothing lost.
    const [again] = await chat.send("I work now!");
    expect(again).toBe(`Please answer with the buttons.\n\nQuestion 2 of 4\n\n${i18n.t("en", "fu-q-situation")}`);
    await chat.tap(i18n.t("en", "q-situation-working"));
    // A forged option is refused and the question asked again.
    await chat.press("fu:a:3:coping:fine");
    expect(chat.toasts().at(-1)).toBe(i18n.t("en", "survey-stale-button"));
    await chat.tap(i18n.t("en", "q-coping-talk"));
    const [thanks] = await chat.tap("Partly");
    expect(thanks).toBe(i18n.t("en", "fu-thanks"));
    // "I would like to talk to someone" offers a person, as the survey does.
    expect(chat.buttons().map((b) => b.callback_data)).toContain("handoff:open");

    const first_ = await loadAnswers(db(), p.id);
    expect(first_).toMatchObject({ finnish: "basics", situation: ["home"], coping: "okay" });
    const later = await db().select().from(followUpAnswers).where(eq(followUpAnswers.participantId, p.id));
    expect(Object.fromEntries(later.map((a) => [a.questionId, [a.round, a.value]]))).toEqual({
      finnish: [3, "everyday"],
      situation: [3, "working"],
      coping: [3, "talk"],
      "goals-reached": [3, "partly"],
    });
    const [round] = await db().select().from(followUps).where(eq(followUps.participantId, p.id));
    expect(round!.completedAt).not.toBeNull();
    // A completed round is not changed by an old button.
    expect(await chat.press("fu:a:3:finnish:none")).toEqual([i18n.t("en", "fu-already-done")]);
    expect((await db().select().from(followUpAnswers).where(sql`${followUpAnswers.questionId} = 'finnish'`))[0]!.value).toBe("everyday");
    // A round never offered cannot be started.
    expect(await chat.press("fu:s:6")).toEqual([i18n.t("en", "fu-unknown")]);

    const exported = (await exportParticipantData(db(), p.id))!;
    expect(exported.followUps).toEqual([expect.objectContaining({ monthsAfterSurvey: 3, answers: expect.arrayContaining([expect.objectContaining({ question: "finnish", answer: "everyday" })]) })]);
    expect(exported.surveyAnswers.find((a) => a.question === "finnish")!.answer).toBe("basics");
    expect((await eraseParticipant(db(), p.id, NOW, "request")).erased).toBe(true);
    expect(await db().select().from(followUpAnswers)).toEqual([]);
    expect(await db().select().from(followUps)).toEqual([]);
  });
});
