import type { BotDependencies } from "../../bot/context.js";

type Translate = (key: string, variables?: Record<string, string | number>) => string;

/**
 * The privacy notice (the `consent-notice` message) with the facts it must state filled in
 * from the configuration, so that what it says is what the code does: who keeps the data
 * and how to reach them (PROJECT_NAME, PROJECT_CONTACT; without a contact it points to a
 * counsellor in the chat), that a participant silent for RETENTION_MONTHS is erased by the
 * nightly retention job (src/jobs.ts `runRetention`), and that transcripts of chats with a
 * counsellor go TRANSCRIPT_RETENTION_DAYS after the chat is closed (`pruneTranscripts`).
 */
export function consentNoticeText(t: Translate, deps: BotDependencies): string {
  return t("consent-notice", {
    project: deps.projectName,
    contact: deps.projectContact ?? t("consent-contact-counsellor"),
    months: deps.retentionMonths,
    days: deps.transcriptRetentionDays,
  });
}
