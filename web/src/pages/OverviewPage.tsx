import { Card, Group, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { api, must } from "../api/client";
import { formatDate } from "../time";
import { useLoad } from "../use-load";
import { ChartCard } from "./charts";
import { Loading, titleIn } from "./common";

/** Coordinators' numbers as charts: GET /api/overview. */
export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, error, loading } = useLoad(() => must(api.GET("/api/overview", { params: { query: {} } })), []);
  if (!data) return <Loading loading={loading} error={error} />;
  const count = t("overview.count");
  const one = (rows: { key: string; count: number }[], label: (k: string) => string) => rows.map((r) => ({ key: label(r.key), count: r.count }));
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
        <Stat label={t("overview.chatsOpen")} value={data.chats.open} />
        <Stat label={t("overview.chatsWaiting")} value={data.chats.waitingOverAnHour} />
        <Stat label={t("overview.chatsClaimed")} value={data.chats.claimed} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ChartCard title={t("overview.byStatus")} data={one(data.participantsByStatus, (k) => t(`status.${k}`, { defaultValue: k }))} dataKey="key" keyLabel={t("reports.group")} series={[{ name: "count", label: count, color: "indigo.7" }]} />
        <ChartCard title={t("overview.byLanguage")} data={one(data.participantsByLanguage, (k) => t(`languages.${k}`, { defaultValue: k }))} dataKey="key" keyLabel={t("reports.group")} series={[{ name: "count", label: count, color: "teal.8" }]} />
        <ChartCard title={t("overview.byRegion")} data={one(data.participantsByRegion, (k) => t(`regions.${k}`, { defaultValue: k }))} dataKey="key" keyLabel={t("reports.group")} series={[{ name: "count", label: count, color: "grape.8" }]} horizontal />
        <ChartCard title={t("overview.funnel")} data={one(data.surveyFunnel, (k) => t(`overview.funnelStep.${k}`))} dataKey="key" keyLabel={t("reports.group")} series={[{ name: "count", label: count, color: "blue.8" }]} horizontal />
        <ChartCard
          title={t("overview.enrolments")}
          data={data.modules.map((m) => ({ module: titleIn(m.title, lang), enrolled: m.enrolled, waitlisted: m.waitlisted }))}
          dataKey="module"
          keyLabel={t("overview.module")}
          series={[
            { name: "enrolled", label: t("enrolments.enrolled"), color: "indigo.7" },
            { name: "waitlisted", label: t("enrolments.waitlisted"), color: "orange.8" },
          ]}
          horizontal
        />
        <ChartCard
          kind="line"
          title={t("overview.attendance")}
          data={data.attendance.filter((s) => !s.cancelled).map((s) => ({ date: formatDate(s.startsAt, lang), coming: s.coming, notComing: s.notComing }))}
          dataKey="date"
          keyLabel={t("calendar.date")}
          series={[
            { name: "coming", label: t("overview.coming"), color: "green.8" },
            { name: "notComing", label: t("overview.notComing"), color: "red.8" },
          ]}
        />
      </SimpleGrid>
    </>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Card withBorder>
      <Group justify="space-between">
        <Text size="sm">{label}</Text>
        <Text fw={700} size="xl">
          {value}
        </Text>
      </Group>
    </Card>
  );
}
