import { Alert, Anchor, Button, Card, Checkbox, CopyButton, Fieldset, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api, errorText, must } from "../api/client";
import type { paths } from "../api/schema";
import { absenceSpan, addDays, formatDateTime, helsinkiParts, helsinkiToIso } from "../time";
import { useLoad } from "../use-load";
import { type Appointment, KINDS, type Kind, languageName, SPOKEN_LANGUAGES, useCounsellor } from "./appointments-common";
import { Loading } from "./common";
import { SURVEY_REGIONS } from "../../../src/features/survey/regions";

type Availability = paths["/api/counsellors/{id}/availability"]["get"]["responses"][200]["content"]["application/json"];
type Region = Availability["homeRegions"][number];
type ExceptionReason = Availability["exceptions"][number]["reason"];

const REGIONS: readonly Region[] = SURVEY_REGIONS;
const EXCEPTION_REASONS: readonly ExceptionReason[] = ["holiday", "sick", "other"];

/** Weekday names (1 Monday … 7 Sunday) in the staff member's language. */
const weekdayName = (weekday: number, lang: string) =>
  new Intl.DateTimeFormat(lang, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, weekday))); // 1 Jan 2024 was a Monday

/**
 * A counsellor's availability: slot length, languages, and per kind of meeting the weekly
 * opening times (the office with its address, phone, video with its link, home visits in
 * the regions covered); exceptions (an exception that hits booked appointments lists them
 * for rebooking, and the bot tells the participants); the private calendar feed address.
 */
export function AvailabilityPage() {
  const { t } = useTranslation();
  const { staffId, picker } = useCounsellor();
  const settings = useLoad(async () => (staffId === undefined ? undefined : must(api.GET("/api/counsellors/{id}/availability", { params: { path: { id: staffId } } }))), [staffId]);
  return (
    <Stack>
      {picker}
      <Loading loading={settings.loading} error={settings.error} />
      {staffId === undefined && !settings.loading && <Text>{t("appointments.noCounsellor")}</Text>}
      {/* The data must be this counsellor's: while another's loads, the earlier one's is still there. */}
      {settings.data && settings.data.staffId === staffId && (
        <>
          <SettingsForm key={staffId} staffId={staffId} initial={settings.data} onSaved={settings.reload} />
          <Exceptions staffId={staffId} exceptions={settings.data.exceptions} onChanged={settings.reload} />
          <CalendarFeed staffId={staffId} exists={settings.data.calendarFeed} onChanged={settings.reload} />
        </>
      )}
    </Stack>
  );
}

type WindowRow = { key: number; kind: Kind; weekday: number; start: string; end: string };
let nextKey = 1;

