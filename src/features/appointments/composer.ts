import { conversations, createConversation } from "@grammyjs/conversations";
import { Composer, InlineKeyboard, type Context } from "grammy";
import type { BotContext } from "../../bot/context.js";
import type { Db } from "../../db/client.js";
import { CONVERSATION_STORAGE, createDrizzleStorage } from "../../db/storage.js";
import { appointmentDialog, APPOINTMENT_DIALOG, DIALOG_BUTTON, DIALOG_VERSION } from "./dialog.js";
import { canChange, cancelAppointment, findAppointment, upcomingAppointments } from "./repository.js";
import { kindLabel, localeOf, timeLabel } from "./render.js";
import { talkToPersonButton } from "../handoff/composer.js";

/**
 * Individual guidance in the bot: `/appointment` and the menu's button show the
 * participant's appointments (each can be moved or cancelled until
 * APPOINTMENT_CHANGE_HOURS before it) or start the booking dialog (dialog.ts); the
 * answers to appointment reminders ("I am coming", "I need another time").
 *
 * Mounted after the handoff composer: a chat with a counsellor never reaches the dialog
 * (DESIGN invariant 6), and the dialog resumes where it was once the chat is closed.
 */
export function createAppointmentsComposer(db: Db, clock: () => Date): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");
  pm.use((ctx, next) => {
    ctx.clock = clock;
    return next();
  });
  // Conversation state per chat in bot_storage ("conversation:<chat>"), in the update's
  // transaction (the adapter joins it). A state of another DIALOG_VERSION is dropped.
  // The plugin reads the state on every update of the chat; loadParticipant has read it
  // already, with the participant, so that costs no statement of its own.
  const stored = createDrizzleStorage<unknown>(db, CONVERSATION_STORAGE);
  const keyOf = (ctx: BotContext) => String(ctx.chatId);
  pm.use(
    conversations<BotContext, Context>({
      storage: {
        type: "context",
        version: DIALOG_VERSION,
        adapter: {
          read: (ctx) => (ctx.dialogState ? (ctx.dialogState.value ?? undefined) : stored.read(keyOf(ctx))) as never,
          write: (ctx, state) => stored.write(keyOf(ctx), state),
          delete: (ctx) => stored.delete(keyOf(ctx)),
        },
      },
    }),
  );
  pm.use(createConversation<BotContext, Context>(appointmentDialog, { id: APPOINTMENT_DIALOG }));

  const start = async (ctx: BotContext, moveId?: number) => {
    await ctx.conversation.exitAll();
    await (moveId === undefined ? ctx.conversation.enter(APPOINTMENT_DIALOG) : ctx.conversation.enter(APPOINTMENT_DIALOG, moveId));
  };

  pm.command("appointment", (ctx) => showAppointments(ctx, clock(), true));
  pm.callbackQuery("apt:menu", async (ctx) => {
    await ctx.answerCallbackQuery();
    await showAppointments(ctx, clock(), true);
  });
  pm.callbackQuery("apt:my", async (ctx) => {
    await ctx.answerCallbackQuery();
    await showAppointments(ctx, clock(), false);
  });
  pm.callbackQuery("apt:new", async (ctx) => {
    await ctx.answerCallbackQuery();
    await start(ctx);
  });
  // "Change the time" on the list, "I need another time" on a reminder.
  pm.callbackQuery(/^apt:(mv|a):(\d{1,9})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await start(ctx, Number(ctx.match[2]));
  });
  pm.callbackQuery(/^apt:c:(\d{1,9})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const a = await findAppointment(ctx.db, Number(ctx.match[1]));
    if (!a || a.participantId !== ctx.participant.id || a.status !== "booked") return void (await ctx.reply(ctx.t("apt-not-found")));
    await ctx.reply(ctx.t("apt-coming-thanks"));
  });
  pm.callbackQuery(/^apt:cx:(\d{1,9})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const a = await findAppointment(ctx.db, Number(ctx.match[1]));
    if (!a || a.participantId !== ctx.participant.id || a.status !== "booked") return void (await ctx.reply(ctx.t("apt-not-found")));
    if (!canChange(a, clock(), ctx.deps.appointmentChangeHours ?? 24)) {
      return void (await ctx.reply(ctx.t("apt-too-late", { hours: ctx.deps.appointmentChangeHours ?? 24 }), { reply_markup: talkToPersonButton(ctx) }));
    }
    await ctx.reply(ctx.t("apt-cancel-question", { time: timeLabel(a.startsAt, localeOf(ctx.participant.locale)) }), {
      reply_markup: new InlineKeyboard().text(ctx.t("apt-cancel-yes"), `apt:cy:${a.id}`).row().text(ctx.t("apt-cancel-no"), "apt:my"),
    });
  });
  pm.callbackQuery(/^apt:cy:(\d{1,9})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const hours = ctx.deps.appointmentChangeHours ?? 24;
    const result = await cancelAppointment(ctx.db, { appointmentId: Number(ctx.match[1]), participantId: ctx.participant.id, by: "participant", now: clock(), changeHours: hours });
    if (!result.ok) return void (await ctx.reply(ctx.t(result.why === "too-late" ? "apt-too-late" : "apt-not-found", { hours })));
    await ctx.reply(ctx.t("apt-cancelled", { time: timeLabel(result.appointment.startsAt, localeOf(ctx.participant.locale)) }), {
      reply_markup: new InlineKeyboard().text(ctx.t("apt-book"), "apt:new"),
    });
  });
  // "Stop" on a dialog that already ended: nothing to stop; what is booked is shown.
  pm.callbackQuery("apt:x", async (ctx) => {
    await ctx.answerCallbackQuery();
    await showAppointments(ctx, clock(), false);
  });
  // A button of a dialog whose state is gone: the dialog ended (a second tap on "Yes"
  // after booking, an old summary) or a deploy raised DIALOG_VERSION. Whoever has a
  // meeting booked sees it (never "nothing was booked"); only with none does the dialog
  // start again from the beginning.
  pm.callbackQuery(DIALOG_BUTTON, async (ctx) => {
    await ctx.answerCallbackQuery();
    if ((await upcomingAppointments(ctx.db, ctx.participant.id, clock())).length > 0) return showAppointments(ctx, clock(), false);
    await ctx.reply(ctx.t("apt-restart"));
    await start(ctx);
  });
  return composer;
}

