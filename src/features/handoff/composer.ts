import { Composer, InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import type { BotContext } from "../../bot/context.js";
import { formatDateTime } from "../../i18n/format.js";
import { localeOf } from "../../i18n/negotiate.js";
import type { MessageDetails } from "../../db/schema.js";
import { closeEscalation, hasIncoming, liveEscalation, openEscalation, recordIncoming, type EscalationSource, type IncomingContent } from "./escalations.js";
import { nextOpening, type OfficeHours } from "./office-hours.js";
import { withoutControlCharacters } from "../survey/flow.js";
import { listenButton } from "../audio/composer.js";

/** "End chat with the counsellor": the button that does what /end does. */
export const endChatKeyboard = (ctx: BotContext) => new InlineKeyboard().text(ctx.t("handoff-end-button"), "handoff:end");

/** The "talk to a person" button, for any feature that offers it. */
export const talkToPersonButton = (ctx: BotContext) => new InlineKeyboard().text(ctx.t("handoff-offer-yes"), "handoff:open");

/**
 * The participant's side of the handoff. Mounted before every other feature: while a
 * chat is with a counsellor, everything the participant sends goes to the counsellor
 * (DESIGN invariant 6), except /end and what is the participant's own business: the
 * language choice, /mydata, /delete and their buttons, answering the privacy notice, and
 * answering a referral's consent question.
 */
export function createHandoffComposer(officeHours: OfficeHours, clock: () => Date = () => new Date()): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");

  pm.use(async (ctx, next) => {
    // loadParticipant read whether the chat is with a counsellor; only then is the escalation fetched.
    if (!ctx.participant || ctx.inHandoff === false) return next();
    const escalation = await liveEscalation(ctx.db, ctx.participant.id);
    if (!escalation) return next();

    // "/end", or the "End chat with the counsellor" button for those who do not type commands.
    if (ctx.message?.text?.startsWith("/end") || ctx.callbackQuery?.data === "handoff:end") {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      await closeEscalation(ctx.db, escalation.id, { kind: "participant" });
      await ctx.reply(ctx.t("handoff-ended"), { reply_markup: new InlineKeyboard().text(ctx.t("menu-title"), "menu:show") });
      return;
    }
    if (isParticipantsOwnCommand(ctx)) return next();
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery({ text: ctx.t("handoff-busy-button"), show_alert: true });
      return;
    }
    if (ctx.message) {
      const first = !(await hasIncoming(ctx.db, escalation.id));
      await recordIncoming(ctx.db, escalation, contentOf(ctx.message));
      // One confirmation, so the participant knows their words arrived; not one per message.
      if (first) await ctx.reply(ctx.t("handoff-forwarded"), { reply_markup: endChatKeyboard(ctx) });
      return;
    }
    return next();
  });

  const open = (source: EscalationSource) => async (ctx: BotContext) => {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    await openChatWithCounsellor(ctx, source, officeHours, clock);
  };
  pm.command(["counsellor", "person", "help_person"], open("command"));
  pm.callbackQuery("handoff:open", open("menu"));
  pm.callbackQuery("handoff:survey", open("survey"));
  pm.callbackQuery("handoff:unclear", open("not-understood"));
  // The end button of a chat that has ended already (by /end, or by the counsellor).
  pm.callbackQuery("handoff:end", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("handoff-ended"), { reply_markup: new InlineKeyboard().text(ctx.t("menu-title"), "menu:show") });
  });
  return composer;
}

/**
 * Hands the chat to the counsellors and tells the participant when one will answer (or
 * that the chat is already with them). For any feature that offers a person (the plan's
 * "I cannot do this").
 */
export async function openChatWithCounsellor(ctx: BotContext, source: EscalationSource, officeHours: OfficeHours, clock: () => Date): Promise<void> {
  const { created } = await openEscalation(ctx.db, ctx.participant.id, source);
  if (!created) return void (await ctx.reply(ctx.t("handoff-already"), { reply_markup: endChatKeyboard(ctx) }));
  const opening = nextOpening(clock(), officeHours);
  const keyboard = endChatKeyboard(ctx);
  if (!opening) {
    const listen = await listenButton(ctx, "handoff-opened-now");
    if (listen) keyboard.row().text(listen.text, listen.data);
  }
  await ctx.reply(opening ? ctx.t("handoff-opened-later", { date: formatDateTime(opening, localeOf(ctx)) }) : ctx.t("handoff-opened-now"), {
    reply_markup: keyboard,
  });
}

/**
 * Commands a participant keeps during a chat with a counsellor: they are about their own
 * data and language, not words for the counsellor, so they are neither relayed nor kept
 * in the transcript.
 */
function isParticipantsOwnCommand(ctx: BotContext): boolean {
  const command = /^\/(\w+)(@\w+)?(\s|$)/.exec(ctx.message?.text ?? "")?.[1];
  if (command && ["language", "mydata", "delete", "plan"].includes(command)) return true;
  const data = ctx.callbackQuery?.data ?? "";
  // A referral's consent question is often asked while the counsellor is in the chat, and
  // a plan drafted with them is read (and its steps marked) there too; 🔊 reads a message aloud.
  return (
    data.startsWith("lang:") || data === "menu:language" || data.startsWith("privacy:") || data.startsWith("consent:") || data.startsWith("ref:") || data.startsWith("plan:") || data.startsWith("au:")
  );
}

/**
 * What the counsellor gets of a message: its text or caption, a file reference (never
 * the file), and for a shared location its coordinates with a map link, for a shared
 * contact its name and phone number.
 */
export function contentOf(message: Message): IncomingContent {
  const raw = message.text ?? message.caption;
  // A broken character (a lone surrogate from a faulty client) becomes U+FFFD: the rest
  // of the message still reaches the counsellor, and the database can store it.
  const text = raw === undefined ? undefined : withoutControlCharacters(raw).toWellFormed();
  const file =
    (message.photo && { kind: "photo", id: message.photo.at(-1)!.file_id }) ||
    (message.voice && { kind: "voice", id: message.voice.file_id }) ||
    (message.audio && { kind: "audio", id: message.audio.file_id }) ||
    (message.document && { kind: "document", id: message.document.file_id }) ||
    (message.video && { kind: "video", id: message.video.file_id }) ||
    (message.video_note && { kind: "video_note", id: message.video_note.file_id }) ||
    (message.sticker && { kind: "sticker", id: message.sticker.file_id }) ||
    undefined;
  const details = detailsOf(message);
  const other = !text && !file ? { kind: details?.kind ?? "other" } : undefined;
  return { text, fileKind: file?.kind ?? other?.kind, fileId: file?.id, details };
}

function detailsOf(message: Message): MessageDetails | undefined {
  const location = message.venue?.location ?? message.location;
  if (location) {
    const { latitude, longitude } = location;
    return { kind: "location", latitude, longitude, mapUrl: `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}` };
  }
  if (message.contact) {
    const name = [message.contact.first_name, message.contact.last_name].filter(Boolean).join(" ");
    return { kind: "contact", name: withoutControlCharacters(name).toWellFormed(), phoneNumber: withoutControlCharacters(message.contact.phone_number).toWellFormed() };
  }
  return undefined;
}
