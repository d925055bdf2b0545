import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startApp, freePort, type AppProcess } from "../support/app-process.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";
import type { FakeUser } from "../support/fake-telegram-core.js";

const TOKEN = "123456:E2E-token-abcdefghijklmnopqrstuvwxyz";
const ADMIN = "e2e-admin-token-0123456789abcdef";
const SECRET = "e2e-webhook-secret-0123456789";

/**
 * The real app as a separate process, Telegram faked over HTTP on loopback. A
 * participant answers the survey in Arabic; the process is killed with SIGKILL half
 * way and started again; the participant finishes with every answer kept.
 */
describe.each(["polling", "webhook"] as const)("the survey survives a killed process (%s mode)", (mode) => {
  let fake: FakeBotApi;
  let app: AppProcess | undefined;
  let dataDir: string;
  let testDb: TestDatabase | undefined;
  let databaseEnv: Record<string, string>;

  beforeAll(async () => {
    fake = await startFakeBotApi();
    if (process.env.TEST_DATABASE_URL) {
      testDb = await openTestDatabase();
      databaseEnv = { DATABASE_URL: testDb.url! };
    } else {
      dataDir = mkdtempSync(join(tmpdir(), "bot-e2e-"));
      // A folder that does not exist yet: the app must create it.
      databaseEnv = { DATA_DIR: join(dataDir, "nested", "data") };
    }
  });
  afterEach(async () => {
    await app?.kill("SIGKILL");
  });
  afterAll(async () => {
    await fake.close();
    await testDb?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(port: number): Promise<AppProcess> {
    const env: Record<string, string> = { BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, ADMIN_TOKEN: ADMIN, ...databaseEnv };
    if (mode === "webhook") Object.assign(env, { BOT_MODE: "webhook", WEBHOOK_URL: `http://127.0.0.1:${port}`, WEBHOOK_SECRET: SECRET });
    const started = await startApp(env, port);
    if (mode === "webhook") {
      await fake.waitFor((c) => c.method === "setWebhook" && c.at >= Date.now() - 30_000);
      expect(fake.webhook?.url).toBe(`http://127.0.0.1:${port}/telegram/webhook`);
    }
    return started;
  }

  it("walks a participant through the whole survey in Arabic", async () => {
    const port = await freePort();
    app = await start(port);
    const user: FakeUser = { id: 880_001, first_name: "Amal", language_code: "ar" };

    /** What the bot showed this chat: messages sent and keyboards edited. */
    const shown = () =>
      fake.calls.filter((c) => /^(sendMessage|editMessage)/.test(c.method) && c.status === 200 && c.payload.chat_id === user.id).length;
    /** Sends an update and waits until the bot has answered it and gone quiet. */
    const act = async (push: () => void): Promise<string> => {
      const before = shown();
      push();
      await fake.waitFor(() => shown() > before, 15_000).catch((e: Error) => {
        throw new Error(`${e.message}\napp output:\n${app?.output()}`);
      });
      let count = shown();
      for (;;) {
        await new Promise((r) => setTimeout(r, 60));
        if (shown() === count) break;
        count = shown();
      }
      return fake.sent(user.id).at(-1)!.text as string;
    };
    const press = (data: string) => act(() => fake.pressButton(user, data));
    const text = (t: string) => act(() => fake.sendText(user, t));

    await text("/start");
    await press("lang:ar");
    await press("consent:yes");
    let screen = await press("menu:survey");
    expect(screen).toMatch(/^[\u0600-\u06FF]/);

    /** Answers whatever question is on screen, the way a participant would. */
    const answerOne = async (): Promise<string> => {
      const buttons = (fake.lastMessage(user.id)?.reply_markup?.inline_keyboard ?? []).flat() as { callback_data: string }[];
      const data = buttons.map((b) => b.callback_data);
      const skip = data.find((d) => d.startsWith("sv:s:"));
      const toggle = data.find((d) => d.startsWith("sv:t:"));
      const answer = data.find((d) => d.startsWith("sv:a:"));
      if (skip) return press(skip);
      if (toggle) {
        await press(toggle);
        return press(data.find((d) => d.startsWith("sv:d:"))!);
      }
      if (answer) return press(answer);
      // A number question: Arabic-Indic digits, as an Arabic keyboard types them.
      return text("٢");
    };

    for (let i = 0; i < 8; i++) screen = await answerOne();
    const answeredBeforeKill = await participantAnswers();
    expect(answeredBeforeKill.length).toBe(8);

    // Killed without warning, mid-survey; then started again on the same database.
    await app.kill("SIGKILL");
    app = await start(port);

    for (let guard = 0; guard < 30 && !/sv:ok/.test(JSON.stringify(fake.lastMessage(user.id)?.reply_markup ?? {})); guard++) {
      screen = await answerOne();
    }
    expect(JSON.stringify(fake.lastMessage(user.id)?.reply_markup)).toContain("sv:ok");
    screen = await press("sv:ok");

    const detail = await participantDetail();
    expect(detail.locale).toBe("ar");
    expect(detail.surveyStatus).toBe("completed");
    // Everything answered before the kill is still there, unchanged.
    for (const before of answeredBeforeKill) {
      expect(detail.answers).toContainEqual(before);
    }
    expect(detail.answers.length).toBeGreaterThan(15);
    // Every text the participant got after choosing Arabic was in Arabic script.
    const texts = fake.sent(user.id).map((p) => p.text as string);
    for (const t of texts.slice(1)) expect(t.replace(/^[^\p{L}]+/u, "")).toMatch(/^[\u0600-\u06FF]/);

    // SIGTERM while an update is being handled: it is finished, then the process exits cleanly.
    const before = fake.sent(user.id).length;
    const pressed = fake.pressButton(user, "menu:profile");
    await fake.waitFor((c) => c.method === "answerCallbackQuery" && c.payload.callback_query_id === pressed.callback_query!.id, 15_000);
    const exitCode = await app.kill("SIGTERM");
    expect(exitCode, app.output()).toBe(0);
    expect(fake.sent(user.id).length).toBe(before + 1);
    app = undefined;

    async function participantDetail() {
      const res = await fetch(`http://127.0.0.1:${port}/api/participants?limit=10`, { headers: { authorization: `Bearer ${ADMIN}` } });
      const list = (await res.json()) as { items: { id: number; telegramUserId: number }[] };
      const id = list.items.find((p) => p.telegramUserId === user.id)!.id;
      const detail = await fetch(`http://127.0.0.1:${port}/api/participants/${id}`, { headers: { authorization: `Bearer ${ADMIN}` } });
      return (await detail.json()) as { locale: string; surveyStatus: string; answers: { questionId: string; value: unknown; answeredAt: string }[] };
    }
    async function participantAnswers() {
      return (await participantDetail()).answers;
    }
  }, 120_000);
});
