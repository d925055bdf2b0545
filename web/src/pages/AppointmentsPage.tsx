import { Alert, Badge, Button, Card, Group, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, errorText, must } from "../api/client";
import { addDays, formatDate, formatDateTime, formatTime, helsinkiParts, helsinkiToIso, mondayOf } from "../time";
import { useLoad } from "../use-load";
import { type Appointment, type InterpreterLanguage, languageName, useCounsellor } from "./appointments-common";
import { BookingForm, type BookingStart } from "./BookingForm";
import { Loading } from "./common";

/**
 * A counsellor's week of individual guidance (Helsinki time): each appointment with the
 * participant's number and language, kind, interpreter and status; the outcome and a
 * staff-only note; cancelling; booking on a participant's behalf; and the appointments an
 * exception cancelled, to be booked again. An admin picks whose week.
 */
export function AppointmentsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { staffId, picker } = useCounsellor();
  const [monday, setMonday] = useState(() => mondayOf(helsinkiParts(new Date()).date));
  const from = helsinkiToIso(monday, "00:00");
  const to = helsinkiToIso(addDays(monday, 7), "00:00");
  const week = useLoad(
    async () => (staffId === undefined ? undefined : must(api.GET("/api/appointments", { params: { query: { from, to, counsellorId: staffId } } }))),
    [from, to, staffId],
  );
  const rebook = useLoad(
    async () => (staffId === undefined ? undefined : must(api.GET("/api/appointments", { params: { query: { from, to, counsellorId: staffId, needsRebooking: true } } }))),
    [staffId],
  );
  const [booking, setBooking] = useState<BookingStart | null>(null);
  const [booked, setBooked] = useState<string | null>(null);
  const reload = () => {
    week.reload();
    rebook.reload();
  };
  const days = new Map<string, Appointment[]>();
  for (const a of week.data?.items ?? []) {
    const day = helsinkiParts(a.startsAt).date;
    days.set(day, [...(days.get(day) ?? []), a]);
  }
  const toRebook = rebook.data?.items ?? [];
  return (
    <Stack>
      {picker}
      <Group>
        <Button variant="default" onClick={() => setMonday(addDays(monday, -7))}>
          {t("appointments.previousWeek")}
        </Button>
        <Text fw={600} aria-live="polite">
          {formatDate(helsinkiToIso(monday, "12:00"), lang)} – {formatDate(helsinkiToIso(addDays(monday, 6), "12:00"), lang)}
        </Text>
        <Button variant="default" onClick={() => setMonday(addDays(monday, 7))}>
          {t("appointments.nextWeek")}
        </Button>
        {staffId !== undefined && (
          <Button onClick={() => setBooking((b) => (b ? null : {}))}>{booking ? t("common.close") : t("appointments.book")}</Button>
        )}
      </Group>
      {booked && (
        <Alert color="teal" role="status" withCloseButton closeButtonLabel={t("common.close")} onClose={() => setBooked(null)}>
          {booked}
        </Alert>
      )}
      {booking && staffId !== undefined && (
        <BookingForm
          key={`${staffId}-${booking.participantId ?? ""}-${booking.kind ?? ""}`}
          counsellorId={staffId}
          start={booking}
          onBooked={(a) => {
            setBooking(null);
            setBooked(t("appointments.booked", { time: formatDateTime(a.startsAt, lang), participant: a.participantId }));
            setMonday(mondayOf(helsinkiParts(a.startsAt).date));
            reload();
          }}
        />
      )}
      {toRebook.length > 0 && (
        <Card withBorder padding="sm" component="section" aria-labelledby="to-rebook">
          <Title order={2} size="h4" mb="xs" id="to-rebook">
            {t("appointments.toRebook", { count: toRebook.length })}
          </Title>
          <Text size="sm" mb="xs">
            {t("appointments.toRebookHelp")}
          </Text>
          <Stack gap="xs">
            {toRebook.map((a) => (
              <Group key={a.id} justify="space-between">
                <Text size="sm">
                  {formatDateTime(a.startsAt, lang)} · {t(`kinds.${a.kind}`)} · {t("appointments.participant", { number: a.participantId })}
                  {a.participantLanguage ? ` · ${t(`languages.${a.participantLanguage}`, { defaultValue: languageName(a.participantLanguage, lang) })}` : ""}
                </Text>
                <Button
                  size="xs"
                  variant="outline"
                  onClick={() => setBooking({ participantId: a.participantId, kind: a.kind, interpreterLanguage: (a.interpreterLanguage ?? undefined) as InterpreterLanguage | undefined })}
                  aria-label={`${t("appointments.bookAgain")}: ${t("appointments.participant", { number: a.participantId })}`}
                >
                  {t("appointments.bookAgain")}
                </Button>
              </Group>
            ))}
          </Stack>
        </Card>
      )}
      <Loading loading={week.loading} error={week.error ?? rebook.error} />
      {staffId === undefined && !week.loading && <Text>{t("appointments.noCounsellor")}</Text>}
      {week.data && days.size === 0 && <Text>{t("appointments.empty")}</Text>}
      {[...days.entries()].map(([day, items]) => (
        <section key={day} aria-label={formatDate(helsinkiToIso(day, "12:00"), lang)}>
          <Title order={2} size="h4" mb="xs">
            {formatDate(helsinkiToIso(day, "12:00"), lang)}
          </Title>
          <Stack gap="xs">
            {items.map((a) => (
              <AppointmentCard key={a.id} appointment={a} onChanged={reload} />
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}

const OUTCOMES = ["met", "no_show", "cancelled_late"] as const;

function AppointmentCard({ appointment: a, onChanged }: { appointment: Appointment; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [recording, setRecording] = useState(false);
  const [outcome, setOutcome] = useState<string>(a.outcome ?? "met");
  const [note, setNote] = useState(a.staffNote ?? "");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const when = `${formatTime(a.startsAt, lang)}–${formatTime(a.endsAt, lang)}`;
  const who = t("appointments.participant", { number: a.participantId });
  const cancel = async () => {
    if (!window.confirm(t("appointments.confirmCancel"))) return;
    const { error, response } = await api.POST("/api/appointments/{id}/cancel", { params: { path: { id: a.id } } });
    if (error) return setMessage({ ok: false, text: response.status === 409 ? t("appointments.alreadyCancelled") : errorText(error) });
    setMessage({ ok: true, text: t("appointments.cancelledTold") });
    onChanged();
  };
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const { error, response } = await api.POST("/api/appointments/{id}/outcome", {
      params: { path: { id: a.id } },
      body: { outcome: outcome as (typeof OUTCOMES)[number], note: note.trim() || null },
    });
    if (error) return setMessage({ ok: false, text: response.status === 409 ? t("appointments.notStarted") : errorText(error) });
    setRecording(false);
    setMessage({ ok: true, text: t("appointments.outcomeSaved") });
    onChanged();
  };
  return (
    <Card withBorder padding="sm" component="article" aria-label={`${when} ${who}`}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text fw={600} component="div">
            {when} · {t(`kinds.${a.kind}`)}{" "}
            {a.status === "booked" ? <Badge color="blue.9">{t("appointments.status.booked")}</Badge> : <Badge color="red.9">{t("appointments.status.cancelled")}</Badge>}{" "}
            {a.needsRebooking && <Badge color="grape.9">{t("appointments.status.rebook")}</Badge>}
          </Text>
          <Text size="sm">
            {who} · {a.participantLanguage ? t(`languages.${a.participantLanguage}`, { defaultValue: languageName(a.participantLanguage, lang) }) : "—"}
          </Text>
          <Text size="sm">
            {a.interpreterLanguage ? t("appointments.interpreter", { language: languageName(a.interpreterLanguage, lang) }) : t("appointments.noInterpreter")}
            {a.reason && ` · ${t("appointments.topic")}: ${t(`reasons.${a.reason}`)}`}
          </Text>
          {a.cancelledBy && (
            <Text size="sm">{t(`appointments.cancelledBy.${a.cancelledBy}`)}</Text>
          )}
          {a.outcome && (
            <Text size="sm" fw={600}>
              {t("appointments.outcome")}: {t(`outcomes.${a.outcome}`)}
            </Text>
          )}
          {a.staffNote && (
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {t("appointments.note")}: {a.staffNote}
            </Text>
          )}
        </div>
        {a.cancelledBy !== "exception" && (
          <Group gap="xs">
            <Button size="xs" variant="outline" onClick={() => setRecording((r) => !r)} aria-label={`${t("appointments.recordOutcome")}: ${when} ${who}`}>
              {t("appointments.recordOutcome")}
            </Button>
            {a.status === "booked" && (
              <Button size="xs" color="red.9" onClick={() => void cancel()} aria-label={`${t("appointments.cancel")}: ${when} ${who}`}>
                {t("appointments.cancel")}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {message && (
        <Alert mt="xs" color={message.ok ? "blue" : "red"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </Alert>
      )}
      {recording && (
        <form onSubmit={(e) => void save(e)} aria-label={`${t("appointments.recordOutcome")}: ${when} ${who}`}>
          <Stack mt="sm" gap="xs">
            <Radio.Group label={t("appointments.whatHappened")} value={outcome} onChange={setOutcome} required>
              <Group mt={4}>
                {OUTCOMES.map((o) => (
                  <Radio key={o} value={o} label={t(`outcomes.${o}`)} />
                ))}
              </Group>
            </Radio.Group>
            <Textarea label={t("appointments.noteLabel")} description={t("appointments.noteHelp")} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={4000} autosize minRows={2} />
            <Group>
              <Button type="submit">{t("appointments.saveOutcome")}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
