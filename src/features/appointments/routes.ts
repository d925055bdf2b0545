import { createHash } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { FastifyReply, FastifyRequest } from "fastify";
import { InlineKeyboard } from "grammy";
import { Type } from "typebox";
import type { Messenger } from "../../bot/messenger.js";
import type { Db } from "../../db/client.js";
import { APPOINTMENT_KINDS, counsellorProfiles, staff } from "../../db/schema.js";
import { sendCsv, wantsCsv } from "../../http/csv.js";
import { errorResponse, errorResponses, HumanText, MAX_ID } from "../../http/schemas.js";
import { helsinkiDatePlusDays, helsinkiParts, helsinkiTime } from "../../i18n/time.js";
import { findParticipant } from "../../participants/repository.js";
import type { FailedAuthLimiter } from "../../http/failed-auth.js";
import { eq, sql } from "drizzle-orm";
import { counsellorFeed } from "./ical.js";
import {
  addException,
  bookAppointment,
  cancelAppointment,
  createCalendarToken,
  deleteException,
  findAppointment,
  findFreeTimes,
  interpreterBookings,
  listAppointments,
  listExceptions,
  loadAvailability,
  needingRebooking,
  participantRegion,
  recordOutcome,
  revokeCalendarToken,
  saveAvailability,
  staffForCalendarToken,
  withParticipantLocales,
  type Appointment,
} from "./repository.js";
import { INTERPRETER_LANGUAGES, kindLabel, localeOf, REASONS, timeLabel, whereLine } from "./render.js";
import { SURVEY_REGIONS } from "../survey/regions.js";

/** Namespace of the advisory lock one counsellor's availability saves take turns on (the other key is the staff id). */
const AVAILABILITY_LOCK_NAMESPACE = 15;

const REGIONS = [...SURVEY_REGIONS];

const Kind = Type.String({ enum: [...APPOINTMENT_KINDS], description: "office, phone, video or home (a home visit)" });
const ClockTime = Type.String({ pattern: "^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$", description: "Helsinki wall-clock time, HH:MM (24:00 ends a window at midnight)" });
/** A query's day (YYYY-MM-DD, in Helsinki) or instant (ISO date-time with its offset). */
const DayOrTime = (description: string) => Type.Union([Type.String({ format: "date" }), Type.String({ format: "date-time" })], { description });

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const WEEK_MS = 7 * 24 * 3600_000;

/** Helsinki midnight at the start of a YYYY-MM-DD day. */
function helsinkiMidnight(day: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  return helsinkiTime(y!, m!, d!, 0, 0);
}

/** The start of `date`'s Helsinki day plus `days` days. */
function helsinkiDayStart(date: Date, days: number): Date {
  const d = helsinkiDatePlusDays(date, days);
  return helsinkiTime(d.year, d.month, d.day, 0, 0);
}

/**
 * GET /appointments' period [from, to): a day is read from its Helsinki midnight, an
 * instant as it is; a missing end is a week from the other one, and with neither the
 * period is this week in Helsinki, Monday to Monday.
 */
export function appointmentPeriod(fromText: string | undefined, toText: string | undefined, now: Date): { from: Date; to: Date } {
  const read = (text: string) => (DAY.test(text) ? helsinkiMidnight(text) : new Date(text));
  const plusWeek = (text: string, date: Date, sign: 1 | -1) => (DAY.test(text) ? helsinkiDayStart(date, 7 * sign) : new Date(date.getTime() + sign * WEEK_MS));
  if (fromText !== undefined) {
    const from = read(fromText);
    return { from, to: toText !== undefined ? read(toText) : plusWeek(fromText, from, 1) };
  }
  if (toText !== undefined) {
    const to = read(toText);
    return { from: plusWeek(toText, to, -1), to };
  }
  const p = helsinkiParts(now);
  const sinceMonday = (new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() + 6) % 7;
  return { from: helsinkiDayStart(now, -sinceMonday), to: helsinkiDayStart(now, 7 - sinceMonday) };
}

const StaffParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: MAX_ID, description: "the counsellor's staff id" }) });
const AppointmentParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: MAX_ID }) });

