/**
 * Individual guidance in the staff web app (issue 15), end to end: Debian's Chromium
 * driven by playwright-core against the real server (the built app from web/dist), the
 * real bot on a fake Telegram, and a test database (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL).
 *
 * A counsellor sets their opening times, books on a participant's behalf (losing a race
 * for the first time and taking one of the next times offered), sees the appointment in
 * the week, records an outcome (refused before the meeting, saved after it); an absence
 * that hits the booking lists it for rebooking and the participant gets the notice in
 * Arabic; the counsellor books it again; a coordinator reads the interpreter list and
 * downloads its CSV; the counsellor creates and revokes the private calendar feed. Each
 * new page (desktop and 360 px) is checked with axe-core and fails on a console error, a
 * page error or a CSP violation; screenshots go to web/screenshots/run/ (git-ignored).
 *
 * Without Chromium the suite is skipped and says why.
 */
import { readFileSync } from "node:fs";
import { Api } from "grammy";
import pino from "pino";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWeb, WEB_DIST, webNeedsBuild } from "../../scripts/build.js";
import { createMessenger } from "../../src/bot/messenger.js";
import { appointments } from "../../src/db/schema.js";
import { bookAppointment } from "../../src/features/appointments/repository.js";
import { kindLabel, timeLabel, whereLine } from "../../src/features/appointments/render.js";
import { createServer, type App } from "../../src/http/create-server.js";
import { createI18n } from "../../src/i18n/i18n.js";
import { helsinkiTime } from "../../src/i18n/time.js";
import { findParticipantByTelegramId } from "../../src/participants/repository.js";
import { formatDateTime as webDateTime, formatTime as webTime } from "../../web/src/time.js";
import { startTestBot, TEST_TOKEN, type TestBot, type TestChat } from "../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";
import { DESKTOP, haveChromium, openBrowserSession, PHONE, staffWithPassword, type BrowserSession } from "../support/browser.js";

const suite = haveChromium ? describe : describe.skip;
const title = haveChromium ? "individual guidance in the staff web app" : "individual guidance in the staff web app — SKIPPED: Chromium not installed: apt-get install chromium";

const h = helsinkiTime;

