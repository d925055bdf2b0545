import type { Context, LazySessionFlavor } from "grammy";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { ConversationFlavor } from "@grammyjs/conversations";
import type { Logger } from "pino";
import type { Db } from "../db/client.js";
import type { AnswerValue } from "../db/schema.js";
import type { Participant } from "../participants/repository.js";
import type { Helpline } from "../features/safety/helplines.js";

/** Short-lived state of a chat, in the bot_storage table; never the only copy of an answer. */
export interface SessionData {
  /** Options ticked on a multiple-choice question before Done. */
  multiDraft?: { questionId: string; selected: string[] };
}

export interface BotDependencies {
  projectName: string;
  privacyNoticeVersion: string;
  /** Months of inactivity after which a participant's data is erased (told in the notice). */
  retentionMonths: number;
  /** Hours before an appointment until which the participant may move or cancel it (APPOINTMENT_CHANGE_HOURS; default 24). */
  appointmentChangeHours?: number;
  /** How participants reach the project about their data; unset: the notice points to a counsellor. */
  projectContact?: string;
  /** Days after a chat with a counsellor is closed until its transcript is deleted (told in the notice). */
  transcriptRetentionDays: number;
  /** Helplines named in the immediate answer to distress (HELPLINES); Finland's national ones by default. */
  helplines?: readonly Helpline[];
}

interface AppFlavor {
  /** The update's transaction: every write of a handler goes through it. */
  db: Db;
  /** Set in private chats (every feature works in private chats only). */
  participant: Participant;
  /**
   * Whether the participant's chat was with a counsellor when the update arrived, read
   * with the participant (loadParticipant); undefined where no participant was loaded.
   */
  inHandoff?: boolean;
  /**
   * The conversations plugin's stored state of the chat, read with the participant
   * (loadParticipant): `value` null when there is none. Undefined where it was not read;
   * the plugin's storage then reads it itself (features/appointments).
   */
  dialogState?: { value: unknown };
  /**
   * The survey answers as stored when the update arrived, read with the participant
   * (loadParticipant). The survey takes them once, at the start of its handling
   * (features/survey `answersAtStart`); later reads go to the database.
   */
  surveyAnswersAtStart?: Record<string, AnswerValue | null>;
  deps: BotDependencies;
  log: Logger;
  /** The time for features that read it inside a conversation (fixed in tests); set by the appointments composer. */
  clock?: () => Date;
}

export type BotContext = ConversationFlavor<Context & LazySessionFlavor<SessionData> & I18nFlavor & AppFlavor>;
