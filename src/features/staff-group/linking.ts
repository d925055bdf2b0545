import { randomInt } from "node:crypto";
import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { staff, staffLinkCodes } from "../../db/schema.js";
import { hashToken, type Principal } from "../handoff/staff.js";

/** How long a linking code works, in minutes. */
export const LINK_CODE_MINUTES = 15;

// No 0/O, 1/I/L: the code is read off a screen and typed on a phone.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** "ABCD-EFGH" as typed in any case, with or without the dash or spaces, as stored (hashed). */
export function normaliseLinkCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

/**
 * A new one-time code that links a Telegram account to the staff member `staffId`: eight
 * characters (about 39 bits), shown once as "ABCD-EFGH", valid LINK_CODE_MINUTES, used
 * once. Only its SHA-256 hash is stored. Earlier unused codes of the member stop working.
 */
export async function issueLinkCode(db: Db, staffId: number, now: Date): Promise<{ code: string; expiresAt: Date }> {
  const raw = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  const expiresAt = new Date(now.getTime() + LINK_CODE_MINUTES * 60_000);
  await db.transaction(async (tx) => {
    await tx.update(staffLinkCodes).set({ usedAt: now }).where(and(eq(staffLinkCodes.staffId, staffId), isNull(staffLinkCodes.usedAt)));
    await tx.insert(staffLinkCodes).values({ staffId, codeHash: hashToken(raw), expiresAt });
  });
  return { code: `${raw.slice(0, 4)}-${raw.slice(4)}`, expiresAt };
}

/**
 * Links the Telegram account `telegramUserId` to the staff member whose code this is. The
 * code is spent by a conditional update, so of two uses at once only one links. A
 * Telegram account belongs to one staff member: linking it again moves it. Fails (and
 * changes nothing) for a wrong, used or expired code, or a disabled account.
 */
export async function redeemLinkCode(db: Db, input: string, telegramUserId: number, now: Date): Promise<{ ok: true; staff: Principal } | { ok: false }> {
  const code = normaliseLinkCode(input);
  if (!/^[A-Z0-9]{8}$/.test(code)) return { ok: false };
  return db.transaction(async (tx) => {
    const [spent] = await tx
      .update(staffLinkCodes)
      .set({ usedAt: now })
      .where(and(eq(staffLinkCodes.codeHash, hashToken(code)), isNull(staffLinkCodes.usedAt), gt(staffLinkCodes.expiresAt, now)))
      .returning({ staffId: staffLinkCodes.staffId });
    if (!spent) return { ok: false as const };
    const [member] = await tx.select().from(staff).where(eq(staff.id, spent.staffId));
    if (!member || member.disabledAt) return { ok: false as const };
    await tx.update(staff).set({ telegramUserId: null }).where(and(eq(staff.telegramUserId, telegramUserId), ne(staff.id, member.id)));
    await tx.update(staff).set({ telegramUserId }).where(eq(staff.id, member.id));
    return { ok: true as const, staff: { staffId: member.id, role: member.role, displayName: member.displayName, tokenId: null } };
  });
}

/** The staff member acting as this Telegram account: linked and not disabled; otherwise undefined. */
export async function linkedStaff(db: Db, telegramUserId: number): Promise<Principal | undefined> {
  const [member] = await db
    .select()
    .from(staff)
    .where(and(eq(staff.telegramUserId, telegramUserId), isNull(staff.disabledAt)));
  return member ? { staffId: member.id, role: member.role, displayName: member.displayName, tokenId: null } : undefined;
}

/** Linked, active staff other than `exceptStaffId`: whom a chat can be handed to from the group. */
export async function linkedCounsellors(db: Db, exceptStaffId: number | null): Promise<{ id: number; displayName: string }[]> {
  return db
    .select({ id: staff.id, displayName: staff.displayName })
    .from(staff)
    .where(and(isNull(staff.disabledAt), sql`${staff.telegramUserId} is not null`, exceptStaffId === null ? undefined : ne(staff.id, exceptStaffId)))
    .orderBy(staff.displayName)
    .limit(20);
}
