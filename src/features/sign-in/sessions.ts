import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { staff, staffSessions } from "../../db/schema.js";
import type { Principal } from "../handoff/staff.js";

const hashSessionToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The staff member of a username, if any (usernames are stored lower case). */
export async function findStaffByUsername(db: Db, username: string) {
  return (await db.select().from(staff).where(eq(staff.username, username)))[0];
}

/**
 * Starts a web app session for a staff member: returns the random token for the cookie
 * (shown only now; its hash is stored) and when it ends (`hours` from `now`).
 */
export async function startStaffSession(db: Db, staffId: number, now: Date, hours: number): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  await db.insert(staffSessions).values({ staffId, tokenHash: hashSessionToken(token), expiresAt, lastSeenAt: now });
  // Expired sessions of anyone are of no use: dropped as new ones start.
  await db.delete(staffSessions).where(lt(staffSessions.expiresAt, now));
  return { token, expiresAt };
}

/** The principal of a session cookie, if the session is live and the account enabled. */
export async function principalForSession(db: Db, token: string, now: Date): Promise<Principal | undefined> {
  const [row] = await db
    .select({ staffId: staff.id, role: staff.role, displayName: staff.displayName, sessionId: staffSessions.id })
    .from(staffSessions)
    .innerJoin(staff, eq(staff.id, staffSessions.staffId))
    .where(and(eq(staffSessions.tokenHash, hashSessionToken(token)), gt(staffSessions.expiresAt, now), isNull(staff.disabledAt)));
  if (!row) return undefined;
  return { staffId: row.staffId, role: row.role, displayName: row.displayName, tokenId: null, sessionId: row.sessionId };
}

/** Ends one session (sign-out). */
export async function endStaffSession(db: Db, sessionId: number): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.id, sessionId));
}

/** Ends every session of an account (a password reset, a disabled account, a new role). */
export async function endSessionsOf(db: Db, staffId: number): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.staffId, staffId));
}
