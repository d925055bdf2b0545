import { Anchor, Card, Group, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, must } from "../api/client";
import { helsinkiParts } from "../time";
import { useLoad } from "../use-load";
import { ChartCard } from "./charts";
import { Loading, useModuleTitles } from "./common";
import { reportGroupKey } from "./report-groups";

const BREAKDOWNS = ["byRegion", "byLanguage", "byGender", "byAgeGroup", "bySituationAtEntry", "modulesJoined"] as const;
import { PlanReport } from "./PlanReport";

/**
 * The funders' summary (GET /api/reports/summary). The server already applies the
 * small-cell rules: a group that could single someone out comes as null and is neither
 * drawn nor given a number, in the charts as in the tables.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const year = helsinkiParts(new Date()).date.slice(0, 4);
  const [from, setFrom] = useState(`${year}-01`);
  const [to, setTo] = useState(`${Number(year) + 1}-01`);
  const query = { from: `${from}-01`, to: `${to}-01` };
  const valid = /^\d{4}-\d{2}$/.test(from) && /^\d{4}-\d{2}$/.test(to) && from < to;
  const { data, error, loading } = useLoad(async () => (valid ? must(api.GET("/api/reports/summary", { params: { query } })) : undefined), [from, to]);
  const shown = (n: number | null) => (n === null ? t("reports.small") : String(n));
  const modules = useModuleTitles();
  // A group's name: a module's title for modules joined, else the survey option's name (report-groups.ts).
  const name = (section: (typeof BREAKDOWNS)[number], group: string) =>
    group === "suppressed" ? t("reports.smallGroups") : section === "modulesJoined" ? (modules.byCode(group) ?? group) : t(reportGroupKey(section, group), { defaultValue: group });
  const cells = (section: (typeof BREAKDOWNS)[number], rows: { group: string; count: number | null }[]) =>
    rows.filter((r) => r.count !== null).map((r) => ({ group: name(section, r.group), count: r.count }));
  return (
    <Stack>
      <Group align="flex-end">
        <TextInput type="month" label={t("reports.from")} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="month" label={t("reports.to")} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        {valid && <Anchor href={`/api/reports/summary?from=${query.from}&to=${query.to}&format=csv`}>{t("common.csv")}</Anchor>}
      </Group>
      <Text size="sm">{t("reports.smallCellRule")}</Text>
      <Loading loading={loading} error={error} />
      {data && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {(
              [
                ["participants", data.participants],
                ["sessionsAttended", data.sessionsAttended],
                ["childSessions", data.childSessions],
                ["escalationsHandled", data.escalationsHandled],
                ["erasedOnRequest", data.erasedOnRequest],
              ] as const
            ).map(([key, value]) => (
              <Card withBorder key={key} padding="sm">
                <Text size="sm">{t(`reports.${key}`)}</Text>
                <Text fw={700} size="xl">
                  {shown(value)}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {BREAKDOWNS.map((key) => (
              <ChartCard key={key} title={t(`reports.${key}`)} data={cells(key, data[key])} dataKey="group" keyLabel={t("reports.group")} series={[{ name: "count", label: t("overview.count"), color: "indigo.7" }]} horizontal />
            ))}
          </SimpleGrid>
          <PlanReport data={data} />
        </>
      )}
    </Stack>
  );
}