function SettingsForm({ staffId, initial, onSaved }: { staffId: number; initial: Availability; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [slotMinutes, setSlotMinutes] = useState<number | string>(initial.slotMinutes);
  const [languages, setLanguages] = useState<string[]>(initial.languages);
  const [officeAddress, setOfficeAddress] = useState(initial.officeAddress ?? "");
  const [videoLink, setVideoLink] = useState(initial.videoLink ?? "");
  const [homeRegions, setHomeRegions] = useState<string[]>(initial.homeRegions);
  const [windows, setWindows] = useState<WindowRow[]>(() => initial.windows.map((w) => ({ ...w, key: nextKey++ })));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const languageChoices = [...new Set([...SPOKEN_LANGUAGES, ...initial.languages])];
  const change = (key: number, patch: Partial<WindowRow>) => {
    setSaved(false);
    setWindows((ws) => ws.map((w) => (w.key === key ? { ...w, ...patch } : w)));
  };
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

  /** The first thing wrong, in the staff member's language (the server checks the same and more). */
  const check = (): string | null => {
    const slot = Number(slotMinutes);
    if (!Number.isInteger(slot) || slot < 10 || slot > 240) return t("availability.slotRange");
    for (const w of windows) {
      if (!w.start || !w.end || minutes(w.end) - minutes(w.start) < slot) {
        return t("availability.tooShort", { kind: t(`kinds.${w.kind}`), day: weekdayName(w.weekday, lang), minutes: slot });
      }
    }
    const has = (k: Kind) => windows.some((w) => w.kind === k);
    if (has("office") && !officeAddress.trim()) return t("availability.needAddress");
    if ((has("video") || videoLink.trim()) && !/^https:\/\/\S+$/.test(videoLink.trim())) return t("availability.needLink");
    if (has("home") && homeRegions.length === 0) return t("availability.needRegions");
    return null;
  };
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const wrong = check();
    if (wrong) return setProblem(wrong);
    const { error } = await api.PUT("/api/counsellors/{id}/availability", {
      params: { path: { id: staffId } },
      body: {
        slotMinutes: Number(slotMinutes),
        languages,
        officeAddress: officeAddress.trim() || null,
        videoLink: videoLink.trim() || null,
        homeRegions: homeRegions as Region[],
        windows: windows.map(({ kind, weekday, start, end }) => ({ kind, weekday, start, end })),
        // Saved only over the settings this form was filled on (another tab may have saved since).
        version: initial.version,
      },
    });
    if (error) return setProblem(errorText(error));
    setProblem(null);
    setSaved(true);
    onSaved();
  };
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: weekdayName(d, lang) }));
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t("availability.settings")}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput label={t("availability.slotMinutes")} min={10} max={240} step={5} value={slotMinutes} onChange={setSlotMinutes} required />
        </SimpleGrid>
        <Checkbox.Group label={t("availability.languages")} description={t("availability.languagesHelp")} value={languages} onChange={setLanguages}>
          <Group mt={4} gap="sm">
            {languageChoices.map((l) => (
              <Checkbox key={l} value={l} label={languageName(l, lang)} />
            ))}
          </Group>
        </Checkbox.Group>
        {KINDS.map((kind) => (
          <Fieldset key={kind} legend={t(`kinds.${kind}`)}>
            <Stack gap="xs">
              {kind === "office" && <TextInput label={t("availability.officeAddress")} value={officeAddress} onChange={(e) => setOfficeAddress(e.currentTarget.value)} maxLength={300} />}
              {kind === "video" && (
                <TextInput label={t("availability.videoLink")} description={t("availability.videoLinkHelp")} type="url" value={videoLink} onChange={(e) => setVideoLink(e.currentTarget.value)} maxLength={500} />
              )}
              {kind === "home" && (
                <Checkbox.Group label={t("availability.homeRegions")} value={homeRegions} onChange={setHomeRegions}>
                  <Group mt={4} gap="sm">
                    {REGIONS.map((r) => (
                      <Checkbox key={r} value={r} label={t(`regions.${r}`)} />
                    ))}
                  </Group>
                </Checkbox.Group>
              )}
              {windows.filter((w) => w.kind === kind).length === 0 && <Text size="sm">{t("availability.noWindows")}</Text>}
              {windows
                .filter((w) => w.kind === kind)
                .map((w) => (
                  <Group key={w.key} align="flex-end" gap="xs" role="group" aria-label={`${t(`kinds.${kind}`)}: ${weekdayName(w.weekday, lang)} ${w.start}–${w.end}`}>
                    <NativeSelect label={t("availability.weekday")} data={weekdays} value={String(w.weekday)} onChange={(e) => change(w.key, { weekday: Number(e.currentTarget.value) })} w={150} />
                    <TextInput type="time" label={t("availability.from")} value={w.start} onChange={(e) => change(w.key, { start: e.currentTarget.value })} required w={130} />
                    <TextInput type="time" label={t("availability.until")} value={w.end} onChange={(e) => change(w.key, { end: e.currentTarget.value })} required w={130} />
                    <Button
                      variant="outline"
                      color="red.9"
                      onClick={() => setWindows((ws) => ws.filter((x) => x.key !== w.key))}
                      aria-label={`${t("availability.removeTime")}: ${t(`kinds.${kind}`)} ${weekdayName(w.weekday, lang)} ${w.start}`}
                    >
                      {t("availability.removeTime")}
                    </Button>
                  </Group>
                ))}
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => setWindows((ws) => [...ws, { key: nextKey++, kind, weekday: 1, start: "09:00", end: "12:00" }])}
                  aria-label={`${t("availability.addTime")}: ${t(`kinds.${kind}`)}`}
                >
                  {t("availability.addTime")}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        ))}
        <Text size="xs">{t("calendar.helsinkiTime")}</Text>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {saved && (
          <Alert color="teal" role="status">
            {t("availability.saved")}
          </Alert>
        )}
        <Group>
          <Button type="submit">{t("availability.save")}</Button>
        </Group>
      </Stack>
    </form>
  );
}

