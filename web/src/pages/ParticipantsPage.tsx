import { Alert, Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, Routes, Route } from "react-router";
import { api, must } from "../api/client";
import { formatDateTime } from "../time";
import { useLoad } from "../use-load";
import { Loading, useModuleTitles } from "./common";

/** Participants (admins): a list to search, and a profile. Every profile view is audited by the server. */
export function ParticipantsPage() {
  return (
    <Routes>
      <Route index element={<ParticipantList />} />
      <Route path=":id" element={<Profile />} />
    </Routes>
  );
}

function ParticipantList() {
  const { t, i18n } = useTranslation();
  const [after, setAfter] = useState(0);
  const [search, setSearch] = useState("");
  const { data, error, loading } = useLoad(() => must(api.GET("/api/participants", { params: { query: { limit: 100, after } } })), [after]);
  const needle = search.trim().toLowerCase();
  const shown = (data?.items ?? []).filter((p) => !needle || String(p.id) === needle.replace(/^#/, "") || (p.locale ?? "").toLowerCase() === needle || p.surveyStatus.includes(needle));
  return (
    <Stack>
      <TextInput label={t("participants.search")} description={t("participants.searchHelp")} value={search} onChange={(e) => setSearch(e.currentTarget.value)} maw={420} />
      <Loading loading={loading} error={error} />
      {data && (
        <>
          <Text size="sm">{t("participants.total", { count: data.total })}</Text>
          <div className="table-scroll">
            <Table withTableBorder striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">#</Table.Th>
                  <Table.Th scope="col">{t("participants.language")}</Table.Th>
                  <Table.Th scope="col">{t("participants.survey")}</Table.Th>
                  <Table.Th scope="col">{t("participants.lastSeen")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Link to={`/participants/${p.id}`}>#{p.id}</Link>
                    </Table.Td>
                    <Table.Td>{p.locale ? t(`languages.${p.locale}`, { defaultValue: p.locale }) : "—"}</Table.Td>
                    <Table.Td>{t(`status.${p.surveyStatus}`, { defaultValue: p.surveyStatus })}</Table.Td>
                    <Table.Td>{formatDateTime(p.lastSeenAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
          <Group>
            {after > 0 && (
              <Button variant="default" onClick={() => setAfter(0)}>
                {t("common.first")}
              </Button>
            )}
            {data.next !== null && (
              <Button variant="default" onClick={() => setAfter(data.next ?? 0)}>
                {t("common.more")}
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}

function Profile() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = Number(useParams().id);
  const { data, error, loading } = useLoad(() => must(api.GET("/api/participants/{id}", { params: { path: { id } } })), [id]);
  const modules = useModuleTitles();
  return (
    <Stack>
      <Link to="/participants">← {t("participants.back")}</Link>
      <Loading loading={loading} error={error} />
      {data && (
        <>
          <Title order={2} size="h3">
            {t("participants.number", { number: data.id })} · {data.locale ? t(`languages.${data.locale}`, { defaultValue: data.locale }) : "—"} · {t(`status.${data.surveyStatus}`, { defaultValue: data.surveyStatus })}
          </Title>
          <Text size="sm">{t("participants.audited")}</Text>
          {data.flags.length > 0 && (
            <Alert color="blue" title={t("participants.flags")}>
              <Group gap="xs">
                {data.flags.map((f) => (
                  <Badge key={f} color="blue.9">
                    {t(`flags.${f}`, { defaultValue: f })}
                  </Badge>
                ))}
              </Group>
            </Alert>
          )}
          <Card withBorder>
            <Title order={3} size="h4" mb="xs">
              {t("participants.answers")}
            </Title>
            <dl lang="fi">
              {data.inFinnish.map((a) => (
                <div key={a.questionId}>
                  <dt style={{ fontWeight: 600 }}>{a.question}</dt>
                  <dd style={{ marginInlineStart: 0, marginBottom: 8 }}>{a.answer}</dd>
                </div>
              ))}
            </dl>
          </Card>
          <Card withBorder>
            <Title order={3} size="h4" mb="xs">
              {t("participants.courses")}
            </Title>
            {data.courses.length === 0 ? <Text size="sm">—</Text> : (
              <ul>
                {data.courses.map((c) => (
                  <li key={c.enrolmentId}>
                    {modules.byCode(c.code) ?? c.code}: {t(`enrolments.${c.status}`, { defaultValue: c.status })} · {t("enrolments.children")} {c.childrenBooked}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card withBorder>
            <Title order={3} size="h4" mb="xs">
              {t("participants.attendance")}
            </Title>
            {data.attendance.length === 0 ? <Text size="sm">—</Text> : (
              <ul>
                {data.attendance.map((a) => (
                  <li key={a.sessionId}>
                    {modules.byId(a.moduleId) ?? ""} {formatDateTime(a.startsAt, lang)}: {a.response === "coming" ? t("overview.coming") : t("overview.notComing")}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card withBorder>
            <Title order={3} size="h4" mb="xs">
              {t("participants.chats")}
            </Title>
            {data.chats.length === 0 ? <Text size="sm">—</Text> : (
              <ul>
                {data.chats.map((c) => (
                  <li key={c.id}>
                    <Link to={`/inbox/${c.id}`}>
                      #{c.id} · {t(`inbox.state.${c.status}`, { defaultValue: c.status })} · {formatDateTime(c.openedAt, lang)}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </>
      )}
    </Stack>
  );
}
