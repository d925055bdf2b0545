/**
 * The project's regions, as the survey's first question offers them (ids; names in the
 * locales as q-region-<id>). One list for the survey, the API's checks and the staff
 * web app's pickers, so a new region is added in one place.
 */
export const SURVEY_REGIONS = ["paijat-hame", "south-karelia", "meri-lappi", "kanta-hame", "ostrobothnia", "other"] as const;
export type SurveyRegion = (typeof SURVEY_REGIONS)[number];
