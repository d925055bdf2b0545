import { describe, expect, it } from "vitest";
import { parseWholeNumber, type WholeNumberRefusal } from "../../src/i18n/numbers.js";

/** Each row: what a participant typed, and the number read or the reason it was refused. */
const rows: [text: string, expected: number | WholeNumberRefusal][] = [
  // ASCII
  ["0", 0],
  ["3", 3],
  ["12", 12],
  ["007", 7],
  ["30", 30],
  // Arabic-Indic (U+0660–0669)
  ["٠", 0],
  ["٣", 3],
  ["١٢", 12],
  ["٩٨٧٦٥٤٣٢١٠", 9876543210],
  // Extended Arabic-Indic / Persian and Dari (U+06F0–06F9)
  ["۰", 0],
  ["۳", 3],
  ["۱۲", 12],
  ["۴", 4],
  ["۵", 5],
  ["۶", 6],
  // full-width (U+FF10–FF19)
  ["０", 0],
  ["３", 3],
  ["１２", 12],
  // other scripts' decimal digits are read, never taken for letters
  ["३", 3], // Devanagari
  ["১২", 12], // Bengali
  ["၃", 3], // Myanmar
  ["๓", 3], // Thai
  ["𝟑", 3], // mathematical bold
  ["𝟯", 3], // mathematical sans-serif bold (the fourth set of the run of 50)
  ["3 ३", 3], // the same number in two scripts
  ["3 ४", "several"],
  ["1٢", 12], // scripts mixed inside one number
  // words around one number
  ["3 lasta", 3],
  ["lapsia 3", 3],
  ["about 2", 2],
  ["about 2 children", 2],
  ["٣ أطفال", 3],
  ["لدي ٣ أطفال", 3],
  ["۳ سال", 3],
  ["۱۲ سال", 12],
  ["3 года", 3],
  ["3 роки", 3],
  ["carruur 3", 3],
  ["watoto 3", 3],
  ["3lasta", 3],
  ["3.", 3],
  ["3!", 3],
  ["(3)", 3],
  ["3 (٣)", 3], // the same number twice
  ["3, 3", 3],
  ["2nd", 2],
  ["50%", 50],
  ["3-vuotias", 3], // a hyphen joining a word is no sign
  ["3 - lasta", 3],
  ["3️⃣", 3], // keycap emoji
  ["👶 3", 3],
  ["3 👶👶👶", 3],
  // plus
  ["+3", 3],
  ["+ 3", 3],
  ["＋3", 3],
  ["➕3", 3],
  ["3+", 3],
  // minus signs of every keyboard
  ["-3", "negative"],
  ["\u22123", "negative"], // − minus sign
  ["\u20103", "negative"], // ‐ hyphen
  ["\u20113", "negative"], // ‑ non-breaking hyphen
  ["\u20123", "negative"], // ‒ figure dash
  ["\u20133", "negative"], // – en dash
  ["\u20143", "negative"], // — em dash (autocorrected "--")
  ["\uFE633", "negative"], // ﹣ small hyphen-minus
  ["\uFF0D3", "negative"], // － full-width hyphen-minus
  ["\u27963", "negative"], // ➖ heavy minus sign emoji
  ["\u207B3", "negative"], // ⁻ superscript minus
  ["-٣", "negative"],
  ["−۳", "negative"],
  ["－３", "negative"],
  ["- 3", "negative"],
  ["-\u00A03", "negative"],
  ["lapsia -3", "negative"],
  ["lapsia - 3", "negative"],
  ["-3 lasta", "negative"],
  ["+-3", "negative"],
  ["-+3", "negative"],
  ["--3", "negative"],
  ["-0", "negative"],
  ["-007", "negative"],
  ["-3 -3", "negative"],
  ["3-", "negative"], // typed after the digits, shown before them in right-to-left text
  ["٣-", "negative"],
  ["۳ -", "negative"],
  ["3-.", "negative"],
  ["\u200F-\u200F٣", "negative"], // right-to-left marks around the sign
  // decimals
  ["2.5", "fraction"],
  ["2,5", "fraction"],
  ["٢٫٥", "fraction"],
  ["۲٫۵", "fraction"],
  ["２．５", "fraction"],
  ["0.5", "fraction"],
  [".5", "fraction"],
  [",5", "fraction"],
  ["2.50", "fraction"],
  ["2,5 vuotta", "fraction"],
  ["2½", "fraction"],
  ["2 ½", "fraction"],
  ["½", "fraction"],
  ["1.0001", "fraction"],
  ["-2.5", "negative"],
  // a decimal with zero fraction is the whole number it names
  ["2.0", 2],
  ["2,0", 2],
  ["2,00", 2],
  ["٢٫٠", 2],
  ["۲٫۰", 2],
  ["٣٫٠٠٠", 3], // ٫ is only ever a decimal separator
  ["2.0000", 2],
  // grouping: a thousand or one? ask again
  ["1,000", "ambiguous"],
  ["1.000", "ambiguous"],
  ["1 000", "ambiguous"],
  ["1\u00A0000", "ambiguous"], // no-break space
  ["1\u202F000", "ambiguous"], // narrow no-break space
  ["1,000,000", "ambiguous"],
  ["1.000,5", "ambiguous"],
  ["١٬٠٠٠", "ambiguous"], // Arabic thousands separator
  ["١٬٢", "ambiguous"],
  ["2 300", "ambiguous"],
  ["2,000 lasta", "ambiguous"],
  ["1.5.2020", "ambiguous"],
  // several numbers
  ["1e1", "several"],
  ["1E5", "several"],
  ["2x2", "several"],
  ["3 (٣)", 3],
  ["2 or 3", "several"],
  ["2-3", "several"],
  ["2 - 3", "several"],
  ["2–3", "several"],
  ["2—3", "several"],
  ["2/3", "several"],
  ["۲/۵", "several"],
  ["2, 3", "several"],
  ["2 3", "several"],
  ["٢،٣", "several"], // Arabic comma
  ["10:30", "several"],
  ["2+3", "several"],
  ["-2-3", "several"],
  ["3 ja -3", "several"],
  ["1 2023", "several"],
  ["3 or 3.5", "several"],
  ["3²", "several"],
  ["2 lasta ja 1 tulossa", "several"],
  // nothing to read
  ["", "none"],
  [" ", "none"],
  ["\u00A0\u202F\u3000", "none"],
  ["many", "none"],
  ["three", "none"],
  ["ثلاثة", "none"],
  ["👶👶👶", "none"],
  ["🔟", "none"],
  ["-", "none"],
  ["−", "none"],
  ["+", "none"],
  [".", "none"],
  ["٫", "none"],
  ["③", "none"], // a number character we do not read
  ["Ⅻ", "none"],
  ["\u200F\u200E\u2066\u2069", "none"], // only invisible marks
  // white space and invisible marks around
  ["  3  ", 3],
  ["\n3\n", 3],
  ["\t3", 3],
  ["\u00A03\u00A0", 3],
  ["\u3000３\u3000", 3],
  ["\u20683\u2069", 3], // bidi isolates, as copied from a bot message
  ["\u200F٣\u200F", 3],
  ["\uFEFF3", 3],
  ["3\u200B", 3],
  // very long
  ["9".repeat(15), 999_999_999_999_999],
  ["9".repeat(16), "too-big"],
  ["1".repeat(400), "too-big"],
  ["٩".repeat(400), "too-big"],
  ["0".repeat(100) + "3", 3],
  ["3" + " lasta".repeat(500), 3],
  ["-" + "9".repeat(400), "negative"],
  ["9".repeat(400) + ".5", "fraction"],
];

