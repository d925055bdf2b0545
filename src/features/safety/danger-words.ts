import type { LocaleCode } from "../../i18n/locales.js";

/**
 * Words and phrases of danger, violence and self-harm, per language. A missed case is
 * worse than a false alarm (a counsellor reads one message too many): every language's
 * list is checked whatever language the participant chose, since people write in the
 * language that comes to them first.
 *
 * How a phrase is written here:
 * - words separated by spaces must come in that order, next to each other;
 * - a word ending in `*` is a stem: "threaten*" covers "threatens", "threatened";
 * - spelling is forgiving (see `normalise`): case, accents, letters typed over and over ("killll"),
 *   look-alike letters of another script, digits for letters, and one typo in a word of
 *   seven letters or more are all the same word.
 * Add phrasings here; test/features/safety/danger-words.test.ts lists what must and
 * must not trigger, per language.
 */
export const DANGER_PHRASES: Readonly<Record<LocaleCode, readonly string[]>> = {
  en: [
    "suicid*", "kill myself", "kil myself", "killing myself", "end my life", "take my life", "want to die", "wanna die", "going to die",
    "no reason to live", "dont want to live", "hurt myself", "harm myself", "self harm", "cut myself", "overdose",
    "not safe", "unsafe", "in danger", "danger", "dangerous", "emergency", "kill me", "kill*", "murder*",
    "hits me", "hit me", "hitting me", "beat me", "beats me", "beating me", "beaten", "hurts me", "hurting me", "chok*",
    "threaten*", "rape*", "abus*", "violen*", "assault*", "knife", "gun", "weapon", "afraid of my husband", "scared of my husband",
    "afraid of my wife", "locked me", "trafficked", "forced marriage",
  ],
  fi: [
    "itsemurh*", "tapan itseni", "tappaa itseni", "tappaa itsensa", "haluan kuolla", "en halua elaa", "satutan itseani",
    "satuttaa itseaan", "viillan itseani", "viilla*", "en ole turvassa", "vaarassa", "hata*", "tappaa minut", "tappaa minua", "tappo*",
    "lyo minua", "lyovat minua", "lyo", "hakkaa*", "pahoinpi*", "vakival*", "uhkaa*", "uhkail*", "raiskat*", "raiskau*", "kuristi",
    "pelkaan miestani", "pelkaan vaimoani", "veitsi", "ase",
  ],
  sv: [
    "sjalvmord*", "ta livet av mig", "ta mitt liv", "vill do", "vill inte leva", "skada mig sjalv", "skar mig", "inte saker",
    "i fara", "nodsituation", "slar mig", "slog mig", "misshand*", "vald", "valdsam*", "hotar*", "hotade", "valdt*", "doda*",
    "dodar mig", "kniv", "vapen", "radd for min man",
  ],
  ar: [
    "انتحار", "انتحر*", "اقتل نفسي", "قتل نفسي", "اريد ان اموت", "اريد الموت", "بدي موت", "ابغى اموت", "اؤذي نفسي", "اذي نفسي",
    "لست بامان", "لست في امان", "مش بامان", "مو بامان", "في خطر", "خطر", "النجده", "يضربني", "ضربني", "يضربوني", "بيضربني",
    "يهددني", "هددني", "تهديد", "عنف", "اغتصاب", "اغتصبني", "يقتلني", "سيقتلني", "راح يقتلني", "قتل", "سكين", "ente7ar", "intihar",
  ],
  fa: [
    "خودکشي", "خودم را بکشم", "خودمو بکشم", "خود را بکشم", "ميخواهم بميرم", "ميخوام بميرم", "ميخواهم بمرم", "بميرم",
    "به خودم اسيب", "در امان نيستم", "امن نيستم", "امنيت ندارم", "در خطر", "خطر", "مرا ميزند", "منو ميزنه", "مرا لت", "لت و کوب",
    "لتم ميکند", "لتم ميکنه", "ميزندم", "تهديد*", "خشونت", "تجاوز", "مرا ميکشد", "منو ميکشه", "ميکشمت", "کشتن", "چاقو", "khodkoshi",
  ],
  ru: [
    "убить себя", "убью себя", "покончить с собой", "покончу с собой", "суицид*", "самоубий*", "хочу умереть", "не хочу жить",
    "порежу себя", "режу себя", "причинить себе вред", "не в безопасности", "в опасности", "опасн*", "бьет меня", "бьют меня",
    "избива*", "избил*", "побои", "угрожа*", "насили*", "изнасил*", "убьет", "убьют", "убить", "нож",
  ],
  uk: [
    "вбити себе", "вбю себе", "покінчити з собою", "покінчу з собою", "самогуб*", "суїцид*", "хочу померти", "не хочу жити",
    "ріжу себе", "поріжу себе", "не в безпеці", "в небезпеці", "небезпе*", "бє мене", "бють мене", "побив*", "бити", "погрож*",
    "насильств*", "насилл*", "зґвалт*", "згвалт*", "вбє", "вбють", "вбити", "ніж",
  ],
  so: [
    "is dil*", "isdil*", "naftayda dil*", "inaan dhinto", "waxaan rabaa inaan dhinto", "dhimasho", "ammaan ma ihi", "ma ammaan ihi",
    "nabad ma qabo", "khatar", "halis", "i garaac*", "wuu i garaacaa", "garaac*", "i handad*", "handad*", "gacan ka hadal",
    "xadgudub", "kufsi", "i kufsaday", "i dil*", "dilayaa", "mindi", "caawimaad degdeg",
  ],
  sw: [
    "kujiua", "najiua", "nitajiua", "kujiuwa", "najiuwa", "nataka kufa", "kujitoa uhai", "kujidhuru", "sipo salama", "si salama", "hatari", "ananipiga",
    "wananipiga", "kunipiga", "alinipiga", "kipigo", "ananitishia", "vitisho", "kutishia", "ukatili", "vurugu", "ubakaji",
    "alinibaka", "kubakwa", "ataniua", "kuniua", "kisu", "dharura", "msaada wa dharura",
  ],
};