/**
 * The participant's coming appointments, each with "Change the time" and "Cancel" while
 * that is still allowed, and "Book a meeting". With none and `startWhenNone`, the
 * booking dialog starts at once.
 */
async function showAppointments(ctx: BotContext, now: Date, startWhenNone: boolean): Promise<void> {
  const mine = await upcomingAppointments(ctx.db, ctx.participant.id, now);
  if (mine.length === 0 && startWhenNone) {
    await ctx.conversation.exitAll();
    return ctx.conversation.enter(APPOINTMENT_DIALOG);
  }
  const locale = localeOf(ctx.participant.locale);
  const hours = ctx.deps.appointmentChangeHours ?? 24;
  const kb = new InlineKeyboard();
  const lines = mine.map((a, i) => {
    if (canChange(a, now, hours)) kb.text(`${i + 1}. ${ctx.t("apt-move")}`, `apt:mv:${a.id}`).text(`${i + 1}. ${ctx.t("apt-cancel")}`, `apt:cx:${a.id}`).row();
    return `${i + 1}. ${ctx.t("apt-item", { time: timeLabel(a.startsAt, locale), kind: kindLabel(ctx.t, a.kind) })}`;
  });
  kb.text(ctx.t("apt-book"), "apt:new");
  const text = mine.length === 0 ? ctx.t("apt-my-none") : `${ctx.t("apt-my-title")}\n${lines.join("\n")}`;
  await ctx.reply(text, { reply_markup: kb });
}
