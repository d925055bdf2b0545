import { Alert, Button, Code, Loader, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, errorText } from "./api/client";
import { formatTime } from "./time";

/**
 * "Link Telegram" in the header (counsellors and admins, who answer chats): asks for a
 * one-time code (POST /api/staff/me/telegram-link-code) and shows it once with what to do
 * with it: send `/link CODE` in the staff's Telegram group before it expires.
 */
export function TelegramLink() {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [result, setResult] = useState<{ code: string; expiresAt: string } | { error: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setOpened(true);
    setBusy(true);
    setResult(undefined);
    const { data, error } = await api.POST("/api/staff/me/telegram-link-code");
    setBusy(false);
    setResult(data ? { code: data.code, expiresAt: data.expiresAt } : { error: errorText(error) || t("common.error") });
  };
  return (
    <>
      <Button size="xs" variant="subtle" px={8} onClick={() => void open()}>
        {t("telegram.button")}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t("telegram.title")} closeButtonProps={{ "aria-label": t("common.close") }}>
        {busy && <Loader size="sm" aria-label={t("common.loading")} />}
        {result && "error" in result && (
          <Alert color="red" role="alert" title={t("common.error")}>
            {result.error}
          </Alert>
        )}
        {result && "code" in result && (
          <Stack gap="sm">
            <Text size="sm">{t("telegram.intro")}</Text>
            <Code block fz="lg" aria-label={t("telegram.command")}>{`/link ${result.code}`}</Code>
            <Text size="sm">{t("telegram.expires", { time: formatTime(result.expiresAt, i18n.language) })}</Text>
          </Stack>
        )}
      </Modal>
    </>
  );
}
