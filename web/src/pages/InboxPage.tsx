import { Alert, Badge, Button, Card, Group, Paper, SegmentedControl, Stack, Text, Textarea, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Route, Routes, useParams } from "react-router";
import { api, errorText, must } from "../api/client";
import { useMe } from "../auth";
import { formatDateTime } from "../time";
import { useLoad } from "../use-load";
import { Loading } from "./common";

/** Chats waiting this long are shown as urgent too (after those flagged for danger). */
const URGENT_SECONDS = 3600;

/** Flagged for danger, violence or self-harm (the bot's safety words or 🆘 button), or waiting long. */
const isUrgent = (e: { status: string; waitingSeconds: number; urgent: boolean }) =>
  e.status !== "closed" && (e.urgent || (e.status === "open" && e.waitingSeconds >= URGENT_SECONDS));

/** The counsellors' inbox (the old /console merged in): the queue, urgent first; claim, reply, close. */
export function InboxPage() {
  return (
    <Routes>
      <Route index element={<Queue />} />
      <Route path=":id" element={<Chat />} />
    </Routes>
  );
}

function Queue() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<"live" | "closed">("live");
  const { data, error, loading, reload } = useLoad(() => must(api.GET("/api/escalations", { params: { query: { state } } })), [state]);
  useEffect(() => {
    const timer = setInterval(reload, 15_000);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  const items = [...(data?.items ?? [])].sort((a, b) => rank(a) - rank(b) || b.waitingSeconds - a.waitingSeconds);
  return (
    <Stack>
      <SegmentedControl
        aria-label={t("inbox.show")}
        value={state}
        onChange={(v) => setState(v as "live" | "closed")}
        data={[
          { value: "live", label: t("inbox.live") },
          { value: "closed", label: t("inbox.closed") },
        ]}
        maw={320}
      />
      <Loading loading={loading} error={error} />
      {data && items.length === 0 && <Text>{t("inbox.empty")}</Text>}
      {items.map((e) => (
        <Card key={e.id} withBorder padding="sm" component={Link} to={`/inbox/${e.id}`}>
          <Group justify="space-between">
            <Group gap="xs">
              {/* The participant's number, as the staff group's topic and the plan page call them; the chat's own number after it. */}
              <Text fw={600}>{e.participantId !== null ? t("participants.number", { number: e.participantId }) : t("inbox.erased")}</Text>
              <Text size="sm">
                {t("inbox.chat")} #{e.id}
              </Text>
              {isUrgent(e) && <Badge color="red.9">{t("inbox.urgent")}</Badge>}
              <Badge color={e.status === "open" ? "blue.9" : "gray.8"}>{t(`inbox.state.${e.status}`, { defaultValue: e.status })}</Badge>
              <Text size="sm">{e.locale ? t(`languages.${e.locale}`, { defaultValue: e.locale }) : "—"}</Text>
            </Group>
            <Text size="sm">
              {formatDateTime(e.openedAt, i18n.language)}
              {e.counsellor ? ` · ${e.counsellor}` : ""}
            </Text>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

const rank = (e: { status: string; waitingSeconds: number; urgent: boolean }) =>
  e.status !== "closed" && e.urgent ? 0 : isUrgent(e) ? 1 : e.status === "open" ? 2 : 3;

function Chat() {
  const { t, i18n } = useTranslation();
  const { me } = useMe();
  const id = Number(useParams().id);
  const { data, error, loading, reload } = useLoad(() => must(api.GET("/api/escalations/{id}", { params: { path: { id }, query: { after: 0 } } })), [id]);
  const [text, setText] = useState("");
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const timer = setInterval(reload, 10_000);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  const act = async (call: Promise<{ error?: unknown }>) => {
    const { error } = await call;
    setProblem(error ? errorText(error) : null);
    reload();
    return !error;
  };
  const e = data?.escalation;
  const mine = e && e.status === "claimed" && (e.counsellorId === me.staffId || me.role === "admin");
  return (
    <Stack>
      <Link to="/inbox">← {t("inbox.back")}</Link>
      <Loading loading={loading && !data} error={error} />
      {e && data && (
        <>
          <Title order={2} size="h3">
            {e.participantId !== null ? `${t("participants.number", { number: e.participantId })} · ` : ""}
            {t("inbox.chat")} #{e.id} · {t(`inbox.state.${e.status}`, { defaultValue: e.status })} · {e.locale ? t(`languages.${e.locale}`, { defaultValue: e.locale }) : "—"}
          </Title>
          {e.participantId !== null && <Link to={`/plan/${e.participantId}`}>{t("inbox.plan", { number: e.participantId })}</Link>}
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          {e.status === "open" && <Button onClick={() => void act(api.POST("/api/escalations/{id}/claim", { params: { path: { id } } }))}>{t("inbox.claim")}</Button>}
          <Paper withBorder p="sm" aria-label={t("inbox.transcript")} component="section">
            <Stack gap="xs">
              {data.messages.length === 0 && <Text size="sm">{t("inbox.noMessages")}</Text>}
              {data.messages.map((m) => (
                <Paper key={m.id} p="xs" bg={m.direction === "in" ? "gray.1" : "indigo.0"} ml={m.direction === "out" ? "xl" : 0} mr={m.direction === "in" ? "xl" : 0}>
                  <Text size="xs">
                    {m.direction === "in" ? t("inbox.participant") : m.counsellor} · {formatDateTime(m.createdAt, i18n.language)}
                  </Text>
                  <Text style={{ whiteSpace: "pre-wrap" }}>{m.text ?? (m.fileKind ? `[${m.fileKind}]` : m.details ? `[${m.details.kind}]` : "")}</Text>
                </Paper>
              ))}
            </Stack>
          </Paper>
          {mine && (
            <>
              <form
                onSubmit={(ev) => {
                  ev.preventDefault();
                  void act(api.POST("/api/escalations/{id}/reply", { params: { path: { id } }, body: { text } })).then((ok) => ok && setText(""));
                }}
              >
                <Stack gap="xs">
                  <Textarea label={t("inbox.reply")} value={text} onChange={(ev) => setText(ev.currentTarget.value)} required autosize minRows={2} />
                  <Group>
                    <Button type="submit">{t("inbox.send")}</Button>
                  </Group>
                </Stack>
              </form>
              <form
                onSubmit={(ev) => {
                  ev.preventDefault();
                  void act(api.POST("/api/escalations/{id}/close", { params: { path: { id } }, body: note ? { note } : {} }));
                }}
              >
                <Stack gap="xs">
                  <Textarea label={t("inbox.closeNote")} value={note} onChange={(ev) => setNote(ev.currentTarget.value)} autosize minRows={1} />
                  <Group>
                    <Button type="submit" color="red.9" variant="outline">
                      {t("inbox.close")}
                    </Button>
                  </Group>
                </Stack>
              </form>
            </>
          )}
          <Card withBorder>
            <Title order={3} size="h4" mb="xs">
              {t("participants.answers")}
            </Title>
            {data.survey.flags.map((f) => (
              <Badge key={f} color="blue.9" mr="xs">
                {t(`flags.${f}`, { defaultValue: f })}
              </Badge>
            ))}
            <dl lang="fi">
              {data.survey.answers.map((a) => (
                <div key={a.questionId}>
                  <dt style={{ fontWeight: 600 }}>{a.question}</dt>
                  <dd style={{ marginInlineStart: 0, marginBottom: 8 }}>{a.answer}</dd>
                </div>
              ))}
            </dl>
          </Card>
        </>
      )}
    </Stack>
  );
}
