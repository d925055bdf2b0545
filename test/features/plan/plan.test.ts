import { autoRetry } from "@grammyjs/auto-retry";
import { Api } from "grammy";
import pino from "pino";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMessenger } from "../../../src/bot/messenger.js";
import { openDatabase, type Database } from "../../../src/db/client.js";
import { escalations, participants, planSteps } from "../../../src/db/schema.js";
import { createStaff, issueToken } from "../../../src/features/handoff/staff.js";
import { sendStepNudges } from "../../../src/features/plan/nudges.js";
import { formatDueDate } from "../../../src/features/plan/render.js";
import { shorten } from "../../../src/features/plan/composer.js";
import { eraseParticipant } from "../../../src/features/privacy/erasure.js";
import { DEFAULT_POLICY } from "../../../src/features/reminders/planner.js";
import { RateLimiter } from "../../../src/features/reminders/rate-limiter.js";
import { runReminderTick, type SenderDependencies } from "../../../src/features/reminders/sender.js";
import { updateSurveyPosition } from "../../../src/features/survey/repository.js";
import { createServer, type App } from "../../../src/http/create-server.js";
import { createI18n } from "../../../src/i18n/i18n.js";
import { startTestBot, type TestBot } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";
import type { FakeTelegramFetch } from "../../support/fake-fetch.js";
import { ANSWERS_BEFORE_WORK_FIELD, participantInSurvey } from "../../support/participants.js";
import { everyRowMentioning } from "../../support/tables.js";

const ADMIN = "plan-admin-token-0123456789abcdef";
// A Tuesday, 10:00 in Helsinki: office hours, outside quiet hours.
const NOW = new Date("2026-12-01T08:00:00Z");
const i18n = createI18n();
let testDb: TestDatabase;
let harness: TestBot;
let app: App;
let anna: string;

