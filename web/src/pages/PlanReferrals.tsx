import { Alert, Badge, Button, Card, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, errorText, must } from "../api/client";
import type { paths } from "../api/schema";
import { formatDateTime } from "../time";
import { useLoad } from "../use-load";
import { Loading } from "./common";
import { dirOf, LanguageSelect, writingLanguage, type ParticipantLanguage, type Partner } from "./plan-common";

type Referral = paths["/api/participants/{id}/referrals"]["get"]["responses"][200]["content"]["application/json"]["items"][number];
type NewReferral = paths["/api/participants/{id}/referrals"]["post"]["requestBody"]["content"]["application/json"];
type Move = paths["/api/referrals/{id}"]["patch"]["requestBody"]["content"]["application/json"]["status"];

/** What a referral can share (the server's REFERRAL_SHARED_ITEMS; a renamed one fails the request, shown). */
const SHARED_ITEMS = ["contact", "language-level", "survey-answers", "plan", "children"] as const;
/** The moves staff make once the participant agreed (the server refuses any other with 409). */
const MOVES: Record<Referral["status"], Move[]> = {
  "awaiting-consent": [],
  "consent-refused": [],
  sent: ["accepted", "declined"],
  accepted: ["started", "declined"],
  started: ["finished"],
  finished: [],
  declined: [],
};
const DATES = ["createdAt", "consentAnsweredAt", "sentAt", "acceptedAt", "startedAt", "finishedAt", "declinedAt"] as const;
/** Dark shades only: white badge text on them passes WCAG AA. */
const STATUS_COLOURS: Record<Referral["status"], string> = {
  "awaiting-consent": "violet.9",
  "consent-refused": "gray.8",
  sent: "blue.9",
  accepted: "indigo.9",
  started: "teal.9",
  finished: "cyan.9",
  declined: "red.9",
};
/** How often the page asks whether a participant has answered a consent question. */
const CONSENT_POLL_MS = 10_000;

/**
 * A participant's referrals to partner organisations. A new one asks the participant's
 * consent in the bot, in their language; it waits until they answer, and only their yes
 * sends it. Staff then record the partner's answers (accepted, started, finished, declined).
 */
export function ReferralsSection({ participantId, participantLocale, partners, choosable }: { participantId: number; participantLocale: string | null; partners: Partner[]; choosable: Partner[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, error, loading, reload } = useLoad(() => must(api.GET("/api/participants/{id}/referrals", { params: { path: { id: participantId } } })), [participantId]);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const waiting = (data?.items ?? []).some((r) => r.status === "awaiting-consent");
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(reload, CONSENT_POLL_MS);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [waiting, participantId]);
  const partnerName = (id: number) => partners.find((p) => p.id === id)?.name ?? `#${id}`;
  const move = async (r: Referral, status: Move) => {
    const { error } = await api.PATCH("/api/referrals/{id}", { params: { path: { id: r.id } }, body: { status } });
    setProblem(error ? errorText(error) : null);
    reload();
  };
  return (
    <Card withBorder component="section" aria-labelledby="plan-referrals">
      <Title order={3} size="h4" mb="xs" id="plan-referrals">
        {t("referrals.title")}
      </Title>
      <Loading loading={loading && !data} error={error} />
      {problem && (
        <Alert color="red" role="alert" title={t("plan.notSaved")} mb="sm">
          {problem}
        </Alert>
      )}
      {data && data.items.length === 0 && <Text size="sm">{t("referrals.none")}</Text>}
      <Stack gap="sm">
        {data?.items.map((r) => (
          <Card key={r.id} withBorder padding="sm" component="article" aria-label={`${t("referrals.one")}: ${partnerName(r.partnerId)}`}>
            <Group justify="space-between" align="flex-start">
              <Text fw={600}>{partnerName(r.partnerId)}</Text>
              <Badge color={STATUS_COLOURS[r.status]}>{t(`referrals.status.${r.status}`)}</Badge>
            </Group>
            <Text size="sm">{t(`referrals.explain.${r.status}`)}</Text>
            <Text mt="xs">
              <span lang={r.reasonLocale} dir={dirOf(r.reasonLocale)}>
                {r.reason}
              </span>{" "}
              <Text span size="sm">
                ({t("plan.ownWords", { language: t(`languages.${r.reasonLocale}`, { defaultValue: r.reasonLocale }) })})
              </Text>
            </Text>
            <Text size="sm">
              {t("referrals.sharedList", { items: r.shared.map((s) => t(`referrals.item.${s}`, { defaultValue: s })).join(", ") })}
            </Text>
            <Text size="sm">
              {DATES.filter((d) => r[d])
                .map((d) => `${t(`referrals.dates.${d}`)} ${formatDateTime(r[d]!, lang)}`)
                .join(" · ")}
            </Text>
            {MOVES[r.status].length > 0 && (
              <Group gap="xs" mt="xs">
                {MOVES[r.status].map((m) => (
                  <Button key={m} size="xs" variant="outline" color={m === "declined" ? "red.9" : undefined} onClick={() => void move(r, m)}>
                    {t(`referrals.move.${m}`)}
                  </Button>
                ))}
              </Group>
            )}
          </Card>
        ))}
      </Stack>
      {waiting && (
        <Group mt="xs">
          <Button size="xs" variant="default" onClick={reload}>
            {t("referrals.refresh")}
          </Button>
        </Group>
      )}
      {notice && (
        <Alert color={notice.ok ? "green" : "yellow"} role="status" mt="sm" withCloseButton closeButtonLabel={t("common.close")} onClose={() => setNotice(null)}>
          {notice.text}
        </Alert>
      )}
      <NewReferralForm
        participantId={participantId}
        participantLocale={participantLocale}
        partners={choosable}
        onCreated={(asked) => {
          const language = participantLocale ? t(`languages.${participantLocale}`, { defaultValue: participantLocale }) : "—";
          setNotice(asked ? { ok: true, text: t("referrals.asked", { language }) } : { ok: false, text: t("referrals.notAsked") });
          reload();
        }}
      />
    </Card>
  );
}

