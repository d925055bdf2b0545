import { Alert, Loader, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The nine participant languages, in the order the catalogue shows them. */
export const PARTICIPANT_LANGUAGES = ["fi", "sv", "en", "ar", "fa", "ru", "uk", "so", "sw"] as const;

/** A module's title in the staff member's language (Finnish when missing). */
export const titleIn = (title: Record<string, string>, lang: string) => title[lang] || title.fi || Object.values(title)[0] || "";

export function Loading({ loading, error }: { loading: boolean; error?: string }) {
  const { t } = useTranslation();
  if (error) {
    return (
      <Alert color="red" role="alert" title={t("common.error")}>
        {error}
      </Alert>
    );
  }
  return loading ? <Loader size="sm" aria-label={t("common.loading")} /> : null;
}

/** Green when every language is there; otherwise the missing ones are named. */
export function Completeness({ texts }: { texts: Record<string, string>[] }) {
  const { t } = useTranslation();
  const missing = PARTICIPANT_LANGUAGES.filter((l) => texts.some((x) => !x[l]?.trim()));
  return missing.length === 0 ? (
    <Text size="sm" fw={600} c="teal.9" style={{ whiteSpace: "nowrap" }}>
      ✓ {t("catalogue.complete")}
    </Text>
  ) : (
    <Text size="sm" fw={600} c="red.9">
      ✗ {t("catalogue.missing", { languages: missing.join(", ") })}
    </Text>
  );
}
