/**
 * Reading a whole number that a participant typed, in whatever script their keyboard has.
 *
 *     parseWholeNumber(text) → { ok: true; value }               a whole number ≥ 0
 *                            | { ok: false; reason: "none" }      no number we can read
 *                            | { ok: false; reason: "negative" }  a minus sign before it
 *                            | { ok: false; reason: "fraction" }  2.5, 2,5, ٢٫٥, 2½
 *                            | { ok: false; reason: "ambiguous" } 1 000, 1,000, 1.000, ١٬٠٠٠
 *                            | { ok: false; reason: "several" }   2 or 3, 2-3, 10:30
 *                            | { ok: false; reason: "too-big" }   more than 15 digits
 *
 * The answers it reads are counts (school years, children): small whole numbers. Every rule
 * below errs towards asking again, never towards storing a number the participant did not
 * mean, because a re-ask costs one message and a wrong answer stays in the data.
 *
 * - Digits: every decimal digit of Unicode (`\p{Nd}`): ASCII, Arabic-Indic ٠–٩, Extended
 *   Arabic-Indic (Persian, Dari, Urdu) ۰–۹, full-width ０–９, and also Devanagari, Bengali,
 *   Myanmar… A table of the four scripts of our locales' keyboards would have been shorter,
 *   but a digit missing from it would be read as a letter, so "3 ३" would become 3. Unicode
 *   encodes every decimal digit set as one contiguous run 0…9 (The Unicode Standard, 4.6
 *   "Numeric Value"), so a digit's value is its distance from the start of its run, modulo
 *   10 (adjacent sets, like the five of mathematical digits, make runs of 20 or 50); the
 *   tests check this on the running engine and against Intl's numbering systems.
 *   Digits of several scripts in one number ("1٢") are read as one number.
 * - Other number characters (`\p{No}`, `\p{Nl}`: ², ③, Ⅻ) are never read as words: a
 *   vulgar fraction (½, ¾) makes the answer a fraction, any other makes it unreadable.
 * - Minus: any dash (`\p{Pd}`: - ‐ ‑ ‒ – — ﹣ －…) or minus sign (− ➖ ⁻ ₋) before a number,
 *   with only spaces or plus signs between, makes it negative, refused: "-3", "−3", "- 3",
 *   and also "lapsia - 3" (a dash there may be punctuation, or may not: we ask again).
 *   So does a dash after the number with no word or number after it ("3-", "٣ -"): in
 *   right-to-left text a minus typed after the digits shows on their right, where an
 *   Arabic or Dari reader looks for it. A dash followed by a word ("3-vuotias",
 *   "3 - lasta") is no sign; followed by a number it makes two numbers ("2-3").
 *   "-0" is refused too: the participant typed a minus, something is not as they meant.
 * - Plus: "+3", "＋3", "➕3" are 3.
 * - Decimals: ٫ (U+066B) is always a decimal separator; "." and "," are one when fewer or
 *   more than three digits follow. A fraction is refused, but a decimal whose fractional
 *   digits are all zero ("2.0", "2,00", "٢٫٠") is the whole number it names (2): that is
 *   its only reading in every convention, and refusing it would leave the participant
 *   puzzled (it *is* a number from 0 to 30). ".5" and ",5" are fractions.
 * - Grouping: "." or "," followed by exactly three digits ("1,000", "1.000") is 1000 in one
 *   convention and 1 in another; the Arabic thousands separator ٬ (U+066C), a space or a
 *   no-break space between digit groups of three ("1 000") are groupings our answers never
 *   need. All are refused as ambiguous rather than guessed.
 * - Several: two numbers in one text ("2 or 3", "2-3", "2/3", "2, 3") are refused. The same
 *   whole number written twice ("3 (٣)") is that number, but not when one letter glues the
 *   two ("1e1" is ten in scientific notation, "2x2" a product): refused as several.
 * - Words around one number are fine: "3 lasta", "about 2", "٣ أطفال", "۳ سال", "3.".
 * - White space of every kind counts as a space; invisible format characters (left-to-right
 *   and right-to-left marks, isolates, zero-width joiners: `\p{Cf}`) are dropped first.
 * - Leading zeros are dropped ("007" is 7). More than 15 significant digits is "too-big":
 *   every 15-digit number is exact in a JavaScript number, so there is no Infinity and no
 *   rounding.
 */