const WindowView = Type.Object({
  kind: Kind,
  weekday: Type.Integer({ minimum: 1, maximum: 7, description: "1 Monday … 7 Sunday" }),
  start: ClockTime,
  end: ClockTime,
});
const AvailabilityBody = Type.Object(
  {
    languages: Type.Array(Type.String({ pattern: "^[a-z]{2,3}$" }), { uniqueItems: true, maxItems: 20, description: "ISO 639 codes the counsellor guides in" }),
    slotMinutes: Type.Integer({ minimum: 10, maximum: 240, description: "length of one appointment, minutes" }),
    homeRegions: Type.Array(Type.String({ enum: REGIONS }), { uniqueItems: true, description: "survey regions where the counsellor makes home visits" }),
    officeAddress: Type.Union([HumanText(300), Type.Null()]),
    videoLink: Type.Union([Type.String({ format: "uri", pattern: "^https://", maxLength: 500 }), Type.Null()]),
    windows: Type.Array(WindowView, { maxItems: 100, description: "weekly openings per kind of meeting" }),
    version: Type.Optional(
      Type.String({ maxLength: 64, description: "the `version` of the settings this change was made on (from GET): when they were changed meanwhile (another tab, another person), 409 and nothing is saved" }),
    ),
  },
  { additionalProperties: false },
);
const ExceptionView = Type.Object({
  id: Type.Integer(),
  startsAt: Type.String({ format: "date-time" }),
  endsAt: Type.String({ format: "date-time" }),
  reason: Type.String({ enum: ["holiday", "sick", "other"] }),
});
const AvailabilityView = Type.Object({
  staffId: Type.Integer(),
  ...AvailabilityBody.properties,
  version: Type.String({ description: "changes with any change of these settings; send it back with PUT" }),
  exceptions: Type.Array(ExceptionView, { description: "exceptions not yet over" }),
  calendarFeed: Type.Boolean({ description: "whether a calendar feed token exists" }),
});
const AppointmentView = Type.Object({
  id: Type.Integer(),
  participantId: Type.Integer(),
  participantLanguage: Type.Union([Type.String(), Type.Null()]),
  counsellorId: Type.Integer(),
  kind: Kind,
  startsAt: Type.String({ format: "date-time" }),
  endsAt: Type.String({ format: "date-time" }),
  status: Type.String({ enum: ["booked", "cancelled"] }),
  interpreterLanguage: Type.Union([Type.String(), Type.Null()]),
  reason: Type.Union([Type.String({ enum: [...REASONS] }), Type.Null()]),
  needsRebooking: Type.Boolean({ description: "cancelled by an exception of the counsellor: to be booked again" }),
  cancelledBy: Type.Union([Type.String({ enum: ["participant", "staff", "exception"] }), Type.Null()]),
  outcome: Type.Union([Type.String({ enum: ["met", "no_show", "cancelled_late"] }), Type.Null()]),
  staffNote: Type.Union([Type.String(), Type.Null()], { description: "staff only; never shown to the participant or sent in events" }),
});
const FreeTime = Type.Object({ counsellorId: Type.Integer(), kind: Kind, startsAt: Type.String({ format: "date-time" }), endsAt: Type.String({ format: "date-time" }) });
const Forbidden = errorResponse("A counsellor's token on another counsellor's calendar or appointment");
const Conflict = Type.Object(
  { error: Type.String(), message: Type.String(), nextTimes: Type.Array(FreeTime, { description: "the next free times of that kind" }) },
  { description: "The time was taken (or is not open): the next free times are offered" },
);

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/**
 * An appointment as the API shows it. The participant's language is required, so no
 * route can answer `participantLanguage: null` for a participant who has one: a single
 * row gets it through `viewOne`.
 */
function view(a: Appointment & { participantLocale: string | null }) {
  return {
    id: a.id,
    participantId: a.participantId,
    participantLanguage: a.participantLocale ?? null,
    counsellorId: a.staffId,
    kind: a.kind,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    status: a.status,
    interpreterLanguage: a.interpreterLanguage,
    reason: a.reason,
    needsRebooking: a.needsRebooking,
    cancelledBy: a.cancelledBy,
    outcome: a.outcome,
    staffNote: a.staffNote,
  };
}

