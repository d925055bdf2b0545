import { Alert, Loader, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { useLoad } from "../use-load";

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

/**
 * Modules' titles in the staff member's language, by code or id (archived ones too), for
 * pages whose data names a module only by its code or id. While loading, or for an
 * unknown module, undefined: show the code then.
 */
export function useModuleTitles() {
  const { i18n } = useTranslation();
  const { data } = useLoad(async () => (await api.GET("/api/modules", { params: { query: { includeArchived: true } } })).data?.items ?? [], []);
  return {
    byCode: (code: string) => {
      const m = data?.find((x) => x.code === code);
      return m && titleIn(m.title, i18n.language);
    },
    byId: (id: number) => {
      const m = data?.find((x) => x.id === id);
      return m && titleIn(m.title, i18n.language);
    },
  };
}
