/**
 * Common steps of an integration plan, as data. Each key's text is the Fluent message
 * `plan-step-<key>` in every locale, so the participant reads the step in their own
 * language whoever wrote the plan. Keys are stored with the steps: rename one only with a
 * data migration.
 */
export const STEP_CATALOGUE = [
  "register-job-seeker",
  "apply-daycare",
  "library-language-cafe",
  "kela-benefits",
  "child-health-clinic",
  "integration-training",
  "finnish-course",
  "open-bank-account",
] as const;

export type CatalogueStep = (typeof STEP_CATALOGUE)[number];

export function isCatalogueStep(key: unknown): key is CatalogueStep {
  return typeof key === "string" && (STEP_CATALOGUE as readonly string[]).includes(key);
}

/** Who does a step. */
export const ASSIGNEES = ["participant", "counsellor", "partner"] as const;
export type Assignee = (typeof ASSIGNEES)[number];