/** Latin and Cyrillic letters that look alike, written one way, so "убuть" is "убить". */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  и: "u", а: "a", е: "e", ё: "e", о: "o", р: "p", с: "c", у: "y", х: "x", і: "i", ї: "i", к: "k", м: "m", т: "t", н: "h", в: "b", ј: "j",
  // Arabic and Persian forms of one letter.
  أ: "ا", إ: "ا", آ: "ا", ٱ: "ا", ى: "ي", ی: "ي", ئ: "ي", ة: "ه", ۀ: "ه", ك: "ک", ؤ: "و",
};
/** Digits and signs typed for letters ("k1ll", "$uicide"); Arabic-script digits are left alone. */
const LEET: Readonly<Record<string, string>> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "@": "a", $: "s" };

/**
 * Text as phrases are compared: lower case, no accents or Arabic vowel marks, no
 * punctuation or apostrophes, look-alike letters of Latin and Cyrillic written alike,
 * a letter typed three times or more twice ("killll" is "kill"). Pure.
 */
export function normalise(text: string): string {
  const plain = text
    .normalize("NFKD")
    .toLowerCase()
    // Accents, Arabic harakat, tatweel, zero-width joiners and bidi marks.
    .replace(/[\p{M}\u0640\u200b-\u200f\u2066-\u2069\u061c]/gu, "")
    .replace(/['’ʼ`´]/g, "");
  let out = "";
  for (const ch of plain) {
    const mapped = LOOK_ALIKES[ch] ?? ch;
    out += /\p{L}/u.test(mapped) ? mapped : (LEET[mapped] ?? (/[\p{N}]/u.test(mapped) ? mapped : " "));
  }
  return out
    // Three or more of a letter are two ("killll" is "kill"): Finnish keeps its double
    // letters apart ("tappaa", kills, is not "tapaa", meets).
    .replace(/(\p{L})\1{2,}/gu, "$1$1")
    .replace(/\s+/g, " ")
    .trim();
}

interface Compiled {
  phrase: string;
  words: { text: string; stem: boolean }[];
  joined: string;
  arabicScript: boolean;
}

const compiled: Compiled[] = Object.values(DANGER_PHRASES)
  .flat()
  .map((phrase) => {
    const words = phrase
      .split(/\s+/)
      .flatMap((w) => normalise(w.replace(/\*$/, "")).split(" ").map((text, i, all) => ({ text, stem: w.endsWith("*") && i === all.length - 1 })))
      .filter((w) => w.text.length > 0);
    return { phrase, words, joined: words.map((w) => w.text).join(""), arabicScript: /[\u0600-\u06ff]/u.test(phrase) };
  });

/** Edit distance with adjacent swaps (optimal string alignment), stopping early above `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

function wordMatches(word: { text: string; stem: boolean }, token: string, arabicScript: boolean): boolean {
  if (token === word.text) return true;
  if (word.stem) {
    if (token.startsWith(word.text)) return true;
    // A typo in the stem ("sucide", "violant"): the token's start, a letter shorter or longer.
    if (word.text.length < 6) return false;
    const n = word.text.length;
    return [n - 1, n, n + 1].some((k) => token.length >= k && distance(token.slice(0, k), word.text, 1) <= 1);
  }
  // Arabic script joins "and", "so", "the", "with" to the word: ويضربني is يضربني.
  if (arabicScript && word.text.length >= 3 && token.endsWith(word.text) && token.length - word.text.length <= 3) return true;
  // One typo in a long word ("sucide", "violance"); short words must be exact (danger/dancer).
  return word.text.length >= 7 && distance(token, word.text, 1) <= 1;
}

/**
 * The danger phrase found in a participant's message, or undefined. Checks every
 * language's list (DANGER_PHRASES). Pure; never throws.
 */
export function findDanger(text: string): string | undefined {
  if (typeof text !== "string" || text.length === 0) return undefined;
  // A long paste is still read, up to a length no message of distress needs.
  const normalised = normalise(text.slice(0, 4096));
  if (normalised.length === 0) return undefined;
  const tokens = normalised.split(" ");
  const squeezed = tokens.join("");
  for (const c of compiled) {
    const n = c.words.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      if (c.words.every((w, k) => wordMatches(w, tokens[i + k]!, c.arabicScript))) return c.phrase;
    }
    // Several words typed together ("killmyself", "wanttodie").
    if (n > 1 && c.joined.length >= 8 && squeezed.includes(c.joined)) return c.phrase;
  }
  return undefined;
}
