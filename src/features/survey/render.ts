import { InlineKeyboard } from "grammy";
import type { AnswerValue } from "../../db/schema.js";
import { formatList, formatNumber } from "../../i18n/format.js";
import { localeInfo, type LocaleCode } from "../../i18n/locales.js";
import type { Question } from "./definition.js";
import { previousQuestion, progress, type Answers } from "./flow.js";

export type Translate = (key: string, variables?: Record<string, string | number>) => string;

/** Callback data of the survey's buttons. Question and option ids are short by design (64-byte limit). */
export const cb = {
  answer: (q: string, option: string) => `sv:a:${q}:${option}`,
  toggle: (q: string, option: string) => `sv:t:${q}:${option}`,
  done: (q: string) => `sv:d:${q}`,
  skip: (q: string) => `sv:s:${q}`,
  back: (q: string) => `sv:b:${q}`,
  edit: (q: string) => `sv:e:${q}`,
  confirm: "sv:ok",
  chooseChange: "sv:chg",
} as const;

export function optionLabel(t: Translate, question: Question, optionId: string): string {
  if (question.type === "yesno") return t(optionId === "yes" ? "survey-yes" : "survey-no");
  return t(`q-${question.id}-${optionId}`);
}

/** The question message: progress, the question, a hint, and its buttons. */
export function renderQuestion(
  t: Translate,
  survey: readonly Question[],
  question: Question,
  answers: Answers,
  selected: readonly string[] = [],
): { text: string; keyboard: InlineKeyboard } {
  const { index, total } = progress(survey, answers, question.id);
  const lines = [t("survey-progress", { index, total }), "", t(`q-${question.id}`)];
  const keyboard = new InlineKeyboard();

  switch (question.type) {
    case "single":
      for (const o of question.options) keyboard.text(optionLabel(t, question, o.id), cb.answer(question.id, o.id)).row();
      break;
    case "yesno":
      keyboard.text(t("survey-yes"), cb.answer(question.id, "yes")).text(t("survey-no"), cb.answer(question.id, "no")).row();
      break;
    case "multi":
      lines.push("", t("survey-multi-hint"));
      for (const o of question.options) {
        const mark = selected.includes(o.id) ? "✅" : "▫️";
        keyboard.text(`${mark} ${optionLabel(t, question, o.id)}`, cb.toggle(question.id, o.id)).row();
      }
      keyboard.text(t("survey-done"), cb.done(question.id)).row();
      break;
    case "number":
      lines.push("", t("survey-number-hint"));
      break;
    case "text":
      lines.push("", t("survey-text-hint"));
      break;
  }

  const back = previousQuestion(survey, answers, question.id);
  if (back) keyboard.text(t("survey-back"), cb.back(question.id));
  if (question.optional) keyboard.text(t("survey-skip"), cb.skip(question.id));
  return { text: lines.join("\n"), keyboard };
}

/** An answer as the participant reads it, in their language. */
export function formatAnswer(t: Translate, locale: LocaleCode, question: Question, value: AnswerValue | null | undefined): string {
  if (value === null || value === undefined) return t("survey-skipped");
  if (question.type === "yesno") return t(value === true ? "survey-yes" : "survey-no");
  if (question.type === "number" && typeof value === "number") return formatNumber(value, locale);
  if (question.type === "single" && typeof value === "string") return optionLabel(t, question, value);
  if (question.type === "multi" && Array.isArray(value)) {
    return formatList(value.map((v) => optionLabel(t, question, v)), locale);
  }
  return String(value);
}

/**
 * In right-to-left text an inserted value (a Latin word, a number) is wrapped in
 * first-strong isolation marks, as Fluent does for its placeables, so it cannot
 * reorder the Arabic or Persian words around it.
 */
export function isolate(locale: LocaleCode, value: string): string {
  return localeInfo(locale).dir === "rtl" ? `\u2068${value}\u2069` : value;
}

/** "Short label: answer" lines, one per asked question. */
export function renderAnswers(t: Translate, locale: LocaleCode, questions: readonly Question[], answers: Answers): string {
  return questions
    .filter((q) => q.id in answers)
    .map((q) => `• ${t(`qs-${q.id}`)}: ${isolate(locale, formatAnswer(t, locale, q, answers[q.id]))}`)
    .join("\n");
}

export function changeKeyboard(t: Translate, questions: readonly Question[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  questions.forEach((q, i) => {
    keyboard.text(t(`qs-${q.id}`), cb.edit(q.id));
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard;
}
