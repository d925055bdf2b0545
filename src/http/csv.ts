import { stringify } from "csv-stringify/sync";
import type { FastifyReply, FastifyRequest } from "fastify";

/** CSV for the lists coordinators print: `Accept: text/csv` or `?format=csv`. */
export function wantsCsv(request: FastifyRequest): boolean {
  const format = (request.query as { format?: string } | undefined)?.format;
  if (format) return format === "csv";
  return /\btext\/csv\b/.test(request.headers.accept ?? "");
}

export function sendCsv(reply: FastifyReply, filename: string, columns: string[], rows: unknown[][]): FastifyReply {
  // A byte-order mark makes Excel, which coordinators open these in, read UTF-8 names right.
  const body = `\uFEFF${stringify([columns, ...rows])}`;
  return reply
    .header("content-type", "text/csv; charset=utf-8")
    .header("content-disposition", `attachment; filename="${filename}"`)
    .send(body);
}
