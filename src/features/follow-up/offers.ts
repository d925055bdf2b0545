import { eq } from "drizzle-orm";
import { participants } from "../../db/schema.js";
import { classifyBotApiError, describeBotApiError } from "../../bot/telegram-errors.js";
import { FALLBACK_LOCALE, isLocale } from "../../i18n/locales.js";
import { inQuietHours } from "../reminders/planner.js";
import type { SenderDependencies } from "../reminders/sender.js";
import { composeFollowUpOffer } from "./composer.js";
import { claimRound, dueFollowUps, markOffer } from "./repository.js";

/**
 * Offers the follow-up check-in to everyone a round is due for (FOLLOW_UP_MONTHS after
 * their survey), once: the round's row is the claim (its primary key lets one caller
 * win), written before the message goes. Run under the reminder sender's lock, outside
 * quiet hours, paced by its limiter. A failed offer is recorded and not tried again (the
 * next round will ask). Returns how many were offered.
 */
export function followUpOffers(rounds: readonly number[]) {
  return async (deps: SenderDependencies, now: Date): Promise<number> => {
    if (rounds.length === 0 || inQuietHours(now, deps.policy.quietHours)) return 0;
    const db = deps.database.db;
    let offered = 0;
    for (const due of await dueFollowUps(db, now, rounds)) {
      if (!(await claimRound(db, due.participantId, due.round))) continue;
      const locale = isLocale(due.locale) ? due.locale : FALLBACK_LOCALE;
      const { text, reply_markup } = composeFollowUpOffer((key, vars) => deps.translate(locale, key, vars), due.round);
      await deps.limiter.take(due.chatId);
      try {
        await deps.api.sendMessage(due.chatId, text, { reply_markup });
        await markOffer(db, due.participantId, due.round, "offered");
        offered++;
      } catch (error) {
        if (classifyBotApiError(error).kind === "unreachable") await db.update(participants).set({ reachable: false }).where(eq(participants.id, due.participantId));
        else deps.logger.warn({ ...describeBotApiError(error) }, "follow-up offer not delivered");
        await markOffer(db, due.participantId, due.round, "failed");
      }
    }
    return offered;
  };
}
