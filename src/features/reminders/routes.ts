import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../../db/client.js";
import { sendCsv, wantsCsv } from "../../http/csv.js";
import { errorResponses, IdParams } from "../../http/schemas.js";
import { findSession } from "../modules/catalogue.js";
import { sessionAttendance } from "./attendance.js";
import { DEFAULT_POLICY, reminderKey, upcomingReminders, type ReminderPolicy } from "./planner.js";
import { sessionRecipients, sessionReminders } from "./repository.js";

const FormatQuery = Type.Object({ format: Type.Optional(Type.Union([Type.Literal("json"), Type.Literal("csv")])) });
const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * Coordinators see what was sent, what is planned and who answered. (Sessions are changed
 * and cancelled through the calendar's routes, modules/routes.ts.)
 */
export const reminderRoutes: FastifyPluginAsyncTypebox<{ db: Db; clock?: () => Date; policy?: ReminderPolicy }> = async (
  app,
  { db, clock = () => new Date(), policy = DEFAULT_POLICY },
) => {
  const common = { tags: ["reminders"], security: [{ bearer: [] }] };

  app.get(
    "/sessions/:id/reminders",
    {
      config: { audit: "session.reminders" },
      schema: {
        ...common,
        operationId: "listSessionReminders",
        summary:
          "Reminders and change notices of a session: those sent, waiting or skipped (with the session version and start time each was for), then those still planned for the session's current time (status `planned`, no id)",
        params: IdParams,
        response: {
          200: Type.Object({
            sessionId: Type.Integer(),
            sessionVersion: Type.Integer(),
            startsAt: Type.String({ format: "date-time" }),
            cancelled: Type.Boolean(),
            items: Type.Array(
              Type.Object({
                id: Type.Union([Type.Integer(), Type.Null()]),
                participantId: Type.Integer(),
                kind: Type.String(),
                status: Type.String(),
                sessionVersion: Type.Integer(),
                startsAt: Type.String({ format: "date-time", description: "the meeting's start time this message names" }),
                plannedAt: Type.String({ format: "date-time" }),
                sentAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
                attempts: Type.Integer(),
                note: Type.Union([Type.String(), Type.Null()]),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const session = await findSession(db, request.params.id);
      if (!session) return reply.status(404).send({ error: "Not Found", message: `no session with id ${request.params.id}` });
      const rows = await sessionReminders(db, session.id);
      const planned = session.cancelledAt
        ? []
        : (await sessionRecipients(db, session.id))
            .flatMap((r) => upcomingReminders(r, new Set(r.recorded.map((kind) => reminderKey({ ...r, kind }))), clock(), policy))
            .sort((a, b) => a.plannedAt.getTime() - b.plannedAt.getTime() || a.participantId - b.participantId);
      request.audit.participantIds = [...new Set([...rows.map((r) => r.participantId), ...planned.map((p) => p.participantId)])];
      return {
        sessionId: session.id,
        sessionVersion: session.version,
        startsAt: session.startsAt.toISOString(),
        cancelled: session.cancelledAt !== null,
        items: [
          ...rows.map((r) => ({
            id: r.id,
            participantId: r.participantId,
            kind: r.kind,
            status: r.status,
            sessionVersion: r.sessionVersion,
            startsAt: r.sessionStartsAt.toISOString(),
            plannedAt: r.plannedAt.toISOString(),
            sentAt: iso(r.sentAt),
            attempts: r.attempts,
            note: r.note,
          })),
          ...planned.map((p) => ({
            id: null,
            participantId: p.participantId,
            kind: p.kind,
            status: "planned",
            sessionVersion: session.version,
            startsAt: session.startsAt.toISOString(),
            plannedAt: p.plannedAt.toISOString(),
            sentAt: null,
            attempts: 0,
            note: null,
          })),
        ],
      };
    },
  );

  app.get(
    "/sessions/:id/attendance",
    {
      config: { audit: "session.attendance" },
      schema: {
        ...common,
        operationId: "getSessionAttendance",
        summary:
          "Who said they are coming, with how many children. Answers given for an earlier time of a moved meeting are listed with `current: false` and not counted. JSON, or CSV with `Accept: text/csv` or `?format=csv`.",
        params: IdParams,
        querystring: FormatQuery,
        produces: ["application/json", "text/csv"],
        response: {
          200: Type.Object({
            coming: Type.Integer(),
            notComing: Type.Integer(),
            items: Type.Array(
              Type.Object({
                participantId: Type.Integer(),
                response: Type.String(),
                children: Type.Union([Type.Integer(), Type.Null()]),
                respondedAt: Type.String({ format: "date-time" }),
                forStartsAt: Type.String({ format: "date-time", description: "the meeting's start time the answer was given for" }),
                current: Type.Boolean({ description: "given for the meeting's current time: only these count" }),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const session = await findSession(db, request.params.id);
      if (!session) return reply.status(404).send({ error: "Not Found", message: `no session with id ${request.params.id}` });
      const rows = await sessionAttendance(db, session.id);
      const items = rows.map((r) => ({
        participantId: r.participantId,
        response: r.response,
        children: r.children,
        respondedAt: r.respondedAt.toISOString(),
        forStartsAt: r.forStartsAt.toISOString(),
        current: r.forStartsAt.getTime() === session.startsAt.getTime(),
      }));
      request.audit.participantIds = items.map((i) => i.participantId);
      request.audit.details = { format: wantsCsv(request) ? "csv" : "json" };
      if (wantsCsv(request)) {
        return sendCsv(
          reply,
          `session-${session.id}-attendance.csv`,
          ["participant", "response", "children", "responded_at", "for_starts_at", "current"],
          items.map((i) => [i.participantId, i.response, i.children ?? "", i.respondedAt, i.forStartsAt, i.current ? "yes" : "no"]),
        );
      }
      const counted = items.filter((i) => i.current);
      return { coming: counted.filter((i) => i.response === "coming").length, notComing: counted.filter((i) => i.response === "not_coming").length, items };
    },
  );
};
