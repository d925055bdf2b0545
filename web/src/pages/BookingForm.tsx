import { Alert, Anchor, Button, Card, Group, NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api, errorText, must } from "../api/client";
import { formatDateTime, formatTime } from "../time";
import { useLoad } from "../use-load";
import { type Appointment, INTERPRETER_LANGUAGES, type InterpreterLanguage, KINDS, type Kind, languageName, type Reason, REASONS } from "./appointments-common";
import { Loading } from "./common";

/** What a booking starts from: empty, or the appointment an exception cancelled (book again). */
export interface BookingStart {
  participantId?: number;
  kind?: Kind;
  interpreterLanguage?: InterpreterLanguage;
}

type FreeTime = { counsellorId: number; kind: Kind; startsAt: string; endsAt: string };

const PAGE = 8;

/**
 * Books a time of the counsellor's calendar on a participant's behalf: the participant by
 * number (suggested from the chats the staff member can see), the kind of meeting among
 * those the counsellor opened, one of the counsellor's next free times, an interpreter.
 * A time taken meanwhile (409) offers the next free times instead; the bot tells the
 * participant of the booking in their language.
 */
export function BookingForm({ counsellorId, start, onBooked }: { counsellorId: number; start: BookingStart; onBooked: (a: Appointment) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const availability = useLoad(() => must(api.GET("/api/counsellors/{id}/availability", { params: { path: { id: counsellorId } } })), [counsellorId]);
  // Participant numbers the staff member already knows: those of the chats in the inbox.
  const chats = useLoad(async () => {
    const [live, closed] = await Promise.all([
      must(api.GET("/api/escalations", { params: { query: { state: "live" } } })),
      must(api.GET("/api/escalations", { params: { query: { state: "closed" } } })),
    ]);
    const known = new Map<number, string | null>();
    for (const e of [...live.items, ...closed.items]) if (e.participantId !== null && !known.has(e.participantId)) known.set(e.participantId, e.locale);
    return known;
  }, []);
  const offered = KINDS.filter((k) => availability.data?.windows.some((w) => w.kind === k));
  const [participant, setParticipant] = useState(start.participantId ? String(start.participantId) : "");
  const [chosenKind, setKind] = useState<Kind | undefined>(start.kind);
  const kind = chosenKind && offered.includes(chosenKind) ? chosenKind : offered[0];
  const [interpreter, setInterpreter] = useState<string>(start.interpreterLanguage ?? "");
  const [reason, setReason] = useState<string>("");
  const [after, setAfter] = useState<string | undefined>(undefined);
  const [offeredInstead, setOfferedInstead] = useState<FreeTime[] | null>(null);
  const [time, setTime] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const participantId = /^\d{1,9}$/.test(participant.trim()) ? Number(participant.trim()) : undefined;
  const needsParticipant = kind === "home" && participantId === undefined;
  const free = useLoad(
    async () =>
      kind === undefined || needsParticipant
        ? undefined
        : must(api.GET("/api/appointments/free-times", { params: { query: { kind, counsellorId, participantId: kind === "home" ? participantId : undefined, after, limit: PAGE } } })),
    [kind, counsellorId, kind === "home" ? participantId : 0, after],
  );
  const times: FreeTime[] = offeredInstead ?? free.data?.items ?? [];
  const resetTimes = () => {
    setOfferedInstead(null);
    setAfter(undefined);
    setTime("");
  };
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (participantId === undefined) return setProblem(t("book.participantNumber"));
    if (!kind) return;
    if (!time) return setProblem(t("book.chooseTime"));
    const { data, error, response } = await api.POST("/api/appointments", {
      body: {
        participantId,
        counsellorId,
        kind,
        startsAt: time,
        interpreterLanguage: (interpreter || null) as InterpreterLanguage | null,
        reason: (reason || null) as Reason | null,
      },
    });
    if (data) return onBooked(data);
    if (response.status === 409 && error && "nextTimes" in error) {
      setOfferedInstead(error.nextTimes);
      setTime("");
      return setProblem(t("book.taken"));
    }
    if (response.status === 404) return setProblem(t("book.noParticipant", { number: participantId }));
    setProblem(errorText(error));
  };
  if (availability.data && offered.length === 0) {
    return (
      <Card withBorder padding="sm">
        <Text>
          {t("book.noWindows")}{" "}
          <Anchor component={Link} to="/availability">
            {t("nav.availability")}
          </Anchor>
        </Text>
      </Card>
    );
  }
  return (
    <Card withBorder padding="sm">
      <Loading loading={availability.loading} error={availability.error} />
      {kind && (
        <form onSubmit={(e) => void submit(e)} aria-label={t("appointments.book")}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t("book.participant")}
                description={t("book.participantHelp")}
                value={participant}
                onChange={(e) => {
                  setParticipant(e.currentTarget.value);
                  setProblem(null);
                  if (kind === "home") resetTimes();
                }}
                inputMode="numeric"
                pattern="[0-9]+"
                list="known-participants"
                required
              />
              <NativeSelect
                label={t("book.kind")}
                value={kind}
                onChange={(e) => {
                  setKind(e.currentTarget.value as Kind);
                  resetTimes();
                }}
                data={offered.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              />
              <NativeSelect
                label={t("book.interpreter")}
                value={interpreter}
                onChange={(e) => setInterpreter(e.currentTarget.value)}
                data={[{ value: "", label: t("book.noInterpreter") }, ...INTERPRETER_LANGUAGES.map((l) => ({ value: l, label: languageName(l, lang) }))]}
              />
              <NativeSelect
                label={t("book.topic")}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                data={[{ value: "", label: t("book.noTopic") }, ...REASONS.map((r) => ({ value: r, label: t(`reasons.${r}`) }))]}
              />
            </SimpleGrid>
            <datalist id="known-participants">
              {[...(chats.data?.entries() ?? [])].map(([id, locale]) => (
                <option key={id} value={String(id)} label={locale ? t(`languages.${locale}`, { defaultValue: locale }) : undefined} />
              ))}
            </datalist>
            {needsParticipant ? (
              <Text size="sm">{t("book.homeNeedsParticipant")}</Text>
            ) : (
              <>
                <Loading loading={free.loading} error={free.error} />
                {!free.loading && times.length === 0 && <Text size="sm">{t("book.noTimes")}</Text>}
                {times.length > 0 && (
                  <Radio.Group label={t("book.freeTimes")} description={t("calendar.helsinkiTime")} value={time} onChange={setTime} required>
                    <SimpleGrid cols={{ base: 1, sm: 2 }} mt={4} spacing={6}>
                      {times.map((s) => (
                        <Radio key={s.startsAt} value={s.startsAt} label={`${formatDateTime(s.startsAt, lang)}–${formatTime(s.endsAt, lang)}`} />
                      ))}
                    </SimpleGrid>
                  </Radio.Group>
                )}
              </>
            )}
            {problem && (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            )}
            <Group>
              <Button type="submit">{t("book.confirm")}</Button>
              {times.length > 0 && (
                <Button
                  variant="default"
                  onClick={() => {
                    setOfferedInstead(null);
                    setTime("");
                    setAfter(times.at(-1)!.startsAt);
                  }}
                >
                  {t("book.later")}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