beforeAll(async () => {
  testDb = await openTestDatabase({ poolSize: 10 });
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

/** A participant who answered the whole survey (goals: work and language) in `locale`. */
async function surveyed(telegramId: number, locale: string) {
  const p = await participantInSurvey(db(), telegramId, { locale, answers: { ...ANSWERS_BEFORE_WORK_FIELD, situation: "home", goals: ["work", "language"], coping: "okay" } });
  await updateSurveyPosition(db(), p.id, { surveyStatus: "completed", completed: true });
  return p;
}

/** A plan with a catalogue step for the participant (due `due`), a free-text step in Finnish, and a counsellor's step. */
async function planFor(participantId: number, due = "2026-12-01") {
  expect((await api("POST", `/api/participants/${participantId}/plan`)).statusCode).toBe(201);
  const daycare = (await api("POST", `/api/participants/${participantId}/plan/steps`, { catalogueKey: "apply-daycare", assignee: "participant", dueDate: due })).json();
  const ownWords = (await api("POST", `/api/participants/${participantId}/plan/steps`, { text: "Soita Lahden kirjastoon", textLocale: "fi", assignee: "participant" })).json();
  const counsellors = (await api("POST", `/api/participants/${participantId}/plan/steps`, { catalogueKey: "kela-benefits", assignee: "counsellor" })).json();
  return { daycare, ownWords, counsellors };
}

describe("a counsellor's plan through the API", () => {
  it("drafts a plan from the survey's goals, adds catalogue and free-text steps, changes them, and keeps who did what", async () => {
    const p = await surveyed(900, "en");
    const created = await api("POST", `/api/participants/${p.id}/plan`);
    expect(created.statusCode).toBe(201);
    const plan = created.json();
    expect(plan.goals.map((g: { goal: string }) => g.goal)).toEqual(["work", "language"]);
    expect(plan.goals[0].title.en).toBe(i18n.t("en", "q-goals-work"));
    // One plan per participant.
    expect((await api("POST", `/api/participants/${p.id}/plan`)).statusCode).toBe(409);

    const step = await api("POST", `/api/participants/${p.id}/plan/steps`, { catalogueKey: "register-job-seeker", assignee: "participant", dueDate: "2026-12-15", goalId: plan.goals[0].id });
    expect(step.statusCode).toBe(201);
    expect(step.json()).toMatchObject({ catalogueKey: "register-job-seeker", assignee: "participant", dueDate: "2026-12-15", status: "open", nudge: { status: null } });
    expect(step.json().title.ar).toBe(i18n.t("ar", "plan-step-register-job-seeker"));
    const own = await api("POST", `/api/participants/${p.id}/plan/steps`, { text: "Soita Lahden kirjastoon", textLocale: "fi", assignee: "participant" });
    expect(own.json()).toMatchObject({ catalogueKey: null, text: "Soita Lahden kirjastoon", textLocale: "fi", title: null });
    const goal = await api("POST", `/api/participants/${p.id}/plan/goals`, { text: "Ajokortti", textLocale: "fi" });
    expect(goal.statusCode).toBe(201);

    const moved = await api("PATCH", `/api/plan-steps/${step.json().id}`, { dueDate: "2026-12-20" });
    expect(moved.json().dueDate).toBe("2026-12-20");
    expect((await api("PATCH", `/api/plan-goals/${plan.goals[1].id}`, { status: "reached" })).json().status).toBe("reached");

    const read = (await api("GET", `/api/participants/${p.id}/plan`)).json();
    expect(read.steps).toHaveLength(2);
    expect(read.goals.map((g: { status: string }) => g.status)).toEqual(["open", "reached", "open"]);
    const history = (await api("GET", `/api/participants/${p.id}/plan/history`)).json().items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(["plan.created", "step.added", "step.added", "goal.added", "step.changed", "goal.status"]);
    expect(history.every((h: { actor: string }) => h.actor === "Anna Virtanen")).toBe(true);
    expect(history[4].details.changes).toEqual({ dueDate: { from: "2026-12-15", to: "2026-12-20" } });
    // Reading a plan is audited as a read of the participant's data.
    const audit = (await api("GET", `/api/audit?participantId=${p.id}`, undefined, ADMIN)).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toContain("plan.read");
  });

  it("answers bad requests with a reason and stores nothing of them", async () => {
    const p = await surveyed(901, "en");
    expect((await api("GET", `/api/participants/${p.id}/plan`)).statusCode).toBe(404);
    expect((await api("POST", `/api/participants/${p.id}/plan/steps`, { catalogueKey: "apply-daycare", assignee: "participant" })).json().message).toMatch(/no plan/);
    expect((await api("POST", `/api/participants/999999/plan`)).statusCode).toBe(404);
    await api("POST", `/api/participants/${p.id}/plan`);
    const bad = [
      [{ catalogueKey: "apply-daycare", text: "x", textLocale: "fi", assignee: "participant" }, /either catalogueKey or text/],
      [{ text: "x", assignee: "participant" }, /textLocale/],
      [{ catalogueKey: "fly-to-the-moon", assignee: "participant" }, /catalogueKey/],
      [{ catalogueKey: "apply-daycare", assignee: "someone" }, /assignee/],
      [{ catalogueKey: "apply-daycare", assignee: "participant", dueDate: "15.12.2026" }, /dueDate/],
      [{ catalogueKey: "apply-daycare", assignee: "partner" }, /partnerId/],
      [{ catalogueKey: "apply-daycare", assignee: "partner", partnerId: 4242 }, /partner organisation/],
      [{ text: "x", textLocale: "klingon", assignee: "participant" }, /textLocale/],
    ] as const;
    for (const [body, reason] of bad) {
      const res = await api("POST", `/api/participants/${p.id}/plan/steps`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().message, JSON.stringify(body)).toMatch(reason);
    }
    expect((await api("PATCH", `/api/plan-steps/77777`, { status: "done" })).statusCode).toBe(404);
    expect((await api("GET", `/api/participants/${p.id}/plan`)).json().steps).toEqual([]);
    // No plan for someone who has not agreed to the privacy notice.
    await db().update(participants).set({ consentStatus: "declined" }).where(eq(participants.id, p.id));
    const other = await surveyed(902, "en");
    await db().update(participants).set({ consentStatus: "declined" }).where(eq(participants.id, other.id));
    expect((await api("POST", `/api/participants/${other.id}/plan`)).statusCode).toBe(409);
  });
});

describe("opening a participant by number to plan (the web app's plan page)", () => {
  it("gives a counsellor the participant's language, region, consent and survey goals, audited; 404 for an unknown number; 403 for coordinators", async () => {
    const p = await surveyed(903, "ar");
    const basis = await api("GET", `/api/participants/${p.id}/plan-basis`);
    expect(basis.statusCode).toBe(200);
    expect(basis.json()).toMatchObject({ participantId: p.id, locale: "ar", region: "paijat-hame", consented: true, hasPlan: false });
    expect(basis.json().surveyGoals.map((g: { goal: string }) => g.goal)).toEqual(["work", "language"]);
    expect(basis.json().surveyGoals[0].title.sv).toBe(i18n.t("sv", "q-goals-work"));
    expect(basis.json().goalChoices.map((g: { goal: string }) => g.goal)).toEqual(["work", "studies", "language", "friends", "wellbeing", "everyday"]);
    await api("POST", `/api/participants/${p.id}/plan`);
    expect((await api("GET", `/api/participants/${p.id}/plan-basis`)).json().hasPlan).toBe(true);

    const unknown = await api("GET", "/api/participants/987654/plan-basis");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe("no participant with number 987654");
    expect((await api("GET", "/api/participants/abc/plan-basis")).statusCode).toBe(400);

    const cora = (await issueToken(db(), (await createStaff(db(), { displayName: "Cora", role: "coordinator" })).id, null)).token;
    const refused = await api("GET", `/api/participants/${p.id}/plan-basis`, undefined, cora);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain("paijat-hame");
    const audit = (await api("GET", `/api/audit?participantId=${p.id}`, undefined, ADMIN)).json().items as { action: string; outcome: string }[];
    // The same read repeated within minutes is one entry (its `times` counts them).
    expect(new Set(audit.filter((a) => a.action === "plan.basis.read").map((a) => a.outcome))).toEqual(new Set(["denied", "ok"]));
  });
});

describe("the participant's plan in the bot", () => {
  it("in English: shows what is done and what is next, marks their own step done, and the history says it was them", async () => {
    const p = await surveyed(910, "en");
    const { daycare, counsellors } = await planFor(p.id, "2026-12-15");
    const chat = harness.user(910, "en");
    const [shown] = await chat.send("/plan");
    expect(shown).toContain("📋 Your plan");
    expect(shown).toContain("🎯 I want to find work".replace("I want to find work", i18n.t("en", "q-goals-work")));
    expect(shown).toContain("▫️ Apply for a daycare place · you · by 15 December 2026");
    expect(shown).toContain("▫️ Soita Lahden kirjastoon (your counsellor wrote this in Suomi) · you");
    expect(shown).toContain("▫️ Ask Kela about benefits · your counsellor");
    // Buttons only for their own open steps.
    const data = chat.buttons().map((b) => b.callback_data);
    expect(data).toContain(`plan:d:${daycare.id}`);
    expect(data).not.toContain(`plan:d:${counsellors.id}`);

    const [after] = await chat.tap("✅ Done: Apply for a daycare place");
    expect(after).toMatch(/^✅ Well done! “Apply for a daycare place” is done\./);
    expect(after).toContain("Done:\n✅ Apply for a daycare place");
    // The counsellor's step cannot be marked by a forged press; nothing changes.
    await chat.press(`plan:d:${counsellors.id}`);
    expect(chat.toasts().at(-1)).toBe(i18n.t("en", "stale-button"));
    const plan = (await api("GET", `/api/participants/${p.id}/plan`)).json();
    expect(plan.steps.map((s: { status: string }) => s.status)).toEqual(["done", "open", "open"]);
    const history = (await api("GET", `/api/participants/${p.id}/plan/history`)).json().items;
    expect(history.at(-1)).toMatchObject({ actor: "participant", action: "step.changed", details: { stepId: daycare.id, changes: { status: { from: "open", to: "done" } } } });
    // A second press on the old button: already marked.
    await chat.press(`plan:d:${daycare.id}`);
    expect(chat.toasts().at(-1)).toBe("This step is already marked.");
  });

  it("in Arabic (right to left): the menu button shows the plan in Arabic, and “I cannot do this” opens a chat with a counsellor", async () => {
    const p = await surveyed(911, "ar");
    const { ownWords } = await planFor(p.id, "2026-12-15");
    const chat = harness.user(911, "ar");
    await chat.send("/menu");
    const [shown] = await chat.tap(i18n.t("ar", "menu-plan"));
    expect(shown).toContain(i18n.t("ar", "plan-title"));
    expect(shown).toContain(`▫️ ${i18n.t("ar", "plan-step-apply-daycare")} · ${i18n.t("ar", "plan-who-participant")} · ${i18n.t("ar", "plan-due", { date: formatDueDate("2026-12-15", "ar") })}`);
    // The counsellor's Finnish words keep their order: isolated, and marked with their language.
    expect(shown).toContain("\u2068Soita Lahden kirjastoon\u2069 (كتب مرشدك هذا باللغة \u2068Suomi\u2069)");
    for (const line of shown!.split("\n").filter((l) => /\p{L}/u.test(l))) {
      const first = line.replace(/\u2068[^\u2069]*\u2069/gu, "").replace(/^[^\p{L}]+/u, "");
      expect(/^[\u0600-\u06FF]/u.test(first), line).toBe(true);
    }

    const answer = await chat.press(`plan:x:${ownWords.id}`);
    expect(answer.join("\n")).toContain(i18n.t("ar", "plan-step-cannot-noted", { step: "\u2068Soita Lahden kirjastoon\u2069 (كتب مرشدك هذا باللغة \u2068Suomi\u2069)" }).slice(0, 20));
    expect(answer.join("\n")).toContain(i18n.t("ar", "handoff-opened-now"));
    const [escalation] = await db().select().from(escalations).where(eq(escalations.participantId, p.id));
    expect(escalation).toMatchObject({ status: "open", source: "plan" });
    const plan = (await api("GET", `/api/participants/${p.id}/plan`)).json();
    expect(plan.steps.find((s: { id: number }) => s.id === ownWords.id).status).toBe("cannot");
    // The plan is often drafted during that chat: the participant reads it and marks
    // steps there too, and none of it reaches the counsellor as words.
    const during = await chat.send("/plan");
    expect(during[0]).toContain(i18n.t("ar", "plan-title"));
    const [marked] = await chat.press(`plan:d:${plan.steps[0].id}`);
    expect(marked).toContain(i18n.t("ar", "plan-step-marked-done", { step: i18n.t("ar", "plan-step-apply-daycare") }));
    expect((await api("GET", `/api/participants/${p.id}/plan`)).json().steps[0].status).toBe("done");
    const transcript = (await api("GET", `/api/escalations/${escalation!.id}`)).json().messages;
    expect(transcript.map((m: { text: string | null }) => m.text)).not.toContain("/plan");
    expect(transcript).toHaveLength(0);
  });

  it("says when there is no plan yet, and answers a cut button", async () => {
    await surveyed(912, "fi");
    const chat = harness.user(912, "fi");
    expect(await chat.send("/plan")).toEqual([i18n.t("fi", "plan-none")]);
    await chat.press("plan:d:notanumber");
    expect(chat.toasts().at(-1)).toBe(i18n.t("fi", "stale-button"));
  });
});

function sender(database: Database, telegram: FakeTelegramFetch, now: Date): SenderDependencies {
  const api = new Api("1:test", { fetch: telegram.fetch });
  api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 5 }));
  return {
    database,
    api,
    translate: (locale, key, vars) => i18n.t(locale, key, vars),
    policy: DEFAULT_POLICY,
    limiter: new RateLimiter(Infinity, 0),
    logger: pino({ level: "silent" }),
    clock: () => now,
    alsoSend: { planNudges: sendStepNudges },
  };
}

