import { NativeSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { paths } from "../api/schema";
import { PARTICIPANT_LANGUAGES } from "./common";

/** Shared by the plan page's sections (goals, steps, referrals) and the partners page. */
export type Partner = paths["/api/partners"]["get"]["responses"][200]["content"]["application/json"]["items"][number];
export type ParticipantLanguage = (typeof PARTICIPANT_LANGUAGES)[number];

/** Right-to-left languages among the participants'. */
export const dirOf = (language: string | null | undefined) => (language === "ar" || language === "fa" ? "rtl" : undefined);

/** The staff member's language when it is one a text can be written in, else Finnish. */
export const writingLanguage = (lang: string): ParticipantLanguage => ((PARTICIPANT_LANGUAGES as readonly string[]).includes(lang) ? (lang as ParticipantLanguage) : "fi");

/** The language a free text is written in (the participant sees it as written, marked with it). */
export function LanguageSelect({ value, onChange, label }: { value: ParticipantLanguage; onChange: (l: ParticipantLanguage) => void; label?: string }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={label ?? t("plan.writtenIn")}
      description={t("plan.writtenInHelp")}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as ParticipantLanguage)}
      data={PARTICIPANT_LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
    />
  );
}
