/**
 * What the bot writes in the staff group. Staff pages and the survey summary are in
 * Finnish for the counsellors (there is no staff language setting yet), so these are too.
 * Nothing here is shown to participants.
 */
import { LOCALES } from "../../i18n/locales.js";

const SOURCES: Record<string, string> = {
  menu: "valikko",
  command: "komento",
  survey: "kysely",
  "not-understood": "botti ei ymmärtänyt",
  other: "muu",
};

const LANGUAGES_FI: Record<string, string> = {
  fi: "suomi",
  sv: "ruotsi",
  en: "englanti",
  ar: "arabia",
  fa: "dari/persia",
  ru: "venäjä",
  uk: "ukraina",
  so: "somali",
  sw: "swahili",
};

/** "arabia (ar)"; a code the bot does not know is shown as it is. */
export function languageName(locale: string | null): string {
  if (!locale) return "kieli ei tiedossa";
  const known = LOCALES.some((l) => l.code === locale);
  return known && LANGUAGES_FI[locale] ? `${LANGUAGES_FI[locale]} (${locale})` : locale;
}

/**
 * A topic's name: the participant's number, language and urgency, never their name
 * (everyone in the group sees topic names in the list). Telegram allows 128 characters.
 */
export function topicName(participantId: number, locale: string | null, urgent: boolean): string {
  return `${urgent ? "⚠️ KIIREELLINEN · " : ""}Osallistuja #${participantId} · ${(locale ?? "?").toUpperCase()}`.slice(0, 128);
}

export const T = {
  summaryHeader: (participantId: number, locale: string | null, source: string) =>
    `Osallistuja #${participantId} · kieli: ${languageName(locale)} · avattu: ${SOURCES[source] ?? source}`,
  urgent: "⚠️ KIIREELLINEN: vastatkaa ensin tähän.",
  flags: (flags: string[]) => `Huomiot: ${flags.join(", ")}`,
  noAnswers: "Ei vastauksia kyselyyn.",
  answersTitle: "Kyselyn vastaukset:",
  howTo: "Kirjoita tähän aiheeseen, niin viesti menee osallistujalle nimelläsi allekirjoitettuna.",
  buttons: { claim: "✋ Otan tämän", close: "✅ Sulje", hand: "↪️ Siirrä toiselle", cancel: "Peruuta" },
  claimed: (name: string) => `✋ ${name} otti keskustelun.`,
  reassigned: (name: string) => `↪️ Keskustelu siirrettiin: ${name}.`,
  closedByCounsellor: (name: string) => `✅ ${name} sulki keskustelun. Osallistuja on taas botin kanssa.`,
  closedByParticipant: "✅ Osallistuja lopetti keskustelun (/end).",
  webReply: (name: string, text: string) => `👤 ${name} (verkkosovellus):\n${text}`,
  participantFile: (kind: string) => `📎 Osallistuja lähetti: ${kind}`,
  contact: (name: string, phone: string) => `👤 Yhteystieto: ${name}, ${phone}`,
  unsupported: (kind: string) => `Osallistuja lähetti viestin, jota ei voi näyttää (${kind}).`,
  chooseCounsellor: "Kenelle siirretään?",
  noOtherCounsellors: "Muita yhdistettyjä ohjaajia ei ole.",
  // Toasts (answers to button presses) and notices in the topic.
  toastClaimed: "Otit keskustelun.",
  toastAlreadyClaimed: "Joku muu ehti ensin.",
  toastClosed: "Keskustelu on suljettu.",
  toastNotYours: "Tämä keskustelu on toisen ohjaajan. Vain hän tai ylläpitäjä voi tehdä tämän.",
  toastNotClaimed: "Ota keskustelu ensin. Vain sen ottanut ohjaaja tai ylläpitäjä voi sulkea sen.",
  toastNoSuchCounsellor: "Ohjaajaa ei löydy tai hänen tilinsä on poistettu käytöstä.",
  toastHandedOver: (name: string) => `Siirretty: ${name}.`,
  toastDone: "Tehty.",
  notDelivered: "⚠️ Viestiä ei toimitettu: osallistuja on estänyt botin.",
  notDeliveredTryAgain: "⚠️ Telegram ei ottanut viestiä vastaan. Yritä uudelleen.",
  notYours: (text: string) => `⚠️ Viestiäsi ei lähetetty. ${text}`,
  closed: "⚠️ Viestiäsi ei lähetetty: keskustelu on suljettu.",
  onlyText: "⚠️ Osallistujalle välitetään vain tekstiviestit. Kirjoita viestisi tekstinä.",
  linked: (name: string) => `🔗 ${name}: Telegram-tilisi on nyt yhdistetty henkilökunnan tiliisi. Voit vastata osallistujille tässä ryhmässä.`,
  linkFailed: "Koodi ei kelpaa: se on väärä, jo käytetty tai vanhentunut. Pyydä uusi koodi henkilökunnan sovelluksesta.",
  linkUsage: "Kirjoita /link ja koodi, esimerkiksi /link ABCD-EFGH.",
  // Sent to someone's private chat with the bot, who may not read Finnish yet: also in English.
  linkInPrivate: "🔗 Lähetä /link ja koodi henkilökunnan Telegram-ryhmään, ei tähän keskusteluun.\n🔗 Send /link and the code in the staff group, not in this chat.",
} as const;
