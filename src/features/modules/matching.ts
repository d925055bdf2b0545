import type { Answers } from "../survey/flow.js";
import type { Condition } from "../survey/definition.js";
import { holds } from "../survey/flow.js";
import { AUDIENCE_RULES, MATCHING_RULES, TIME_WINDOWS, type AudienceRule, type MatchingRule } from "./matching-rules.js";

/** What matching needs to know of a module. */
export interface MatchableModule {
  id: number;
  tags: readonly string[];
  regions: readonly string[];
  childcare: boolean;
  /** Start times of its coming sessions (not cancelled). */
  upcoming: readonly Date[];
}

export interface Suggestion {
  moduleId: number;
  score: number;
  /** Why it is suggested: `match-reason-<reason>` texts. */
  reasons: string[];
  /** What the participant should know: `match-note-<note>` texts. */
  notes: string[];
}

/**
 * Ranks the modules for a participant from their survey answers. Pure: the same
 * answers and catalogue always give the same list. Modules of another region, or
 * without childcare for a parent who needs it, are left out; the rest are ranked by
 * the needs they serve, then by their next session.
 */
export function suggestModules(
  answers: Answers,
  catalogue: readonly MatchableModule[],
  rules: readonly MatchingRule[] = MATCHING_RULES,
  audiences: readonly AudienceRule[] = AUDIENCE_RULES,
): Suggestion[] {
  const region = typeof answers.region === "string" ? answers.region : undefined;
  const childcare = answers.childcare;
  const times = Array.isArray(answers.times) ? answers.times : [];
  const holding = rules.filter((r) => (Array.isArray(r.when) ? r.when : [r.when as Condition]).every((c) => holds(c, answers)));
  const excludedTags = new Set(audiences.filter((a) => holds(a.excludedWhen, answers)).map((a) => a.tag));
  const fitting = audiences.filter((a) => holds(a.includedWhen, answers));

  const suggestions: (Suggestion & { next: number })[] = [];
  for (const module of catalogue) {
    if (module.upcoming.length === 0) continue;
    if (module.regions.length > 0 && (!region || !module.regions.includes(region))) continue;
    if (childcare === "yes" && !module.childcare) continue;
    if (module.tags.some((t) => excludedTags.has(t))) continue;

    let score = 0;
    const reasons: string[] = [];
    for (const rule of holding) {
      if (!module.tags.includes(rule.tag)) continue;
      score += rule.weight;
      if (!reasons.includes(rule.reason)) reasons.push(rule.reason);
    }
    if (score === 0) continue;
    for (const a of fitting) if (module.tags.includes(a.tag)) reasons.push(a.reason);

    const notes: string[] = [];
    if (childcare === "yes" || childcare === "sometimes") {
      if (module.childcare) reasons.push("childcare");
      else notes.push("no-childcare");
    }
    if (times.length > 0) {
      const fitting = module.upcoming.filter((d) => fitsTimes(d, times)).length;
      if (fitting === module.upcoming.length) {
        reasons.push("times");
        score += 1;
      } else if (fitting === 0) {
        notes.push("times");
        score -= 2;
      }
    }
    suggestions.push({ moduleId: module.id, score, reasons, notes, next: Math.min(...module.upcoming.map((d) => d.getTime())) });
  }
  return suggestions
    .sort((a, b) => b.score - a.score || a.next - b.next || a.moduleId - b.moduleId)
    .map(({ next: _next, ...s }) => s);
}

const helsinkiParts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Helsinki", hour: "numeric", hourCycle: "h23", weekday: "short" });

/** Whether a session starting at `date` falls in one of the preferred time windows (Helsinki time). */
export function fitsTimes(date: Date, times: readonly string[]): boolean {
  const parts = helsinkiParts.formatToParts(date);
  const hour = Number(parts.find((p) => p.type === "hour")?.value);
  const weekday = parts.find((p) => p.type === "weekday")?.value;
  const weekend = weekday === "Sat" || weekday === "Sun";
  return times.some((t) => {
    const w = TIME_WINDOWS[t];
    if (!w) return false;
    if (w.weekend) return weekend;
    return !weekend && hour >= w.fromHour && hour < w.toHour;
  });
}
