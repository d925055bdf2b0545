import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../../db/client.js";
import { errorResponses, STAFF_SECURITY } from "../../http/schemas.js";
import { listCalendar, loadOverview } from "./repository.js";

const CountBy = Type.Array(Type.Object({ key: Type.String(), count: Type.Integer() }));
const Window = Type.Object({
  from: Type.Optional(Type.String({ format: "date-time", description: "start of the window (default: 8 weeks ago for the overview, now for the calendar)" })),
  to: Type.Optional(Type.String({ format: "date-time", description: "end of the window (default: 8 weeks after from)" })),
});
const DAY = 86_400_000;

function windowOf(query: { from?: string; to?: string }, now: Date, back: number) {
  const from = query.from ? new Date(query.from) : new Date(now.getTime() - back * DAY);
  const to = query.to ? new Date(query.to) : new Date(from.getTime() + 56 * DAY);
  return { from, to };
}

/** The web app's overview figures and calendar (roles in src/http/roles.ts). */
export const overviewRoutes: FastifyPluginAsyncTypebox<{ db: Db; clock?: () => Date }> = async (app, { db, clock = () => new Date() }) => {
  const common = { tags: ["overview"], security: STAFF_SECURITY };
  app.get(
    "/overview",
    {
      schema: {
        ...common,
        operationId: "getOverview",
        summary: "Counts for the coordinators' overview: participants by status, language and region; the survey funnel; enrolments per module; attendance answers per session; chats",
        querystring: Window,
        response: {
          200: Type.Object({
            participantsByStatus: CountBy,
            participantsByLanguage: CountBy,
            participantsByRegion: CountBy,
            surveyFunnel: CountBy,
            modules: Type.Array(
              Type.Object({ id: Type.Integer(), code: Type.String(), title: Type.Record(Type.String(), Type.String()), capacity: Type.Integer(), enrolled: Type.Integer(), waitlisted: Type.Integer() }),
            ),
            attendance: Type.Array(
              Type.Object({ sessionId: Type.Integer(), moduleId: Type.Integer(), startsAt: Type.String({ format: "date-time" }), cancelled: Type.Boolean(), coming: Type.Integer(), notComing: Type.Integer() }),
            ),
            chats: Type.Object({ open: Type.Integer(), claimed: Type.Integer(), waitingOverAnHour: Type.Integer() }),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const now = clock();
      return loadOverview(db, windowOf(request.query, now, 56), now);
    },
  );

  app.get(
    "/sessions",
    {
      schema: {
        ...common,
        tags: ["modules"],
        operationId: "listCalendar",
        summary: "Sessions of every module in a window (the calendar), with places and childcare seats left",
        querystring: Window,
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.Integer(),
                moduleId: Type.Integer(),
                code: Type.String(),
                title: Type.Record(Type.String(), Type.String()),
                startsAt: Type.String({ format: "date-time" }),
                endsAt: Type.String({ format: "date-time" }),
                place: Type.String(),
                cancelled: Type.Boolean(),
                placesLeft: Type.Integer(),
                childcareSeats: Type.Integer(),
                childcareSeatsLeft: Type.Integer(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const window = windowOf(request.query, clock(), 0);
      if (window.to <= window.from) return reply.status(400).send({ error: "Bad Request", message: "querystring/to must be after querystring/from" });
      return { items: await listCalendar(db, window) };
    },
  );
};