/** RFC 4180: fields split on commas, quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) {
      if (c === "\r") i++;
      row.push(field), rows.push(row), (row = []), (field = "");
    } else field += c;
  }
  if (field !== "" || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

suite(title, () => {
  let now = h(2026, 12, 1, 12, 0); // a Tuesday
  const clock = () => now;
  const i18n = createI18n();
  let testDb: TestDatabase;
  let app: App;
  let harness: TestBot;
  let base: string;
  const passwords: Record<string, string> = {};
  const staffIds: Record<string, number> = {};
  const problems: string[] = [];
  let session: BrowserSession;
  /** Refusals (status, path) the next steps provoke on purpose: not console problems. */
  let amal: TestChat;
  let amalId = 0;
  let bashirId = 0;

  beforeAll(async () => {
    if (webNeedsBuild()) await buildWeb();
    testDb = await openTestDatabase();
    const db = testDb.database.db;
    harness = await startTestBot(db, {}, undefined, clock);
    for (const [username, name, role] of [["olli", "Olli Ohjaaja", "counsellor"], ["cora", "Cora Coordinator", "coordinator"], ["anna", "Anna Admin", "admin"]] as const) {
      const member = await staffWithPassword(db, { username, displayName: name, role });
      staffIds[username] = member.id;
      passwords[username] = member.password;
    }
    app = await createServer({
      database: testDb.database,
      logger: pino({ level: "silent" }),
      clock,
      messenger: createMessenger(new Api(TEST_TOKEN, { fetch: harness.telegram.fetch }), i18n, pino({ level: "silent" })),
      webDist: WEB_DIST,
    });
    base = await app.listen({ host: "127.0.0.1", port: 0 });
    session = await openBrowserSession({ base: () => base, now, passwords, problems });
    amal = harness.user(7_101, "ar");
    await amal.onboard("العربية");
    amalId = (await findParticipantByTelegramId(db, amal.user.id))!.id;
    const bashir = harness.user(7_102, "en");
    await bashir.onboard("English");
    bashirId = (await findParticipantByTelegramId(db, bashir.user.id))!.id;
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await app?.close();
    await testDb?.close();
  });

  const newPage = (viewport = DESKTOP) => session.newPage(viewport);
  const signIn = (page: Page, username: string) => session.signIn(page, username);
  const review = (page: Page, name: string) => session.review(page, name);

  /** A free time's label as the booking form shows it (Helsinki time, the browser's English). */
  const slotLabel = (start: Date, minutes: number) => `${webDateTime(start.toISOString(), "en")}–${webTime(new Date(start.getTime() + minutes * 60_000).toISOString(), "en")}`;

  const appointmentsOf = (participantId: number) =>
    testDb.database.db
      .select()
      .from(appointments)
      .then((rows) => rows.filter((r) => r.participantId === participantId).sort((a, b) => a.id - b.id));

  it("a counsellor sets their opening times; a missing video link is refused in their language and nothing is saved", async () => {
    const page = await newPage();
    await signIn(page, "olli");
    await page.getByRole("link", { name: "Availability" }).click();
    const form = page.getByRole("form", { name: "Opening times" });
    await form.getByLabel("Length of one appointment (minutes)").fill("60");
    await form.getByRole("checkbox", { name: "Arabic", exact: true }).check();
    await form.getByRole("checkbox", { name: "Finnish", exact: true }).check();
    const office = form.getByRole("group", { name: "Office", exact: true });
    await office.getByLabel("Office address").fill("Kirkkokatu 1, Lahti");
    await office.getByRole("button", { name: "Add a time: Office" }).click();
    await office.getByLabel("Weekday").selectOption({ label: "Wednesday" });
    await office.getByLabel("From").fill("09:00");
    await office.getByLabel("Until").fill("12:00");
    const video = form.getByRole("group", { name: "Video", exact: true });
    await video.getByRole("button", { name: "Add a time: Video" }).click();
    await video.getByLabel("Weekday").selectOption({ label: "Thursday" });
    await video.getByLabel("From").fill("13:00");
    await video.getByLabel("Until").fill("15:00");
    await form.getByRole("button", { name: "Save opening times" }).click();
    await form.getByRole("alert").getByText("Write the video meeting link, starting with https://").waitFor();
    const unsaved = await page.request.get(`${base}/api/counsellors/${staffIds.olli}/availability`).then((r) => r.json());
    expect(unsaved.windows).toEqual([]);

    await video.getByLabel("Video meeting link").fill("https://meet.example.org/olli");
    await form.getByRole("button", { name: "Save opening times" }).click();
    await form.getByText("Saved. Appointments already booked stay as they are.").waitFor();
    const saved = await page.request.get(`${base}/api/counsellors/${staffIds.olli}/availability`).then((r) => r.json());
    expect(saved).toMatchObject({
      slotMinutes: 60,
      languages: ["ar", "fi"],
      officeAddress: "Kirkkokatu 1, Lahti",
      videoLink: "https://meet.example.org/olli",
      windows: [
        { kind: "office", weekday: 3, start: "09:00", end: "12:00" },
        { kind: "video", weekday: 4, start: "13:00", end: "15:00" },
      ],
    });
    await review(page, "availability");
  }, 240_000);

  it("books on a participant's behalf: a time taken meanwhile offers the next ones; the week shows the booking and the participant is told in Arabic", async () => {
    const page = await newPage();
    await signIn(page, "olli");
    await page.getByRole("link", { name: "My week" }).click();
    await page.getByText("No appointments this week.").waitFor();
    await page.getByRole("button", { name: "Book for a participant" }).click();
    const form = page.getByRole("form", { name: "Book for a participant" });
    await form.getByLabel("Participant number").fill(String(amalId));
    await form.getByLabel("Kind of meeting").selectOption({ label: "Office" });
    await form.getByLabel("Interpreter").selectOption({ label: "Arabic" });
    await form.getByLabel("Topic (optional)").selectOption({ label: "Health" });
    await form.getByRole("radio", { name: slotLabel(h(2026, 12, 2, 9, 0), 60) }).check();
    await review(page, "appointments-book");

    // Someone else takes 09:00 before the counsellor confirms (the bot, say).
    const taken = await testDb.database.db.transaction((tx) =>
      bookAppointment(tx, { participantId: bashirId, staffId: staffIds.olli!, kind: "office", startsAt: h(2026, 12, 2, 9, 0), interpreterLanguage: null, reason: null, now }),
    );
    expect(taken.ok).toBe(true);
    session.expectRefusal(409, "/api/appointments");
    await form.getByRole("button", { name: "Book", exact: true }).click();
    await form.getByRole("alert").getByText("That time is no longer free. Choose one of the next free times below.").waitFor();
    expect(await form.getByRole("radio", { name: slotLabel(h(2026, 12, 2, 9, 0), 60) }).count()).toBe(0);
    await form.getByRole("radio", { name: slotLabel(h(2026, 12, 2, 10, 0), 60) }).check();
    await form.getByRole("button", { name: "Book", exact: true }).click();
    await page.getByRole("status").getByText(`Booked for participant #${amalId}: ${webDateTime(h(2026, 12, 2, 10, 0).toISOString(), "en")}.`).waitFor();

    const card = page.getByRole("article", { name: `10:00–11:00 Participant #${amalId}` });
    await card.waitFor();
    const text = await card.textContent();
    for (const part of ["10:00–11:00 · Office", "Booked", `Participant #${amalId} · Arabic`, "Interpreter: Arabic", "Topic: Health"]) expect(text).toContain(part);
    await page.getByRole("article", { name: `09:00–10:00 Participant #${bashirId}` }).waitFor();
    const stored = await appointmentsOf(amalId);
    expect(stored).toMatchObject([{ staffId: staffIds.olli, kind: "office", status: "booked", interpreterLanguage: "ar", reason: "health", startsAt: h(2026, 12, 2, 10, 0) }]);

    const t = (key: string, vars?: Record<string, string | number>) => i18n.t("ar", key, vars);
    const place = { officeAddress: "Kirkkokatu 1, Lahti", videoLink: "https://meet.example.org/olli" };
    expect(amal.texts().at(-1)).toBe(t("apt-booked", { time: timeLabel(h(2026, 12, 2, 10, 0), "ar"), kind: kindLabel(t, "office"), where: whereLine(t, "office", place) }));
    await review(page, "appointments");
  }, 240_000);

  it("records an outcome and a staff-only note: refused before the meeting, saved once it has begun", async () => {
    const who = `09:00–10:00 Participant #${bashirId}`;
    const record = async (page: Page) => {
      await signIn(page, "olli");
      await page.getByRole("link", { name: "My week" }).click();
      const card = page.getByRole("article", { name: who });
      await card.getByRole("button", { name: `Record outcome: ${who}` }).click();
      const form = card.getByRole("form", { name: `Record outcome: ${who}` });
      await form.getByRole("radio", { name: "Met" }).check();
      await form.getByLabel("Note (staff only)").fill("Talked about the job search; next time bring the letter.");
      await form.getByRole("button", { name: "Save outcome" }).click();
      return card;
    };
    session.expectRefusal(409, "/outcome");
    const early = await record(await newPage());
    await early.getByRole("alert").getByText("The meeting has not started yet. Before it starts, you can only record “Cancelled late”.").waitFor();
    expect((await appointmentsOf(bashirId))[0]!.outcome).toBeNull();

    // The next morning, after the meeting began (a new sign-in: the first one has ended).
    now = h(2026, 12, 2, 9, 50);
    const page = await newPage();
    const card = await record(page);
    await card.getByText("Outcome: Met").waitFor();
    await card.getByText("Note: Talked about the job search; next time bring the letter.").waitFor();
    expect(await appointmentsOf(bashirId)).toMatchObject([{ outcome: "met", staffNote: "Talked about the job search; next time bring the letter." }]);
    await review(page, "appointments-outcome");
  }, 240_000);

  it("an absence that hits the booking lists it for rebooking, the participant is told in Arabic, and the counsellor books it again", async () => {
    const page = await newPage();
    await signIn(page, "olli");
    await page.getByRole("link", { name: "Availability" }).click();
    const form = page.getByRole("form", { name: "Add absence" });
    await form.getByRole("checkbox", { name: "Whole days" }).uncheck();
    await form.getByLabel("From (date)").fill("2026-12-02");
    await form.getByLabel("From (time)").fill("10:00");
    await form.getByLabel("Until (date)").fill("2026-12-02");
    await form.getByLabel("Until (time)").fill("12:00");
    await form.getByLabel("Reason").selectOption({ label: "Sick leave" });
    await form.getByRole("button", { name: "Add absence" }).click();
    const hit = form.getByRole("list", { name: "Appointments to book again" });
    await hit.waitFor();
    expect(await hit.getByRole("listitem").allTextContents()).toEqual([`${webDateTime(h(2026, 12, 2, 10, 0).toISOString(), "en")} · Office · Participant #${amalId} · Arabic`]);
    await form.getByText("1 booked appointment fell in this time. It was cancelled and the participant was told. Book it again:").waitFor();
    await page.getByRole("table", { name: "Away (holidays, sick days)" }).getByRole("row", { name: /Sick leave/ }).waitFor();
    await review(page, "availability-absence");

    const t = (key: string, vars?: Record<string, string | number>) => i18n.t("ar", key, vars);
    const notice = t("apt-exception-notice", { time: timeLabel(h(2026, 12, 2, 10, 0), "ar"), kind: kindLabel(t, "office"), where: whereLine(t, "office", { officeAddress: "Kirkkokatu 1, Lahti", videoLink: null }) });
    expect(amal.texts().at(-1)).toBe(notice);
    expect(notice).toContain("المرشد غائب");
    // Bashir's meeting before the absence is untouched.
    expect((await appointmentsOf(bashirId))[0]!.status).toBe("booked");

    await form.getByRole("link", { name: "Book them again on My week" }).click();
    const rebook = page.getByRole("region", { name: "1 appointment to book again" });
    await rebook.getByText(`${webDateTime(h(2026, 12, 2, 10, 0).toISOString(), "en")} · Office · Participant #${amalId} · Arabic`, { exact: true }).waitFor();
    await page.getByRole("article", { name: `10:00–11:00 Participant #${amalId}` }).getByText("Cancelled: the counsellor was away").waitFor();
    await review(page, "appointments-rebook");
    await rebook.getByRole("button", { name: `Book again: Participant #${amalId}` }).click();
    const booking = page.getByRole("form", { name: "Book for a participant" });
    expect(await booking.getByLabel("Participant number").inputValue()).toBe(String(amalId));
    expect(await booking.getByLabel("Interpreter").inputValue()).toBe("ar");
    // The absence and the lead time leave the next Wednesday as the first free office time.
    await booking.getByRole("radio").first().waitFor();
    expect(await booking.getByRole("radio").first().getAttribute("value")).toBe(h(2026, 12, 9, 9, 0).toISOString());
    await booking.getByRole("radio", { name: slotLabel(h(2026, 12, 9, 9, 0), 60) }).check();
    await booking.getByRole("button", { name: "Book", exact: true }).click();
    await page.getByRole("status").getByText(`Booked for participant #${amalId}`).waitFor();
    await rebook.waitFor({ state: "detached" });
    // The page moved to the week of the new time.
    await page.getByRole("article", { name: `09:00–10:00 Participant #${amalId}` }).waitFor();
    expect((await appointmentsOf(amalId)).map((a) => [a.status, a.needsRebooking, a.startsAt.toISOString()])).toEqual([
      ["cancelled", false, h(2026, 12, 2, 10, 0).toISOString()],
      ["booked", false, h(2026, 12, 9, 9, 0).toISOString()],
    ]);
  }, 240_000);

  it("a coordinator reads the day's interpreter list and downloads it as CSV", async () => {
    const page = await newPage();
    await signIn(page, "cora");
    await page.getByRole("link", { name: "Interpreters" }).click();
    await page.getByLabel("Day").fill("2026-12-09");
    const table = page.getByRole("table", { name: /Interpreters needed on/ });
    const row = table.getByRole("row", { name: new RegExp(`#${amalId}`) });
    await row.waitFor();
    expect(await row.getByRole("cell").allTextContents()).toEqual(["09:00–10:00", "Arabic", "Office", "Olli Ohjaaja", `#${amalId}`]);
    await review(page, "interpreters");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("interpreters-2026-12-09.csv");
    const csv = readFileSync((await download.path())!, "utf8");
    const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, "")).filter((r) => r.join("") !== "");
    expect(header).toEqual(["date", "start", "end", "language", "kind", "counsellor", "participant", "appointment"]);
    const booked = (await appointmentsOf(amalId)).find((a) => a.status === "booked")!;
    expect(rows).toEqual([["2026-12-09", "09:00", "10:00", "ar", "office", "Olli Ohjaaja", String(amalId), String(booked.id)]]);
    // A day without interpreters says so.
    await page.getByRole("button", { name: "Next day" }).click();
    await page.getByText("No interpreters needed on this day.").waitFor();
  }, 240_000);

  it("a counsellor creates the private calendar feed, copies its address, and revokes it", async () => {
    const page = await newPage();
    await signIn(page, "olli");
    await page.getByRole("link", { name: "Availability" }).click();
    const feed = page.getByRole("region", { name: "Calendar feed" });
    await feed.getByRole("button", { name: "Create feed address" }).click();
    const address = feed.getByLabel("Your private feed address");
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(new RegExp(`^${base}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    await review(page, "availability-feed");
    const served = await fetch(url);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toContain("text/calendar");
    const body = await served.text();
    expect(body).toContain("BEGIN:VCALENDAR");
    expect(body).toContain(`participant #${amalId}`);
    expect(body).not.toContain("job search");

    await feed.getByRole("button", { name: "Revoke address" }).click();
    await feed.getByText("Revoked. The address no longer works.").waitFor();
    expect((await fetch(url)).status).toBe(404);
    // The page knows there is no feed any more: it offers a new one, not a renewal.
    await feed.getByRole("button", { name: "Create feed address" }).waitFor();
    expect(await feed.getByRole("button", { name: "Revoke address" }).count()).toBe(0);
  }, 240_000);

  it("an admin picks a counsellor; every new page passes the accessibility check at desktop and phone width", async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await newPage(viewport);
      await signIn(page, "anna");
      await page.goto(`${base}/appointments`);
      await page.getByRole("heading", { level: 1, name: "My week" }).waitFor();
      await page.getByLabel("Counsellor").selectOption({ label: "Olli Ohjaaja (Counsellor)" });
      await page.getByRole("button", { name: "Next week" }).click();
      await page.getByRole("article", { name: `09:00–10:00 Participant #${amalId}` }).waitFor();
      await review(page, "appointments-admin");
      await page.goto(`${base}/availability`);
      await page.getByRole("heading", { level: 1, name: "Availability" }).waitFor();
      await page.getByLabel("Counsellor").selectOption({ label: "Olli Ohjaaja (Counsellor)" });
      await expect.poll(() => page.getByRole("form", { name: "Opening times" }).getByLabel("Office address").inputValue()).toBe("Kirkkokatu 1, Lahti");
      await review(page, "availability-admin");
      await page.goto(`${base}/interpreters`);
      await page.getByRole("heading", { level: 1, name: "Interpreters" }).waitFor();
      await review(page, "interpreters-admin");
    }
  }, 240_000);
});
