import ICAL from "ical.js";
import { Api } from "grammy";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMessenger } from "../../../src/bot/messenger.js";
import { outbox } from "../../../src/db/schema.js";
import { createStaff, issueToken } from "../../../src/features/handoff/staff.js";
import { saveAnswer } from "../../../src/features/survey/repository.js";
import { createServer, type App } from "../../../src/http/create-server.js";
import { formatDateTime } from "../../../src/i18n/format.js";
import { createI18n } from "../../../src/i18n/i18n.js";
import { helsinkiTime } from "../../../src/i18n/time.js";
import { findParticipantByTelegramId } from "../../../src/participants/repository.js";
import { startTestBot, TEST_TOKEN, type TestBot } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

/**
 * Issue 15, staff side: availability, exceptions that hit booked appointments (the
 * participant is told in their language), booking on a participant's behalf with the
 * database deciding a race, outcomes, the interpreter list, and the counsellor's private
 * iCalendar feed, read back by an independent parser (ical.js).
 */
const ADMIN = "admin-token-0123456789abcdef-0123456789";
const h = helsinkiTime;
const FSI = "\u2068";
const PDI = "\u2069";

let testDb: TestDatabase;
let app: App;
let harness: TestBot;
let now: Date;
let anna: { id: number; token: string };
let ben: { id: number; token: string };
const clock = () => now;

beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(async () => {
  await app?.close();
  await testDb.close();
});
beforeEach(async () => {
  await testDb.reset();
  await app?.close();
  now = h(2026, 12, 1, 12, 0);
  harness = await startTestBot(testDb.database.db, {}, undefined, clock);
  const messenger = createMessenger(new Api(TEST_TOKEN, { fetch: harness.telegram.fetch }), createI18n(), pino({ level: "silent" }));
  app = await createServer({ database: testDb.database, logger: pino({ level: "silent" }), adminToken: ADMIN, messenger, clock, publicUrl: "https://bot.example.org" });
  const db = testDb.database.db;
  const a = await createStaff(db, { displayName: "Anna Virtanen", role: "counsellor" });
  const b = await createStaff(db, { displayName: "Ben", role: "counsellor" });
  anna = { id: a.id, token: (await issueToken(db, a.id, null)).token };
  ben = { id: b.id, token: (await issueToken(db, b.id, null)).token };
});

const as = (token: string) => ({ authorization: `Bearer ${token}` });
const call = (method: "GET" | "POST" | "PUT" | "DELETE", url: string, token: string, payload?: object) =>
  app.inject({ method, url, headers: as(token), ...(payload ? { payload } : {}) });

const availability = {
  languages: ["fi", "en"],
  slotMinutes: 60,
  homeRegions: ["paijat-hame"],
  officeAddress: "Kirkkokatu 1, Lahti",
  videoLink: "https://meet.example.org/anna",
  windows: [
    { kind: "office", weekday: 3, start: "09:00", end: "12:00" },
    { kind: "video", weekday: 4, start: "13:00", end: "15:00" },
  ],
};

async function participant(telegramId: number, language: string) {
  const chat = harness.user(telegramId);
  await chat.onboard(language);
  return { chat, id: (await findParticipantByTelegramId(testDb.database.db, telegramId))!.id };
}

