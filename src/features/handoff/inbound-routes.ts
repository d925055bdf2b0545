import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../../db/client.js";
import { secretsEqual } from "../../http/auth.js";
import { errorResponse, MAX_ID } from "../../http/schemas.js";
import { claimEscalation, closeEscalation, replyToParticipant, type ActionError } from "./escalations.js";
import type { Relay } from "./relay.js";
import { findStaff, type Principal } from "./staff.js";
import { signPayload } from "./webhooks.js";

const MAX_SKEW_SECONDS = 300;

/**
 * A helpdesk that pushes its agents' actions: the same reply, claim and close as the
 * API, authenticated by an HMAC-SHA256 signature over "<timestamp>.<raw body>" (the
 * scheme of our outgoing webhooks) instead of a bearer token. A timestamp more than five
 * minutes off is refused, so a captured request cannot be replayed later.
 */
export const inboundRoutes: FastifyPluginAsyncTypebox<{ db: Db; relay?: Relay; secret: string }> = async (app, { db, relay, secret }) => {
  // The signature is over the exact bytes received, so keep them.
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    (request as unknown as { rawBody: string }).rawBody = body as string;
    try {
      done(null, JSON.parse(body as string));
    } catch {
      const error = new Error("body is not valid JSON") as Error & { statusCode: number };
      error.statusCode = 400;
      done(error, undefined);
    }
  });

  app.post(
    "/inbound/helpdesk",
    {
      schema: {
        tags: ["handoff"],
        security: [{ helpdeskSignature: [] }],
        operationId: "receiveHelpdeskEvent", summary: "Signed actions from a helpdesk (headers x-signature-timestamp and x-signature: sha256=<hex>)",
        body: Type.Object(
          {
            action: Type.Union([Type.Literal("reply"), Type.Literal("claim"), Type.Literal("close")]),
            escalationId: Type.Integer({ minimum: 1, maximum: MAX_ID }),
            counsellorId: Type.Integer({ minimum: 1, maximum: MAX_ID }),
            text: Type.Optional(Type.String({ minLength: 1, maxLength: 3500 })),
            note: Type.Optional(Type.String({ maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ ok: Type.Boolean() }),
          400: errorResponse("Malformed body, no such active staff member, or a reply without text"),
          401: errorResponse("Missing, stale (over 5 minutes) or wrong signature"),
          403: errorResponse("The escalation is another counsellor's"),
          404: errorResponse("No such escalation"),
          409: errorResponse("Claimed by someone else first, closed, or the participant blocked the bot"),
          502: errorResponse("Telegram did not take the reply, or no connection to Telegram is configured"),
        },
      },
      preValidation: async (request, reply) => {
        const timestamp = Number(request.headers["x-signature-timestamp"]);
        const signature = String(request.headers["x-signature"] ?? "");
        const raw = (request as unknown as { rawBody?: string }).rawBody ?? "";
        const fresh = Number.isFinite(timestamp) && Math.abs(Date.now() / 1000 - timestamp) <= MAX_SKEW_SECONDS;
        if (!fresh || !secretsEqual(signature, `sha256=${signPayload(secret, timestamp, raw)}`)) {
          return reply.status(401).send({ error: "Unauthorized", message: "missing, stale or wrong signature" });
        }
      },
    },
    async (request, reply) => {
      const { action, escalationId, counsellorId, text, note } = request.body;
      const member = await findStaff(db, counsellorId);
      if (!member || member.disabledAt) return reply.status(400).send({ error: "Bad Request", message: `body/counsellorId: no active staff member ${counsellorId}` });
      const who: Principal = { staffId: member.id, role: member.role, displayName: member.displayName };
      let error: ActionError | undefined;
      if (action === "claim") {
        const r = await claimEscalation(db, escalationId, who);
        if (!r.ok) error = r.error;
      } else if (action === "close") {
        const r = await closeEscalation(db, escalationId, { kind: "counsellor", who, note });
        if (!r.ok) error = r.error;
      } else {
        if (!text) return reply.status(400).send({ error: "Bad Request", message: "body/text is required for a reply" });
        if (!relay) return reply.status(502).send({ error: "Bad Gateway", message: "no connection to Telegram is configured" });
        const r = await replyToParticipant(db, relay, escalationId, who, text);
        if (!r.ok) error = r.error;
      }
      if (!error) return { ok: true };
      const code = error === "not-found" ? 404 : error === "not-yours" ? 403 : error === "delivery-failed" ? 502 : 409;
      return reply.status(code).send({ error: code === 404 ? "Not Found" : code === 403 ? "Forbidden" : code === 502 ? "Bad Gateway" : "Conflict", message: error });
    },
  );
};
