import { and, asc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { modules, sessions, type Translations } from "../../db/schema.js";
import type { LocaleCode } from "../../i18n/locales.js";
import { FALLBACK_LOCALE, REFERENCE_LOCALE } from "../../i18n/locales.js";
import type { MatchableModule } from "./matching.js";

export type Module = typeof modules.$inferSelect;
export type Session = typeof sessions.$inferSelect;

export interface ModuleInput {
  code: string;
  title: Translations;
  description: Translations;
  regions: string[];
  tags: string[];
  instructionLanguages: string[];
  capacity: number;
  childcare: boolean;
}

export interface SessionInput {
  startsAt: Date;
  endsAt: Date;
  place: string;
  childcareSeats: number;
}

/**
 * The place of a session that has none fixed (individual guidance): stored as this code,
 * shown as the `place-by-agreement` message in the participant's language. The example
 * catalogue once stored the English sentence; it reads the same.
 */
export const PLACE_BY_AGREEMENT = "by-agreement";
const LEGACY_PLACE_BY_AGREEMENT = "By agreement: at the office or at your home";

/** A session's place as a participant reads it: an address as written, or "by agreement" translated. */
export function placeLabel(place: string, t: (key: string) => string): string {
  return place === PLACE_BY_AGREEMENT || place === LEGACY_PLACE_BY_AGREEMENT ? t("place-by-agreement") : place;
}

/** A module's text in the participant's language (every locale is required on input). */
export function translated(text: Translations, locale: LocaleCode): string {
  return text[locale] ?? text[FALLBACK_LOCALE] ?? text[REFERENCE_LOCALE] ?? Object.values(text)[0] ?? "";
}

export async function createModule(db: Db, input: ModuleInput): Promise<Module> {
  const rows = await db.insert(modules).values(input).returning();
  return rows[0]!;
}

export async function updateModule(db: Db, id: number, patch: Partial<ModuleInput>): Promise<Module | undefined> {
  const rows = await db
    .update(modules)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(modules.id, id))
    .returning();
  return rows[0];
}

export async function archiveModule(db: Db, id: number): Promise<Module | undefined> {
  const rows = await db
    .update(modules)
    .set({ archivedAt: sql`coalesce(${modules.archivedAt}, now())`, updatedAt: sql`now()` })
    .where(eq(modules.id, id))
    .returning();
  return rows[0];
}

export async function findModule(db: Db, id: number): Promise<Module | undefined> {
  return (await db.select().from(modules).where(eq(modules.id, id)))[0];
}

export async function findModuleByCode(db: Db, code: string): Promise<Module | undefined> {
  return (await db.select().from(modules).where(eq(modules.code, code)))[0];
}

export async function listModules(db: Db, options: { includeArchived: boolean }): Promise<Module[]> {
  return db
    .select()
    .from(modules)
    .where(options.includeArchived ? undefined : isNull(modules.archivedAt))
    .orderBy(asc(modules.id));
}

export async function createSession(db: Db, moduleId: number, input: SessionInput): Promise<Session> {
  return (await db.insert(sessions).values({ moduleId, ...input }).returning())[0]!;
}

export async function findSession(db: Db, id: number): Promise<Session | undefined> {
  return (await db.select().from(sessions).where(eq(sessions.id, id)))[0];
}

export async function listSessions(db: Db, moduleId: number): Promise<Session[]> {
  return db.select().from(sessions).where(eq(sessions.moduleId, moduleId)).orderBy(asc(sessions.startsAt));
}

/** Coming sessions (not cancelled) of the given modules, soonest first. */
export async function upcomingSessions(db: Db, moduleIds: number[], now: Date): Promise<Session[]> {
  if (moduleIds.length === 0) return [];
  return db
    .select()
    .from(sessions)
    .where(and(inArray(sessions.moduleId, moduleIds), gt(sessions.startsAt, now), isNull(sessions.cancelledAt)))
    .orderBy(asc(sessions.startsAt));
}

/** The open catalogue as matching sees it. */
export async function loadOpenCatalogue(db: Db, now: Date): Promise<{ modules: Module[]; matchable: MatchableModule[] }> {
  const open = await listModules(db, { includeArchived: false });
  const coming = await upcomingSessions(db, open.map((m) => m.id), now);
  const matchable = open.map((m) => ({
    id: m.id,
    tags: m.tags,
    regions: m.regions,
    childcare: m.childcare,
    upcoming: coming.filter((s) => s.moduleId === m.id).map((s) => s.startsAt),
  }));
  return { modules: open, matchable };
}
