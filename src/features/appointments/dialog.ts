/**
 * The booking and moving dialog, built with @grammyjs/conversations (v2).
 *
 * The plugin replays this function from the top on every update of the chat, so:
 * - everything that touches the world (the database, the clock, replies) runs inside
 *   `conversation.external`, whose result is recorded once and read back on replays;
 * - replies go through the OUTSIDE context (`external` hands it over): the conversation's
 *   own Api objects lack the bot's reply-deferral transformer (replies.ts), so a reply
 *   sent from the inside context would leave before the update's transaction commits;
 *   sent from the outside one it joins the update's pending replies like any other;
 * - the conversation's state (in `bot_storage`, written in the update's transaction by
 *   the drizzle storage adapter) is only a cursor: the booking is a row written at the
 *   confirmation, so a lost or discarded state (a new DIALOG_VERSION after a deploy)
 *   leaves no half booking, and the participant starts again from a stale button.
 */
import type { Conversation } from "@grammyjs/conversations";
import { and, eq } from "drizzle-orm";
import { InlineKeyboard, type Context } from "grammy";
import type { BotContext } from "../../bot/context.js";
import { counsellorProfiles, surveyAnswers, type AppointmentKind } from "../../db/schema.js";
import {
  bookAppointment,
  canChange,
  findFreeTimes,
  moveAppointment,
  offeredKinds,
  participantRegion,
  upcomingAppointments,
} from "./repository.js";
import { talkToPersonButton } from "../handoff/composer.js";
import { INTERPRETER_LANGUAGES, interpreterLine, kindLabel, localeOf, REASONS, timeLabel, topicLine, whereLine } from "./render.js";

/** The conversation's id (`ctx.conversation.enter(APPOINTMENT_DIALOG)`). */
export const APPOINTMENT_DIALOG = "appointment";
/**
 * Version of the stored conversation state. Raise it whenever this file changes how the
 * dialog waits or what `external` returns: states of the old code are then dropped, and
 * a participant in the middle of a dialog starts it again (see composer.ts).
 */
export const DIALOG_VERSION = 2;
/** Times shown at once; "Later times" shows the next ones. */
export const TIMES_PER_PAGE = 4;

export type Dialog = Conversation<BotContext, Context>;

/**
 * Callback data the dialog itself waits for. A press of one outside a dialog shows what
 * is booked, or starts the dialog again when nothing is (composer.ts).
 */
export const DIALOG_BUTTON = /^apt:(k|t|more|i|r|ok|x)(:|$)/;

interface TimeChoice {
  staffId: number;
  startsAt: string;
}

const clockOf = (ctx: BotContext) => ctx.clock?.() ?? new Date();
const changeHoursOf = (ctx: BotContext) => ctx.deps.appointmentChangeHours ?? 24;

/** Sends a message through the outside context (deferred until the update commits). */
function say(conversation: Dialog, build: (ctx: BotContext) => { text: string; keyboard?: InlineKeyboard }): Promise<void> {
  return conversation.external(async (ctx) => {
    const { text, keyboard } = build(ctx);
    await ctx.reply(text, keyboard ? { reply_markup: keyboard } : {});
  });
}

/**
 * Waits for a press of one of the dialog's buttons. Typed words or a sticker get a polite
 * re-ask; a command or another feature's button ends the dialog and goes on to that
 * feature (so /help, the menu and "Talk to a person" always work).
 */
async function choose(conversation: Dialog, accept: (data: string) => boolean): Promise<string> {
  for (;;) {
    const ctx = await conversation.wait();
    const data = ctx.callbackQuery?.data;
    if (data !== undefined && accept(data)) return data;
    // An edited old message is not an answer: the rest of the bot sees it, the dialog waits on.
    if (ctx.editedMessage) await conversation.skip({ next: true });
    if (data !== undefined || ctx.message?.text?.startsWith("/") || !ctx.message) await conversation.halt({ next: true });
    await say(conversation, (o) => ({ text: o.t("apt-use-buttons") }));
  }
}

