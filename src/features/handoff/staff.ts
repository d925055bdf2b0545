import { createHash, randomBytes } from "node:crypto";
import { and, asc, eq, gt, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { apiTokens, staff } from "../../db/schema.js";

export type { Role } from "../../http/roles.js";
import type { Role } from "../../http/roles.js";
export type StaffMember = typeof staff.$inferSelect;

/** Who is calling the API. The ADMIN_TOKEN from the environment is an admin with no row. */
export interface Principal {
  staffId: number | null;
  role: Role;
  displayName: string;
  /** The staff token used (signing out revokes it); null for the ADMIN_TOKEN and the helpdesk. */
  tokenId?: number | null;
  /** The web app session of a signed-in request (signing out ends it); absent for tokens. */
  sessionId?: number;
}

export type ApiToken = typeof apiTokens.$inferSelect;

/** When a token issued now ends: `days` from now (the deployment's STAFF_TOKEN_DAYS unless given). */
export const tokenExpiry = (days: number, now = new Date()) => new Date(now.getTime() + days * 86_400_000);

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createStaff(db: Db, input: { displayName: string; role: Role; username?: string }): Promise<StaffMember> {
  return (await db.insert(staff).values(input).returning())[0]!;
}

export async function listStaff(db: Db): Promise<StaffMember[]> {
  return db.select().from(staff).orderBy(asc(staff.id));
}

export async function findStaff(db: Db, id: number): Promise<StaffMember | undefined> {
  return (await db.select().from(staff).where(eq(staff.id, id)))[0];
}

/** A new random token for a staff member; only its hash is stored, the token is returned once. */
export async function issueToken(db: Db, staffId: number, expiresAt: Date | null): Promise<{ id: number; token: string }> {
  const token = `kb_${randomBytes(32).toString("base64url")}`;
  const [row] = await db.insert(apiTokens).values({ staffId, tokenHash: hashToken(token), expiresAt }).returning({ id: apiTokens.id });
  return { id: row!.id, token };
}

/** Tokens, newest first, with their owner's name; only hashes are stored, so no token is shown. */
export async function listTokens(db: Db, filter: { staffId?: number } = {}): Promise<(ApiToken & { displayName: string })[]> {
  const rows = await db
    .select({ token: apiTokens, displayName: staff.displayName })
    .from(apiTokens)
    .innerJoin(staff, eq(staff.id, apiTokens.staffId))
    .where(filter.staffId ? eq(apiTokens.staffId, filter.staffId) : undefined)
    .orderBy(sql`${apiTokens.id} desc`);
  return rows.map((r) => ({ ...r.token, displayName: r.displayName }));
}

/** Disables (or enables again) an account: its tokens stop (or start again) working at once. */
export async function setStaffDisabled(db: Db, staffId: number, disabled: boolean): Promise<StaffMember | undefined> {
  const [row] = await db
    .update(staff)
    .set({ disabledAt: disabled ? sql`coalesce(${staff.disabledAt}, now())` : null })
    .where(eq(staff.id, staffId))
    .returning();
  return row;
}

export async function revokeToken(db: Db, tokenId: number): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: sql`coalesce(${apiTokens.revokedAt}, now())` })
    .where(eq(apiTokens.id, tokenId))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

/** The staff member a token belongs to, if the token is valid now. */
export async function principalForToken(db: Db, token: string, now: Date): Promise<Principal | undefined> {
  const [row] = await db
    .select({ staffId: staff.id, role: staff.role, displayName: staff.displayName, tokenId: apiTokens.id })
    .from(apiTokens)
    .innerJoin(staff, eq(staff.id, apiTokens.staffId))
    .where(
      and(
        eq(apiTokens.tokenHash, hashToken(token)),
        isNull(apiTokens.revokedAt),
        isNull(staff.disabledAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
      ),
    );
  if (!row) return undefined;
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId));
  return { staffId: row.staffId, role: row.role, displayName: row.displayName, tokenId: row.tokenId };
}