describe("parseWholeNumber", () => {
  it.each(rows)("%j → %j", (text, expected) => {
    const result = parseWholeNumber(text);
    if (typeof expected === "number") expect(result).toEqual({ ok: true, value: expected });
    else expect(result).toEqual({ ok: false, reason: expected });
  });

  it("never gives a negative, fractional, unsafe or non-finite value", () => {
    const pieces = ["-", "−", "+", ".", ",", "٫", "٬", " ", "\u00A0", "3", "٣", "۳", "０", "9".repeat(20), "a", "½", "②", "\u200F"];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let n = 0; n < 5000; n++) {
      let text = "";
      for (let k = next() % 6; k >= 0; k--) text += pieces[next() % pieces.length];
      const result = parseWholeNumber(text);
      if (result.ok) {
        expect(Number.isSafeInteger(result.value), text).toBe(true);
        expect(result.value >= 0 && !Object.is(result.value, -0), text).toBe(true);
      }
    }
  });

  it("reads every decimal digit the way Intl writes it, in each of Intl's numbering systems", () => {
    let systems = 0;
    for (const system of Intl.supportedValuesOf("numberingSystem")) {
      const format = new Intl.NumberFormat(`en-u-nu-${system}`, { useGrouping: false });
      if (format.resolvedOptions().numberingSystem !== system) continue;
      const written = format.format(1234567890);
      // Only systems that write plain decimal digits (not Chinese or Roman numerals).
      if (![...written].every((ch) => /\p{Nd}/u.test(ch))) continue;
      systems++;
      expect(parseWholeNumber(written), system).toEqual({ ok: true, value: 1234567890 });
      for (let d = 0; d <= 9; d++) expect(parseWholeNumber(format.format(d)), `${system} ${d}`).toEqual({ ok: true, value: d });
    }
    expect(systems).toBeGreaterThan(50);
  });

  it("relies on every run of decimal digits in Unicode being whole sets of ten", () => {
    let start: number | null = null;
    for (let cp = 0; cp <= 0x110000; cp++) {
      const isDigit = cp < 0x110000 && /\p{Nd}/u.test(String.fromCodePoint(cp));
      if (isDigit && start === null) start = cp;
      if (!isDigit && start !== null) {
        expect((cp - start) % 10, `run at U+${start.toString(16)}`).toBe(0);
        start = null;
      }
    }
  });
});
