import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../../db/client.js";
import { sendCsv, wantsCsv } from "../../http/csv.js";
import { errorResponses, IdParams } from "../../http/schemas.js";
import { findSession } from "../modules/catalogue.js";
import { sessionAttendance } from "./attendance.js";
import { cancelSessionAndQueueNotices, sessionReminders } from "./repository.js";

const FormatQuery = Type.Object({ format: Type.Optional(Type.Union([Type.Literal("json"), Type.Literal("csv")])) });
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Coordinators see what was sent and who answered, and cancel a session. */
export const reminderRoutes: FastifyPluginAsyncTypebox<{ db: Db; clock?: () => Date }> = async (app, { db, clock = () => new Date() }) => {
  const common = { tags: ["reminders"], security: [{ bearer: [] }] };

  app.get(
    "/sessions/:id/reminders",
    {
      schema: {
        ...common,
        operationId: "listSessionReminders", summary: "Reminders of a session and their states",
        params: IdParams,
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.Integer(),
                participantId: Type.Integer(),
                kind: Type.String(),
                status: Type.String(),
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
      if (!(await findSession(db, request.params.id))) return reply.status(404).send({ error: "Not Found", message: `no session with id ${request.params.id}` });
      const rows = await sessionReminders(db, request.params.id);
      return {
        items: rows.map((r) => ({
          id: r.id,
          participantId: r.participantId,
          kind: r.kind,
          status: r.status,
          plannedAt: r.plannedAt.toISOString(),
          sentAt: iso(r.sentAt),
          attempts: r.attempts,
          note: r.note,
        })),
      };
    },
  );

  app.get(
    "/sessions/:id/attendance",
    {
      schema: {
        ...common,
        operationId: "getSessionAttendance", summary: "Who said they are coming, with how many children. JSON, or CSV with `Accept: text/csv` or `?format=csv`.",
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
      const items = rows.map((r) => ({ participantId: r.participantId, response: r.response, children: r.children, respondedAt: r.respondedAt.toISOString() }));
      if (wantsCsv(request)) {
        return sendCsv(reply, `session-${session.id}-attendance.csv`, ["participant", "response", "children", "responded_at"], items.map((i) => [i.participantId, i.response, i.children ?? "", i.respondedAt]));
      }
      return { coming: items.filter((i) => i.response === "coming").length, notComing: items.filter((i) => i.response === "not_coming").length, items };
    },
  );

  app.post(
    "/sessions/:id/cancel",
    {
      schema: {
        ...common,
        operationId: "cancelSession", summary: "Cancel a session and tell every enrolled participant once, in their language",
        params: IdParams,
        response: { 200: Type.Object({ sessionId: Type.Integer(), noticesQueued: Type.Integer() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await cancelSessionAndQueueNotices(db, request.params.id, clock());
      if (!result.found) return reply.status(404).send({ error: "Not Found", message: `no session with id ${request.params.id}` });
      return { sessionId: request.params.id, noticesQueued: result.queued };
    },
  );
};
