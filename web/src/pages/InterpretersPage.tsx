import { Anchor, Button, Group, Table, Text, TextInput, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, must } from "../api/client";
import { addDays, formatDate, formatTime, helsinkiParts, helsinkiToIso } from "../time";
import { useLoad } from "../use-load";
import { languageName } from "./appointments-common";
import { Loading } from "./common";

/** The coordinator's list of appointments needing an interpreter on one Helsinki day, with a CSV to send on. */
export function InterpretersPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [date, setDate] = useState(() => helsinkiParts(new Date()).date);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const list = useLoad(async () => (valid ? must(api.GET("/api/interpreter-bookings", { params: { query: { date } } })) : undefined), [date, valid]);
  const items = list.data?.items ?? [];
  const label = t("interpreters.tableLabel", { date: valid ? formatDate(helsinkiToIso(date, "12:00"), lang) : date });
  return (
    <Stack>
      <Group align="flex-end">
        <Button variant="default" onClick={() => valid && setDate(addDays(date, -1))}>
          {t("interpreters.previousDay")}
        </Button>
        <TextInput type="date" label={t("interpreters.day")} value={date} onChange={(e) => setDate(e.currentTarget.value)} required />
        <Button variant="default" onClick={() => valid && setDate(addDays(date, 1))}>
          {t("interpreters.nextDay")}
        </Button>
        {valid && (
          <Anchor href={`/api/interpreter-bookings?date=${date}&format=csv`} download={`interpreters-${date}.csv`}>
            {t("common.csv")}
          </Anchor>
        )}
      </Group>
      <Loading loading={list.loading} error={list.error} />
      {list.data && (
        // Focusable: on a phone the table scrolls sideways, and it holds nothing else to reach it by keyboard.
        <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
          <Table withTableBorder striped aria-label={label}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("interpreters.time")}</Table.Th>
                <Table.Th scope="col">{t("interpreters.language")}</Table.Th>
                <Table.Th scope="col">{t("interpreters.kind")}</Table.Th>
                <Table.Th scope="col">{t("interpreters.counsellor")}</Table.Th>
                <Table.Th scope="col">{t("interpreters.participant")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>{t("interpreters.none")}</Table.Td>
                </Table.Tr>
              )}
              {items.map((r) => (
                <Table.Tr key={r.appointmentId}>
                  <Table.Td>
                    {formatTime(r.startsAt, lang)}–{formatTime(r.endsAt, lang)}
                  </Table.Td>
                  <Table.Td>{languageName(r.language, lang)}</Table.Td>
                  <Table.Td>{t(`kinds.${r.kind}`)}</Table.Td>
                  <Table.Td>{r.counsellor}</Table.Td>
                  <Table.Td>#{r.participantId}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {list.data && items.length > 0 && <Text size="sm">{t("interpreters.count", { count: items.length })}</Text>}
    </Stack>
  );
}
