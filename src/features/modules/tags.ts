/**
 * What a module is for (the matching rules use them): its subject; "finnish" or
 * "swedish" for the language a language course teaches; "mothers" and
 * "working-parents" for groups of some parents only (matching-rules.ts).
 *
 * No imports: the staff web app's catalogue form offers exactly these (web/src/pages/CataloguePage.tsx).
 */
export const MODULE_TAGS = ["services", "wellbeing", "work", "literacy", "language", "finnish", "swedish", "group", "guidance", "mothers", "working-parents"] as const;

export type ModuleTag = (typeof MODULE_TAGS)[number];
