import type { Messenger } from "../../bot/messenger.js";
import type { Db } from "../../db/client.js";
import { findModule, translated } from "./catalogue.js";
import type { Enrolment } from "./enrolment.js";

/** Tells each participant who moved up from the waiting list, in their own language. */
export async function notifyPromoted(db: Db, messenger: Messenger, promoted: readonly Enrolment[]): Promise<void> {
  for (const enrolment of promoted) {
    const module = await findModule(db, enrolment.moduleId);
    if (!module) continue;
    await messenger.toParticipant(db, enrolment.participantId, (t, locale) => ({
      text: t("module-promoted", { title: translated(module.title, locale) }),
      reply_markup: { inline_keyboard: [[{ text: t("menu-my"), callback_data: "my:l" }]] },
    }));
  }
}
