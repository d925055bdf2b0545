/**
 * Where the funders' report's groups (GET /api/reports/summary, src/features/privacy/reports.ts)
 * get their names in the locales: a breakdown's group is a survey answer's option id
 * ("ar", "woman", "under-25", "home") or "not-answered". test/web/report-groups.test.ts
 * checks every option the survey can give has a name in fi, sv and en.
 */
export const REPORT_GROUP_NAMESPACES = {
  byRegion: "regions",
  byLanguage: "groups.language",
  byGender: "groups.gender",
  byAgeGroup: "groups.ageGroup",
  bySituationAtEntry: "groups.situation",
  referralsByStatus: "planReport.groups.referral",
  finnishChange: "planReport.groups.finnish",
  situationChange: "planReport.groups.situation",
  goalsReached: "planReport.groups.goals",
} as const;

export type ReportSection = keyof typeof REPORT_GROUP_NAMESPACES;

/** The locale key of a group of a section: e.g. ("byLanguage", "ar") → "groups.language.ar". */
export function reportGroupKey(section: ReportSection, group: string): string {
  const namespace = REPORT_GROUP_NAMESPACES[section];
  if (group === "not-answered" && !namespace.startsWith("planReport")) return "groups.notAnswered";
  return `${namespace}.${group}`;
}
