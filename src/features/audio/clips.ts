import { createHash } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { audioClips } from "../../db/schema.js";
import type { LocaleCode } from "../../i18n/locales.js";
import { SURVEY } from "../survey/definition.js";
import { synthesize, synthesisLocales } from "./speech.js";

export type AudioClip = typeof audioClips.$inferSelect;

/**
 * The messages that can be heard: every survey question (read with its options, key
 * `q-<id>`) and the key messages a participant must understand to go on.
 */
export const SPEAKABLE_KEYS: readonly string[] = [
  // The welcome and the privacy notice, read together (they are one message).
  "consent-notice",
  "audio-reminder",
  "handoff-opened-now",
  ...SURVEY.map((q) => `q-${q.id}`),
];

/** A clip's upload name: how the reply sender recognises it to keep Telegram's file id (rememberFileId). */
export const clipFilename = (id: number) => `audio-clip-${id}.ogg`;

export function isSpeakable(key: string): boolean {
  return SPEAKABLE_KEYS.includes(key);
}

/** Stores (or replaces) a staff recording; Telegram's file id of an earlier one is forgotten. */
export async function saveRecording(db: Db, messageKey: string, locale: LocaleCode, ogg: Buffer): Promise<AudioClip> {
  const [row] = await db
    .insert(audioClips)
    .values({ messageKey, locale, source: "recording", content: ogg, bytes: ogg.length })
    .onConflictDoUpdate({
      target: [audioClips.messageKey, audioClips.locale, audioClips.source],
      set: { content: ogg, bytes: ogg.length, telegramFileId: null, updatedAt: sql`now()` },
    })
    .returning();
  return row!;
}

export async function deleteRecording(db: Db, messageKey: string, locale: string): Promise<boolean> {
  const rows = await db
    .delete(audioClips)
    .where(and(eq(audioClips.messageKey, messageKey), eq(audioClips.locale, locale), eq(audioClips.source, "recording")))
    .returning({ id: audioClips.id });
  return rows.length > 0;
}

/** Every stored clip without its audio, for the admin API. */
export async function listClips(db: Db) {
  return db
    .select({
      id: audioClips.id,
      messageKey: audioClips.messageKey,
      locale: audioClips.locale,
      source: audioClips.source,
      bytes: audioClips.bytes,
      telegramFileId: audioClips.telegramFileId,
      updatedAt: audioClips.updatedAt,
    })
    .from(audioClips)
    .orderBy(asc(audioClips.messageKey), asc(audioClips.locale), asc(audioClips.source));
}

async function findClip(db: Db, messageKey: string, locale: string, source: "recording" | "synthetic"): Promise<AudioClip | undefined> {
  const [row] = await db
    .select()
    .from(audioClips)
    .where(and(eq(audioClips.messageKey, messageKey), eq(audioClips.locale, locale), eq(audioClips.source, source)));
  return row;
}

/**
 * Whether the 🔊 button is shown for a message: a staff recording exists in this
 * language, or speech synthesis covers the language here.
 */
export async function canBeHeard(db: Db, messageKey: string, locale: LocaleCode): Promise<boolean> {
  if ((await synthesisLocales()).includes(locale)) return true;
  const [row] = await db
    .select({ id: audioClips.id })
    .from(audioClips)
    .where(and(eq(audioClips.messageKey, messageKey), eq(audioClips.locale, locale), eq(audioClips.source, "recording")));
  return row !== undefined;
}

/**
 * The clip to send for a message: the staff recording, else synthetic speech of `text`
 * (made once per wording and stored, so a changed text is spoken anew), else undefined.
 */
export async function clipFor(db: Db, messageKey: string, locale: LocaleCode, text: string): Promise<AudioClip | undefined> {
  const recording = await findClip(db, messageKey, locale, "recording");
  if (recording) return recording;
  const textHash = createHash("sha256").update(text).digest("hex");
  const cached = await findClip(db, messageKey, locale, "synthetic");
  if (cached?.textHash === textHash) return cached;
  const ogg = await synthesize(text, locale);
  if (!ogg) return undefined;
  const [row] = await db
    .insert(audioClips)
    .values({ messageKey, locale, source: "synthetic", textHash, content: ogg, bytes: ogg.length })
    .onConflictDoUpdate({
      target: [audioClips.messageKey, audioClips.locale, audioClips.source],
      set: { textHash, content: ogg, bytes: ogg.length, telegramFileId: null, updatedAt: sql`now()` },
    })
    .returning();
  return row!;
}

/**
 * After Telegram accepted a voice message uploaded from a clip, keeps the file id it gave,
 * so the clip is never uploaded again. Called by the reply sender with every sent reply;
 * ignores all but clip uploads.
 */
export async function rememberFileId(db: Db, method: string, payload: Record<string, unknown>, result: unknown): Promise<void> {
  if (method !== "sendVoice") return;
  const filename = (payload.voice as { $inputFile?: { filename?: string | null } } | undefined)?.$inputFile?.filename;
  const id = /^audio-clip-(\d+)\.ogg$/.exec(filename ?? "")?.[1];
  const fileId = (result as { voice?: { file_id?: unknown } } | undefined)?.voice?.file_id;
  if (!id || typeof fileId !== "string") return;
  await db.update(audioClips).set({ telegramFileId: fileId }).where(eq(audioClips.id, Number(id)));
}

/** The languages a message can be heard in here (synthesis, or a staff recording). */
export async function hearableLocales(db: Db, messageKey: string): Promise<Set<string>> {
  const recorded = await db
    .select({ locale: audioClips.locale })
    .from(audioClips)
    .where(and(eq(audioClips.messageKey, messageKey), eq(audioClips.source, "recording")));
  return new Set<string>([...(await synthesisLocales()), ...recorded.map((r) => r.locale)]);
}