const stopButton = (kb: InlineKeyboard, ctx: BotContext) => kb.row().text(ctx.t("apt-stop"), "apt:x");

/** "No free times": the message says "or talk to a person", so the button is there. */
const noTimes = (o: BotContext) => ({ text: o.t("apt-none"), keyboard: talkToPersonButton(o) });
/** "Too late to change here, talk to a person": likewise. */
const tooLate = (o: BotContext) => ({ text: o.t("apt-too-late", { hours: changeHoursOf(o) }), keyboard: talkToPersonButton(o) });

/**
 * Takes the buttons off the message whose button was just pressed (the summary), so an
 * answered question cannot be answered twice. Through the outside context, like replies.
 */
function clearButtons(conversation: Dialog): Promise<void> {
  return conversation.external(async (ctx) => {
    if (ctx.callbackQuery?.message) await ctx.editMessageReplyMarkup({ reply_markup: undefined });
  });
}

/**
 * The dialog. Without `moveId`: kind → time → interpreter → reason → confirm → booked.
 * With `moveId` (an appointment of this participant): time → confirm → moved; the kind,
 * interpreter and reason stay.
 */
export async function appointmentDialog(conversation: Dialog, _ctx: Context, moveId?: number): Promise<void> {
  const setup = await conversation.external(async (ctx) => {
    const now = clockOf(ctx);
    const region = await participantRegion(ctx.db, ctx.participant.id);
    const [languages] = await ctx.db
      .select({ value: surveyAnswers.value })
      .from(surveyAnswers)
      .where(and(eq(surveyAnswers.participantId, ctx.participant.id), eq(surveyAnswers.questionId, "languages")));
    const fromSurvey = Array.isArray(languages?.value) ? (languages.value as string[]).find((l) => (INTERPRETER_LANGUAGES as readonly string[]).includes(l)) : undefined;
    const fromLocale = ({ ar: "ar", fa: "prs", ru: "ru", uk: "uk", so: "so", sw: "sw" } as Record<string, string>)[localeOf(ctx.participant.locale)];
    let move: { id: number; kind: AppointmentKind; interpreterLanguage: string | null; reason: string | null; changeable: boolean } | undefined;
    if (moveId !== undefined) {
      const mine = (await upcomingAppointments(ctx.db, ctx.participant.id, now)).find((a) => a.id === moveId);
      move = mine
        ? { id: mine.id, kind: mine.kind, interpreterLanguage: mine.interpreterLanguage, reason: mine.reason, changeable: canChange(mine, now, changeHoursOf(ctx)) }
        : undefined;
    }
    return { region: region ?? null, kinds: await offeredKinds(ctx.db, region), language: fromSurvey ?? fromLocale ?? null, move, moveAsked: moveId !== undefined };
  });

  if (setup.moveAsked && !setup.move) return say(conversation, (o) => ({ text: o.t("apt-not-found") }));
  if (setup.move && !setup.move.changeable) return say(conversation, tooLate);

  // 1. The kind of meeting.
  let kind = setup.move?.kind;
  if (!kind) {
    if (setup.kinds.length === 0) return say(conversation, noTimes);
    await say(conversation, (o) => {
      const kb = new InlineKeyboard();
      for (const k of setup.kinds) kb.text(kindLabel(o.t, k), `apt:k:${k}`).row();
      return { text: o.t("apt-kind-question"), keyboard: stopButton(kb, o) };
    });
    const data = await choose(conversation, (d) => d === "apt:x" || /^apt:k:(office|phone|video|home)$/.test(d));
    if (data === "apt:x") return say(conversation, (o) => ({ text: o.t("apt-stopped") }));
    kind = data.slice("apt:k:".length) as AppointmentKind;
  }
  const chosenKind = kind;

  let interpreter: string | null | undefined = setup.move ? setup.move.interpreterLanguage : undefined;
  let reason: string | null | undefined = setup.move ? setup.move.reason : undefined;
  let notice: "apt-taken" | undefined;

  for (;;) {
    // 2. The time: the next free ones, a few at a time.
    let after: string | undefined;
    let time: TimeChoice | undefined;
    while (!time) {
      const page = await conversation.external(async (ctx) =>
        (
          await findFreeTimes(ctx.db, {
            kind: chosenKind,
            region: setup.region ?? undefined,
            now: clockOf(ctx),
            after: after ? new Date(after) : undefined,
            limit: TIMES_PER_PAGE + 1,
            ignoreAppointmentId: setup.move?.id,
            language: localeOf(ctx.participant.locale),
          })
        ).map((s) => ({ staffId: s.staffId, startsAt: s.startsAt.toISOString() })),
      );
      if (page.length === 0) {
        if (!after) return say(conversation, noTimes);
        after = undefined;
        await say(conversation, (o) => ({ text: o.t("apt-no-later") }));
        continue;
      }
      const shown = page.slice(0, TIMES_PER_PAGE);
      const more = page.length > TIMES_PER_PAGE;
      const intro = notice;
      notice = undefined;
      await say(conversation, (o) => {
        const locale = localeOf(o.participant.locale);
        const kb = new InlineKeyboard();
        for (const s of shown) kb.text(timeLabel(s.startsAt, locale), `apt:t:${s.staffId}:${new Date(s.startsAt).getTime() / 60_000}`).row();
        if (more) kb.text(o.t("apt-later"), "apt:more").row();
        const question = o.t("apt-times-question", { kind: kindLabel(o.t, chosenKind) });
        return { text: intro ? `${o.t(intro)}\n\n${question}` : question, keyboard: stopButton(kb, o) };
      });
      const data = await choose(conversation, (d) => d === "apt:x" || d === "apt:more" || /^apt:t:\d{1,10}:\d{1,12}$/.test(d));
      if (data === "apt:x") return say(conversation, (o) => ({ text: o.t("apt-stopped") }));
      if (data === "apt:more") {
        after = shown[shown.length - 1]!.startsAt;
        continue;
      }
      const [, , staffId, minutes] = data.split(":");
      time = { staffId: Number(staffId), startsAt: new Date(Number(minutes) * 60_000).toISOString() };
    }
    const chosenTime = time;

    // 3. An interpreter, the survey's language first.
    if (interpreter === undefined) {
      await say(conversation, (o) => {
        const kb = new InlineKeyboard().text(o.t("apt-interpreter-no"), "apt:i:no").row();
        if (setup.language) kb.text(o.t("apt-interpreter-yes", { language: o.t(`q-languages-${setup.language}`) }), `apt:i:${setup.language}`).row();
        kb.text(o.t("apt-interpreter-other"), "apt:i:other");
        return { text: o.t("apt-interpreter-question"), keyboard: stopButton(kb, o) };
      });
      let data = await choose(conversation, (d) => d === "apt:x" || /^apt:i:[a-z]{2,5}$/.test(d));
      if (data === "apt:x") return say(conversation, (o) => ({ text: o.t("apt-stopped") }));
      if (data === "apt:i:other") {
        await say(conversation, (o) => {
          const kb = new InlineKeyboard();
          INTERPRETER_LANGUAGES.forEach((l, i) => {
            kb.text(o.t(`q-languages-${l}`), `apt:i:${l}`);
            if (i % 2 === 1) kb.row();
          });
          return { text: o.t("apt-interpreter-which"), keyboard: stopButton(kb, o) };
        });
        data = await choose(conversation, (d) => d === "apt:x" || (d.startsWith("apt:i:") && (INTERPRETER_LANGUAGES as readonly string[]).includes(d.slice(6))));
        if (data === "apt:x") return say(conversation, (o) => ({ text: o.t("apt-stopped") }));
      }
      const picked = data.slice("apt:i:".length);
      interpreter = picked === "no" ? null : (INTERPRETER_LANGUAGES as readonly string[]).includes(picked) ? picked : null;
    }

    // 4. What it is about (optional, buttons only).
    if (reason === undefined) {
      await say(conversation, (o) => {
        const kb = new InlineKeyboard();
        REASONS.forEach((r, i) => {
          kb.text(o.t(`apt-reason-${r}`), `apt:r:${r}`);
          if (i % 2 === 1) kb.row();
        });
        kb.row().text(o.t("apt-skip"), "apt:r:skip");
        return { text: o.t("apt-reason-question"), keyboard: stopButton(kb, o) };
      });
      const data = await choose(conversation, (d) => d === "apt:x" || d === "apt:r:skip" || (d.startsWith("apt:r:") && (REASONS as readonly string[]).includes(d.slice(6))));
      if (data === "apt:x") return say(conversation, (o) => ({ text: o.t("apt-stopped") }));
      reason = data === "apt:r:skip" ? null : data.slice("apt:r:".length);
    }

    // 5. Confirm.
    const chosenInterpreter = interpreter;
    const chosenReason = reason;
    await say(conversation, (o) => {
      const locale = localeOf(o.participant.locale);
      const text = o.t(setup.move ? "apt-confirm-move" : "apt-confirm", {
        kind: kindLabel(o.t, chosenKind),
        time: timeLabel(chosenTime.startsAt, locale),
        interpreter: interpreterLine(o.t, chosenInterpreter),
        about: topicLine(o.t, chosenReason),
      });
      return { text, keyboard: new InlineKeyboard().text(o.t("apt-confirm-yes"), "apt:ok").row().text(o.t("apt-stop"), "apt:x") };
    });
    const confirmed = await choose(conversation, (d) => d === "apt:ok" || d === "apt:x");
    await clearButtons(conversation);
    if (confirmed === "apt:x") return say(conversation, (o) => ({ text: o.t("apt-stopped") }));

    const outcome = await conversation.external(async (ctx) => {
      const now = clockOf(ctx);
      const startsAt = new Date(chosenTime.startsAt);
      const result = setup.move
        ? await moveAppointment(ctx.db, { appointmentId: setup.move.id, participantId: ctx.participant.id, staffId: chosenTime.staffId, startsAt, now, changeHours: changeHoursOf(ctx) })
        : await bookAppointment(ctx.db, {
            participantId: ctx.participant.id,
            staffId: chosenTime.staffId,
            kind: chosenKind,
            startsAt,
            interpreterLanguage: chosenInterpreter,
            reason: reason ?? null,
            now,
          });
      if (!result.ok) return { ok: false as const, why: result.why };
      const [place] = await ctx.db.select().from(counsellorProfiles).where(eq(counsellorProfiles.staffId, result.appointment.staffId));
      const locale = localeOf(ctx.participant.locale);
      const where = whereLine(ctx.t, result.appointment.kind, { officeAddress: place?.officeAddress ?? null, videoLink: place?.videoLink ?? null });
      await ctx.reply(ctx.t(setup.move ? "apt-moved" : "apt-booked", { kind: kindLabel(ctx.t, result.appointment.kind), time: timeLabel(result.appointment.startsAt, locale), where }), {
        reply_markup: new InlineKeyboard().text(ctx.t("apt-my"), "apt:my"),
      });
      return { ok: true as const };
    });
    if (outcome.ok) return;
    if (outcome.why === "too-late") return say(conversation, tooLate);
    if (outcome.why === "not-found") return say(conversation, (o) => ({ text: o.t("apt-not-found") }));
    // Someone else took the time (or it closed meanwhile): the next free times, with the
    // answers given so far kept.
    notice = "apt-taken";
  }
}
