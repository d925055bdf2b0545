import { Card, SimpleGrid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { paths } from "../api/schema";
import { ChartCard } from "./charts";
import { reportGroupKey, type ReportSection } from "./report-groups";

type Summary = paths["/api/reports/summary"]["get"]["responses"][200]["content"]["application/json"];
type Cell = { group: string; count: number | null };

/**
 * The report's plan, referral and follow-up figures (issue 16): participants with a plan,
 * steps done, referrals by status, and how people followed up changed since the first
 * assessment. As in the rest of the report, a number the server withheld (null: too few
 * people) is neither given nor drawn.
 */
export function PlanReport({ data }: { data: Summary }) {
  const { t } = useTranslation();
  const shown = (n: number | null) => (n === null ? t("reports.small") : String(n));
  const cells = (section: ReportSection, rows: Cell[]) =>
    rows.filter((r) => r.count !== null).map((r) => ({ group: r.group === "suppressed" ? t("reports.smallGroups") : t(reportGroupKey(section, r.group), { defaultValue: r.group }), count: r.count }));
  return (
    <section aria-labelledby="plan-report">
      <Title order={2} size="h3" mb="sm" id="plan-report">
        {t("planReport.title")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
        {(
          [
            ["participantsWithPlan", data.participantsWithPlan],
            ["stepsDone", data.stepsDone],
            ["followedUp", data.followedUp],
          ] as const
        ).map(([key, value]) => (
          <Card withBorder key={key} padding="sm">
            <Text size="sm">{t(`planReport.${key}`)}</Text>
            <Text fw={700} size="xl">
              {shown(value)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {(["referralsByStatus", "finnishChange", "situationChange", "goalsReached"] as const).map((key) => (
          <ChartCard key={key} title={t(`planReport.${key}`)} data={cells(key, data[key])} dataKey="group" keyLabel={t("reports.group")} series={[{ name: "count", label: t("overview.count"), color: "indigo.7" }]} horizontal />
        ))}
      </SimpleGrid>
    </section>
  );
}