describe("availability", () => {
  it("is set and read by the counsellor, refused to another, and checked", async () => {
    const put = await call("PUT", `/api/counsellors/${anna.id}/availability`, anna.token, availability);
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ staffId: anna.id, slotMinutes: 60, windows: availability.windows, exceptions: [], calendarFeed: false });
    expect((await call("GET", `/api/counsellors/${anna.id}/availability`, anna.token)).json().windows).toEqual(availability.windows);
    expect((await call("GET", `/api/counsellors/${anna.id}/availability`, ben.token)).statusCode).toBe(403);
    expect((await call("GET", `/api/counsellors/${anna.id}/availability`, ADMIN)).statusCode).toBe(200);

    const tooShort = await call("PUT", `/api/counsellors/${anna.id}/availability`, anna.token, { ...availability, windows: [{ kind: "phone", weekday: 1, start: "10:00", end: "10:30" }] });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().message).toContain("body/windows/0");
    const homeless = await call("PUT", `/api/counsellors/${anna.id}/availability`, anna.token, { ...availability, homeRegions: [], windows: [{ kind: "home", weekday: 1, start: "10:00", end: "12:00" }] });
    expect(homeless.statusCode).toBe(400);
    expect(homeless.json().message).toContain("homeRegions");
    expect((await call("PUT", `/api/counsellors/${anna.id}/availability`, anna.token, { ...availability, windows: [{ kind: "boat", weekday: 1, start: "10:00", end: "12:00" }] })).statusCode).toBe(400);
    expect((await call("PUT", `/api/counsellors/${anna.id}/availability`, anna.token, { ...availability, windows: [{ kind: "office", weekday: 8, start: "10:00", end: "12:00" }] })).statusCode).toBe(400);
    // Nothing stored was lost by the refused requests.
    expect((await call("GET", `/api/counsellors/${anna.id}/availability`, anna.token)).json().windows).toEqual(availability.windows);
  });

  it("refuses windows of one counsellor that overlap, of any kind, and keeps those stored", async () => {
    expect((await call("PUT", `/api/counsellors/${anna.id}/availability`, anna.token, availability)).statusCode).toBe(200);
    const overlapping = [
      [{ kind: "office", weekday: 1, start: "09:00", end: "11:00" }, { kind: "office", weekday: 1, start: "09:45", end: "12:00" }],
      [{ kind: "office", weekday: 2, start: "09:00", end: "12:00" }, { kind: "phone", weekday: 2, start: "10:00", end: "11:00" }],
      [{ kind: "video", weekday: 5, start: "08:00", end: "10:00" }, { kind: "office", weekday: 3, start: "13:00", end: "15:00" }, { kind: "phone", weekday: 5, start: "08:00", end: "10:00" }],
    ];
    for (const windows of overlapping) {
      const res = await call("PUT", `/api/counsellors/${anna.id}/availability`, anna.token, { ...availability, windows });
      expect(res.statusCode, JSON.stringify(windows)).toBe(400);
      expect(res.json().message).toMatch(/^body\/windows\/\d .*overlaps body\/windows\/\d .*must not overlap/);
    }
    expect((await call("GET", `/api/counsellors/${anna.id}/availability`, anna.token)).json().windows).toEqual(availability.windows);
    // Windows that only touch, or fall on other days, are fine.
    const touching = [
      { kind: "office", weekday: 1, start: "09:00", end: "11:00" },
      { kind: "phone", weekday: 1, start: "11:00", end: "12:00" },
      { kind: "video", weekday: 2, start: "09:00", end: "11:00" },
    ];
    expect((await call("PUT", `/api/counsellors/${anna.id}/availability`, anna.token, { ...availability, windows: touching })).statusCode).toBe(200);
    expect((await call("GET", `/api/counsellors/${anna.id}/availability`, anna.token)).json().windows).toEqual(touching);
  });
});

describe("home visits", () => {
  it("are offered only to participants of the regions the counsellor covers", async () => {
    await call("PUT", `/api/counsellors/${anna.id}/availability`, anna.token, { ...availability, windows: [{ kind: "home", weekday: 3, start: "09:00", end: "11:00" }] });
    const near = await participant(806, "English");
    const far = await participant(807, "English");
    // (Participants answer the region question in the survey.)
    await saveAnswer(testDb.database.db, near.id, "region", "paijat-hame");
    await saveAnswer(testDb.database.db, far.id, "region", "meri-lappi");
    expect((await call("GET", `/api/appointments/free-times?kind=home&participantId=${near.id}`, anna.token)).json().items).toHaveLength(10);
    expect((await call("GET", `/api/appointments/free-times?kind=home&participantId=${far.id}`, anna.token)).json().items).toEqual([]);
    // In the bot: the one far away is not offered a home visit at all.
    await far.chat.send("/appointment");
    expect(far.chat.lastMessage().text).toBe("Sorry, there are no free times now. Please try again later, or talk to a person.");
    await near.chat.send("/appointment");
    expect(near.chat.buttons().map((b) => b.text)).toEqual(["🏠 At my home", "✖ Stop"]);
    // A forged booking for the far one is refused.
    const forged = await call("POST", "/api/appointments", anna.token, { participantId: far.id, counsellorId: anna.id, kind: "home", startsAt: h(2026, 12, 2, 9, 0).toISOString() });
    expect(forged.statusCode).toBe(409);
  });
});

