import { Alert, Anchor, Button, NativeSelect, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, errorText, must } from "../api/client";
import { formatDateTime } from "../time";
import { useLoad } from "../use-load";
import { Loading, titleIn } from "./common";

/** A module's enrolled families and waiting list in order; cancelling moves the list up and the bot tells those moved up. */
export function EnrolmentsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const modules = useLoad(() => must(api.GET("/api/modules", { params: { query: { includeArchived: false } } })), []);
  const [chosen, setChosen] = useState<string>("");
  const moduleId = Number(chosen || modules.data?.items[0]?.id || 0);
  const list = useLoad(async () => (moduleId ? must(api.GET("/api/modules/{id}/enrolments", { params: { path: { id: moduleId }, query: {} } })) : undefined), [moduleId]);
  const [message, setMessage] = useState<string | null>(null);
  const cancel = async (id: number) => {
    if (!window.confirm(t("enrolments.confirmCancel"))) return;
    const { data, error } = await api.POST("/api/enrolments/{id}/cancel", { params: { path: { id } } });
    setMessage(error ? errorText(error) : t("enrolments.cancelled", { count: data.promoted.length }));
    list.reload();
  };
  return (
    <Stack>
      <Loading loading={modules.loading} error={modules.error} />
      {modules.data && (
        <NativeSelect
          label={t("calendar.module")}
          value={String(moduleId)}
          onChange={(e) => setChosen(e.currentTarget.value)}
          data={modules.data.items.map((m) => ({ value: String(m.id), label: titleIn(m.title, lang) }))}
          maw={420}
        />
      )}
      {message && (
        <Alert color="blue" role="status">
          {message}
        </Alert>
      )}
      <Loading loading={list.loading} error={list.error} />
      {list.data && (
        <>
          <Anchor href={`/api/modules/${moduleId}/enrolments?format=csv`} className="no-print">
            {t("common.csv")}
          </Anchor>
          {(["enrolled", "waitlisted"] as const).map((status) => (
            <section key={status} aria-label={t(`enrolments.${status}`)}>
              <Title order={2} size="h4" mb="xs">
                {t(`enrolments.${status}`)} ({list.data![status].length})
              </Title>
              {list.data![status].length === 0 ? (
                <Text size="sm">{t("enrolments.none")}</Text>
              ) : (
                <div className="table-scroll">
                  <Table withTableBorder striped>
                    <Table.Thead>
                      <Table.Tr>
                        {status === "waitlisted" && <Table.Th scope="col">{t("enrolments.position")}</Table.Th>}
                        <Table.Th scope="col">{t("enrolments.participant")}</Table.Th>
                        <Table.Th scope="col">{t("enrolments.children")}</Table.Th>
                        <Table.Th scope="col">{t("enrolments.joined")}</Table.Th>
                        <Table.Th scope="col">
                          <span className="visually-hidden">{t("common.actions")}</span>
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {list.data![status].map((e) => (
                        <Table.Tr key={e.id}>
                          {status === "waitlisted" && <Table.Td>{e.waitlistPosition}</Table.Td>}
                          <Table.Td>#{e.participantId}</Table.Td>
                          <Table.Td>{e.childrenBooked}</Table.Td>
                          <Table.Td>{formatDateTime(e.createdAt, lang)}</Table.Td>
                          <Table.Td>
                            <Button size="xs" variant="outline" color="red.9" onClick={() => void cancel(e.id)} aria-label={`${t("enrolments.cancel")} #${e.participantId}`}>
                              {t("enrolments.cancel")}
                            </Button>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </div>
              )}
            </section>
          ))}
        </>
      )}
    </Stack>
  );
}
