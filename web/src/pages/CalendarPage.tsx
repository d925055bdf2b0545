import { Alert, Badge, Button, Card, Group, NativeSelect, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, errorText, must } from "../api/client";
import { addDays, formatDate, formatTime, helsinkiParts, helsinkiToIso, mondayOf } from "../time";
import { useLoad } from "../use-load";
import { Loading, titleIn } from "./common";

/**
 * Sessions by week or month (Helsinki time): create, move, cancel. Moving and cancelling
 * go through PATCH /api/sessions/:id and POST /api/sessions/:id/cancel, which tell every
 * enrolled participant through the bot (src/features/reminders/changes.ts).
 */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [view, setView] = useState<"week" | "month">("week");
  const [anchor, setAnchor] = useState(() => mondayOf(helsinkiParts(new Date()).date));
  const from = view === "week" ? anchor : `${anchor.slice(0, 7)}-01`;
  const to = view === "week" ? addDays(from, 7) : nextMonth(from);
  const sessions = useLoad(() => must(api.GET("/api/sessions", { params: { query: { from: helsinkiToIso(from, "00:00"), to: helsinkiToIso(to, "00:00") } } })), [from, to]);
  const modules = useLoad(() => must(api.GET("/api/modules", { params: { query: { includeArchived: false } } })), []);
  const [creating, setCreating] = useState(false);
  const days = new Map<string, NonNullable<typeof sessions.data>["items"]>();
  for (const s of sessions.data?.items ?? []) {
    const day = helsinkiParts(s.startsAt).date;
    days.set(day, [...(days.get(day) ?? []), s]);
  }
  const step = (direction: number) => setAnchor(view === "week" ? addDays(anchor, 7 * direction) : direction > 0 ? nextMonth(from) : previousMonth(from));
  return (
    <Stack>
      <Group>
        <SegmentedControl
          aria-label={t("calendar.view")}
          value={view}
          onChange={(v) => setView(v as "week" | "month")}
          data={[
            { value: "week", label: t("calendar.week") },
            { value: "month", label: t("calendar.month") },
          ]}
        />
        <Button variant="default" onClick={() => step(-1)}>
          {t("calendar.previous")}
        </Button>
        <Text fw={600} aria-live="polite">
          {formatDate(helsinkiToIso(from, "12:00"), lang)} – {formatDate(helsinkiToIso(addDays(to, -1), "12:00"), lang)}
        </Text>
        <Button variant="default" onClick={() => step(1)}>
          {t("calendar.next")}
        </Button>
        <Button onClick={() => setCreating((c) => !c)}>{creating ? t("common.close") : t("calendar.new")}</Button>
      </Group>
      {creating && modules.data && (
        <SessionForm
          modules={modules.data.items.map((m) => ({ value: String(m.id), label: titleIn(m.title, lang) }))}
          onSaved={() => {
            setCreating(false);
            sessions.reload();
          }}
        />
      )}
      <Loading loading={sessions.loading} error={sessions.error} />
      {sessions.data && days.size === 0 && <Text>{t("calendar.empty")}</Text>}
      {[...days.entries()].map(([day, items]) => (
        <section key={day} aria-label={formatDate(helsinkiToIso(day, "12:00"), lang)}>
          <Title order={2} size="h4" mb="xs">
            {formatDate(helsinkiToIso(day, "12:00"), lang)}
          </Title>
          <Stack gap="xs">
            {items.map((s) => (
              <SessionCard key={s.id} session={s} onChanged={sessions.reload} />
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}

type CalendarSession = {
  id: number;
  title: Record<string, string>;
  startsAt: string;
  endsAt: string;
  place: string;
  cancelled: boolean;
  placesLeft: number;
  childcareSeats: number;
  childcareSeatsLeft: number;
};

function SessionCard({ session: s, onChanged }: { session: CalendarSession; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [moving, setMoving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const cancel = async () => {
    if (!window.confirm(t("calendar.confirmCancel"))) return;
    const { data, error } = await api.POST("/api/sessions/{id}/cancel", { params: { path: { id: s.id } } });
    if (error) return setMessage(errorText(error));
    setMessage(t("calendar.told", { count: data.noticesQueued }));
    onChanged();
  };
  const title = titleIn(s.title, lang);
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" align="flex-start">
        <div>
          <Text fw={600} component="div">
            {formatTime(s.startsAt, lang)}–{formatTime(s.endsAt, lang)} {title} {s.cancelled && <Badge color="red.9">{t("calendar.cancelled")}</Badge>}
          </Text>
          <Text size="sm">{s.place}</Text>
          <Text size="sm">
            {t("calendar.placesLeft", { count: s.placesLeft })} · {t("calendar.seatsLeft", { left: s.childcareSeatsLeft, seats: s.childcareSeats })}
          </Text>
        </div>
        {!s.cancelled && (
          <Group gap="xs">
            <Button size="xs" variant="outline" onClick={() => setMoving((m) => !m)} aria-label={`${t("calendar.move")}: ${title} ${formatTime(s.startsAt, lang)}`}>
              {t("calendar.move")}
            </Button>
            <Button size="xs" color="red.9" onClick={() => void cancel()} aria-label={`${t("calendar.cancel")}: ${title} ${formatTime(s.startsAt, lang)}`}>
              {t("calendar.cancel")}
            </Button>
          </Group>
        )}
      </Group>
      {message && (
        <Alert mt="xs" color="blue" role="status">
          {message}
        </Alert>
      )}
      {moving && (
        <SessionForm
          existing={s}
          onSaved={(told) => {
            setMoving(false);
            setMessage(t("calendar.told", { count: told }));
            onChanged();
          }}
        />
      )}
    </Card>
  );
}

/** A new session, or new time and place for an existing one; times are entered in Helsinki time. */
function SessionForm({ modules, existing, onSaved }: { modules?: { value: string; label: string }[]; existing?: CalendarSession; onSaved: (told: number) => void }) {
  const { t } = useTranslation();
  const start = existing ? helsinkiParts(existing.startsAt) : { date: addDays(helsinkiParts(new Date()).date, 7), time: "10:00" };
  const [moduleId, setModuleId] = useState(modules?.[0]?.value ?? "");
  const [date, setDate] = useState(start.date);
  const [startTime, setStartTime] = useState(start.time);
  const [endTime, setEndTime] = useState(existing ? helsinkiParts(existing.endsAt).time : "12:00");
  const [place, setPlace] = useState(existing?.place ?? "");
  const [seats, setSeats] = useState<number | string>(existing?.childcareSeats ?? 8);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const startsAt = helsinkiToIso(date, startTime);
    const endsAt = helsinkiToIso(date, endTime);
    if (existing) {
      const { data, error } = await api.PATCH("/api/sessions/{id}", { params: { path: { id: existing.id } }, body: { startsAt, endsAt, place, childcareSeats: Number(seats) } });
      if (error) return setProblem(errorText(error));
      return onSaved(data.noticesQueued);
    }
    const { error } = await api.POST("/api/sessions", { body: { moduleId: Number(moduleId), startsAt, endsAt, place, childcareSeats: Number(seats) } });
    if (error) return setProblem(errorText(error));
    onSaved(0);
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={existing ? t("calendar.move") : t("calendar.new")}>
      <Stack mt="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {modules && <NativeSelect label={t("calendar.module")} data={modules} value={moduleId} onChange={(e) => setModuleId(e.currentTarget.value)} required />}
          <TextInput type="date" label={t("calendar.date")} value={date} onChange={(e) => setDate(e.currentTarget.value)} required />
          <TextInput type="time" label={t("calendar.starts")} value={startTime} onChange={(e) => setStartTime(e.currentTarget.value)} required />
          <TextInput type="time" label={t("calendar.ends")} value={endTime} onChange={(e) => setEndTime(e.currentTarget.value)} required />
          <TextInput label={t("calendar.place")} value={place} onChange={(e) => setPlace(e.currentTarget.value)} required />
          <NumberInput label={t("calendar.seats")} min={0} max={1000} value={seats} onChange={setSeats} required />
        </SimpleGrid>
        <Text size="xs">{t("calendar.helsinkiTime")}</Text>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group>
          <Button type="submit">{existing ? t("calendar.saveMove") : t("calendar.save")}</Button>
        </Group>
      </Stack>
    </form>
  );
}

function nextMonth(first: string) {
  const [y, m] = first.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}
function previousMonth(first: string) {
  const [y, m] = first.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, "0")}-01`;
}
