import type { AppointmentKind } from "../../db/schema.js";
import { formatDateTime } from "../../i18n/format.js";
import { FALLBACK_LOCALE, isLocale, type LocaleCode } from "../../i18n/locales.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** Interpreter languages offered, by the survey's language ids (their names are the survey's `q-languages-*` texts). */
export const INTERPRETER_LANGUAGES = ["ar", "prs", "fa", "so", "ru", "uk", "sw", "ku", "ti", "fr", "en"] as const;

/** The short reasons a participant can give (buttons; never free text). */
export const REASONS = ["work", "family", "health", "papers", "other"] as const;

export const localeOf = (value: string | null | undefined): LocaleCode => (isLocale(value) ? value : FALLBACK_LOCALE);

export const kindLabel = (t: T, kind: AppointmentKind) => t(`apt-kind-${kind}`);

/** A start time as the participant reads it, Helsinki time, 24-hour. */
export const timeLabel = (startsAt: Date | string, locale: LocaleCode) => formatDateTime(new Date(startsAt), locale);

/** Where the meeting happens, as one line: the office address, the video link, a call or a home visit. */
export function whereLine(t: T, kind: AppointmentKind, place: { officeAddress: string | null; videoLink: string | null }): string {
  if (kind === "office") return place.officeAddress ? t("apt-where-office", { address: place.officeAddress }) : t("apt-where-office-unknown");
  if (kind === "video") return place.videoLink ? t("apt-where-video", { link: place.videoLink }) : t("apt-where-video-later");
  return t(`apt-where-${kind}`);
}

export const interpreterLine = (t: T, language: string | null) =>
  language ? t("apt-interpreter-line", { language: t(`q-languages-${language}`) }) : t("apt-interpreter-none");
/** The summary's line for what the meeting is about (a REASONS id), or that none was chosen. */
export const topicLine = (t: T, reason: string | null | undefined) =>
  reason ? t("apt-topic-line", { topic: t(`apt-reason-${reason}`) }) : t("apt-topic-none");