function Exceptions({ staffId, exceptions, onChanged }: { staffId: number; exceptions: Availability["exceptions"]; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const today = helsinkiParts(new Date()).date;
  const [wholeDays, setWholeDays] = useState(true);
  const [fromDate, setFromDate] = useState(today);
  const [fromTime, setFromTime] = useState("08:00");
  const [untilDate, setUntilDate] = useState(today);
  const [untilTime, setUntilTime] = useState("16:00");
  const [reason, setReason] = useState<ExceptionReason>("holiday");
  const [problem, setProblem] = useState<string | null>(null);
  const [affected, setAffected] = useState<Appointment[] | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setAffected(null);
    // Whole days: from the first day's midnight to the midnight after the last day.
    const startsAt = helsinkiToIso(fromDate, wholeDays ? "00:00" : fromTime);
    const endsAt = wholeDays ? helsinkiToIso(addDays(untilDate, 1), "00:00") : helsinkiToIso(untilDate, untilTime);
    if (!(startsAt < endsAt)) return setProblem(t("availability.endBeforeStart"));
    const { data, error } = await api.POST("/api/counsellors/{id}/exceptions", { params: { path: { id: staffId } }, body: { startsAt, endsAt, reason } });
    if (error) return setProblem(errorText(error));
    setProblem(null);
    setAffected(data.affected);
    onChanged();
  };
  const remove = async (id: number) => {
    if (!window.confirm(t("availability.confirmRemoveException"))) return;
    const { error } = await api.DELETE("/api/counsellors/{id}/exceptions/{exceptionId}", { params: { path: { id: staffId, exceptionId: id } } });
    if (error) return setProblem(errorText(error));
    onChanged();
  };
  return (
    <Card withBorder component="section" aria-labelledby="exceptions-title">
      <Title order={2} size="h3" mb="xs" id="exceptions-title">
        {t("availability.exceptions")}
      </Title>
      <Text size="sm" mb="sm">
        {t("availability.exceptionsHelp")}
      </Text>
      {exceptions.length === 0 ? (
        <Text size="sm" mb="sm">
          {t("availability.noExceptions")}
        </Text>
      ) : (
        <div className="table-scroll">
          <Table withTableBorder mb="sm" aria-label={t("availability.exceptions")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("availability.from")}</Table.Th>
                <Table.Th scope="col">{t("availability.until")}</Table.Th>
                <Table.Th scope="col">{t("availability.reason")}</Table.Th>
                <Table.Th scope="col">{t("common.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {exceptions.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{absenceSpan(e.startsAt, e.endsAt, lang).from}</Table.Td>
                  <Table.Td>{absenceSpan(e.startsAt, e.endsAt, lang).until}</Table.Td>
                  <Table.Td>{t(`exceptionReasons.${e.reason}`)}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="outline" color="red.9" onClick={() => void remove(e.id)} aria-label={`${t("availability.removeException")}: ${formatDateTime(e.startsAt, lang)}`}>
                      {t("availability.removeException")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      <form onSubmit={(e) => void submit(e)} aria-label={t("availability.addException")}>
        <Stack gap="xs">
          <Checkbox label={t("availability.wholeDays")} checked={wholeDays} onChange={(e) => setWholeDays(e.currentTarget.checked)} />
          <SimpleGrid cols={{ base: 1, sm: wholeDays ? 3 : 5 }}>
            <TextInput type="date" label={wholeDays ? t("availability.firstDay") : t("availability.fromDate")} value={fromDate} onChange={(e) => setFromDate(e.currentTarget.value)} required />
            {!wholeDays && <TextInput type="time" label={t("availability.fromTime")} value={fromTime} onChange={(e) => setFromTime(e.currentTarget.value)} required />}
            <TextInput type="date" label={wholeDays ? t("availability.lastDay") : t("availability.untilDate")} value={untilDate} onChange={(e) => setUntilDate(e.currentTarget.value)} required />
            {!wholeDays && <TextInput type="time" label={t("availability.untilTime")} value={untilTime} onChange={(e) => setUntilTime(e.currentTarget.value)} required />}
            <NativeSelect
              label={t("availability.reason")}
              data={EXCEPTION_REASONS.map((r) => ({ value: r, label: t(`exceptionReasons.${r}`) }))}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value as ExceptionReason)}
            />
          </SimpleGrid>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          {affected && (
            // No Alert title: its tinted colour on the tinted background is too faint (axe).
            <Alert color={affected.length > 0 ? "orange" : "teal"} role="status">
              <Text size="sm" fw={700}>
                {t("availability.exceptionAdded")}
              </Text>
              {affected.length === 0 ? (
                t("availability.noneHit")
              ) : (
                <>
                  <Text size="sm">{t("availability.hit", { count: affected.length })}</Text>
                  <ul aria-label={t("availability.toRebook")}>
                    {affected.map((a) => (
                      <li key={a.id}>
                        {formatDateTime(a.startsAt, lang)} · {t(`kinds.${a.kind}`)} · {t("appointments.participant", { number: a.participantId })}
                        {a.participantLanguage ? ` · ${t(`languages.${a.participantLanguage}`, { defaultValue: a.participantLanguage })}` : ""}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </Alert>
          )}
          {/* Outside the alert: a link on its tinted background is too faint. */}
          {affected && affected.length > 0 && (
            <Anchor component={Link} to="/appointments" size="sm">
              {t("availability.goRebook")}
            </Anchor>
          )}
          <Group>
            <Button type="submit">{t("availability.addException")}</Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function CalendarFeed({ staffId, exists, onChanged }: { staffId: number; exists: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const create = async () => {
    if (exists && !window.confirm(t("feed.confirmNew"))) return;
    const { data, error } = await api.POST("/api/counsellors/{id}/calendar-token", { params: { path: { id: staffId } } });
    if (error) return setMessage({ ok: false, text: errorText(error) });
    setUrl(data.url ?? new URL(data.path, window.location.origin).toString());
    setMessage(null);
    onChanged();
  };
  const revoke = async () => {
    if (!window.confirm(t("feed.confirmRevoke"))) return;
    const { error } = await api.DELETE("/api/counsellors/{id}/calendar-token", { params: { path: { id: staffId } } });
    if (error) return setMessage({ ok: false, text: errorText(error) });
    setUrl(null);
    setMessage({ ok: true, text: t("feed.revoked") });
    onChanged();
  };
  return (
    <Card withBorder component="section" aria-labelledby="feed-title">
      <Title order={2} size="h3" mb="xs" id="feed-title">
        {t("feed.title")}
      </Title>
      <Text size="sm" mb="sm">
        {t("feed.help")}
      </Text>
      {url ? (
        <Stack gap="xs" mb="sm">
          <TextInput label={t("feed.address")} description={t("feed.shownOnce")} value={url} readOnly onFocus={(e) => e.currentTarget.select()} />
          <Group>
            <CopyButton value={url}>{({ copied, copy }) => <Button variant="default" onClick={copy}>{copied ? t("feed.copied") : t("feed.copy")}</Button>}</CopyButton>
          </Group>
        </Stack>
      ) : (
        exists && (
          <Text size="sm" mb="sm">
            {t("feed.exists")}
          </Text>
        )
      )}
      {message && (
        <Alert mb="sm" color={message.ok ? "blue" : "red"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </Alert>
      )}
      <Group>
        <Button onClick={() => void create()}>{exists ? t("feed.renew") : t("feed.create")}</Button>
        {exists && (
          <Button variant="outline" color="red.9" onClick={() => void revoke()}>
            {t("feed.revoke")}
          </Button>
        )}
      </Group>
    </Card>
  );
}
