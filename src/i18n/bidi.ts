import { isLocale, localeInfo } from "./locales.js";

// Hebrew, Arabic (with Syriac, Thaana, N'Ko…, Arabic Extended) and the Arabic presentation forms.
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LETTER = /\p{L}/u;

/** First-strong isolate … pop directional isolate: an inserted value keeps its own direction. */
export function isolated(value: string): string {
  return `\u2068${value}\u2069`;
}

/** Whether a participant's locale (as stored: any string or null) is written right to left. */
export function isRightToLeft(locale: string | null | undefined): boolean {
  return isLocale(locale) && localeInfo(locale).dir === "rtl";
}

/**
 * Makes each line that holds right-to-left words read right to left, even when it begins
 * with a Latin word ("Anna: مرحبا…"): Telegram, like every Unicode client, takes a line's
 * direction from its first letter, so such a line would be laid out left to right with the
 * Arabic or Dari words in scattered order. A right-to-left mark (U+200F) before the line
 * fixes its direction without changing what is read. Lines without right-to-left letters
 * (a reply wholly in English) are left as they are.
 */
export function rightToLeftLines(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      const first = [...line].find((ch) => LETTER.test(ch));
      return first && !RTL_LETTER.test(first) && RTL_LETTER.test(line) ? `\u200F${line}` : line;
    })
    .join("\n");
}
