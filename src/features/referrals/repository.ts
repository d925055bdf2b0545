import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { partnerOrganisations, participants, referrals } from "../../db/schema.js";
import { enqueueEvent } from "../handoff/outbox.js";
import type { Actor } from "../plan/repository.js";

export type Partner = typeof partnerOrganisations.$inferSelect;
export type Referral = typeof referrals.$inferSelect;
export type ReferralStatus = Referral["status"];

/**
 * What a referral can share with a partner; each id's wording for the participant is the
 * Fluent message `ref-shared-<id>`. The participant is told exactly these before agreeing.
 */
export const REFERRAL_SHARED_ITEMS = ["contact", "language-level", "survey-answers", "plan", "children"] as const;

/**
 * How a referral moves once the participant agreed (the partner's answers, entered by
 * staff or reported by the partner): sent → accepted or declined, accepted → started or
 * declined, started → finished. Awaiting consent and refused consent are the
 * participant's to change, never staff's.
 */
export const REFERRAL_TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  "awaiting-consent": [],
  "consent-refused": [],
  sent: ["accepted", "declined"],
  accepted: ["started", "declined"],
  started: ["finished"],
  finished: [],
  declined: [],
};

const DATE_COLUMN = { sent: "sentAt", accepted: "acceptedAt", started: "startedAt", finished: "finishedAt", declined: "declinedAt" } as const;

export interface PartnerInput {
  name: string;
  region: string | null;
  description: string;
  languages: string[];
  contact: string;
}

/** The catalogue of partner organisations (a region's own and those serving every region), by name. */
export async function listPartners(db: Db, options: { region?: string; includeArchived?: boolean } = {}): Promise<Partner[]> {
  const conditions = [
    options.includeArchived ? undefined : isNull(partnerOrganisations.archivedAt),
    options.region ? or(eq(partnerOrganisations.region, options.region), isNull(partnerOrganisations.region)) : undefined,
  ].filter((c) => c !== undefined);
  return db.select().from(partnerOrganisations).where(and(...conditions)).orderBy(asc(partnerOrganisations.name), asc(partnerOrganisations.id));
}

export async function createPartner(db: Db, input: PartnerInput): Promise<Partner> {
  return (await db.insert(partnerOrganisations).values(input).returning())[0]!;
}

/** Changes a partner; `archived: true` hides it from new referrals (old ones keep it). */
export async function updatePartner(db: Db, id: number, patch: Partial<PartnerInput> & { archived?: boolean }): Promise<Partner | undefined> {
  const { archived, ...rest } = patch;
  const [row] = await db
    .update(partnerOrganisations)
    .set({
      ...rest,
      ...(archived === undefined ? {} : { archivedAt: archived ? sql`coalesce(${partnerOrganisations.archivedAt}, now())` : null }),
      updatedAt: sql`now()`,
    })
    .where(eq(partnerOrganisations.id, id))
    .returning();
  return row;
}

export interface ReferralInput {
  partnerId: number;
  reason: string;
  /** The language the reason is written in: the participant reads it as written, marked so. */
  reasonLocale: string;
  shared: string[];
}

export type ReferralError = "no-participant" | "no-consent" | "no-partner" | "not-found" | "not-allowed";

/**
 * Records a referral awaiting the participant's consent (asked in the bot by the caller).
 * Only for a participant who agreed to the privacy notice, to a partner still in the
 * catalogue.
 */
export async function createReferral(db: Db, participantId: number, input: ReferralInput, actor: Actor): Promise<{ ok: true; referral: Referral } | { ok: false; error: ReferralError }> {
  const [p] = await db.select({ consent: participants.consentStatus }).from(participants).where(eq(participants.id, participantId));
  if (!p) return { ok: false, error: "no-participant" };
  if (p.consent !== "accepted") return { ok: false, error: "no-consent" };
  const [partner] = await db.select().from(partnerOrganisations).where(and(eq(partnerOrganisations.id, input.partnerId), isNull(partnerOrganisations.archivedAt)));
  if (!partner) return { ok: false, error: "no-partner" };
  const [referral] = await db
    .insert(referrals)
    .values({ participantId, ...input, shared: [...new Set(input.shared)], status: "awaiting-consent", createdByStaffId: actor.staffId })
    .returning();
  return { ok: true, referral: referral! };
}

export async function findReferral(db: Db, id: number): Promise<Referral | undefined> {
  return (await db.select().from(referrals).where(eq(referrals.id, id)))[0];
}

export async function listReferrals(db: Db, participantId: number): Promise<Referral[]> {
  return db.select().from(referrals).where(eq(referrals.participantId, participantId)).orderBy(asc(referrals.id));
}

/** The event partners' systems follow: ids, status and dates only (no words of the participant). */
function eventPayload(r: Referral): Record<string, unknown> {
  return {
    referralId: r.id,
    participantId: r.participantId,
    partnerId: r.partnerId,
    status: r.status,
    shared: r.shared,
    sentAt: r.sentAt,
    acceptedAt: r.acceptedAt,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    declinedAt: r.declinedAt,
  };
}

/**
 * The participant's answer to the consent question. Only a referral of theirs still
 * awaiting consent changes (a conditional update: a second press, or one on a referral
 * answered already, changes nothing and returns `answered: false` with the referral as it
 * is). Yes: `sent`, and a `referral.sent` event through the outbox. No: `consent-refused`,
 * and nothing leaves.
 */
export async function answerConsent(
  db: Db,
  participantId: number,
  referralId: number,
  agreed: boolean,
): Promise<{ answered: true; referral: Referral } | { answered: false; referral: Referral | undefined }> {
  const [updated] = await db
    .update(referrals)
    .set(agreed ? { status: "sent", sentAt: sql`now()`, consentAnsweredAt: sql`now()` } : { status: "consent-refused", consentAnsweredAt: sql`now()` })
    .where(and(eq(referrals.id, referralId), eq(referrals.participantId, participantId), eq(referrals.status, "awaiting-consent")))
    .returning();
  if (!updated) {
    const [current] = await db.select().from(referrals).where(and(eq(referrals.id, referralId), eq(referrals.participantId, participantId)));
    return { answered: false, referral: current };
  }
  if (agreed) await enqueueEvent(db, "referral.sent", `referral:${updated.id}`, eventPayload(updated));
  return { answered: true, referral: updated };
}

/**
 * A referral moves on (see REFERRAL_TRANSITIONS); its date is set and a
 * `referral.<status>` event is queued in the same transaction. `not-allowed` for a move
 * the table does not have (consent not given, finished already…).
 */
export async function updateReferralStatus(db: Db, id: number, status: ReferralStatus, _actor: Actor): Promise<{ ok: true; referral: Referral } | { ok: false; error: ReferralError; current?: ReferralStatus }> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(referrals).where(eq(referrals.id, id)).for("update");
    if (!current) return { ok: false as const, error: "not-found" as const };
    if (!REFERRAL_TRANSITIONS[current.status].includes(status)) return { ok: false as const, error: "not-allowed" as const, current: current.status };
    const column = DATE_COLUMN[status as keyof typeof DATE_COLUMN];
    const [updated] = await tx
      .update(referrals)
      .set({ status, ...(column ? { [column]: sql`now()` } : {}) })
      .where(eq(referrals.id, id))
      .returning();
    await enqueueEvent(tx, `referral.${status}`, `referral:${id}`, eventPayload(updated!));
    return { ok: true as const, referral: updated! };
  });
}
