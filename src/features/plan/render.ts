import { isLocale, localeInfo, type LocaleCode } from "../../i18n/locales.js";
import { formatDate } from "../../i18n/format.js";
import { helsinkiTime } from "../../i18n/time.js";
import { isolate } from "../survey/render.js";
import type { FullPlan, PlanGoal, PlanStep } from "./repository.js";

export type Translate = (key: string, variables?: Record<string, string | number>) => string;

/** "2027-01-15" as the participant's locale writes the day (noon in Helsinki, so the day is the same everywhere). */
export function formatDueDate(dueDate: string, locale: LocaleCode): string {
  const [year, month, day] = dueDate.split("-").map(Number) as [number, number, number];
  return formatDate(helsinkiTime(year, month, day, 12, 0), locale);
}

/**
 * Free text as it was written, marked with the language it was written in (the
 * participant may need someone to read it for them); in right-to-left text isolated, so
 * Latin words keep their order.
 */
function ownWords(t: Translate, locale: LocaleCode, text: string, textLocale: string | null): string {
  const language = isLocale(textLocale) ? localeInfo(textLocale).name : (textLocale ?? "?");
  return `${isolate(locale, text)} ${t("plan-own-words", { language })}`;
}

/** A step's title in the participant's language (a catalogue step), or as the counsellor wrote it. */
export function stepTitle(t: Translate, locale: LocaleCode, step: Pick<PlanStep, "catalogueKey" | "text" | "textLocale">): string {
  if (step.catalogueKey) return t(`plan-step-${step.catalogueKey}`);
  return ownWords(t, locale, step.text ?? "", step.textLocale);
}

function goalTitle(t: Translate, locale: LocaleCode, goal: PlanGoal): string {
  if (goal.goal) return t(`q-goals-${goal.goal}`);
  return ownWords(t, locale, goal.text ?? "", goal.textLocale);
}

/** Steps the participant can act on from the plan message: open, and theirs to do. */
export const ownOpenSteps = (plan: FullPlan) => plan.steps.filter((s) => s.status === "open" && s.assignee === "participant");

/**
 * "My plan" as the participant reads it: the goals, what is done, and what is next (open
 * steps numbered, with the due day and who does it). `partnerNames` names the partner
 * organisations of partners' steps.
 */
export function renderPlan(t: Translate, locale: LocaleCode, full: FullPlan, partnerNames: ReadonlyMap<number, string>): string {
  const lines = [t("plan-title")];
  const goals = full.goals.filter((g) => g.status !== "dropped");
  if (goals.length > 0) {
    lines.push("", t("plan-goals"));
    for (const g of goals) lines.push(`${g.status === "reached" ? "✅" : "🎯"} ${goalTitle(t, locale, g)}`);
  }
  const done = full.steps.filter((s) => s.status === "done");
  // What comes first comes first: by due day, undated ones last.
  const next = full.steps.filter((s) => s.status !== "done").sort((a, b) => (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999") || a.id - b.id);
  if (done.length > 0) {
    lines.push("", t("plan-done"));
    for (const s of done) lines.push(`✅ ${stepTitle(t, locale, s)}`);
  }
  if (next.length > 0) {
    lines.push("", t("plan-next"));
    for (const s of next) {
      const who =
        s.assignee === "partner"
          ? t("plan-who-partner", { partner: (s.partnerId !== null && partnerNames.get(s.partnerId)) || t("plan-who-partner-unknown") })
          : t(`plan-who-${s.assignee}`);
      const due = s.dueDate ? ` · ${t("plan-due", { date: formatDueDate(s.dueDate, locale) })}` : "";
      const cannot = s.status === "cannot" ? ` · ${t("plan-cannot-marked")}` : "";
      lines.push(`▫️ ${stepTitle(t, locale, s)} · ${who}${due}${cannot}`);
    }
  }
  if (full.steps.length === 0) lines.push("", t("plan-no-steps"));
  return lines.join("\n");
}

/** Callback data of the plan's buttons (ids are integers: well under 64 bytes). */
export const planCb = {
  show: "plan:l",
  done: (stepId: number) => `plan:d:${stepId}`,
  cannot: (stepId: number) => `plan:x:${stepId}`,
} as const;
