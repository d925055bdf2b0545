/**
 * The integration plan's pages end to end (issue 16): Debian's Chromium driven by
 * playwright-core against the real server (the built app from web/dist), the real bot on a
 * fake Telegram, and a test database.
 *
 * A coordinator adds a partner organisation; a counsellor opens a participant's plan from
 * the inbox, drafts it from the survey's goals, adds a goal, a step from the catalogue and
 * one in their own words, changes a status and finds it in the history; makes a referral,
 * the participant is asked in Arabic in the bot and agrees, and the page shows it sent; the
 * participant's "My plan" shows the steps; the funders' report shows the plan figures (with
 * the small-cell rule as the API applies it). Every new page (desktop and 360 px) is checked
 * with axe-core and fails on a console error, a page error or a CSP violation.
 *
 * CI installs Chromium (.ci/run); without it the suite is skipped and says why.
 */
import { eq, inArray, sql } from "drizzle-orm";
import { Api } from "grammy";
import pino from "pino";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWeb, WEB_DIST, webNeedsBuild } from "../../scripts/build.js";
import { createMessenger } from "../../src/bot/messenger.js";
import { followUps, participants, partnerOrganisations, planHistory, planSteps, referrals } from "../../src/db/schema.js";
import { completeRound, saveRoundAnswer } from "../../src/features/follow-up/repository.js";
import { openEscalation, recordIncoming } from "../../src/features/handoff/escalations.js";
import { createRelay } from "../../src/features/handoff/relay.js";
import { addStep, createPlan, loadPlan, updateStep } from "../../src/features/plan/repository.js";
import { composeConsentQuestion } from "../../src/features/referrals/consent.js";
import { answerConsent, createReferral, listReferrals } from "../../src/features/referrals/repository.js";
import { saveAnswer } from "../../src/features/survey/repository.js";
import { createServer, type App } from "../../src/http/create-server.js";
import { createI18n } from "../../src/i18n/i18n.js";
import { helsinkiTime } from "../../src/i18n/time.js";
import { findParticipantByTelegramId } from "../../src/participants/repository.js";
import { startTestBot, TEST_TOKEN, type TestBot, type TestChat } from "../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";
import { DESKTOP, haveChromium, openBrowserSession, PHONE, staffWithPassword, type BrowserSession } from "../support/browser.js";
import { ANSWERS_BEFORE_WORK_FIELD, participantInSurvey } from "../support/participants.js";

const suite = haveChromium ? describe : describe.skip;
const title = haveChromium ? "the plan, referral and partner pages in a real browser" : "the plan, referral and partner pages in a real browser — SKIPPED: Chromium not installed: apt-get install chromium";

const PARTNER = "Lahden Monikulttuurikeskus";
const OWN_STEP = "Call the library about the Finnish club";
const REASON = "Help with finding a Finnish course near home";

/** The Helsinki wall-clock hour and minute of an instant ("20:07"): the history must show it whatever the browser's zone. */
const helsinkiHHMM = (at: Date) => new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Helsinki", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);

