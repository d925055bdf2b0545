import { and, asc, count, eq, gt, inArray, isNull, lte, min, sql, sum } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { enrolments, modules, sessions } from "../../db/schema.js";
import type { Module } from "./catalogue.js";

export type Enrolment = typeof enrolments.$inferSelect;

export type EnrolResult =
  | { status: "enrolled"; enrolment: Enrolment }
  | { status: "waitlisted"; enrolment: Enrolment; position: number }
  | { status: "already"; enrolment: Enrolment; position?: number }
  | { status: "unavailable"; reason: "not-found" | "archived" | "no-sessions" };

/**
 * Enrols a participant, or puts them on the waiting list when the module or its
 * childcare is full. The module's row is locked for the whole check-and-write, so
 * two enrolments at the same moment cannot both take the last place (DESIGN
 * invariant 5); the waiting list is ordered by the id given under that lock.
 */
export async function enrolParticipant(
  db: Db,
  request: { participantId: number; moduleId: number; children: number; now: Date },
): Promise<EnrolResult> {
  return db.transaction(async (tx) => {
    const module = await lockModule(tx, request.moduleId);
    if (!module) return { status: "unavailable", reason: "not-found" };
    if (module.archivedAt) return { status: "unavailable", reason: "archived" };

    const live = await liveEnrolment(tx, request.participantId, module.id);
    if (live) {
      return live.status === "waitlisted"
        ? { status: "already", enrolment: live, position: await waitlistPosition(tx, live) }
        : { status: "already", enrolment: live };
    }
    const seats = await childcareSeats(tx, module.id, request.now);
    if (seats === undefined) return { status: "unavailable", reason: "no-sessions" };

    const children = module.childcare ? Math.max(0, request.children) : 0;
    const room = await roomLeft(tx, module, seats);
    const fits = room.places > 0 && children <= room.childcareSeats;
    const [enrolment] = await tx
      .insert(enrolments)
      .values({
        participantId: request.participantId,
        moduleId: module.id,
        status: fits ? "enrolled" : "waitlisted",
        childrenBooked: children,
        enrolledAt: fits ? request.now : null,
      })
      .returning();
    if (fits) return { status: "enrolled", enrolment: enrolment! };
    return { status: "waitlisted", enrolment: enrolment!, position: await waitlistPosition(tx, enrolment!) };
  });
}

/**
 * Cancels a live enrolment and fills the freed place (and childcare seats) from the
 * waiting list. Returns the enrolments that moved up, for the caller to tell them.
 */
export async function cancelEnrolment(
  db: Db,
  request: { enrolmentId: number; by: "participant" | "admin"; now: Date; participantId?: number },
): Promise<{ cancelled: Enrolment | undefined; promoted: Enrolment[] }> {
  return db.transaction(async (tx) => {
    const [target] = await tx.select().from(enrolments).where(eq(enrolments.id, request.enrolmentId));
    if (!target || target.status === "cancelled") return { cancelled: undefined, promoted: [] };
    if (request.participantId !== undefined && target.participantId !== request.participantId) {
      return { cancelled: undefined, promoted: [] };
    }
    await lockModule(tx, target.moduleId);
    const [cancelled] = await tx
      .update(enrolments)
      .set({ status: "cancelled", cancelledAt: request.now, cancelledBy: request.by })
      .where(and(eq(enrolments.id, target.id), sql`${enrolments.status} <> 'cancelled'`))
      .returning();
    if (!cancelled) return { cancelled: undefined, promoted: [] };
    const promoted = target.status === "enrolled" ? await promoteFromWaitlist(tx, target.moduleId, request.now) : [];
    return { cancelled, promoted };
  });
}

/**
 * Moves waiting participants up, first come first served, while places and childcare
 * seats allow. A family whose children do not fit the free seats keeps its place in
 * the queue and the next one that fits moves up. Call inside a transaction holding
 * the module's lock.
 */
