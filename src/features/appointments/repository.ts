import { createHash, randomBytes } from "node:crypto";
import { and, asc, eq, gt, gte, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import {
  appointments,
  availabilityExceptions,
  availabilityWindows,
  counsellorProfiles,
  participants,
  staff,
  surveyAnswers,
  type AppointmentKind,
} from "../../db/schema.js";
import { enqueueEvent } from "../handoff/outbox.js";
import { distinctTimes, freeSlots, type Busy, type Slot, type WeeklyWindow } from "./slots.js";

export type Appointment = typeof appointments.$inferSelect;
export type AvailabilityException = typeof availabilityExceptions.$inferSelect;
export type CounsellorProfile = typeof counsellorProfiles.$inferSelect;

/** How far ahead the bot offers times, in Helsinki days. */
export const BOOKING_HORIZON_DAYS = 28;
/** The earliest a new booking may start, in minutes from now (a counsellor needs to see it). */
export const BOOKING_LEAD_MINUTES = 60;

export interface AvailabilitySettings {
  languages: string[];
  slotMinutes: number;
  homeRegions: string[];
  officeAddress: string | null;
  videoLink: string | null;
  windows: Omit<WeeklyWindow, "staffId">[];
}

/** A counsellor's settings and weekly windows; undefined when they offer no guidance yet. */
export async function loadAvailability(db: Db, staffId: number): Promise<(AvailabilitySettings & { staffId: number }) | undefined> {
  const [profile] = await db.select().from(counsellorProfiles).where(eq(counsellorProfiles.staffId, staffId));
  if (!profile) return undefined;
  const windows = await db
    .select()
    .from(availabilityWindows)
    .where(eq(availabilityWindows.staffId, staffId))
    .orderBy(asc(availabilityWindows.weekday), asc(availabilityWindows.startMinute));
  return {
    staffId,
    languages: profile.languages,
    slotMinutes: profile.slotMinutes,
    homeRegions: profile.homeRegions,
    officeAddress: profile.officeAddress,
    videoLink: profile.videoLink,
    windows: windows.map(({ kind, weekday, startMinute, endMinute }) => ({ kind, weekday, startMinute, endMinute })),
  };
}

/**
 * Replaces a counsellor's settings and weekly windows (one transaction by the caller).
 * Appointments already booked stay as they are, even outside the new windows.
 */
export async function saveAvailability(db: Db, staffId: number, settings: AvailabilitySettings): Promise<void> {
  const values = {
    languages: settings.languages,
    slotMinutes: settings.slotMinutes,
    homeRegions: settings.homeRegions,
    officeAddress: settings.officeAddress,
    videoLink: settings.videoLink,
    updatedAt: new Date(),
  };
  await db.insert(counsellorProfiles).values({ staffId, ...values }).onConflictDoUpdate({ target: counsellorProfiles.staffId, set: values });
  await db.delete(availabilityWindows).where(eq(availabilityWindows.staffId, staffId));
  if (settings.windows.length > 0) await db.insert(availabilityWindows).values(settings.windows.map((w) => ({ staffId, ...w })));
}

/** The counsellors who can take a kind of meeting for a participant of `region` (home visits only where they cover it). */
async function windowsFor(db: Db, kind: AppointmentKind, region: string | undefined, staffId?: number) {
  const rows = await db
    .select({
      staffId: availabilityWindows.staffId,
      kind: availabilityWindows.kind,
      weekday: availabilityWindows.weekday,
      startMinute: availabilityWindows.startMinute,
      endMinute: availabilityWindows.endMinute,
      slotMinutes: counsellorProfiles.slotMinutes,
      homeRegions: counsellorProfiles.homeRegions,
      languages: counsellorProfiles.languages,
    })
    .from(availabilityWindows)
    .innerJoin(counsellorProfiles, eq(counsellorProfiles.staffId, availabilityWindows.staffId))
    .innerJoin(staff, eq(staff.id, availabilityWindows.staffId))
    .where(and(eq(availabilityWindows.kind, kind), sql`${staff.disabledAt} is null`, staffId === undefined ? undefined : eq(availabilityWindows.staffId, staffId)));
  return rows.filter((r) => kind !== "home" || (region !== undefined && r.homeRegions.includes(region)));
}

/** The participant's survey region (home visits depend on it), if they answered. */
export async function participantRegion(db: Db, participantId: number): Promise<string | undefined> {
  const [row] = await db
    .select({ value: surveyAnswers.value })
    .from(surveyAnswers)
    .where(and(eq(surveyAnswers.participantId, participantId), eq(surveyAnswers.questionId, "region")));
  return typeof row?.value === "string" ? row.value : undefined;
}

/** Kinds of meeting some counsellor offers to a participant of `region`, in a fixed order. */
export async function offeredKinds(db: Db, region: string | undefined): Promise<AppointmentKind[]> {
  const kinds: AppointmentKind[] = [];
  for (const kind of ["office", "phone", "video", "home"] as const) {
    if ((await windowsFor(db, kind, region)).length > 0) kinds.push(kind);
  }
  return kinds;
}

async function busyTimes(db: Db, staffIds: number[], from: Date, until: Date, ignoreAppointmentId?: number): Promise<Busy[]> {
  if (staffIds.length === 0) return [];
  const booked = await db
    .select({ id: appointments.id, staffId: appointments.staffId, startsAt: appointments.startsAt, endsAt: appointments.endsAt })
    .from(appointments)
    .where(and(inArray(appointments.staffId, staffIds), eq(appointments.status, "booked"), lt(appointments.startsAt, until), gt(appointments.endsAt, from)));
  const away = await db
    .select({ staffId: availabilityExceptions.staffId, startsAt: availabilityExceptions.startsAt, endsAt: availabilityExceptions.endsAt })
    .from(availabilityExceptions)
    .where(and(inArray(availabilityExceptions.staffId, staffIds), lt(availabilityExceptions.startsAt, until), gt(availabilityExceptions.endsAt, from)));
  return [...booked.filter((b) => b.id !== ignoreAppointmentId), ...away];
}

export interface FreeTimesQuery {
  kind: AppointmentKind;
  region: string | undefined;
  now: Date;
  /** Only times after this one ("later times"). */
  after?: Date;
  limit: number;
  /** Moving an appointment: its own time does not count as taken. */
  ignoreAppointmentId?: number;
  /** ISO 639 code of the participant's language: at one time, a counsellor who speaks it is offered first. */
  language?: string;
  /** Only this counsellor's times (a counsellor booking on a participant's behalf can book only their own). */
  staffId?: number;
}

/** The next free start times of a kind of meeting, one per time, earliest first. */
export async function findFreeTimes(db: Db, q: FreeTimesQuery): Promise<Slot[]> {
  const rows = await windowsFor(db, q.kind, q.region, q.staffId);
  if (rows.length === 0) return [];
  const notBefore = new Date(Math.max(q.now.getTime() + BOOKING_LEAD_MINUTES * 60_000, q.after ? q.after.getTime() + 60_000 : 0));
  const until = new Date(q.now.getTime() + (BOOKING_HORIZON_DAYS + 1) * 86_400_000);
  const staffIds = [...new Set(rows.map((r) => r.staffId))];
  const slots = freeSlots({
    kind: q.kind,
    windows: rows,
    slotMinutes: new Map(rows.map((r) => [r.staffId, r.slotMinutes])),
    busy: await busyTimes(db, staffIds, notBefore, until, q.ignoreAppointmentId),
    notBefore,
    days: Math.max(0, Math.ceil((until.getTime() - notBefore.getTime()) / 86_400_000)),
  });
  const speaks = new Set(rows.filter((r) => q.language !== undefined && r.languages.includes(q.language)).map((r) => r.staffId));
  return distinctTimes(slots, (staffId) => speaks.has(staffId)).slice(0, q.limit);
}

/**
 * True when `slot` lies on one of the counsellor's windows and in no exception: a forged
 * or outdated button cannot book a time the counsellor never opened. (Overlap with other
 * bookings is the database's to refuse.)
 */
async function isOpenSlot(db: Db, slot: { staffId: number; kind: AppointmentKind; startsAt: Date }, region: string | undefined): Promise<Slot | undefined> {
  const rows = await windowsFor(db, slot.kind, region, slot.staffId);
  if (rows.length === 0) return undefined;
  const dayStart = new Date(slot.startsAt.getTime() - 86_400_000);
  const until = new Date(slot.startsAt.getTime() + 86_400_000);
  const away = await db
    .select({ staffId: availabilityExceptions.staffId, startsAt: availabilityExceptions.startsAt, endsAt: availabilityExceptions.endsAt })
    .from(availabilityExceptions)
    .where(and(eq(availabilityExceptions.staffId, slot.staffId), lt(availabilityExceptions.startsAt, until), gt(availabilityExceptions.endsAt, dayStart)));
  const slots = freeSlots({ kind: slot.kind, windows: rows, slotMinutes: new Map(rows.map((r) => [r.staffId, r.slotMinutes])), busy: away, notBefore: dayStart, days: 2 });
  return slots.find((s) => s.startsAt.getTime() === slot.startsAt.getTime());
}

export interface BookingRequest {
  participantId: number;
  staffId: number;
  kind: AppointmentKind;
  startsAt: Date;
  interpreterLanguage: string | null;
  reason: string | null;
  now: Date;
}

export type BookingResult = { ok: true; appointment: Appointment } | { ok: false; why: "taken" | "not-offered" };

/**
 * Books a slot in the caller's transaction. Two bookings of one counsellor's time can
 * never both succeed: the insert skips itself (`on conflict do nothing`) when the
 * exclusion constraint `appointments_no_overlap` finds an overlapping booked row, also
 * one being inserted by another transaction at that moment (it waits for that one's
 * commit). The loser gets `taken` and should be offered the next times. `not-offered`:
 * the time is not (or no longer) among the counsellor's open slots, or too soon.
 * Queues `appointment.booked` in the same transaction. The participant's appointments
 * waiting to be rebooked (cancelled by an exception) leave the rebooking list.
 */
export async function bookAppointment(db: Db, request: BookingRequest): Promise<BookingResult> {
  const region = await participantRegion(db, request.participantId);
  const slot = await isOpenSlot(db, request, region);
  if (!slot || slot.startsAt.getTime() < request.now.getTime() + BOOKING_LEAD_MINUTES * 60_000) return { ok: false, why: "not-offered" };
  const [row] = await db
    .insert(appointments)
    .values({
      participantId: request.participantId,
      staffId: slot.staffId,
      kind: slot.kind,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      interpreterLanguage: request.interpreterLanguage,
      reason: request.reason,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return { ok: false, why: "taken" };
  // A new time settles one of the meetings an exception left to be booked again, the
  // earliest: a participant who lost two meetings and booked one still has one to book.
  await db.execute(sql`
    update ${appointments} set needs_rebooking = false
    where id = (select id from ${appointments} where participant_id = ${request.participantId} and needs_rebooking order by starts_at, id limit 1)`);
  await enqueueEvent(db, "appointment.booked", `appointment:${row.id}`, eventPayload(row));
  return { ok: true, appointment: row };
}

/** What events tell other tools: ids, kind, times and interpreter language; never the reason or the note. */
function eventPayload(a: Appointment): Record<string, unknown> {
  return {
    appointmentId: a.id,
    participantId: a.participantId,
    counsellorId: a.staffId,
    kind: a.kind,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    interpreterLanguage: a.interpreterLanguage,
  };
}

export type ChangeResult =
  | { ok: true; appointment: Appointment }
  | { ok: false; why: "not-found" | "too-late" | "taken" | "not-offered" };

/** Whether a participant may still move or cancel: until `changeHours` before the start. */
export const canChange = (a: Pick<Appointment, "startsAt" | "status">, now: Date, changeHours: number) =>
  a.status === "booked" && a.startsAt.getTime() - now.getTime() >= changeHours * 3_600_000;

async function participantsAppointment(db: Db, appointmentId: number, participantId: number): Promise<Appointment | undefined> {
  const [a] = await db
    .select()
    .from(appointments)
    .where(and(eq(appointments.id, appointmentId), eq(appointments.participantId, participantId), eq(appointments.status, "booked")))
    .for("update");
  return a;
}

/**
 * Moves a participant's appointment to another free time of the same kind, until
 * `changeHours` before its start (0 for staff). The update runs in a savepoint: when the
 * exclusion constraint refuses it (the time was just taken), only the savepoint is
 * rolled back and the update's transaction goes on. Raises `version` (reminders follow
 * the new time) and queues `appointment.moved`.
 */
export async function moveAppointment(
  db: Db,
  request: { appointmentId: number; participantId: number; startsAt: Date; staffId: number; now: Date; changeHours: number },
): Promise<ChangeResult> {
  const current = await participantsAppointment(db, request.appointmentId, request.participantId);
  if (!current) return { ok: false, why: "not-found" };
  if (!canChange(current, request.now, request.changeHours)) return { ok: false, why: "too-late" };
  const slot = await isOpenSlot(db, { staffId: request.staffId, kind: current.kind, startsAt: request.startsAt }, await participantRegion(db, request.participantId));
  if (!slot || slot.startsAt.getTime() < request.now.getTime() + BOOKING_LEAD_MINUTES * 60_000) return { ok: false, why: "not-offered" };
  try {
    const moved = await db.transaction(async (sp) => {
      const [row] = await sp
        .update(appointments)
        .set({ staffId: slot.staffId, startsAt: slot.startsAt, endsAt: slot.endsAt, version: sql`${appointments.version} + 1`, needsRebooking: false })
        .where(eq(appointments.id, current.id))
        .returning();
      return row!;
    });
    await enqueueEvent(db, "appointment.moved", `appointment:${moved.id}`, { ...eventPayload(moved), previousStartsAt: current.startsAt.toISOString() });
    return { ok: true, appointment: moved };
  } catch (error) {
    if ((error as { code?: string; cause?: { code?: string } }).code === "23P01" || (error as { cause?: { code?: string } }).cause?.code === "23P01") {
      return { ok: false, why: "taken" };
    }
    throw error;
  }
}

/**
 * Cancels an appointment. A participant may do so until `changeHours` before it; staff
 * at any time (and an exception does it for them). Queues `appointment.cancelled`.
 */
export async function cancelAppointment(
  db: Db,
  request: { appointmentId: number; participantId?: number; by: "participant" | "staff" | "exception"; now: Date; changeHours: number; needsRebooking?: boolean },
): Promise<ChangeResult> {
  const [current] = await db
    .select()
    .from(appointments)
    .where(
      and(
        eq(appointments.id, request.appointmentId),
        eq(appointments.status, "booked"),
        request.participantId === undefined ? undefined : eq(appointments.participantId, request.participantId),
      ),
    )
    .for("update");
  if (!current) return { ok: false, why: "not-found" };
  if (request.by === "participant" && !canChange(current, request.now, request.changeHours)) return { ok: false, why: "too-late" };
  const [row] = await db
    .update(appointments)
    .set({ status: "cancelled", cancelledBy: request.by, cancelledAt: request.now, needsRebooking: request.needsRebooking ?? false })
    .where(eq(appointments.id, current.id))
    .returning();
  await enqueueEvent(db, "appointment.cancelled", `appointment:${row!.id}`, { ...eventPayload(row!), cancelledBy: request.by });
  return { ok: true, appointment: row! };
}

/** A participant's booked appointments that have not ended, earliest first. */
export async function upcomingAppointments(db: Db, participantId: number, now: Date): Promise<Appointment[]> {
  return db
    .select()
    .from(appointments)
    .where(and(eq(appointments.participantId, participantId), eq(appointments.status, "booked"), gt(appointments.endsAt, now)))
    .orderBy(asc(appointments.startsAt));
}

export async function findAppointment(db: Db, id: number): Promise<Appointment | undefined> {
  const [a] = await db.select().from(appointments).where(eq(appointments.id, id));
  return a;
}

/** Appointments (any status) of one counsellor or all, starting in [from, to). */
export async function listAppointments(db: Db, q: { staffId?: number; from: Date; to: Date }): Promise<(Appointment & { participantLocale: string | null })[]> {
  const rows = await db
    .select({ a: appointments, locale: participants.locale })
    .from(appointments)
    .innerJoin(participants, eq(participants.id, appointments.participantId))
    .where(and(q.staffId === undefined ? undefined : eq(appointments.staffId, q.staffId), gte(appointments.startsAt, q.from), lt(appointments.startsAt, q.to)))
    .orderBy(asc(appointments.startsAt), asc(appointments.id));
  return rows.map((r) => ({ ...r.a, participantLocale: r.locale }));
}

/** Records what happened (met, did not come, cancelled late) and the counsellor's staff-only note. */
export async function recordOutcome(db: Db, id: number, outcome: NonNullable<Appointment["outcome"]>, note: string | null): Promise<Appointment | undefined> {
  const [row] = await db.update(appointments).set({ outcome, staffNote: note }).where(eq(appointments.id, id)).returning();
  return row;
}

/**
 * Adds a time the counsellor is away. Booked appointments it overlaps are cancelled with
 * `needsRebooking` (their slots are no longer real) and returned, so the caller tells
 * each participant and lists them for rebooking. Runs in the caller's transaction.
 */
export async function addException(
  db: Db,
  staffId: number,
  exception: { startsAt: Date; endsAt: Date; reason: AvailabilityException["reason"] },
  now: Date,
): Promise<{ exception: AvailabilityException; affected: Appointment[] }> {
  const [row] = await db.insert(availabilityExceptions).values({ staffId, ...exception }).returning();
  const hit = await db
    .select()
    .from(appointments)
    .where(and(eq(appointments.staffId, staffId), eq(appointments.status, "booked"), lt(appointments.startsAt, exception.endsAt), gt(appointments.endsAt, exception.startsAt)))
    .orderBy(asc(appointments.startsAt));
  const affected: Appointment[] = [];
  for (const a of hit) {
    const result = await cancelAppointment(db, { appointmentId: a.id, by: "exception", now, changeHours: 0, needsRebooking: true });
    if (result.ok) affected.push(result.appointment);
  }
  return { exception: row!, affected };
}

export async function listExceptions(db: Db, staffId: number, from: Date): Promise<AvailabilityException[]> {
  return db
    .select()
    .from(availabilityExceptions)
    .where(and(eq(availabilityExceptions.staffId, staffId), gt(availabilityExceptions.endsAt, from)))
    .orderBy(asc(availabilityExceptions.startsAt));
}

export async function deleteException(db: Db, staffId: number, id: number): Promise<boolean> {
  const rows = await db
    .delete(availabilityExceptions)
    .where(and(eq(availabilityExceptions.id, id), eq(availabilityExceptions.staffId, staffId)))
    .returning({ id: availabilityExceptions.id });
  return rows.length > 0;
}

/** Appointments cancelled by an exception and not booked again since: the coordinator's rebooking list. */
export async function needingRebooking(db: Db, staffId?: number): Promise<(Appointment & { participantLocale: string | null })[]> {
  const rows = await db
    .select({ a: appointments, locale: participants.locale })
    .from(appointments)
    .innerJoin(participants, eq(participants.id, appointments.participantId))
    .where(and(eq(appointments.needsRebooking, true), staffId === undefined ? undefined : eq(appointments.staffId, staffId)))
    .orderBy(asc(appointments.startsAt));
  return rows.map((r) => ({ ...r.a, participantLocale: r.locale }));
}

/** The appointments with their participants' languages (whoever rebooks them may need an interpreter). */
export async function withParticipantLocales(db: Db, rows: Appointment[]): Promise<(Appointment & { participantLocale: string | null })[]> {
  if (rows.length === 0) return [];
  const locales = await db
    .select({ id: participants.id, locale: participants.locale })
    .from(participants)
    .where(inArray(participants.id, [...new Set(rows.map((r) => r.participantId))]));
  const byId = new Map(locales.map((p) => [p.id, p.locale]));
  return rows.map((r) => ({ ...r, participantLocale: byId.get(r.participantId) ?? null }));
}

/** Booked appointments with an interpreter starting in [from, to), for the coordinator's daily list. */
export async function interpreterBookings(db: Db, from: Date, to: Date) {
  return db
    .select({
      appointmentId: appointments.id,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      kind: appointments.kind,
      language: appointments.interpreterLanguage,
      counsellorId: appointments.staffId,
      counsellor: staff.displayName,
      participantId: appointments.participantId,
    })
    .from(appointments)
    .innerJoin(staff, eq(staff.id, appointments.staffId))
    .where(and(eq(appointments.status, "booked"), sql`${appointments.interpreterLanguage} is not null`, gte(appointments.startsAt, from), lt(appointments.startsAt, to)))
    .orderBy(asc(appointments.startsAt), asc(appointments.id));
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Makes a new calendar feed token for the counsellor (replacing any earlier one, which
 * stops working at once) and returns it; only its hash is kept. 256 random bits,
 * URL-safe.
 */
export async function createCalendarToken(db: Db, staffId: number): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db
    .insert(counsellorProfiles)
    .values({ staffId, calendarTokenHash: hashToken(token) })
    .onConflictDoUpdate({ target: counsellorProfiles.staffId, set: { calendarTokenHash: hashToken(token), updatedAt: new Date() } });
  return token;
}

/** Revokes the counsellor's feed token; false when there was none. */
export async function revokeCalendarToken(db: Db, staffId: number): Promise<boolean> {
  const rows = await db
    .update(counsellorProfiles)
    .set({ calendarTokenHash: null })
    .where(and(eq(counsellorProfiles.staffId, staffId), sql`${counsellorProfiles.calendarTokenHash} is not null`))
    .returning({ id: counsellorProfiles.staffId });
  return rows.length > 0;
}

/** The (enabled) counsellor a feed token belongs to. */
export async function staffForCalendarToken(
  db: Db,
  token: string,
): Promise<{ staffId: number; displayName: string; officeAddress: string | null; videoLink: string | null } | undefined> {
  const [row] = await db
    .select({ staffId: staff.id, displayName: staff.displayName, officeAddress: counsellorProfiles.officeAddress, videoLink: counsellorProfiles.videoLink })
    .from(counsellorProfiles)
    .innerJoin(staff, eq(staff.id, counsellorProfiles.staffId))
    .where(and(eq(counsellorProfiles.calendarTokenHash, hashToken(token)), sql`${staff.disabledAt} is null`));
  return row;
}
