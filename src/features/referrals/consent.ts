import type { InlineKeyboardMarkup } from "grammy/types";
import { isLocale, localeInfo, type LocaleCode } from "../../i18n/locales.js";
import { formatList } from "../../i18n/format.js";
import type { Translator } from "../../bot/messenger.js";
import type { Partner, Referral } from "./repository.js";

/** Callback data of the consent buttons. */
export const consentCb = (answer: "y" | "n", referralId: number) => `ref:${answer}:${referralId}`;

/**
 * The consent question in the participant's language: who the partner is, why (in the
 * counsellor's words, marked with the language they are in), exactly what would be shared,
 * and Yes / No. No answer, no referral.
 */
export function composeConsentQuestion(t: Translator, locale: LocaleCode, referral: Referral, partner: Pick<Partner, "name">): { text: string; reply_markup: InlineKeyboardMarkup } {
  const language = isLocale(referral.reasonLocale) ? localeInfo(referral.reasonLocale).name : referral.reasonLocale;
  const shared = formatList(referral.shared.map((item) => t(`ref-shared-${item}`)), locale);
  return {
    text: t("ref-consent-ask", { partner: partner.name, reason: referral.reason, language, shared }),
    reply_markup: {
      inline_keyboard: [
        [{ text: t("ref-consent-yes"), callback_data: consentCb("y", referral.id) }],
        [{ text: t("ref-consent-no"), callback_data: consentCb("n", referral.id) }],
      ],
    },
  };
}
