/**
 * `npm run i18n:review [folder]`: writes the review sheets for native speakers, one HTML
 * page and one CSV file per locale, into the folder (default i18n-review/). See the README,
 * "Translations: review by native speakers".
 */
import { resolve } from "node:path";
import { createI18n } from "./i18n.js";
import { writeReviewSheets } from "./review.js";

const dir = resolve(process.argv[2] ?? "i18n-review");
const i18n = createI18n();
const files = writeReviewSheets((locale, key, variables) => i18n.t(locale, key, variables), dir);
console.log(`Wrote ${files.length} files to ${dir}`);
