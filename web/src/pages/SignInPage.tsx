import { Alert, Button, Center, NativeSelect, Paper, PasswordInput, Stack, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, errorText } from "../api/client";
import { setLanguage, STAFF_LANGUAGES, type StaffLanguage } from "../i18n";

/** Username and password → the session cookie (POST /auth/sign-in). */
export function SignInPage({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  document.title = t("signIn.title");
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const { error, response } = await api.POST("/auth/sign-in", { body: { username, password } });
    setBusy(false);
    if (error) {
      setProblem(response.status === 429 ? t("signIn.tooMany") : response.status === 401 ? t("signIn.wrong") : errorText(error));
      return;
    }
    await onSignedIn();
  };
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder p="lg" w={360} maw="100%">
        <form onSubmit={(e) => void submit(e)}>
          <Stack>
            <Title order={1} size="h3">
              {t("signIn.title")}
            </Title>
            <NativeSelect
              label={t("shell.language")}
              value={i18n.language}
              onChange={(e) => setLanguage(e.currentTarget.value as StaffLanguage)}
              data={STAFF_LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            />
            <TextInput label={t("signIn.username")} autoComplete="username" required value={username} onChange={(e) => setUsername(e.currentTarget.value)} />
            <PasswordInput label={t("signIn.password")} visibilityToggleButtonProps={{ "aria-label": t("signIn.showPassword") }} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
            {problem && (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            )}
            <Button type="submit" loading={busy}>
              {t("signIn.submit")}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