describe("the due nudge", () => {
  it("goes once across several processes, in the participant's language, never in quiet hours, and again for a new due date", async () => {
    const people = [await surveyed(920, "en"), await surveyed(921, "fa"), await surveyed(922, "ru")];
    for (const p of people) await planFor(p.id, "2026-12-01");
    // A step due tomorrow is not nudged yet.
    await api("POST", `/api/participants/${people[0]!.id}/plan/steps`, { catalogueKey: "finnish-course", assignee: "participant", dueDate: "2026-12-02" });
    const telegram = harness.telegram;

    // 22:30 in Helsinki: quiet hours. Nothing.
    const night = new Date("2026-11-30T20:30:00Z");
    expect((await runReminderTick(sender(testDb.database, telegram, night))).others.planNudges).toBe(0);

    // On PostgreSQL three separate pools, like three processes; on PGlite the one process.
    const handles: Database[] = testDb.url
      ? await Promise.all([1, 2, 3].map(() => openDatabase({ url: testDb.url!, poolSize: 3 })))
      : [testDb.database, testDb.database, testDb.database];
    try {
      const results = await Promise.all(handles.flatMap((h) => [0, 1, 2].map(() => runReminderTick(sender(h, telegram, NOW)))));
      expect(results.reduce((n, r) => n + (r.others.planNudges ?? 0), 0)).toBe(3);
    } finally {
      if (testDb.url) await Promise.all(handles.map((h) => h.close()));
    }
    const sent = telegram.sent();
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((m) => m.chat_id))).toEqual(new Set([920, 921, 922]));
    const english = sent.find((m) => m.chat_id === 920)!;
    expect(english.text).toBe("📌 A step in your plan is due: “Apply for a daycare place” (by 1 December 2026).\nIs it done?");
    expect(english.reply_markup.inline_keyboard.flat().map((b: { text: string }) => b.text)).toEqual(["✅ Yes, it is done", "🙋 I cannot do this", "📋 My plan"]);
    expect(sent.find((m) => m.chat_id === 921)!.text).toContain(i18n.t("fa", "plan-step-apply-daycare"));

    // Later ticks: nothing more.
    const later = await runReminderTick(sender(testDb.database, telegram, new Date(NOW.getTime() + 3_600_000)));
    expect(later.others.planNudges).toBe(0);
    // A new due date is a new nudge, once.
    const [step] = await db().select().from(planSteps).where(sql`${planSteps.catalogueKey} = 'apply-daycare' and ${planSteps.planId} = (select id from plans where participant_id = ${people[0]!.id})`);
    await api("PATCH", `/api/plan-steps/${step!.id}`, { dueDate: "2026-12-01" });
    expect((await runReminderTick(sender(testDb.database, telegram, NOW))).others.planNudges).toBe(0);
    await api("PATCH", `/api/plan-steps/${step!.id}`, { dueDate: "2026-11-30" });
    expect((await runReminderTick(sender(testDb.database, telegram, NOW))).others.planNudges).toBe(1);
    expect((await runReminderTick(sender(testDb.database, telegram, NOW))).others.planNudges).toBe(0);
    // The nudge's buttons work like the plan's.
    const chat = harness.user(920, "en");
    const [done] = await chat.press(`plan:d:${step!.id}`);
    expect(done).toMatch(/^✅ Well done!/);
  });
});

