import { Anchor, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, must } from "../api/client";
import { addDays, formatDateTime, helsinkiParts, helsinkiToIso } from "../time";
import { useLoad } from "../use-load";
import { Loading, titleIn } from "./common";

/** Per session: the families, their children and age groups, totals against the seats, and who said they cannot come. Printable; CSV. */
export function ChildcarePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const today = helsinkiParts(new Date()).date;
  const sessions = useLoad(
    () => must(api.GET("/api/sessions", { params: { query: { from: helsinkiToIso(addDays(today, -7), "00:00"), to: helsinkiToIso(addDays(today, 84), "00:00") } } })),
    [today],
  );
  const [chosen, setChosen] = useState("");
  const live = (sessions.data?.items ?? []).filter((s) => !s.cancelled);
  const sessionId = Number(chosen || live.find((s) => s.startsAt >= new Date().toISOString())?.id || live[0]?.id || 0);
  const list = useLoad(async () => (sessionId ? must(api.GET("/api/sessions/{id}/childcare", { params: { path: { id: sessionId }, query: {} } })) : undefined), [sessionId]);
  const chosenSession = live.find((s) => s.id === sessionId);
  return (
    <Stack>
      <Loading loading={sessions.loading} error={sessions.error} />
      {sessions.data && live.length === 0 && <Text>{t("childcare.noSessions")}</Text>}
      {live.length > 0 && (
        <Group className="no-print" align="flex-end">
          <NativeSelect
            label={t("childcare.session")}
            value={String(sessionId)}
            onChange={(e) => setChosen(e.currentTarget.value)}
            data={live.map((s) => ({ value: String(s.id), label: `${formatDateTime(s.startsAt, lang)} · ${titleIn(s.title, lang)}` }))}
            maw={480}
          />
          <Button variant="default" onClick={() => window.print()}>
            {t("childcare.print")}
          </Button>
          {sessionId > 0 && <Anchor href={`/api/sessions/${sessionId}/childcare?format=csv`}>{t("common.csv")}</Anchor>}
        </Group>
      )}
      <Loading loading={list.loading} error={list.error} />
      {list.data && chosenSession && (
        <>
          <Title order={2} size="h3">
            {titleIn(chosenSession.title, lang)} · {formatDateTime(list.data.session.startsAt, lang)} · {list.data.session.place}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Total label={t("childcare.children")} value={list.data.totalChildren} />
            <Total label={t("childcare.seats")} value={list.data.seats} />
            <Total label={t("childcare.seatsLeft")} value={list.data.seatsLeft} />
          </SimpleGrid>
          <div className="table-scroll">
            <Table withTableBorder striped aria-label={t("childcare.families")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("childcare.family")}</Table.Th>
                  <Table.Th scope="col">{t("childcare.children")}</Table.Th>
                  <Table.Th scope="col">{t("childcare.ageGroups")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.families.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={3}>{t("childcare.none")}</Table.Td>
                  </Table.Tr>
                )}
                {list.data.families.map((f) => (
                  <Table.Tr key={f.participantId}>
                    <Table.Td>#{f.participantId}</Table.Td>
                    <Table.Td>{f.children}</Table.Td>
                    <Table.Td>{f.ageGroups.map((a) => t(`ages.${a}`, { defaultValue: a })).join(", ") || "—"}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
          <Title order={2} size="h4">
            {t("childcare.notComing")} ({list.data.notComing.length})
          </Title>
          {list.data.notComing.length === 0 ? (
            <Text size="sm">{t("childcare.noneNotComing")}</Text>
          ) : (
            <ul>
              {list.data.notComing.map((f) => (
                <li key={f.participantId}>
                  #{f.participantId}: {t("childcare.hadBooked", { count: f.childrenBooked })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Stack>
  );
}

function Total({ label, value }: { label: string; value: number }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm">{label}</Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </Card>
  );
}