/** `view` of one appointment, with its participant's language read. */
async function viewOne(db: Db, a: Appointment) {
  const [withLocale] = await withParticipantLocales(db, [a]);
  return view(withLocale!);
}

/** A counsellor acts on their own calendar only; admins on anyone's. */
function ownOrAdmin(request: FastifyRequest, reply: FastifyReply, staffId: number): boolean {
  const who = request.principal;
  if (who.role === "admin" || who.staffId === staffId) return true;
  void reply.status(403).send({ error: "Forbidden", message: "a counsellor can only manage their own calendar" });
  return false;
}

/** Tells a participant about an appointment in their language (after the change committed). */
async function tell(db: Db, messenger: Messenger | undefined, a: Appointment, key: "apt-exception-notice" | "apt-cancelled" | "apt-booked"): Promise<void> {
  if (!messenger) return;
  const [place] = await db.select().from(counsellorProfiles).where(eq(counsellorProfiles.staffId, a.staffId));
  await messenger.toParticipant(db, a.participantId, (t, locale) => ({
    text: t(key, {
      time: timeLabel(a.startsAt, localeOf(locale)),
      kind: kindLabel(t, a.kind),
      where: whereLine(t, a.kind, { officeAddress: place?.officeAddress ?? null, videoLink: place?.videoLink ?? null }),
    }),
    reply_markup: new InlineKeyboard().text(t(key === "apt-booked" ? "apt-my" : "apt-book"), key === "apt-booked" ? "apt:my" : "apt:new"),
  }));
}

/**
 * Individual guidance for staff: counsellors' availability (weekly windows per kind of
 * meeting, exceptions), the appointments with outcome and note, booking on a
 * participant's behalf, the interpreter list per day, and the calendar feed token.
 * Counsellors manage their own calendar; admins everyone's.
 */