describe("button labels", () => {
  it("are shortened by whole characters, and an isolated run cut short is closed", () => {
    expect(shorten("Apply for a daycare place", 40)).toBe("Apply for a daycare place");
    expect(shorten("😀".repeat(50), 10)).toBe(`${"😀".repeat(9)}…`);
    expect(shorten(`\u2068${"a".repeat(60)}\u2069 (كتب)`, 20)).toBe(`\u2068${"a".repeat(18)}…\u2069`);
  });
});

describe("erasure and export", () => {
  it("/mydata and the API export carry the plan; an erasure leaves nothing of it, of its history or its steps' words", async () => {
    const p = await surveyed(930, "en");
    await planFor(p.id);
    await api("POST", `/api/participants/${p.id}/plan/steps`, { text: "Marker-zq41 visit the lawyer", textLocale: "en", assignee: "participant" });
    const chat = harness.user(930, "en");
    const [readable] = await chat.send("/mydata");
    expect(readable).toContain("📋 Your plan");
    expect(readable).toContain("Marker-zq41 visit the lawyer");
    const exported = (await api("GET", `/api/participants/${p.id}/export`, undefined, ADMIN)).json();
    expect(exported.plan.goals.map((g: { goal: string }) => g.goal)).toEqual(["work", "language"]);
    expect(exported.plan.steps.map((s: { step: string | null; text: string | null }) => s.step ?? s.text)).toEqual(["apply-daycare", "Soita Lahden kirjastoon", "kela-benefits", "Marker-zq41 visit the lawyer"]);
    expect(exported.plan.history.at(-1)).toMatchObject({ who: "Anna Virtanen", action: "step.added" });

    expect((await eraseParticipant(db(), p.id, NOW, "request")).erased).toBe(true);
    expect(await everyRowMentioning(testDb.database, "Marker-zq41")).toEqual([]);
    expect(await everyRowMentioning(testDb.database, "Soita Lahden")).toEqual([]);
    for (const table of ["plans", "plan_goals", "plan_steps", "plan_history"]) {
      const rows = await db().execute(sql.raw(`select count(*)::int as n from ${table}`));
      const n = (Array.isArray(rows) ? rows : (rows as { rows: { n: number }[] }).rows)[0] as { n: number };
      expect(n.n, table).toBe(0);
    }
  });
});
