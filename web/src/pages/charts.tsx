import { BarChart, LineChart } from "@mantine/charts";
import { Card, Text } from "@mantine/core";
import { useId } from "react";

/**
 * A chart with its title, and the same figures as a table for screen readers (a chart
 * is a picture: the table is what assistive technology reads). The chart itself is
 * hidden from them and takes no keyboard focus (Recharts' own accessibility layer off).
 */
export function ChartCard({
  title,
  data,
  dataKey,
  keyLabel,
  series,
  kind = "bar",
  horizontal = false,
}: {
  title: string;
  data: Record<string, string | number | null>[];
  dataKey: string;
  /** The header of the screen-reader table's first column (what the rows are). */
  keyLabel: string;
  series: { name: string; label: string; color: string }[];
  kind?: "bar" | "line";
  horizontal?: boolean;
}) {
  const id = useId();
  const height = horizontal ? Math.max(160, data.length * 32 + 40) : 220;
  return (
    <Card withBorder component="figure" m={0} aria-labelledby={id}>
      <Text component="figcaption" fw={600} mb="xs" id={id}>
        {title}
      </Text>
      <div aria-hidden="true">
        {data.length === 0 ? (
          <Text c="dimmed" size="sm">
            –
          </Text>
        ) : kind === "line" ? (
          <LineChart h={height} data={data} dataKey={dataKey} series={series} withLegend={series.length > 1} curveType="linear" lineChartProps={{ accessibilityLayer: false }} yAxisProps={{ allowDecimals: false }} />
        ) : (
          <BarChart h={height} data={data} dataKey={dataKey} series={series} orientation={horizontal ? "vertical" : "horizontal"} withLegend={series.length > 1} barChartProps={{ accessibilityLayer: false }}
            {...(horizontal ? { yAxisProps: { width: 150 }, xAxisProps: { allowDecimals: false } } : { yAxisProps: { allowDecimals: false } })}
          />
        )}
      </div>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{keyLabel}</th>
            {series.map((s) => (
              <th scope="col" key={s.name}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((row, i) => (
            <tr key={i}>
              <th scope="row">{String(row[dataKey])}</th>
              {series.map((s) => (
                <td key={s.name}>{row[s.name] ?? "–"}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
