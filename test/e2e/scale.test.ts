import { createServer as createHttpServer, type Server } from "node:http";
import { sql } from "drizzle-orm";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrolments, modules, participants, plans, planSteps, sessions } from "../../src/db/schema.js";
import { helsinkiToday } from "../../src/features/plan/nudges.js";
import { loadAnswers } from "../../src/features/survey/repository.js";
import { findParticipantByTelegramId } from "../../src/participants/repository.js";
import { freePort, startApp, type AppProcess } from "../support/app-process.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";

const TOKEN = "123456:SCALE-token-abcdefghijklmnopqrstuvwxyz";
const SECRET = "scale-webhook-secret-0123456789";
const EVENTS_SECRET = "scale-events-secret-0123456789";
const ADMIN_TOKEN = "scale-admin-token-0123456789abcdef";
const USERS = 20;
const ENROLLED = 30;

/**
 * Three app processes in webhook mode behind a pretend load balancer, one PostgreSQL.
 * Several processes sharing a database need the real server (PGlite is one process per
 * data folder), so this runs only when TEST_DATABASE_URL is set; CI sets it.
 */
describe.runIf(Boolean(process.env.TEST_DATABASE_URL))("three app processes, one database", () => {
  let testDb: TestDatabase;
  let fake: FakeBotApi;
  let receiver: Server;
  let receiverUrl: string;
  const received: string[] = [];
  const apps: AppProcess[] = [];
  let sessionId = 0;
  let startsAt = new Date();

  beforeAll(async () => {
    testDb = await openTestDatabase();
    fake = await startFakeBotApi();
    receiver = createHttpServer((req, res) => {
      req.resume();
      req.on("end", () => {
        received.push(String(req.headers["x-event-id"]));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", () => r()));
    const address = receiver.address();
    receiverUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/events`;

    // Thirty people enrolled in a session starting in 61 minutes: the two-hour reminder is due.
    const db = testDb.database.db;
    const [module] = await db.insert(modules).values({ code: "scale", title: { en: "Finnish" }, description: { en: "x" }, capacity: ENROLLED, childcare: false }).returning();
    startsAt = new Date(Date.now() + 61 * 60_000);
    const [session] = await db.insert(sessions).values({ moduleId: module!.id, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), place: "Kirkkokatu 1" }).returning();
    sessionId = session!.id;
    const people = await db
      .insert(participants)
      .values(
        Array.from({ length: ENROLLED }, (_, i) => ({
          telegramUserId: 700_000 + i,
          chatId: 700_000 + i,
          locale: "en",
          consentStatus: "accepted" as const,
          consentVersion: "2026-11",
          // The survey four months ago: the three-month follow-up is due.
          surveyStatus: "completed" as const,
          surveyCompletedAt: new Date(Date.now() - 124 * 86_400_000),
        })),
      )
      .returning();
    await db.insert(enrolments).values(people.map((p) => ({ participantId: p.id, moduleId: module!.id, status: "enrolled" as const, enrolledAt: new Date() })));
    // Each has a plan with a step of their own due today: one nudge each.
    const madePlans = await db.insert(plans).values(people.map((p) => ({ participantId: p.id }))).returning();
    await db.insert(planSteps).values(madePlans.map((p) => ({ planId: p.id, catalogueKey: "apply-daycare", assignee: "participant" as const, dueDate: helsinkiToday(new Date()) })));

    for (let i = 0; i < 3; i++) {
      const port = await freePort();
      apps.push(
        await startApp(
          {
            BOT_TOKEN: TOKEN,
            TELEGRAM_API_ROOT: fake.apiRoot,
            DATABASE_URL: testDb.url!,
            BOT_MODE: "webhook",
            WEBHOOK_URL: `http://127.0.0.1:${port}`,
            WEBHOOK_SECRET: SECRET,
            EVENTS_WEBHOOK_URL: receiverUrl,
            EVENTS_WEBHOOK_SECRET: EVENTS_SECRET,
            ADMIN_TOKEN,
            // Every two seconds, so the test need not wait a minute; a one-minute quiet period.
            REMINDER_SCHEDULE: "*/2 * * * * *",
            QUIET_HOURS: "03:00-03:01",
            OFFICE_HOURS: "mon-sun 00:00-23:59",
          },
          port,
        ),
      );
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.kill("SIGTERM")));
    await fake?.close();
    receiver?.closeAllConnections();
    await new Promise((r) => receiver?.close(r));
    await testDb?.close();
  });

  let nextUpdateId = 1_000_000;
  const message = (userId: number) => ({ message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: userId, type: "private" as const, first_name: "P" }, text: "q" });
  const from = (userId: number) => ({ id: userId, is_bot: false, first_name: "P", language_code: "en" });
  const text = (userId: number, t: string): Update => ({
    update_id: nextUpdateId++,
    message: { ...message(userId), message_id: nextUpdateId, from: from(userId), text: t, ...(t.startsWith("/") ? { entities: [{ type: "bot_command" as const, offset: 0, length: t.length }] } : {}) },
  });
  const press = (userId: number, data: string): Update => ({
    update_id: nextUpdateId++,
    callback_query: { id: String(nextUpdateId), from: from(userId), chat_instance: "1", data, message: message(userId) },
  });
  const post = async (app: AppProcess, update: Update) => {
    const res = await fetch(`http://127.0.0.1:${app.port}/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update),
    });
    expect(res.status, app.output()).toBe(200);
  };

  it("handles a mixed load with one chat's updates spread over the processes: nothing lost or applied twice; one reminder each; each change told once; each event once", async () => {
    const sent: number[] = [];
    await Promise.all(
      Array.from({ length: USERS }, async (_, u) => {
        const user = 800_000 + u;
        const steps: Update[] = [text(user, "/start"), press(user, "lang:en"), press(user, "consent:yes"), press(user, "menu:survey"), press(user, "sv:a:region:other"), press(user, "sv:a:years-in-fi:1-3")];
        for (const [i, update] of steps.entries()) {
          const target = apps[(u + i) % 3]!;
          // Every third update is delivered twice, to two processes at once (a retry racing the first delivery).
          if (i % 3 === 0) await Promise.all([post(target, update), post(apps[(u + i + 1) % 3]!, structuredClone(update))]);
          else await post(target, update);
          sent.push(update.update_id);
        }
        // A message and two button presses of the same person at the same moment on three processes.
        await Promise.all([post(apps[0]!, press(user, "sv:t:languages:ar")), post(apps[1]!, press(user, "sv:t:languages:so")), post(apps[2]!, press(user, "sv:t:languages:en"))]);
        await post(apps[u % 3]!, press(user, "sv:d:languages"));
        if (u < 3) {
          await post(apps[(u + 1) % 3]!, text(user, "/counsellor"));
          await post(apps[(u + 2) % 3]!, text(user, "I need help"));
        }
      }),
    );

    const db = testDb.database.db;
    for (let u = 0; u < USERS; u++) {
      const p = await findParticipantByTelegramId(db, 800_000 + u);
      expect(await loadAnswers(db, p!.id)).toEqual({ region: "other", "years-in-fi": "1-3", languages: ["ar", "so", "en"] });
      // /start, language (with the welcome and the notice), consent (with the menu), the survey's
      // introduction with its first question, two answers, Done: 7 (+ 2 for the chat with a counsellor).
      expect(fake.sent(800_000 + u).length).toBe(u < 3 ? 9 : 7);
    }
    const rows = await db.execute(sql`select count(*)::int as n from processed_updates where chat_id between 800000 and 800100`);
    const processed = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { n: number }[] }).rows)[0] as { n: number };
    expect(processed.n).toBe(USERS * 10 + 3 * 2);

    // Reminders: every process ticks every two seconds; each enrolled person gets exactly one.
    const reminded = () => fake.sent().filter((m) => String(m.text).startsWith("🔔")).map((m) => m.chat_id as number);
    for (let t = 0; t < 60 && reminded().length < ENROLLED; t++) await new Promise((r) => setTimeout(r, 500));
    await new Promise((r) => setTimeout(r, 5_000));
    expect(reminded().length).toBe(ENROLLED);
    expect(new Set(reminded()).size).toBe(ENROLLED);

    // Events: 3 escalations opened with one message each, each delivered once.
    for (let t = 0; t < 60 && received.length < 6; t++) await new Promise((r) => setTimeout(r, 500));
    await new Promise((r) => setTimeout(r, 3_000));
    expect(received.length).toBe(6);
    expect(new Set(received).size).toBe(6);

    // The coordinator moves the meeting, and then cancels it, each asked of two processes
    // at the same moment: every enrolled person is told each change exactly once.
    const admin = (app: AppProcess, method: string, path: string, body?: object) =>
      fetch(`http://127.0.0.1:${app.port}/api${path}`, {
        method,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body ? { "content-type": "application/json" } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      }).then(async (res) => ({ status: res.status, body: (await res.json()) as { noticesQueued: number } }));
    const later = new Date(startsAt.getTime() + 30 * 60_000);
    const move = { startsAt: later.toISOString(), endsAt: new Date(later.getTime() + 3_600_000).toISOString() };
    const moves = await Promise.all([admin(apps[1]!, "PATCH", `/sessions/${sessionId}`, move), admin(apps[2]!, "PATCH", `/sessions/${sessionId}`, move)]);
    expect(moves.map((m) => m.status)).toEqual([200, 200]);
    expect(moves.map((m) => m.body.noticesQueued).sort((a, b) => a - b)).toEqual([0, ENROLLED]);
    const told = (prefix: string) => fake.sent().filter((m) => String(m.text).startsWith(prefix)).map((m) => m.chat_id as number);
    for (let t = 0; t < 60 && told("🔄").length < ENROLLED; t++) await new Promise((r) => setTimeout(r, 500));
    const cancels = await Promise.all([admin(apps[0]!, "POST", `/sessions/${sessionId}/cancel`), admin(apps[2]!, "PATCH", `/sessions/${sessionId}`, { cancelled: true })]);
    expect(cancels.map((c) => c.body.noticesQueued).sort((a, b) => a - b)).toEqual([0, ENROLLED]);
    for (let t = 0; t < 60 && told("❗").length < ENROLLED; t++) await new Promise((r) => setTimeout(r, 500));
    await new Promise((r) => setTimeout(r, 5_000));
    for (const prefix of ["🔄", "❗"]) {
      expect(told(prefix).length, prefix).toBe(ENROLLED);
      expect(new Set(told(prefix)).size, prefix).toBe(ENROLLED);
    }
    // The notice asked "are you coming?" with the new time: no reminder repeats it.
    expect(reminded().length).toBe(ENROLLED);
  }, 150_000);

  it("sends each plan step's due nudge and each follow-up offer once, however many processes tick", async () => {
    const told = (prefix: string) => fake.sent().filter((m) => String(m.text).startsWith(prefix)).map((m) => m.chat_id as number);
    for (let t = 0; t < 60 && (told("📌").length < ENROLLED || told("👋").length < ENROLLED); t++) await new Promise((r) => setTimeout(r, 500));
    // A few more ticks of every process: nothing more.
    await new Promise((r) => setTimeout(r, 5_000));
    for (const prefix of ["📌", "👋"]) {
      expect(told(prefix).length, prefix).toBe(ENROLLED);
      expect(new Set(told(prefix)).size, prefix).toBe(ENROLLED);
    }
  }, 60_000);
});