export async function promoteFromWaitlist(tx: Db, moduleId: number, now: Date): Promise<Enrolment[]> {
  const module = await lockModule(tx, moduleId);
  if (!module || module.archivedAt) return [];
  const seats = await childcareSeats(tx, moduleId, now);
  if (seats === undefined) return [];
  let room = await roomLeft(tx, module, seats);
  const promoted: Enrolment[] = [];
  if (room.places <= 0) return promoted;
  const waiting = await tx
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.moduleId, moduleId), eq(enrolments.status, "waitlisted")))
    .orderBy(asc(enrolments.id));
  for (const candidate of waiting) {
    if (room.places <= 0) break;
    if (candidate.childrenBooked > room.childcareSeats) continue;
    const [moved] = await tx
      .update(enrolments)
      .set({ status: "enrolled", enrolledAt: now })
      .where(eq(enrolments.id, candidate.id))
      .returning();
    promoted.push(moved!);
    room = { places: room.places - 1, childcareSeats: room.childcareSeats - candidate.childrenBooked };
  }
  return promoted;
}

export async function waitlistPosition(db: Db, enrolment: Pick<Enrolment, "id" | "moduleId">): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(enrolments)
    .where(and(eq(enrolments.moduleId, enrolment.moduleId), eq(enrolments.status, "waitlisted"), lte(enrolments.id, enrolment.id)));
  return row?.n ?? 0;
}

export async function liveEnrolment(db: Db, participantId: number, moduleId: number): Promise<Enrolment | undefined> {
  const [row] = await db
    .select()
    .from(enrolments)
    .where(
      and(eq(enrolments.participantId, participantId), eq(enrolments.moduleId, moduleId), sql`${enrolments.status} <> 'cancelled'`),
    );
  return row;
}

export async function findEnrolment(db: Db, id: number): Promise<Enrolment | undefined> {
  return (await db.select().from(enrolments).where(eq(enrolments.id, id)))[0];
}

/** A participant's enrolled and waiting places, oldest first. */
export async function participantEnrolments(db: Db, participantId: number): Promise<Enrolment[]> {
  return db
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.participantId, participantId), inArray(enrolments.status, ["enrolled", "waitlisted"])))
    .orderBy(asc(enrolments.id));
}

/** Enrolled (in order of enrolment) and waiting (in queue order) of one module. */
export async function moduleEnrolments(db: Db, moduleId: number): Promise<Enrolment[]> {
  return db
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.moduleId, moduleId), inArray(enrolments.status, ["enrolled", "waitlisted"])))
    .orderBy(asc(enrolments.id));
}

export async function roomLeftInModule(db: Db, moduleId: number, now: Date): Promise<{ places: number; childcareSeats: number } | undefined> {
  const module = (await db.select().from(modules).where(eq(modules.id, moduleId)))[0];
  if (!module) return undefined;
  const seats = await childcareSeats(db, moduleId, now);
  return roomLeft(db, module, seats ?? 0);
}

async function lockModule(tx: Db, moduleId: number): Promise<Module | undefined> {
  const [module] = await tx.select().from(modules).where(eq(modules.id, moduleId)).for("update");
  return module;
}

async function liveEnrolmentCounts(db: Db, moduleId: number): Promise<{ enrolled: number; children: number }> {
  const [row] = await db
    .select({ enrolled: count(), children: sum(enrolments.childrenBooked) })
    .from(enrolments)
    .where(and(eq(enrolments.moduleId, moduleId), eq(enrolments.status, "enrolled")));
  return { enrolled: row?.enrolled ?? 0, children: Number(row?.children ?? 0) };
}

/**
 * Childcare seats the module can offer: the fewest of its coming sessions, since a
 * family's children come to every session. Undefined when no session is coming.
 */
async function childcareSeats(db: Db, moduleId: number, now: Date): Promise<number | undefined> {
  const [row] = await db
    .select({ seats: min(sessions.childcareSeats), n: count() })
    .from(sessions)
    .where(and(eq(sessions.moduleId, moduleId), gt(sessions.startsAt, now), isNull(sessions.cancelledAt)));
  return row && row.n > 0 ? (row.seats ?? 0) : undefined;
}

async function roomLeft(db: Db, module: Module, seats: number): Promise<{ places: number; childcareSeats: number }> {
  const used = await liveEnrolmentCounts(db, module.id);
  return { places: module.capacity - used.enrolled, childcareSeats: (module.childcare ? seats : 0) - used.children };
}