describe("appointments", () => {
  beforeEach(async () => {
    await call("PUT", `/api/counsellors/${anna.id}/availability`, anna.token, availability);
  });

  it("books on a participant's behalf, tells them, and answers 409 with the next times when taken", async () => {
    const p = await participant(801, "English");
    const q = await participant(802, "English");
    const free = await call("GET", "/api/appointments/free-times?kind=office&limit=2", anna.token);
    expect(free.json().items.map((s: { startsAt: string }) => s.startsAt)).toEqual([h(2026, 12, 2, 9, 0).toISOString(), h(2026, 12, 2, 10, 0).toISOString()]);
    const body = { participantId: p.id, counsellorId: anna.id, kind: "office", startsAt: h(2026, 12, 2, 9, 0).toISOString(), interpreterLanguage: "so" };
    const booked = await call("POST", "/api/appointments", anna.token, body);
    expect(booked.statusCode).toBe(201);
    expect(booked.json()).toMatchObject({ participantId: p.id, counsellorId: anna.id, status: "booked", interpreterLanguage: "so" });
    expect(p.chat.texts().at(-1)).toBe(`✅ Your meeting is booked.\n🏢 At the office, ${formatDateTime(h(2026, 12, 2, 9, 0), "en")}\nAddress: Kirkkokatu 1, Lahti`);

    const again = await call("POST", "/api/appointments", anna.token, { ...body, participantId: q.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().nextTimes[0].startsAt).toBe(h(2026, 12, 2, 10, 0).toISOString());
    // A time outside the windows, and someone else's calendar.
    expect((await call("POST", "/api/appointments", anna.token, { ...body, startsAt: h(2026, 12, 2, 9, 30).toISOString() })).statusCode).toBe(409);
    expect((await call("POST", "/api/appointments", ben.token, body)).statusCode).toBe(403);
    expect((await call("POST", "/api/appointments", anna.token, { ...body, participantId: 999999 })).statusCode).toBe(404);

    const list = await call("GET", `/api/appointments?from=${h(2026, 12, 1, 0, 0).toISOString()}&to=${h(2026, 12, 31, 0, 0).toISOString()}`, anna.token);
    expect(list.json().items).toHaveLength(1);
    expect((await call("GET", `/api/appointments?from=${h(2026, 12, 1, 0, 0).toISOString()}&to=${h(2026, 12, 31, 0, 0).toISOString()}`, ben.token)).json().items).toHaveLength(0);
  });

  it("are listed by Helsinki days or instants, this week by default, and a wrong period is a 400", async () => {
    const p = await participant(803, "English");
    for (const startsAt of [h(2026, 12, 2, 9, 0), h(2026, 12, 9, 9, 0)]) {
      expect((await call("POST", "/api/appointments", anna.token, { participantId: p.id, counsellorId: anna.id, kind: "office", startsAt: startsAt.toISOString() })).statusCode).toBe(201);
    }
    const starts = async (query: string) => {
      const res = await call("GET", `/api/appointments${query}`, anna.token);
      expect(res.statusCode, query).toBe(200);
      return res.json().items.map((a: { startsAt: string }) => a.startsAt);
    };
    const thisWeek = h(2026, 12, 2, 9, 0).toISOString();
    const nextWeek = h(2026, 12, 9, 9, 0).toISOString();
    // Now is Tuesday 1 December: this week is Monday 30 November to Monday 7 December.
    expect(await starts("")).toEqual([thisWeek]);
    expect(await starts("?from=2026-12-02&to=2026-12-03")).toEqual([thisWeek]);
    expect(await starts("?from=2026-11-01&to=2027-01-01")).toEqual([thisWeek, nextWeek]);
    // One end: a week from it.
    expect(await starts("?from=2026-12-03")).toEqual([nextWeek]);
    expect(await starts("?to=2026-12-03")).toEqual([thisWeek]);
    expect(await starts("?to=2026-12-02")).toEqual([]);
    // Instants as before, and mixed with a day.
    expect(await starts(`?from=${h(2026, 12, 2, 9, 0).toISOString()}&to=2026-12-10`)).toEqual([thisWeek, nextWeek]);
    expect(await starts(`?from=${encodeURIComponent("2026-12-02T09:01:00+02:00")}`)).toEqual([nextWeek]);
    for (const query of ["?from=2026-12-03&to=2026-12-02", "?from=2026-12-03&to=2026-12-03"]) {
      const res = await call("GET", `/api/appointments${query}`, anna.token);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().message).toBe("querystring/to must be after from");
    }
    for (const query of ["?from=2026-13-01", "?to=tomorrow", "?from=2026-12-1"]) {
      const res = await call("GET", `/api/appointments${query}`, anna.token);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().message, query).toMatch(/^querystring\/(from|to) /);
    }
  });

  it("free times can be asked for one counsellor, and a taken time offers the booking counsellor's next times only", async () => {
    // Ben opens earlier on the same day: mixed lists would offer his 07:00 and 08:00 first.
    await call("PUT", `/api/counsellors/${ben.id}/availability`, ben.token, { ...availability, windows: [{ kind: "office", weekday: 3, start: "07:00", end: "12:00" }] });
    const starts = (r: { json: () => { items: { startsAt: string; counsellorId: number }[] } }) => r.json().items.map((s) => [s.counsellorId, s.startsAt]);
    const mixed = await call("GET", "/api/appointments/free-times?kind=office&limit=2", anna.token);
    expect(starts(mixed)).toEqual([[ben.id, h(2026, 12, 2, 7, 0).toISOString()], [ben.id, h(2026, 12, 2, 8, 0).toISOString()]]);
    const annas = await call("GET", `/api/appointments/free-times?kind=office&limit=2&counsellorId=${anna.id}`, anna.token);
    expect(starts(annas)).toEqual([[anna.id, h(2026, 12, 2, 9, 0).toISOString()], [anna.id, h(2026, 12, 2, 10, 0).toISOString()]]);

    const p = await participant(808, "English");
    const q = await participant(809, "English");
    const body = { participantId: p.id, counsellorId: anna.id, kind: "office", startsAt: h(2026, 12, 2, 9, 0).toISOString() };
    expect((await call("POST", "/api/appointments", anna.token, body)).statusCode).toBe(201);
    const taken = await call("POST", "/api/appointments", anna.token, { ...body, participantId: q.id });
    expect(taken.statusCode).toBe(409);
    const next = taken.json().nextTimes as { counsellorId: number; startsAt: string }[];
    expect(next.map((s) => s.counsellorId)).toEqual([anna.id, anna.id, anna.id, anna.id, anna.id]);
    expect(next[0]!.startsAt).toBe(h(2026, 12, 2, 10, 0).toISOString());
    expect((await call("GET", "/api/appointments/free-times?kind=office&counsellorId=0", anna.token)).statusCode).toBe(400);
  });

  it("an exception cancels the appointments it hits, lists them for rebooking and tells each participant in their language", async () => {
    const p = await participant(803, "العربية");
    const created = await call("POST", "/api/appointments", anna.token, { participantId: p.id, counsellorId: anna.id, kind: "office", startsAt: h(2026, 12, 2, 10, 0).toISOString() });
    // The answer to the booking names the participant's language as the lists do.
    expect(created.json()).toMatchObject({ participantLanguage: "ar" });
    const id = created.json().id;
    const sick = await call("POST", `/api/counsellors/${anna.id}/exceptions`, anna.token, { startsAt: h(2026, 12, 2, 0, 0).toISOString(), endsAt: h(2026, 12, 3, 0, 0).toISOString(), reason: "sick" });
    expect(sick.statusCode).toBe(201);
    expect(sick.json().affected).toMatchObject([{ id, status: "cancelled", needsRebooking: true, cancelledBy: "exception", participantLanguage: "ar" }]);
    expect(p.chat.texts().at(-1)).toBe(`❗ عذرًا، لا يمكن أن يتم موعدك في ${FSI}${formatDateTime(h(2026, 12, 2, 10, 0), "ar")}${PDI}. المرشد غائب. الرجاء اختيار وقت جديد.`);
    expect(p.chat.buttons().map((b) => b.callback_data)).toEqual(["apt:new"]);
    const rebook = await call("GET", `/api/appointments?from=${now.toISOString()}&to=${now.toISOString()}&needsRebooking=true`, ADMIN);
    expect(rebook.json().items.map((a: { id: number; participantLanguage: string }) => [a.id, a.participantLanguage])).toEqual([[id, "ar"]]);
    // The day of the exception offers no times any more.
    const free = await call("GET", "/api/appointments/free-times?kind=office&limit=1", anna.token);
    expect(free.json().items[0].startsAt).toBe(h(2026, 12, 9, 9, 0).toISOString());
    // Booked again: nothing left to rebook.
    expect((await call("POST", "/api/appointments", anna.token, { participantId: p.id, counsellorId: anna.id, kind: "office", startsAt: h(2026, 12, 9, 9, 0).toISOString() })).statusCode).toBe(201);
    expect((await call("GET", `/api/appointments?from=${now.toISOString()}&to=${now.toISOString()}&needsRebooking=true`, ADMIN)).json().items).toEqual([]);
    expect((await call("POST", `/api/counsellors/${anna.id}/exceptions`, anna.token, { startsAt: h(2026, 12, 3, 0, 0).toISOString(), endsAt: h(2026, 12, 2, 0, 0).toISOString(), reason: "sick" })).statusCode).toBe(400);
    // Over already: refused, and nothing is added that the list of coming absences would hide.
    const past = await call("POST", `/api/counsellors/${anna.id}/exceptions`, anna.token, { startsAt: "2025-01-01T00:00:00.000Z", endsAt: "2025-01-02T00:00:00.000Z", reason: "holiday" });
    expect(past.statusCode).toBe(400);
    expect(past.json().message).toBe("the absence is over already: give one that ends in the future");
    const events = await testDb.database.db.select().from(outbox);
    expect(events.map((e) => e.event)).toEqual(["appointment.booked", "appointment.cancelled", "appointment.booked"]);
  });

  it("a new booking settles one of the meetings an absence cancelled, not every one of them", async () => {
    const p = await participant(806, "English");
    const book = (hour: number, day = 2) => call("POST", "/api/appointments", anna.token, { participantId: p.id, counsellorId: anna.id, kind: "office", startsAt: h(2026, 12, day, hour, 0).toISOString() });
    const ten = (await book(10)).json().id;
    const eleven = (await book(11)).json().id;
    await call("POST", `/api/counsellors/${anna.id}/exceptions`, anna.token, { startsAt: h(2026, 12, 2, 0, 0).toISOString(), endsAt: h(2026, 12, 3, 0, 0).toISOString(), reason: "sick" });
    const waiting = async () => (await call("GET", "/api/appointments?needsRebooking=true", ADMIN)).json().items.map((a: { id: number }) => a.id);
    expect(await waiting()).toEqual([ten, eleven]);
    expect((await book(9, 9)).statusCode).toBe(201);
    expect(await waiting()).toEqual([eleven]);
    expect((await book(10, 9)).statusCode).toBe(201);
    expect(await waiting()).toEqual([]);
  });

  it("records outcomes and staff notes only once the meeting has begun, and lists interpreter bookings per day", async () => {
    const p = await participant(804, "English");
    const id = (await call("POST", "/api/appointments", anna.token, { participantId: p.id, counsellorId: anna.id, kind: "video", startsAt: h(2026, 12, 3, 13, 0).toISOString(), interpreterLanguage: "ar" })).json().id;
    const early = await call("POST", `/api/appointments/${id}/outcome`, anna.token, { outcome: "met", note: "Talked about work" });
    expect(early.statusCode).toBe(409);
    const day = await call("GET", "/api/interpreter-bookings?date=2026-12-03", ADMIN);
    expect(day.json()).toMatchObject({ date: "2026-12-03", items: [{ appointmentId: id, language: "ar", counsellor: "Anna Virtanen", participantId: p.id, kind: "video" }] });
    const csv = await call("GET", "/api/interpreter-bookings?date=2026-12-03&format=csv", ADMIN);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body).toContain("\uFEFFdate,start,end,language,kind,counsellor,participant,appointment");
    expect(csv.body).toContain(`2026-12-03,13:00,14:00,ar,video,Anna Virtanen,${p.id},${id}`);
    expect((await call("GET", "/api/interpreter-bookings?date=2026-12-04", ADMIN)).json().items).toEqual([]);
    expect((await call("GET", "/api/interpreter-bookings?date=2026-13-01", ADMIN)).statusCode).toBe(400);
    const impossible = await call("GET", "/api/interpreter-bookings?date=2026-02-30", ADMIN);
    expect(impossible.statusCode).toBe(400);
    expect(impossible.json().message).toBe("querystring/date 2026-02-30 is not a day of the calendar");

    now = h(2026, 12, 3, 14, 5);
    const met = await call("POST", `/api/appointments/${id}/outcome`, anna.token, { outcome: "met", note: "Talked about work" });
    expect(met.json()).toMatchObject({ outcome: "met", staffNote: "Talked about work" });
    expect((await call("POST", `/api/appointments/${id}/outcome`, ben.token, { outcome: "no_show" })).statusCode).toBe(403);
    expect((await call("POST", `/api/appointments/${id}/outcome`, anna.token, { outcome: "maybe" })).statusCode).toBe(400);
  });

  it("serves a private iCalendar feed an independent parser reads, with participants by number and language only; revocable", async () => {
    const p = await participant(805, "العربية");
    const first = (await call("POST", "/api/appointments", anna.token, { participantId: p.id, counsellorId: anna.id, kind: "office", startsAt: h(2026, 12, 2, 9, 0).toISOString(), interpreterLanguage: "ar", reason: "health" })).json();
    const second = (await call("POST", "/api/appointments", anna.token, { participantId: p.id, counsellorId: anna.id, kind: "video", startsAt: h(2026, 12, 3, 14, 0).toISOString() })).json();
    await call("POST", `/api/appointments/${second.id}/cancel`, anna.token);

    const made = await call("POST", `/api/counsellors/${anna.id}/calendar-token`, anna.token);
    expect(made.statusCode).toBe(201);
    const { path, url } = made.json();
    expect(url).toBe(`https://bot.example.org${path}`);
    expect((await call("POST", `/api/counsellors/${anna.id}/calendar-token`, ben.token)).statusCode).toBe(403);

    const feed = await app.inject({ url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers["content-type"]).toContain("text/calendar");
    const calendar = new ICAL.Component(ICAL.parse(feed.body));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    const [e1, e2] = events;
    expect(e1!.startDate.toJSDate().getTime()).toBe(h(2026, 12, 2, 9, 0).getTime());
    expect(e1!.endDate.toJSDate().getTime()).toBe(h(2026, 12, 2, 10, 0).getTime());
    expect(e1!.summary).toBe(`Guidance (office): participant #${p.id} (ar, interpreter ar)`);
    expect(e1!.uid).toBe(`appointment-${first.id}@kotoutumisbotti`);
    // Where: the counsellor's own office (a video meeting would have the link), never a home.
    expect(e1!.location).toBe("Kirkkokatu 1, Lahti");
    expect(e2!.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    // Nothing that names the person or what they talk about.
    expect(feed.body).not.toMatch(/User 805|health|Anna Virtanen.*note/);

    const revoked = await call("DELETE", `/api/counsellors/${anna.id}/calendar-token`, anna.token);
    expect(revoked.statusCode).toBe(204);
    expect((await app.inject({ url: path })).statusCode).toBe(404);
    expect((await app.inject({ url: "/calendar/not-a-token.ics" })).statusCode).toBe(400);
    expect((await call("DELETE", `/api/counsellors/${anna.id}/calendar-token`, anna.token)).statusCode).toBe(404);
  });
});