export const appointmentRoutes: FastifyPluginAsyncTypebox<{ db: Db; messenger?: Messenger; clock?: () => Date; publicUrl?: string }> = async (
  app,
  { db, messenger, clock = () => new Date(), publicUrl },
) => {
  const common = { tags: ["appointments"], security: [{ bearer: [] }] };

  /** The settings as the API shows them, with their version: a hash of their content (not of the calendar token's changes). */
  async function settingsView(from: Db, staffId: number) {
    const settings = await loadAvailability(from, staffId);
    const view = {
      languages: settings?.languages ?? [],
      slotMinutes: settings?.slotMinutes ?? 45,
      homeRegions: settings?.homeRegions ?? [],
      officeAddress: settings?.officeAddress ?? null,
      videoLink: settings?.videoLink ?? null,
      windows: (settings?.windows ?? []).map((w) => ({ kind: w.kind, weekday: w.weekday, start: hhmm(w.startMinute), end: hhmm(w.endMinute) })),
    };
    return { ...view, version: createHash("sha256").update(JSON.stringify(view)).digest("hex").slice(0, 20) };
  }

  async function availabilityView(staffId: number) {
    const [profile] = await db.select({ token: counsellorProfiles.calendarTokenHash }).from(counsellorProfiles).where(eq(counsellorProfiles.staffId, staffId));
    const exceptions = await listExceptions(db, staffId, clock());
    return {
      staffId,
      ...(await settingsView(db, staffId)),
      exceptions: exceptions.map((e) => ({ id: e.id, startsAt: e.startsAt.toISOString(), endsAt: e.endsAt.toISOString(), reason: e.reason })),
      calendarFeed: !!profile?.token,
    };
  }

  async function staffExists(id: number): Promise<boolean> {
    const [row] = await db.select({ id: staff.id }).from(staff).where(eq(staff.id, id));
    return !!row;
  }

  app.get(
    "/counsellors/:id/availability",
    {
      config: { audit: "availability.read" },
      schema: {
        ...common,
        operationId: "getAvailability",
        summary: "A counsellor's languages, slot length, places, weekly windows and coming exceptions",
        params: StaffParams,
        response: { 200: AvailabilityView, 403: Forbidden, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (!ownOrAdmin(request, reply, request.params.id)) return reply;
      if (!(await staffExists(request.params.id))) return reply.status(404).send({ error: "Not Found", message: "no such staff member" });
      return availabilityView(request.params.id);
    },
  );

  app.put(
    "/counsellors/:id/availability",
    {
      config: { audit: "availability.update" },
      schema: {
        ...common,
        operationId: "setAvailability",
        summary: "Replaces a counsellor's settings and weekly windows (booked appointments stay)",
        params: StaffParams,
        body: AvailabilityBody,
        response: { 200: AvailabilityView, 403: Forbidden, 409: errorResponse("The settings were changed meanwhile (another tab or person): reload them and make the change again"), ...errorResponses },
      },
    },
    async (request, reply) => {
      if (!ownOrAdmin(request, reply, request.params.id)) return reply;
      if (!(await staffExists(request.params.id))) return reply.status(404).send({ error: "Not Found", message: "no such staff member" });
      const body = request.body;
      const windows = body.windows.map((w) => ({ kind: w.kind as Appointment["kind"], weekday: w.weekday, startMinute: minutesOf(w.start), endMinute: minutesOf(w.end) }));
      const bad = windows.findIndex((w) => w.startMinute + body.slotMinutes > w.endMinute);
      if (bad >= 0) return reply.status(400).send({ error: "Bad Request", message: `body/windows/${bad} must be at least one slot (${body.slotMinutes} minutes) long, start before end` });
      // One counsellor meets one person at a time, whatever the kind: overlapping windows
      // would offer times that cross each other, and the second booking would then be refused.
      const overlap = overlappingWindows(windows);
      if (overlap) {
        const [a, b] = overlap;
        const w = body.windows;
        return reply.status(400).send({
          error: "Bad Request",
          message: `body/windows/${b} (${w[b]!.kind}, day ${w[b]!.weekday} ${w[b]!.start}-${w[b]!.end}) overlaps body/windows/${a} (${w[a]!.kind} ${w[a]!.start}-${w[a]!.end}): a counsellor's windows must not overlap`,
        });
      }
      if (windows.some((w) => w.kind === "home") && body.homeRegions.length === 0) {
        return reply.status(400).send({ error: "Bad Request", message: "body/homeRegions must name at least one region when there are home-visit windows" });
      }
      const { version, ...settings } = body;
      const saved = await db.transaction(async (tx) => {
        // Two saves of one counsellor's settings take turns, so the version check below holds.
        await tx.execute(sql`select pg_advisory_xact_lock(${AVAILABILITY_LOCK_NAMESPACE}, ${request.params.id})`);
        if (version !== undefined && (await settingsView(tx, request.params.id)).version !== version) return false;
        await saveAvailability(tx, request.params.id, { ...settings, windows });
        return true;
      });
      if (!saved) {
        return reply.status(409).send({ error: "Conflict", message: "the availability was changed meanwhile (another tab or person): reload it and make your change again" });
      }
      return availabilityView(request.params.id);
    },
  );

  app.post(
    "/counsellors/:id/exceptions",
    {
      config: { audit: "availability.exception" },
      schema: {
        ...common,
        operationId: "addAvailabilityException",
        summary: "A time the counsellor is away; booked appointments in it are cancelled, listed for rebooking and their participants told",
        params: StaffParams,
        body: Type.Object(
          { startsAt: Type.String({ format: "date-time" }), endsAt: Type.String({ format: "date-time" }), reason: Type.String({ enum: ["holiday", "sick", "other"] }) },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ exception: ExceptionView, affected: Type.Array(AppointmentView, { description: "cancelled, to be booked again" }) }), 403: Forbidden, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (!ownOrAdmin(request, reply, request.params.id)) return reply;
      if (!(await staffExists(request.params.id))) return reply.status(404).send({ error: "Not Found", message: "no such staff member" });
      const startsAt = new Date(request.body.startsAt);
      const endsAt = new Date(request.body.endsAt);
      if (!(startsAt < endsAt)) return reply.status(400).send({ error: "Bad Request", message: "body/endsAt must be after body/startsAt" });
      // An absence that is already over would change nothing and, listed with the coming ones only, could never be seen again.
      if (endsAt <= clock()) return reply.status(400).send({ error: "Bad Request", message: "the absence is over already: give one that ends in the future" });
      const reason = request.body.reason as "holiday" | "sick" | "other";
      const result = await db.transaction((tx) => addException(tx, request.params.id, { startsAt, endsAt, reason }, clock()));
      request.audit.participantIds = result.affected.map((a) => a.participantId);
      for (const a of result.affected) await tell(db, messenger, a, "apt-exception-notice");
      const e = result.exception;
      return reply.status(201).send({
        exception: { id: e.id, startsAt: e.startsAt.toISOString(), endsAt: e.endsAt.toISOString(), reason: e.reason },
        affected: (await withParticipantLocales(db, result.affected)).map(view),
      });
    },
  );

  app.delete(
    "/counsellors/:id/exceptions/:exceptionId",
    {
      config: { audit: "availability.exception-delete" },
      schema: {
        ...common,
        operationId: "deleteAvailabilityException",
        summary: "Removes an exception (appointments it cancelled stay cancelled)",
        params: Type.Object({ id: StaffParams.properties.id, exceptionId: Type.Integer({ minimum: 1, maximum: MAX_ID }) }),
        response: { 204: Type.Null(), 403: Forbidden, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (!ownOrAdmin(request, reply, request.params.id)) return reply;
      if (!(await deleteException(db, request.params.id, request.params.exceptionId))) return reply.status(404).send({ error: "Not Found", message: "no such exception" });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/appointments",
    {
      config: { audit: "appointment.list" },
      schema: {
        ...common,
        operationId: "listAppointments",
        summary: "Appointments starting in [from, to), earliest first; a counsellor sees their own",
        querystring: Type.Object({
          from: Type.Optional(DayOrTime("the start: a Helsinki day (from its midnight) or an instant; default: this week's Monday, or a week before `to`")),
          to: Type.Optional(DayOrTime("the end, not included: a Helsinki day (up to its midnight) or an instant; default: a week after `from`")),
          counsellorId: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_ID })),
          needsRebooking: Type.Optional(Type.Boolean({ description: "true: only those an exception cancelled, to be booked again (any time)" })),
        }),
        response: { 200: Type.Object({ items: Type.Array(AppointmentView) }), 403: Forbidden, ...errorResponses },
      },
    },
    async (request, reply) => {
      const who = request.principal;
      const staffId = who.role === "admin" ? request.query.counsellorId : (who.staffId ?? undefined);
      if (who.role !== "admin" && request.query.counsellorId !== undefined && request.query.counsellorId !== who.staffId) {
        return reply.status(403).send({ error: "Forbidden", message: "a counsellor sees only their own appointments" });
      }
      if (request.query.needsRebooking) {
        const rows = await needingRebooking(db, staffId);
        request.audit.participantIds = rows.map((r) => r.participantId);
        return { items: rows.map(view) };
      }
      const { from, to } = appointmentPeriod(request.query.from, request.query.to, clock());
      if (to <= from) return reply.status(400).send({ error: "Bad Request", message: "querystring/to must be after from" });
      const rows = await listAppointments(db, { staffId, from, to });
      request.audit.participantIds = rows.map((r) => r.participantId);
      return { items: rows.map(view) };
    },
  );

  app.get(
    "/appointments/free-times",
    {
      config: { audit: "appointment.free-times" },
      schema: {
        ...common,
        operationId: "listFreeTimes",
        summary: "The next free times of a kind of meeting (for booking on a participant's behalf)",
        querystring: Type.Object({
          kind: Kind,
          participantId: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_ID, description: "home visits: the participant's region decides" })),
          counsellorId: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_ID, description: "only this counsellor's times" })),
          after: Type.Optional(Type.String({ format: "date-time" })),
          limit: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
        }),
        response: { 200: Type.Object({ items: Type.Array(FreeTime) }), ...errorResponses },
      },
    },
    async (request) => {
      const { kind, participantId, counsellorId, after, limit } = request.query;
      const region = participantId ? await participantRegion(db, participantId) : undefined;
      const slots = await findFreeTimes(db, { kind: kind as Appointment["kind"], region, now: clock(), after: after ? new Date(after) : undefined, limit, staffId: counsellorId });
      return { items: slots.map((s) => ({ counsellorId: s.staffId, kind: s.kind, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })) };
    },
  );

  app.post(
    "/appointments",
    {
      config: { audit: "appointment.book" },
      schema: {
        ...common,
        operationId: "bookAppointment",
        summary: "Books a time on a participant's behalf; the participant is told in their language",
        body: Type.Object(
          {
            participantId: Type.Integer({ minimum: 1, maximum: MAX_ID }),
            counsellorId: Type.Integer({ minimum: 1, maximum: MAX_ID }),
            kind: Kind,
            startsAt: Type.String({ format: "date-time" }),
            interpreterLanguage: Type.Union([Type.String({ enum: [...INTERPRETER_LANGUAGES] }), Type.Null()], { default: null }),
            reason: Type.Union([Type.String({ enum: [...REASONS] }), Type.Null()], { default: null }),
          },
          { additionalProperties: false },
        ),
        response: { 201: AppointmentView, 403: Forbidden, 409: Conflict, ...errorResponses },
      },
    },
    async (request, reply) => {
      const body = request.body;
      request.audit.participantId = body.participantId;
      if (!ownOrAdmin(request, reply, body.counsellorId)) return reply;
      if (!(await findParticipant(db, body.participantId))) return reply.status(404).send({ error: "Not Found", message: "no such participant" });
      const kind = body.kind as Appointment["kind"];
      const result = await db.transaction((tx) =>
        bookAppointment(tx, {
          participantId: body.participantId,
          staffId: body.counsellorId,
          kind,
          startsAt: new Date(body.startsAt),
          interpreterLanguage: body.interpreterLanguage ?? null,
          reason: body.reason ?? null,
          now: clock(),
        }),
      );
      if (!result.ok) {
        // Times the caller can book instead: the same counsellor's, where this participant can be visited.
        const next = await findFreeTimes(db, { kind, region: await participantRegion(db, body.participantId), now: clock(), limit: 5, staffId: body.counsellorId });
        return reply.status(409).send({
          error: "Conflict",
          message: result.why === "taken" ? "that time was just taken" : "that time is not open for booking (outside the windows, in an exception or too soon)",
          nextTimes: next.map((s) => ({ counsellorId: s.staffId, kind: s.kind, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })),
        });
      }
      await tell(db, messenger, result.appointment, "apt-booked");
      return reply.status(201).send(await viewOne(db, result.appointment));
    },
  );

  app.post(
    "/appointments/:id/cancel",
    {
      config: { audit: "appointment.cancel" },
      schema: {
        ...common,
        operationId: "cancelAppointment",
        summary: "Cancels an appointment (staff, at any time); the participant is told",
        params: AppointmentParams,
        response: { 200: AppointmentView, 403: Forbidden, 409: errorResponse("Already cancelled"), ...errorResponses },
      },
    },
    async (request, reply) => {
      const a = await findAppointment(db, request.params.id);
      if (!a) return reply.status(404).send({ error: "Not Found", message: "no such appointment" });
      request.audit.participantId = a.participantId;
      if (!ownOrAdmin(request, reply, a.staffId)) return reply;
      const result = await db.transaction((tx) => cancelAppointment(tx, { appointmentId: a.id, by: "staff", now: clock(), changeHours: 0 }));
      if (!result.ok) return reply.status(409).send({ error: "Conflict", message: "the appointment is already cancelled" });
      await tell(db, messenger, result.appointment, "apt-cancelled");
      return viewOne(db, result.appointment);
    },
  );

  app.post(
    "/appointments/:id/outcome",
    {
      config: { audit: "appointment.outcome" },
      schema: {
        ...common,
        operationId: "recordAppointmentOutcome",
        summary: "Records what happened (met, did not come, cancelled late) and a staff-only note",
        params: AppointmentParams,
        body: Type.Object(
          { outcome: Type.String({ enum: ["met", "no_show", "cancelled_late"] }), note: Type.Union([HumanText(4000), Type.Null()], { default: null }) },
          { additionalProperties: false },
        ),
        response: { 200: AppointmentView, 403: Forbidden, 409: errorResponse("The appointment has not started yet"), ...errorResponses },
      },
    },
    async (request, reply) => {
      const a = await findAppointment(db, request.params.id);
      if (!a) return reply.status(404).send({ error: "Not Found", message: "no such appointment" });
      request.audit.participantId = a.participantId;
      if (!ownOrAdmin(request, reply, a.staffId)) return reply;
      if (request.body.outcome !== "cancelled_late" && a.startsAt > clock()) {
        return reply.status(409).send({ error: "Conflict", message: "the appointment has not started yet" });
      }
      const row = await recordOutcome(db, a.id, request.body.outcome as "met" | "no_show" | "cancelled_late", request.body.note ?? null);
      return viewOne(db, row!);
    },
  );

  app.get(
    "/interpreter-bookings",
    {
      config: { audit: "appointment.interpreters" },
      schema: {
        ...common,
        operationId: "listInterpreterBookings",
        summary: "Appointments needing an interpreter on one Helsinki day (JSON, or CSV with Accept: text/csv or ?format=csv)",
        querystring: Type.Object({
          date: Type.String({ pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", description: "YYYY-MM-DD, Helsinki day" }),
          format: Type.Optional(Type.String({ enum: ["json", "csv"] })),
        }),
        response: {
          200: Type.Object({
            date: Type.String(),
            items: Type.Array(
              Type.Object({
                appointmentId: Type.Integer(),
                startsAt: Type.String({ format: "date-time" }),
                endsAt: Type.String({ format: "date-time" }),
                kind: Kind,
                language: Type.String(),
                counsellorId: Type.Integer(),
                counsellor: Type.String(),
                participantId: Type.Integer(),
              }),
            ),
          }),
          403: errorResponse("The token is a counsellor's: the interpreter list is for coordinators (admins)"),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      if (request.principal.role !== "admin" && request.principal.role !== "coordinator") return reply.status(403).send({ error: "Forbidden", message: "the interpreter list is for coordinators and admins" });
      const [y, m, d] = request.query.date.split("-").map(Number) as [number, number, number];
      const day = new Date(Date.UTC(y, m - 1, d));
      if (day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return reply.status(400).send({ error: "Bad Request", message: `querystring/date ${request.query.date} is not a day of the calendar` });
      const from = helsinkiTime(y, m, d, 0, 0);
      const next = new Date(Date.UTC(y, m - 1, d + 1));
      const to = helsinkiTime(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, 0);
      const rows = await interpreterBookings(db, from, to);
      request.audit.participantIds = rows.map((r) => r.participantId);
      if (wantsCsv(request)) {
        return sendCsv(
          reply,
          `interpreters-${request.query.date}.csv`,
          // Date and times as a spreadsheet sorts and filters them: ISO date, 24-hour Helsinki times.
          ["date", "start", "end", "language", "kind", "counsellor", "participant", "appointment"],
          rows.map((r) => [request.query.date, helsinkiClock(r.startsAt), helsinkiClock(r.endsAt), r.language, r.kind, r.counsellor, r.participantId, r.appointmentId]),
        );
      }
      return {
        date: request.query.date,
        items: rows.map((r) => ({ ...r, language: r.language ?? "", startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString() })),
      };
    },
  );

  app.post(
    "/counsellors/:id/calendar-token",
    {
      config: { audit: "calendar.token" },
      schema: {
        ...common,
        operationId: "createCalendarToken",
        summary: "A new private iCalendar feed URL for the counsellor (an earlier one stops working); shown once",
        params: StaffParams,
        response: { 201: Type.Object({ path: Type.String(), url: Type.Union([Type.String(), Type.Null()], { description: "with the server's public address, when known" }) }), 403: Forbidden, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (!ownOrAdmin(request, reply, request.params.id)) return reply;
      if (!(await staffExists(request.params.id))) return reply.status(404).send({ error: "Not Found", message: "no such staff member" });
      const token = await createCalendarToken(db, request.params.id);
      const path = `/calendar/${token}.ics`;
      return reply.status(201).send({ path, url: publicUrl ? new URL(path, publicUrl).toString() : null });
    },
  );

  app.delete(
    "/counsellors/:id/calendar-token",
    {
      config: { audit: "calendar.revoke" },
      schema: {
        ...common,
        operationId: "revokeCalendarToken",
        summary: "Revokes the counsellor's calendar feed URL at once",
        params: StaffParams,
        response: { 204: Type.Null(), 403: Forbidden, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (!ownOrAdmin(request, reply, request.params.id)) return reply;
      if (!(await revokeCalendarToken(db, request.params.id))) return reply.status(404).send({ error: "Not Found", message: "no calendar feed to revoke" });
      return reply.status(204).send(null);
    },
  );
};

/**
 * `GET /calendar/<token>.ics`: the counsellor's feed, for calendar programs that cannot
 * send a bearer token. The token in the path is the credential (revocable); a wrong one
 * counts as a failed authentication of the address.
 */
export const calendarFeedRoutes: FastifyPluginAsyncTypebox<{ db: Db; clock?: () => Date; failedAuth: FailedAuthLimiter }> = async (
  app,
  { db, clock = () => new Date(), failedAuth },
) => {
  app.get(
    "/calendar/:file",
    {
      config: { audit: "calendar.feed" },
      schema: {
        tags: ["appointments"],
        // The credential is the token in the path, not a header.
        security: [],
        operationId: "getCalendarFeed",
        summary: "A counsellor's appointments as iCalendar (participants by number and language only)",
        params: Type.Object({ file: Type.String({ pattern: "^[A-Za-z0-9_-]{43}\\.ics$", description: "<token>.ics" }) }),
        response: {
          200: Type.String({ description: "text/calendar" }),
          404: errorResponse("No such feed (a wrong or revoked token)"),
          429: errorResponse("Too many failed attempts from this address"),
        },
      },
    },
    async (request, reply) => {
      if (failedAuth.refuseIfBlocked(request, reply)) return reply;
      const owner = await staffForCalendarToken(db, request.params.file.slice(0, -4));
      if (!owner) {
        failedAuth.recordFailure(request.ip);
        return reply.status(404).send({ error: "Not Found", message: "no such calendar feed" });
      }
      request.principal = { staffId: owner.staffId, role: "counsellor", displayName: `${owner.displayName} (calendar feed)`, tokenId: null };
      const now = clock();
      const rows = await listAppointments(db, { staffId: owner.staffId, from: new Date(now.getTime() - 30 * 86_400_000), to: new Date(now.getTime() + 365 * 86_400_000) });
      request.audit.participantIds = rows.map((r) => r.participantId);
      return reply.header("content-type", "text/calendar; charset=utf-8").header("cache-control", "no-store").send(counsellorFeed(owner.displayName, rows, now, owner));
    },
  );
};

/** The indexes [earlier, later] of the first two windows on one weekday that share a minute; undefined when none do (touching ends are fine). */
function overlappingWindows(windows: readonly { weekday: number; startMinute: number; endMinute: number }[]): [number, number] | undefined {
  for (let j = 0; j < windows.length; j++) {
    for (let i = 0; i < j; i++) {
      const a = windows[i]!;
      const b = windows[j]!;
      if (a.weekday === b.weekday && a.startMinute < b.endMinute && b.startMinute < a.endMinute) return [i, j];
    }
  }
  return undefined;
}

/** "09:05": the Helsinki wall-clock time of an instant, 24-hour. */
function helsinkiClock(at: Date): string {
  const { hour, minute } = helsinkiParts(at);
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}