suite(title, () => {
  const now = helsinkiTime(2026, 12, 1, 12, 0);
  const clock = () => now;
  const i18n = createI18n();
  const arabic = (key: string, vars?: Record<string, string | number>) => i18n.t("ar", key, vars);
  let testDb: TestDatabase;
  let app: App;
  let harness: TestBot;
  let base: string;
  const passwords: Record<string, string> = {};
  const problems: string[] = [];
  let session: BrowserSession;

  beforeAll(async () => {
    if (webNeedsBuild()) await buildWeb();
    testDb = await openTestDatabase();
    const db = testDb.database.db;
    harness = await startTestBot(db, {}, undefined, clock);
    for (const [username, role, name] of [["cora", "coordinator", "Cora Coordinator"], ["kaisa", "counsellor", "Kaisa Counsellor"], ["anna", "admin", "Anna Admin"]] as const) {
      passwords[username] = (await staffWithPassword(db, { username, displayName: name, role })).password;
    }
    const telegramApi = new Api(TEST_TOKEN, { fetch: harness.telegram.fetch });
    app = await createServer({
      database: testDb.database,
      logger: pino({ level: "silent" }),
      clock,
      relay: createRelay(telegramApi),
      messenger: createMessenger(telegramApi, i18n, pino({ level: "silent" })),
      webDist: WEB_DIST,
    });
    base = await app.listen({ host: "127.0.0.1", port: 0 });
    session = await openBrowserSession({ base: () => base, now, passwords, problems });
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await app?.close();
    await testDb?.close();
  });

  const newPage = (viewport = DESKTOP) => session.newPage(viewport);
  const signIn = (page: Page, username: string) => session.signIn(page, username);
  const review = (page: Page, name: string) => session.review(page, name);

  const db = () => testDb.database.db;
  let partnerId = 0;
  let participantId = 0;
  let escalationId = 0;
  let amal: TestChat;

  it("a coordinator adds a partner organisation to the catalogue and edits it; a bad language code is refused with a reason", async () => {
    const page = await newPage();
    await signIn(page, "cora");
    await page.getByRole("navigation").getByRole("link", { name: "Partners" }).click();
    await page.getByText("No partner organisations yet. Add the first one.").waitFor();
    expect(await page.getByRole("navigation").getByRole("link").allTextContents()).not.toContain("Plans");
    await page.getByRole("button", { name: "Add partner" }).click();
    const form = page.getByRole("form", { name: "Add partner" });
    await form.getByLabel("Name").fill(PARTNER);
    await form.getByLabel("Region").selectOption({ label: "Päijät-Häme" });
    await form.getByLabel("What they do").fill("Advice in many languages, Finnish clubs and courses for families");
    await form.getByRole("checkbox", { name: "Arabic" }).check();
    await form.getByLabel("Other languages").fill("Tigrinya");
    await form.getByLabel(/^Contact/).fill("Vesijärvenkatu 1, Lahti · 044 123 4567");
    await form.getByRole("button", { name: "Save partner" }).click();
    await form.getByRole("alert").getByText("A language code is 2 or 3 lower-case letters, for example ti.").waitFor();
    expect(await db().select().from(partnerOrganisations)).toEqual([]);

    await form.getByLabel("Other languages").fill("ti");
    await form.getByRole("button", { name: "Save partner" }).click();
    await form.waitFor({ state: "detached" });
    const row = page.getByRole("table", { name: "Päijät-Häme" }).getByRole("row", { name: new RegExp(PARTNER) });
    await row.waitFor();
    expect(await row.textContent()).toContain("Finnish, Arabic, ti");

    await page.getByRole("button", { name: `Edit: ${PARTNER}` }).click();
    const edit = page.getByRole("form", { name: `Edit ${PARTNER}` });
    await edit.getByLabel(/^Contact/).fill("Vesijärvenkatu 1, Lahti · info@monikulttuuri.example");
    await edit.getByRole("button", { name: "Save partner" }).click();
    await edit.waitFor({ state: "detached" });
    await row.getByText("info@monikulttuuri.example").waitFor();
    const [stored] = await db().select().from(partnerOrganisations);
    expect(stored).toMatchObject({ name: PARTNER, region: "paijat-hame", languages: ["fi", "ar", "ti"], contact: "Vesijärvenkatu 1, Lahti · info@monikulttuuri.example", archivedAt: null });
    partnerId = stored!.id;
    await review(page, "partners");
  }, 240_000);

  it("a counsellor opens a participant's plan from the inbox, drafts it from the survey's goals, adds a goal and steps, changes a status and finds it in the history", async () => {
    amal = harness.user(7_101, "ar");
    await amal.send("/start");
    await amal.tap("العربية");
    await amal.tap(/أوافق/);
    participantId = (await findParticipantByTelegramId(db(), amal.user.id))!.id;
    for (const [q, v] of Object.entries({ ...ANSWERS_BEFORE_WORK_FIELD, goals: ["work", "language"] })) await saveAnswer(db(), participantId, q, v);
    const escalation = (await openEscalation(db(), participantId, "menu")).escalation;
    escalationId = escalation.id;
    await recordIncoming(db(), escalation, { text: "أريد أن أتعلم الفنلندية" });

    const page = await newPage();
    await signIn(page, "kaisa");
    const nav = await page.getByRole("navigation").getByRole("link").allTextContents();
    expect(nav).toContain("Plans");
    expect(nav).not.toContain("Partners");
    await page.goto(`${base}/inbox/${escalationId}`);
    await page.getByRole("heading", { name: new RegExp(`Chat #${escalationId}`) }).waitFor();
    await review(page, "inbox-chat-plan-link");
    await page.getByRole("link", { name: `Plan of participant #${participantId}` }).click();
    await expect.poll(() => page.url()).toBe(`${base}/plan/${participantId}`);
    await page.getByText("Uses the bot in Arabic · Region: Päijät-Häme").waitFor();
    const surveyGoals = page.getByRole("region", { name: "Goals from the survey" });
    expect(await surveyGoals.getByRole("listitem").allTextContents()).toEqual([i18n.t("en", "q-goals-work"), i18n.t("en", "q-goals-language")]);
    // A double click drafts one plan and says nothing of a refusal.
    const drafts: string[] = [];
    page.on("request", (request) => void (request.method() === "POST" && /\/plan$/.test(request.url()) && drafts.push(request.url())));
    await page.getByRole("button", { name: "Draft a plan" }).dblclick();

    const goals = page.getByRole("table", { name: "Goals" });
    await goals.getByRole("row", { name: new RegExp(i18n.t("en", "q-goals-language")) }).waitFor();
    expect(drafts).toHaveLength(1);
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(await goals.getByText("from the survey").count()).toBe(2);
    // A goal in the counsellor's own words, then one of the survey's marked reached.
    const goalForm = page.getByRole("form", { name: "Add goal" });
    await goalForm.getByLabel(/^Goal/).selectOption({ label: "In my own words…" });
    await goalForm.getByLabel("The goal in your own words").fill("Get a driving licence");
    expect(await goalForm.getByLabel("Written in").inputValue()).toBe("en");
    await goalForm.getByRole("button", { name: "Add goal" }).click();
    await goals.getByRole("row", { name: /Get a driving licence \(own words, written in English\)/ }).waitFor();
    await page.getByLabel(`Status: ${i18n.t("en", "q-goals-work")}`).selectOption({ label: "Reached" });
    await expect.poll(() => page.getByLabel(`Status: ${i18n.t("en", "q-goals-work")}`).inputValue()).toBe("reached");

    // A step from the catalogue: the counsellor sees what the participant will read, in Arabic.
    const stepForm = page.getByRole("form", { name: "Add step" });
    await stepForm.getByLabel(/^Step/).selectOption({ label: "Apply for a daycare place" });
    await stepForm.getByText(`The participant reads: ${arabic("plan-step-apply-daycare")}`).waitFor();
    await stepForm.getByLabel("For the goal").selectOption({ label: i18n.t("en", "q-goals-language") });
    await stepForm.getByLabel("Due date").fill("2026-12-15");
    await stepForm.getByRole("button", { name: "Add step" }).click();
    const steps = page.getByRole("table", { name: "Steps" });
    const daycare = steps.getByRole("row", { name: /Apply for a daycare place/ });
    await daycare.waitFor();
    expect(await daycare.textContent()).toContain("Participant");
    expect(await daycare.textContent()).toMatch(/15\/12\/2026/);

    // A step in the counsellor's own words, done by the partner organisation.
    await stepForm.getByText("Own words", { exact: true }).click();
    await stepForm.getByLabel("The step in your own words").fill(OWN_STEP);
    await stepForm.getByLabel("Who does it").selectOption({ label: "Partner organisation" });
    await stepForm.getByLabel("Partner organisation").selectOption({ label: PARTNER });
    await stepForm.getByRole("button", { name: "Add step" }).click();
    const own = steps.getByRole("row", { name: new RegExp(OWN_STEP) });
    await own.waitFor();
    expect(await own.textContent()).toContain(`${OWN_STEP} (own words, written in English)`);
    expect(await own.textContent()).toContain(PARTNER);

    // The step is done: the status changes, and the history says who and when (Helsinki time).
    await page.getByLabel("Status: Apply for a daycare place").selectOption({ label: "Done" });
    const history = page.getByRole("table", { name: "History" });
    const change = history.getByRole("row", { name: /Step “Apply for a daycare place”: status To do → Done/ });
    await change.waitFor();
    expect(await change.textContent()).toContain("Kaisa Counsellor");
    const [entry] = await db().select().from(planHistory).where(eq(planHistory.action, "step.changed"));
    expect(await change.textContent()).toContain(helsinkiHHMM(entry!.at));
    // A step's due date changed afterwards: the old and the new value in the history.
    await page.getByRole("button", { name: `Change: ${OWN_STEP} (own words, written in English)` }).click();
    const changeForm = page.getByRole("form", { name: /^Change step: Call the library/ });
    await changeForm.getByLabel("Due date").fill("2026-12-20");
    await changeForm.getByRole("button", { name: "Save" }).click();
    await changeForm.waitFor({ state: "detached" });
    await history.getByRole("row", { name: /Step “Call the library about the Finnish club \(own words, written in English\)”: due date — → \w+, 20\/12\/2026/ }).waitFor();
    await history.getByRole("row", { name: /Drafted the plan with the survey's goals/ }).waitFor();
    await history.getByRole("row", { name: /Goal “💼 A job”: Open → Reached/ }).waitFor();
    const full = await loadPlan(db(), participantId);
    expect(full!.steps.map((s) => [s.catalogueKey, s.text, s.textLocale, s.assignee, s.partnerId, s.dueDate, s.status])).toEqual([
      ["apply-daycare", null, null, "participant", null, "2026-12-15", "done"],
      [null, OWN_STEP, "en", "partner", partnerId, "2026-12-20", "open"],
    ]);
    expect(full!.goals.map((g) => [g.goal, g.text, g.status])).toEqual([["work", null, "reached"], ["language", null, "open"], [null, "Get a driving licence", "open"]]);
    await review(page, "plan");
  }, 240_000);

  it("a referral: the participant is asked in Arabic in the bot, agrees, and the page shows it sent", async () => {
    const page = await newPage();
    await signIn(page, "kaisa");
    await page.goto(`${base}/plan/${participantId}`);
    const form = page.getByRole("form", { name: "New referral" });
    await form.getByLabel("Partner organisation").selectOption({ label: PARTNER });
    await form.getByLabel("Reason").fill(REASON);
    // Nothing to share is refused in the page, with a reason; nothing is stored or asked.
    await form.getByRole("checkbox", { name: "Contact details" }).uncheck();
    await form.getByRole("button", { name: "Ask the participant's consent" }).click();
    await form.getByRole("alert").getByText("Choose at least one thing to share.").waitFor();
    expect(await listReferrals(db(), participantId)).toEqual([]);
    const before = amal.texts().length;

    await form.getByRole("checkbox", { name: "Contact details" }).check();
    await form.getByRole("checkbox", { name: "Language skills" }).check();
    await form.getByRole("button", { name: "Ask the participant's consent" }).click();
    await page.getByText("The bot asked the participant in their language (Arabic). The referral is sent when they agree.").waitFor();
    const card = page.getByRole("article", { name: `Referral: ${PARTNER}` });
    await card.getByText("Waiting for consent").waitFor();
    await card.getByText("The participant has been asked in the bot and has not answered yet. Nothing has been sent.").waitFor();
    expect(await card.textContent()).toContain("Shared: Contact details, Language skills");

    // The question the participant got: in Arabic, naming the partner, the reason as written and what is shared.
    const [referral] = await listReferrals(db(), participantId);
    expect(referral).toMatchObject({ partnerId, reason: REASON, reasonLocale: "en", shared: ["contact", "language-level"], status: "awaiting-consent" });
    expect(amal.texts().length).toBe(before + 1);
    const expected = composeConsentQuestion(arabic, "ar", referral!, { name: PARTNER });
    expect(amal.lastMessage().text).toBe(expected.text);
    expect(expected.text).toContain(arabic("ref-shared-language-level"));
    await amal.tap(arabic("ref-consent-yes"));
    expect(amal.texts().at(-1)).toBe(arabic("ref-consent-given"));

    await page.getByRole("button", { name: "Check for an answer" }).click();
    await card.getByText("The participant agreed and the referral was sent to the partner.").waitFor();
    expect(await card.getByText("Sent", { exact: true }).count()).toBe(1);
    expect(await card.textContent()).toMatch(/Participant answered .*\d\d:\d\d · Sent /);
    await card.getByRole("button", { name: "Partner accepted" }).click();
    await card.getByText("The partner accepted the referral.").waitFor();
    expect((await listReferrals(db(), participantId))[0]).toMatchObject({ status: "accepted", acceptedAt: expect.any(Date) });
    await review(page, "plan-referral");
  }, 240_000);

  it("the participant's My plan in the bot shows the steps, in Arabic, the counsellor's own words as written", async () => {
    // While the chat is with a counsellor, what the participant sends goes to the counsellor: they end it first.
    await amal.send("/end");
    const [shown] = await amal.send("/plan");
    expect(shown).toContain(arabic("plan-title"));
    expect(shown).toContain(`✅ ${arabic("plan-step-apply-daycare")}`);
    expect(shown).toContain(OWN_STEP);
    expect(shown).toContain(arabic("plan-who-partner", { partner: PARTNER }));
    expect(shown).toContain(arabic("q-goals-work"));
  });

  it("bad input on the plan page gets a clear answer: a number that is not one, and a participant who does not exist", async () => {
    const page = await newPage();
    await signIn(page, "kaisa");
    await page.goto(`${base}/plan`);
    const find = page.getByRole("form", { name: "Open a participant's plan" });
    await find.getByLabel("Participant number").fill("Amal");
    await find.getByRole("button", { name: "Open" }).click();
    await find.getByRole("alert").getByText("Write the participant's number in digits, for example 12.").waitFor();
    await review(page, "plan-find");
    await find.getByLabel("Participant number").fill("987654");
    await find.getByRole("button", { name: "Open" }).click();
    await page.getByRole("alert").getByText("There is no participant with the number 987654.").waitFor();
    // The browser logs the server's 404 itself; that one is expected.
    const notFound = problems.findIndex((p) => p.includes("404"));
    expect(notFound).toBeGreaterThanOrEqual(0);
    problems.splice(notFound, 1);
    expect(problems).toEqual([]);
  }, 120_000);

  it("the reports page shows the plan figures, with groups under 5 neither numbered nor drawn", async () => {
    // Five more people of the same quarter with a plan, a step done, a referral sent and a follow-up answered.
    const cohort = [participantId];
    for (let i = 0; i < 5; i++) {
      const p = await participantInSurvey(db(), 7_200 + i, { locale: "en", answers: { ...ANSWERS_BEFORE_WORK_FIELD, finnish: "basics", situation: ["home"] } });
      cohort.push(p.id);
      const actor = { staffId: null, name: "seed" };
      await createPlan(db(), p.id, actor);
      const step = await addStep(db(), p.id, { catalogueKey: "finnish-course", assignee: "participant" }, actor);
      if (!step.ok) throw new Error(step.error);
      await updateStep(db(), step.step.id, { status: "done" }, actor);
      const referral = await createReferral(db(), p.id, { partnerId, reason: "Finnish course", reasonLocale: "en", shared: ["contact"] }, actor);
      if (!referral.ok) throw new Error(referral.error);
      await answerConsent(db(), p.id, referral.referral.id, true);
      await db().insert(followUps).values({ participantId: p.id, round: 6, offerStatus: "offered" });
      for (const [q, v] of Object.entries({ finnish: "everyday", situation: "working", coping: "okay", "goals-reached": "yes" })) await saveRoundAnswer(db(), p.id, 6, q, v);
      await completeRound(db(), p.id, 6);
    }
    // All in the autumn quarter of 2026, whatever day the test runs (the report counts by quarter).
    const autumn = new Date("2026-11-20T10:00:00Z");
    await db().update(participants).set({ createdAt: autumn }).where(inArray(participants.id, cohort));
    await db().update(planSteps).set({ doneAt: autumn }).where(sql`${planSteps.doneAt} is not null`);
    await db().update(referrals).set({ createdAt: autumn });

    const page = await newPage();
    await signIn(page, "cora");
    await page.getByRole("navigation").getByRole("link", { name: "Reports" }).click();
    const section = page.getByRole("region", { name: "Plans, referrals and follow-ups" });
    const figure = async (label: string) => (await section.getByText(label, { exact: true }).locator("xpath=following-sibling::*[1]").textContent())?.trim();
    await section.getByText("Participants with a plan", { exact: true }).waitFor();
    expect(await figure("Participants with a plan")).toBe("6");
    expect(await figure("Plan steps done")).toBe("6");
    expect(await figure("Answered a follow-up")).toBe("5");
    const rows = async (name: string) => section.getByRole("table", { name }).getByRole("row").allTextContents();
    // Five referrals sent; Amal's one accepted is a group of one: not shown.
    expect(await rows("Participants with a referral, by its status")).toEqual(["GroupPeople", "Sent5"]);
    expect(await rows("Finnish skills since the first assessment")).toEqual(["GroupPeople", "Better5"]);
    expect(await rows("Situation since the first assessment")).toEqual(["GroupPeople", "Moved to work5"]);
    expect(await rows("Goals reached (latest follow-up)")).toEqual(["GroupPeople", "Yes5"]);
    const api = (await page.request.get(`${base}/api/reports/summary?from=2026-01-01&to=2027-01-01`).then((r) => r.json())) as { referralsByStatus: unknown };
    expect(api.referralsByStatus).toEqual([{ group: "sent", count: 5 }, { group: "suppressed", count: null }]);
    await review(page, "reports-plan");
  }, 240_000);

  it("every new page passes the accessibility check at phone width too, without console errors or CSP violations", async () => {
    // The participant ended the first chat; the inbox's Plan link is on a chat that is open.
    const escalation = (await openEscalation(db(), participantId, "menu")).escalation;
    escalationId = escalation.id;
    await recordIncoming(db(), escalation, { text: "شكرا" });
    for (const [username, paths] of [["kaisa", ["plan", `plan/${participantId}`, `inbox/${escalationId}`]], ["cora", ["partners", "reports"]]] as const) {
      const page = await newPage(PHONE);
      await signIn(page, username);
      for (const path of paths) {
        await page.goto(`${base}/${path}`);
        await page.getByRole("heading", { level: 1 }).waitFor();
        await review(page, `${path.replace("/", "-")}-phone`);
      }
    }
  }, 240_000);
});