function NewReferralForm({ participantId, participantLocale, partners, onCreated }: { participantId: number; participantLocale: string | null; partners: Partner[]; onCreated: (asked: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const [partnerId, setPartnerId] = useState("");
  const [reason, setReason] = useState("");
  const [reasonLocale, setReasonLocale] = useState<ParticipantLanguage>(writingLanguage(i18n.language));
  const [shared, setShared] = useState<string[]>(["contact"]);
  const [problem, setProblem] = useState<string | null>(null);
  const partner = partners.find((p) => String(p.id) === partnerId);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (shared.length === 0) return setProblem(t("referrals.chooseShared"));
    const body: NewReferral = { partnerId: Number(partnerId), reason, reasonLocale, shared: shared as NewReferral["shared"] };
    const { data, error } = await api.POST("/api/participants/{id}/referrals", { params: { path: { id: participantId } }, body });
    if (error || !data) return setProblem(errorText(error));
    setProblem(null);
    setPartnerId("");
    setReason("");
    onCreated(data.consentAsked);
  };
  const language = participantLocale ? t(`languages.${participantLocale}`, { defaultValue: participantLocale }) : "—";
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t("referrals.new")}>
      <Stack gap="xs" mt="md">
        <Title order={4} size="h5">
          {t("referrals.new")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t("referrals.partner")}
            description={partners.length === 0 ? t("plan.noPartners") : partner ? partner.description : undefined}
            required
            value={partnerId}
            onChange={(e) => setPartnerId(e.currentTarget.value)}
            data={[{ value: "", label: t("plan.choosePartner") }, ...partners.map((p) => ({ value: String(p.id), label: p.name }))]}
          />
          <LanguageSelect value={reasonLocale} onChange={setReasonLocale} />
        </SimpleGrid>
        <Textarea label={t("referrals.reason")} description={t("referrals.reasonHelp")} required maxLength={1000} autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} lang={reasonLocale} dir={dirOf(reasonLocale)} />
        <Checkbox.Group label={t("referrals.shared")} description={t("referrals.sharedHelp")} value={shared} onChange={setShared}>
          <Group mt="xs">
            {SHARED_ITEMS.map((item) => (
              <Checkbox key={item} value={item} label={t(`referrals.item.${item}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Text size="sm">{t("referrals.askHelp", { language })}</Text>
        {problem && (
          <Alert color="red" role="alert" title={t("plan.notSaved")}>
            {problem}
          </Alert>
        )}
        <Group>
          <Button type="submit">{t("referrals.ask")}</Button>
        </Group>
      </Stack>
    </form>
  );
}