export type WholeNumberRefusal = "none" | "negative" | "fraction" | "ambiguous" | "several" | "too-big";

export type ParsedWholeNumber = { ok: true; value: number } | { ok: false; reason: WholeNumberRefusal };

/** Significant digits read at most: 15 digits are always exact in a double. */
export const MAX_WHOLE_NUMBER_DIGITS = 15;

export function parseWholeNumber(text: string): ParsedWholeNumber {
  const tokens = scan(symbols(text));
  if (tokens.length === 0) return { ok: false, reason: "none" };
  const first = tokens[0]!;
  if (tokens.length > 1 && !tokens.every((t) => sameNumber(first, t))) return { ok: false, reason: "several" };
  if (first.negative) return { ok: false, reason: "negative" };
  if (first.kind === "unreadable") return { ok: false, reason: "none" };
  if (first.kind === "ambiguous") return { ok: false, reason: "ambiguous" };
  if (first.kind === "fraction") return { ok: false, reason: "fraction" };
  if (first.digits.length > MAX_WHOLE_NUMBER_DIGITS) return { ok: false, reason: "too-big" };
  return { ok: true, value: Number(first.digits) };
}

interface NumberToken {
  kind: "whole" | "fraction" | "ambiguous" | "unreadable";
  negative: boolean;
  /** The whole part without leading zeros ("0" for zero); compared to spot repeats. */
  digits: string;
}

// The text is first reduced to one ASCII symbol per character, so the scanner below works
// on a small alphabet: 0–9 digits, "-" minus, "+" plus, " " space, "." and "," (either
// decimal or grouping), "d" a decimal-only separator, "g" a grouping-only separator,
// "f" a fraction character, "n" another number character, "a" anything else.
const FORMAT = /^\p{Cf}$/u;
const SPACE = /^\s$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const DASH = /^\p{Pd}$/u;
const OTHER_NUMBER = /^[\p{No}\p{Nl}]$/u;
const MINUS_SIGNS = new Set(["\u2212", "\u2796", "\u207B", "\u208B"]); // − ➖ ⁻ ₋
const PLUS_SIGNS = new Set(["+", "\uFF0B", "\u2795", "\u207A", "\u208A"]); // + ＋ ➕ ⁺ ₊
const VULGAR_FRACTION = /^[\u00BC-\u00BE\u2150-\u215F\u2189]$/u; // ¼ ½ ¾ ⅐ … ⅟ ↉
const PUNCTUATION: ReadonlyMap<string, string> = new Map([
  [".", "."],
  [",", ","],
  ["\uFF0E", "."], // ．full-width full stop
  ["\uFF0C", ","], // ，full-width comma
  ["\u066B", "d"], // ٫ Arabic decimal separator
  ["\u066C", "g"], // ٬ Arabic thousands separator
]);

const digitValues = new Map<number, number>();

