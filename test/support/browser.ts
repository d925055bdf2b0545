/**
 * What the staff web app's browser tests share (test/web/*.browser.test.ts): Debian's
 * Chromium through playwright-core, pages that fail the test on a console error, a page
 * error or a CSP violation, axe-core's check, and screenshots for review.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";
import { ROOT } from "../../scripts/build.js";
import type { Db } from "../../src/db/client.js";
import { createStaff } from "../../src/features/handoff/staff.js";
import { setPasswordDirect } from "../../src/features/sign-in/routes.js";

export const CHROMIUM = "/usr/bin/chromium";
export const haveChromium = existsSync(CHROMIUM);
/** Screenshots of every reviewed page (git-ignored). */
export const SHOTS = join(ROOT, "web", "screenshots", "run");
export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 360, height: 740 };
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface BrowserSession {
  /** A browser in English whose clock is `now` and whose zone is New York: times shown must still be Helsinki's. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** Signs in through the English sign-in page with the password set for `username`. */
  signIn(page: Page, username: string): Promise<void>;
  /** axe-core on the page as it is: serious and critical violations fail the test. */
  checkAccessibility(page: Page, name: string): Promise<void>;
  /**
   * The page checked (axe, no errors; with `overflow`, nothing wider than the screen) and
   * photographed at the viewport's width into SHOTS.
   */
  review(page: Page, name: string, options?: { overflow?: boolean }): Promise<void>;
  /** Console errors, page errors and CSP violations seen so far; review fails on any. */
  problems: string[];
  /** Refusals (4xx) a test provokes on purpose: Chromium logs each as a console error, expected once. */
  expectRefusal(status: number, path: string): void;
  close(): Promise<void>;
}

/** `problems`: the test's own list, when it takes out problems it caused on purpose. */
export async function openBrowserSession(options: { base: () => string; now: Date; passwords: Record<string, string>; problems?: string[] }): Promise<BrowserSession> {
  mkdirSync(SHOTS, { recursive: true });
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  const contexts: BrowserContext[] = [];
  const problems = options.problems ?? [];
  const refusals: { status: number; path: string }[] = [];

  const checkAccessibility = async (page: Page, name: string) => {
    // Runtime.evaluate is not subject to the page's CSP (an injected <script> would be).
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run: (context: never, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run((globalThis as unknown as { document: never }).document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
    });
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious, `${name}: ${JSON.stringify(serious)}`).toEqual([]);
  };

  return {
    problems,
    checkAccessibility,
    expectRefusal: (status, path) => void refusals.push({ status, path }),
    async newPage(viewport = DESKTOP) {
      const context = await browser.newContext({ locale: "en-GB", timezoneId: "America/New_York", viewport });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.clock.setFixedTime(options.now);
      page.on("pageerror", (error) => problems.push(`page error: ${String(error)}`));
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const expected = refusals.findIndex((r) => message.text().includes(`status of ${r.status} `) && message.location().url.includes(r.path));
        if (expected >= 0) refusals.splice(expected, 1);
        else problems.push(`console error: ${message.text()} (${message.location().url})`);
      });
      await page.addInitScript({
        content: 'document.addEventListener("securitypolicyviolation", (e) => console.error("CSP violation: " + e.violatedDirective + " " + e.blockedURI));',
      });
      page.on("dialog", (dialog) => void dialog.accept());
      return page;
    },
    async signIn(page, username) {
      await page.goto(`${options.base()}/`);
      await page.getByLabel("Username").fill(username);
      await page.locator("input[type=password]").fill(options.passwords[username]!);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("button", { name: "Sign out" }).waitFor();
    },
    async review(page, name, { overflow = true } = {}) {
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(300); // charts animate in
      await checkAccessibility(page, name);
      const width = page.viewportSize()!.width;
      await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
      expect(problems, name).toEqual([]);
      if (!overflow) return;
      const wider = await page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
      expect(wider as number, `${name} at ${width} px`).toBeLessThanOrEqual(0);
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close();
    },
  };
}

/** A staff account with a web sign-in (username and a generated password), as an admin would make it. */
export async function staffWithPassword(db: Db, account: { username: string; displayName: string; role: Parameters<typeof createStaff>[1]["role"] }): Promise<{ id: number; password: string }> {
  const member = await createStaff(db, { displayName: account.displayName, role: account.role });
  const set = await setPasswordDirect(db, member.id, account.username);
  if (!set.ok) throw new Error(set.message);
  return { id: member.id, password: set.password };
}
