import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Messenger } from "../../bot/messenger.js";
import type { Db } from "../../db/client.js";
import { errorResponses, IdParams } from "../../http/schemas.js";
import { notifyPromoted } from "../modules/notify.js";
import { audit, readAudit } from "./audit.js";
import { eraseParticipant } from "./erasure.js";
import { exportParticipantData } from "./export.js";

/** Admins export or erase a participant's data on their request, and read the audit log. */
export const privacyRoutes: FastifyPluginAsyncTypebox<{ db: Db; messenger?: Messenger; clock?: () => Date }> = async (app, { db, messenger, clock = () => new Date() }) => {
  const common = { tags: ["privacy"], security: [{ bearer: [] }] };

  app.get(
    "/participants/:id/export",
    { schema: { ...common, summary: "Everything kept about a participant (as /mydata gives them)", params: IdParams, response: { 200: Type.Any(), ...errorResponses } } },
    async (request, reply) => {
      const data = await exportParticipantData(db, request.params.id);
      if (!data) return reply.status(404).send({ error: "Not Found", message: `no participant with id ${request.params.id}` });
      await audit(db, request.principal, "participant.export", request.params.id);
      return data;
    },
  );

  app.post(
    "/participants/:id/erase",
    { schema: { ...common, summary: "Erase a participant's personal data on their request", params: IdParams, response: { 200: Type.Object({ erased: Type.Integer() }), ...errorResponses } } },
    async (request, reply) => {
      const { erased, promoted } = await eraseParticipant(db, request.params.id, clock(), "request");
      if (!erased) return reply.status(404).send({ error: "Not Found", message: `no participant with id ${request.params.id}` });
      await audit(db, request.principal, "participant.erase", request.params.id);
      if (messenger) await notifyPromoted(db, messenger, promoted);
      return { erased: request.params.id };
    },
  );

  app.get(
    "/audit",
    {
      schema: {
        ...common,
        summary: "The audit log, newest first",
        querystring: Type.Object({
          participantId: Type.Optional(Type.Integer({ minimum: 1 })),
          before: Type.Optional(Type.Integer({ minimum: 1 })),
          limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
        }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.Integer(),
                at: Type.String({ format: "date-time" }),
                staffId: Type.Union([Type.Integer(), Type.Null()]),
                actor: Type.String(),
                action: Type.String(),
                participantId: Type.Union([Type.Integer(), Type.Null()]),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const rows = await readAudit(db, { participantId: request.query.participantId, beforeId: request.query.before, limit: request.query.limit });
      return { items: rows.map((r) => ({ id: r.id, at: r.at.toISOString(), staffId: r.staffId, actor: r.actor, action: r.action, participantId: r.participantId })) };
    },
  );
};