/** A decimal digit's value: its distance from the start of its contiguous run, modulo 10. */
function digitValue(codePoint: number): number {
  if (codePoint >= 0x30 && codePoint <= 0x39) return codePoint - 0x30;
  let value = digitValues.get(codePoint);
  if (value === undefined) {
    let zero = codePoint;
    while (zero > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
    value = (codePoint - zero) % 10;
    digitValues.set(codePoint, value);
  }
  return value;
}

function symbols(text: string): string {
  let out = "";
  for (const ch of text) {
    if (FORMAT.test(ch)) continue;
    if (SPACE.test(ch)) out += " ";
    else if (DECIMAL_DIGIT.test(ch)) out += String(digitValue(ch.codePointAt(0)!));
    else if (DASH.test(ch) || MINUS_SIGNS.has(ch)) out += "-";
    else if (PLUS_SIGNS.has(ch)) out += "+";
    else if (PUNCTUATION.has(ch)) out += PUNCTUATION.get(ch);
    else if (VULGAR_FRACTION.test(ch)) out += "f";
    else if (OTHER_NUMBER.test(ch)) out += "n";
    else out += "a";
  }
  return out;
}

const isDigit = (s: string | undefined): boolean => s !== undefined && s >= "0" && s <= "9";

function scan(s: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    const leadingSeparator = (c === "." || c === "," || c === "d") && isDigit(s[i + 1]) && (i === 0 || " -+".includes(s[i - 1]!));
    if (isDigit(c) || leadingSeparator) {
      const start = i;
      // Digit groups and the separators between them: "1,000" → ["1", "000"], [","].
      const groups: string[] = [];
      const separators: string[] = [];
      if (leadingSeparator) {
        groups.push("");
        separators.push(c);
        i++;
      }
      let j = i;
      while (isDigit(s[j])) j++;
      groups.push(s.slice(i, j));
      i = j;
      for (;;) {
        const sep = s[i];
        if ((sep === "." || sep === "," || sep === "d" || sep === "g") && isDigit(s[i + 1])) {
          j = i + 1;
        } else if (sep === " " && isDigit(s[i + 1]) && isDigit(s[i + 2]) && isDigit(s[i + 3]) && !isDigit(s[i + 4])) {
          // "1 000": a space before exactly three digits groups them (or two numbers meet).
          j = i + 1;
        } else {
          break;
        }
        separators.push(sep!);
        i = j;
        while (isDigit(s[j])) j++;
        groups.push(s.slice(i, j));
        i = j;
      }
      let kind = classify(groups, separators);
      // "2½", "2 ½"
      if (s[i] === "f" || (s[i] === " " && s[i + 1] === "f")) {
        kind = "fraction";
        i += s[i] === "f" ? 1 : 2;
      }
      const negative = minusBefore(s, start) || minusAfter(s, i);
      tokens.push({ kind, negative, digits: groups[0]!.replace(/^0+/, "") || "0" });
      // Numbers glued by one letter ("1e1", "2x2") are one expression, not a number written
      // twice: read as two numbers, so they are asked again.
      const glued = tokens.length > 1 && s[start - 1] === "a" && isDigit(s[start - 2]);
      if (glued) return [...tokens.slice(0, -1), { ...tokens.at(-1)!, kind: "unreadable" }];
      if (tokens.length > 1 && !sameNumber(tokens[0]!, tokens.at(-1)!)) return tokens;
    } else if (c === "f" || c === "n") {
      tokens.push({ kind: c === "f" ? "fraction" : "unreadable", negative: minusBefore(s, i), digits: "" });
      i++;
    } else {
      i++;
    }
  }
  return tokens;
}

function sameNumber(a: NumberToken, b: NumberToken): boolean {
  return a.kind === "whole" && b.kind === "whole" && a.negative === b.negative && a.digits === b.digits;
}

/**
 * A dash after a number that ends at `at` (spaces allowed between) with no word or number
 * after it: "3-", "٣ -", "3-." — but not "3-vuotias", "3 - lasta", nor "2-3" (two numbers).
 */
function minusAfter(s: string, at: number): boolean {
  let k = at;
  while (s[k] === " ") k++;
  if (s[k] !== "-") return false;
  while (s[k] === " " || s[k] === "-") k++;
  if (k >= s.length) return true;
  const next = s[k]!;
  const wordOrNumber = isDigit(next) || next === "a" || next === "f" || next === "n" || (".,d".includes(next) && isDigit(s[k + 1]));
  return !wordOrNumber;
}

/** A minus before position `at`, with only spaces and plus signs between. */
function minusBefore(s: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (s[k] === " " || s[k] === "+")) k--;
  return k >= 0 && s[k] === "-";
}

function classify(groups: readonly string[], separators: readonly string[]): NumberToken["kind"] {
  if (separators.length === 0) return "whole";
  if (separators.length > 1 || separators[0] === " " || separators[0] === "g") return "ambiguous";
  const [whole, fraction] = groups as [string, string];
  // "1,000" / "1.000": a thousand, or one with three decimals. ".500" has no whole part to group.
  if (separators[0] !== "d" && fraction.length === 3 && whole !== "") return "ambiguous";
  // "2.0", "2,00", "٢٫٠": the whole number 2, whatever the convention.
  return /^0+$/.test(fraction) ? "whole" : "fraction";
}
