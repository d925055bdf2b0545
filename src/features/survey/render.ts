import { InlineKeyboard } from "grammy";
import type { AnswerValue } from "../../db/schema.js";
import { formatList, formatNumber } from "../../i18n/format.js";
import { localeInfo, type LocaleCode } from "../../i18n/locales.js";
import { offeredOptions, type Question } from "./definition.js";
import { isVoiceAnswer, previousQuestion, progress, visibleQuestions, type Answers } from "./flow.js";

export type Translate = (key: string, variables?: Record<string, string | number>) => string;

/** Callback data of the survey's buttons. Question and option ids are short by design (64-byte limit). */
export const cb = {
  answer: (q: string, option: string) => `sv:a:${q}:${option}`,
  toggle: (q: string, option: string) => `sv:t:${q}:${option}`,
  /** Takes one away (a "counts" question). */
  minus: (q: string, option: string) => `sv:m:${q}:${option}`,
  done: (q: string) => `sv:d:${q}`,
  skip: (q: string) => `sv:s:${q}`,
  back: (q: string) => `sv:b:${q}`,
  edit: (q: string) => `sv:e:${q}`,
  confirm: "sv:ok",
  chooseChange: "sv:chg",
} as const;

export function optionLabel(t: Translate, question: Question, optionId: string): string {
  if (question.type === "yesno") return t(optionId === "yes" ? "survey-yes" : "survey-no");
  return t(`q-${question.labelsFrom ?? question.id}-${optionId}`);
}

/** A button under the question (the 🔊 "listen" button of the audio feature). */
export interface ExtraButton {
  text: string;
  data: string;
}

/** The question message: progress, the question, a hint, and its buttons. */
export function renderQuestion(
  t: Translate,
  survey: readonly Question[],
  question: Question,
  answers: Answers,
  selected: readonly string[] = [],
  extra: readonly ExtraButton[] = [],
): { text: string; keyboard: InlineKeyboard } {
  const { index, total } = progress(survey, answers, question.id);
  const lines = [t("survey-progress", { index, total }), "", t(`q-${question.id}`)];
  const keyboard = new InlineKeyboard();

  switch (question.type) {
    case "single": {
      // A long list (the languages) goes two to a row, so it fits on a phone screen.
      const shown = offeredOptions(question);
      shown.forEach((o, i) => {
        keyboard.text(optionLabel(t, question, o.id), cb.answer(question.id, o.id));
        if (shown.length <= 8 || i % 2 === 1 || i === shown.length - 1) keyboard.row();
      });
      break;
    }
    case "yesno":
      keyboard.text(t("survey-yes"), cb.answer(question.id, "yes")).text(t("survey-no"), cb.answer(question.id, "no")).row();
      break;
    case "multi":
      lines.push("", t("survey-multi-hint"));
      const shown = offeredOptions(question);
      shown.forEach((o, i) => {
        const mark = selected.includes(o.id) ? "✅" : "▫️";
        keyboard.text(`${mark} ${optionLabel(t, question, o.id)}`, cb.toggle(question.id, o.id));
        if (shown.length <= 8 || i % 2 === 1 || i === shown.length - 1) keyboard.row();
      });
      keyboard.text(t("survey-done"), cb.done(question.id)).row();
      break;
    case "counts":
      lines.push("", t("survey-counts-hint"));
      for (const o of question.options) {
        const n = selected.filter((s) => s === o.id).length;
        keyboard.text(`➕ ${optionLabel(t, question, o.id)}${n > 0 ? `: ${n}` : ""}`, cb.toggle(question.id, o.id));
        if (n > 0) keyboard.text("➖", cb.minus(question.id, o.id));
        keyboard.row();
      }
      keyboard.text(t(`q-${question.id}-none`), cb.answer(question.id, "none")).text(t("survey-done"), cb.done(question.id)).row();
      break;
    case "number":
      lines.push("", t("survey-number-hint"));
      break;
    case "text":
      lines.push("", t("survey-text-hint"));
      break;
  }

  for (const b of extra) keyboard.text(b.text, b.data).row();
  const back = previousQuestion(survey, answers, question.id);
  if (back) keyboard.text(t("survey-back"), cb.back(question.id));
  if (question.optional) keyboard.text(t("survey-skip"), cb.skip(question.id));
  return { text: lines.join("\n"), keyboard };
}

/** An answer as the participant reads it, in their language. */
export function formatAnswer(t: Translate, locale: LocaleCode, question: Question, value: AnswerValue | null | undefined): string {
  if (value === null || value === undefined) return t("survey-skipped");
  if (isVoiceAnswer(value)) return t("survey-voice-answer");
  if (question.type === "yesno") return t(value === true ? "survey-yes" : "survey-no");
  // A number also where the question now has buttons (school years typed before).
  if (typeof value === "number") return formatNumber(value, locale);
  if (question.type === "counts" && Array.isArray(value)) {
    if (value.length === 0) return t(`q-${question.id}-none`);
    const groups = question.options.map((o) => ({ o, n: value.filter((v) => v === o.id).length })).filter((g) => g.n > 0);
    return formatList(groups.map((g) => `${optionLabel(t, question, g.o.id)}: ${isolate(locale, formatNumber(g.n, locale))}`), locale);
  }
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

/**
 * The questions whose answers the participant reads back: those asked today, and those
 * of earlier versions of the survey (RETIRED_QUESTIONS) that today's answers do not
 * replace yet (the old children questions, until `kids` is known).
 */
export function questionsToShow(survey: readonly Question[], answers: Answers, retired: readonly Question[]): Question[] {
  const visible = visibleQuestions(survey, answers);
  if ("kids" in answers) return visible;
  return [...visible, ...retired.filter((q) => q.id in answers)];
}

export function changeKeyboard(t: Translate, questions: readonly Question[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  questions.forEach((q, i) => {
    keyboard.text(t(`qs-${q.id}`), cb.edit(q.id));
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard;
}
