/**
 * The counsellors' web console (/console) in a real browser: Debian's Chromium driven by
 * playwright-core against the real server, a test database and the fake Telegram.
 * CI installs Chromium (.ci/run); without it the suite is skipped and says why.
 */
import { existsSync } from "node:fs";
import { Api } from "grammy";
import pino from "pino";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEscalation, recordIncoming, type Escalation } from "../../../src/features/handoff/escalations.js";
import { createRelay } from "../../../src/features/handoff/relay.js";
import { createStaff, issueToken } from "../../../src/features/handoff/staff.js";
import { saveAnswer } from "../../../src/features/survey/repository.js";
import { createServer, type App } from "../../../src/http/create-server.js";
import { setLocale, touchParticipant } from "../../../src/participants/repository.js";
import { createFakeTelegram, type FakeTelegramFetch } from "../../support/fake-fetch.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;
const title = haveChromium
  ? "the counsellors' console in a real browser"
  : "the counsellors' console in a real browser — SKIPPED: Chromium not installed: apt-get install chromium";

const CHAT_ID = 4_711;
const FIRST_MESSAGE = "Hello, I need help with Kela, the letter is in Finnish";

suite(title, () => {
  let testDb: TestDatabase;
  let app: App;
  let browser: Browser;
  let telegram: FakeTelegramFetch;
  let base: string;
  let token: string;
  let escalation: Escalation;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    testDb = await openTestDatabase();
    const db = testDb.database.db;
    const anna = await createStaff(db, { displayName: "Anna Counsellor", role: "counsellor" });
    token = (await issueToken(db, anna.id, null)).token;
    const participant = await touchParticipant(db, 9_001, CHAT_ID);
    await setLocale(db, participant.id, "ar");
    await saveAnswer(db, participant.id, "coping", "talk");
    escalation = (await openEscalation(db, participant.id, "menu")).escalation;
    await recordIncoming(db, escalation, { text: FIRST_MESSAGE });

    telegram = createFakeTelegram();
    app = await createServer({
      database: testDb.database,
      logger: pino({ level: "silent" }),
      relay: createRelay(new Api("1:test", { fetch: telegram.fetch })),
    });
    base = await app.listen({ host: "127.0.0.1", port: 0 });

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await app?.close();
    await testDb?.close();
  });

  async function newPage(options: Parameters<Browser["newContext"]>[0] = {}): Promise<Page> {
    const context = await browser.newContext({ locale: "en-GB", ...options });
    contexts.push(context);
    const page = await context.newPage();
    // A blocked script or style (CSP), or any script error, shows up here.
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    return page;
  }

  async function signIn(page: Page): Promise<void> {
    await page.goto(`${base}/console`);
    await page.getByLabel("Your counsellor token").fill(token);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.locator("#queue button", { hasText: `#${escalation.id}` }).waitFor();
  }

  it("is served with a strict Content-Security-Policy and nothing from elsewhere", async () => {
    const response = await fetch(`${base}/console`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//);
    for (const [path, type] of [["/console/console.js", /^text\/javascript/], ["/console/console.css", /^text\/css/]] as const) {
      const asset = await fetch(`${base}${path}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get("content-type")).toMatch(type);
      expect(await asset.text()).not.toMatch(/https?:\/\//);
    }
  });

  it("a counsellor signs in, opens the chat, claims it, replies, and sees the participant's next messages arrive", { timeout: 60_000 }, async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page);

    // The queue: language, source, status and waiting time.
    const item = page.locator("#queue button", { hasText: `#${escalation.id}` });
    const itemText = await item.textContent();
    expect(itemText).toContain("Arabic");
    expect(itemText).toContain("from the menu");
    expect(itemText).toContain("Waiting");
    expect(itemText).toMatch(/waiting (< 1|\d+) min/);
    // The token is in this tab's sessionStorage only.
    // (Page code goes as strings: this project's TypeScript has no DOM types.)
    expect(await page.evaluate("({ session: sessionStorage.length, local: Object.keys(localStorage).filter((k) => k.includes('token')).length, cookie: document.cookie })")).toEqual({
      session: 1,
      local: 0,
      cookie: "",
    });

    await item.click();
    await page.locator("#transcript li.in", { hasText: FIRST_MESSAGE }).waitFor();
    await page.locator("#survey-flags li", { hasText: "Wants to talk with someone" }).waitFor();
    expect(await page.locator("#survey-answers dt").count()).toBeGreaterThan(0);
    expect(await page.getByLabel("Your reply").isDisabled()).toBe(true);

    await page.getByRole("button", { name: "Claim", exact: true }).click();
    await page.locator("#chat-meta", { hasText: "claimed by Anna Counsellor" }).waitFor();
    await page.locator("#status", { hasText: "You claimed the chat" }).waitFor();

    // Remember this page load: the new messages must come without a reload.
    await page.evaluate("window.loaded = 'the first load'");

    const reply = "Hello, I am Anna. Send me a photo of the letter, please.";
    await page.getByLabel("Your reply").fill(reply);
    await page.getByLabel("Your reply").press("Control+Enter");
    const call = await telegram.waitFor((c) => c.method === "sendMessage" && String(c.payload.chat_id) === String(CHAT_ID), 10_000);
    expect(call.payload.text).toContain(reply);
    expect(call.payload.text).toContain("Anna Counsellor");
    await page.locator("#transcript li.out", { hasText: reply }).waitFor();
    expect(await page.getByLabel("Your reply").inputValue()).toBe("");
    expect(telegram.sent(CHAT_ID)).toHaveLength(1);

    // The participant answers: a text, then a photo with a caption.
    await recordIncoming(testDb.database.db, escalation, { text: "Thank you, here it is" });
    await recordIncoming(testDb.database.db, escalation, { text: "the letter", fileKind: "photo", fileId: "AgAD-photo" });
    await page.locator("#transcript li.in", { hasText: "Thank you, here it is" }).waitFor({ timeout: 10_000 });
    await page.locator("#transcript li.in", { hasText: "[photo] the letter" }).waitFor({ timeout: 10_000 });
    expect(await page.evaluate("window.loaded")).toBe("the first load");
    // Each message once, in order, though the polls and the reply's answer overlap.
    expect(await page.locator("#transcript li").allTextContents()).toEqual([
      expect.stringContaining(FIRST_MESSAGE),
      expect.stringContaining(reply),
      expect.stringContaining("Thank you, here it is"),
      expect.stringContaining("[photo] the letter"),
    ]);

    expect(pageErrors).toEqual([]);
  });

  it("works on a phone (360 px) and in Finnish", { timeout: 60_000 }, async () => {
    const page = await newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await signIn(page);
    await page.locator("#queue button", { hasText: `#${escalation.id}` }).click();
    await page.locator("#transcript li", { hasText: FIRST_MESSAGE }).waitFor();

    // One column: nothing wider than the screen, the chat below the queue.
    expect((await page.evaluate("document.documentElement.scrollWidth")) as number).toBeLessThanOrEqual(360);
    const queue = await page.locator("nav.queue").boundingBox();
    const chat = await page.locator("#chat").boundingBox();
    expect(chat!.y).toBeGreaterThanOrEqual(queue!.y + queue!.height);

    await page.screenshot({ path: "/tmp/console-phone.png" });
    await page.screenshot({ path: "/tmp/console-phone-full.png", fullPage: true });

    await page.getByLabel("Language").selectOption("fi");
    await page.getByRole("heading", { name: "Ohjaajien konsoli" }).waitFor();
    await page.locator("#transcript li.in", { hasText: "Osallistuja" }).first().waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("fi");

    // Signing out forgets the token and takes the participants' data off the page.
    await page.getByRole("button", { name: "Kirjaudu ulos" }).click();
    await page.getByLabel("Ohjaajan tunnisteesi (token)").waitFor();
    expect(await page.evaluate("sessionStorage.getItem('kb-console-token')")).toBeNull();
    expect(await page.locator("#transcript li").count()).toBe(0);
    // …and revokes it on the server: a copy left anywhere else no longer works.
    await expect.poll(async () => (await app.inject({ url: "/api/escalations", headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);

    expect(pageErrors).toEqual([]);
  });
});
