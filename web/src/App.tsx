import { AppShell, Box, Burger, Button, Center, Group, Loader, MantineProvider, NativeSelect, NavLink, NumberInput, Stack, Text, Title, createTheme } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Link, Navigate, Route, Routes, useLocation } from "react-router";
import { api, onSignedOut } from "./api/client";
import { MeContext, useMe, type SignedIn } from "./auth";
import { setLanguage, STAFF_LANGUAGES, type StaffLanguage } from "./i18n";
import { homeOf, PAGES } from "./pages";
import { SignInPage } from "./pages/SignInPage";
import { TelegramLink } from "./TelegramLink";

// Darker primary shades than Mantine's default blue: white text on buttons passes WCAG AA.
// Number fields keep what was typed: Mantine would otherwise turn -3 into the minimum 0 on
// leaving the field and the form would save it without a word; the server refuses it
// instead, and the page says why (errorText).
const theme = createTheme({
  primaryColor: "indigo",
  primaryShade: 8,
  fontFamily: "system-ui, sans-serif",
  components: { NumberInput: NumberInput.extend({ defaultProps: { clampBehavior: "none" } }) },
});

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <BrowserRouter>
        <Session />
      </BrowserRouter>
    </MantineProvider>
  );
}

/** Finds out who is signed in (GET /api/me); without a sign-in only the sign-in page is shown. */
function Session() {
  const [me, setMe] = useState<SignedIn | null | undefined>(undefined);
  const load = useCallback(async () => {
    // Asked first: it answers 200 signed in or not, so a fresh browser logs no failed request.
    const state = await api.GET("/auth/session");
    if (!state.data?.signedIn) return setMe(null);
    const { data } = await api.GET("/api/me");
    setMe(data ?? null);
  }, []);
  useEffect(() => {
    void load();
    const stop = onSignedOut(() => setMe(null));
    return () => {
      stop();
    };
  }, [load]);
  const signOut = useCallback(async () => {
    await api.POST("/api/sign-out");
    setMe(null);
  }, []);
  if (me === undefined) {
    return (
      <Center h="100vh">
        <Loader aria-label="…" />
      </Center>
    );
  }
  if (me === null) {
    return (
      <Routes>
        <Route path="*" element={<SignInPage onSignedIn={load} />} />
      </Routes>
    );
  }
  return (
    <MeContext.Provider value={{ me, signOut }}>
      <Shell me={me} signOut={signOut} />
    </MeContext.Provider>
  );
}

function Shell({ me, signOut }: { me: SignedIn; signOut: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const pages = PAGES.filter((p) => p.roles.includes(me.role));
  useEffect(close, [location.pathname, close]);
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: "sm", collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        {/* The burger and the language never shrink; the title gives way (truncated). On a
            phone the Telegram link and sign-out are in the menu: the header has no room. */}
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t("shell.menu")} style={{ flexShrink: 0 }} />
          <Text fw={700} size="lg" component={Link} to={homeOf(me.role)} c="indigo.9" td="none" truncate="end" style={{ flex: "1 1 auto", minWidth: 0 }}>
            {t("shell.title")}
          </Text>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <NativeSelect
              aria-label={t("shell.language")}
              value={i18n.language}
              onChange={(e) => setLanguage(e.currentTarget.value as StaffLanguage)}
              data={STAFF_LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() }))}
              size="xs"
              w={64}
            />
            <Text size="sm" visibleFrom="md">
              {me.displayName} · {t(`roles.${me.role}`)}
            </Text>
            <Group gap="xs" wrap="nowrap" visibleFrom="sm">
              <AccountActions me={me} signOut={signOut} />
            </Group>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t("shell.menu")} style={{ overflowY: "auto" }}>
        {pages.map((p) => (
          <NavLink key={p.path} component={Link} to={p.path} label={t(`nav.${p.key}`)} active={location.pathname.startsWith(p.path)} variant="filled" />
        ))}
        <Box hiddenFrom="sm" mt="md">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {me.displayName} · {t(`roles.${me.role}`)}
            </Text>
            <AccountActions me={me} signOut={signOut} />
          </Stack>
        </Box>
      </AppShell.Navbar>
      <AppShell.Main>
        <Routes>
          {pages.map((p) => (
            <Route key={p.path} path={`${p.path}/*`} element={<PageFrame titleKey={`nav.${p.key}`} Component={p.component} />} />
          ))}
          {/* Pages of other roles and the sign-in page lead home; any other path is not found. */}
          {["/", "/sign-in", ...PAGES.filter((p) => !pages.includes(p)).map((p) => `${p.path}/*`)].map((path) => (
            <Route key={path} path={path} element={<Navigate to={homeOf(me.role)} replace />} />
          ))}
          <Route path="*" element={<PageFrame titleKey="notFound.title" Component={NotFound} />} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}

/** Telegram link (admins and counsellors) and sign-out: in the header, or in the menu on a phone. */
function AccountActions({ me, signOut }: { me: SignedIn; signOut: () => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <>
      {me.staffGroup && (me.role === "admin" || me.role === "counsellor") && <TelegramLink />}
      <Button size="xs" variant="outline" px={8} onClick={() => void signOut()}>
        {t("shell.signOut")}
      </Button>
    </>
  );
}

/** A path that is no page of the app (a mistyped or old link). */
function NotFound() {
  const { t } = useTranslation();
  const { me } = useMe();
  return (
    <Stack align="flex-start">
      <Text>{t("notFound.text")}</Text>
      <Link to={homeOf(me.role)}>{t("notFound.home")}</Link>
    </Stack>
  );
}

function PageFrame({ titleKey, Component }: { titleKey: string; Component: React.ComponentType }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t(titleKey)} · ${t("shell.title")}`;
  }, [t, titleKey]);
  return (
    <>
      <Title order={1} size="h2" mb="md">
        {t(titleKey)}
      </Title>
      <Component />
    </>
  );
}
