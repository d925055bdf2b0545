import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { lt, sql } from "drizzle-orm";
import { Type } from "typebox";
import type { Db } from "../../db/client.js";
import { inboundReplays } from "../../db/schema.js";
import { secretsEqual } from "../../http/auth.js";
import type { FailedAuthLimiter } from "../../http/failed-auth.js";
import { errorResponse, MAX_ID , HumanText } from "../../http/schemas.js";
import { claimEscalation, closeEscalation, findEscalation, replyToParticipant, type ActionError } from "./escalations.js";
import type { Relay } from "./relay.js";
import { findStaff, type Principal } from "./staff.js";
import { signPayload } from "./webhooks.js";

const MAX_SKEW_SECONDS = 300;
/** Signatures and event ids are remembered this long: longer than any timestamp is accepted. */
const REPLAY_WINDOW_SECONDS = 2 * MAX_SKEW_SECONDS;

declare module "fastify" {
  interface FastifyRequest {
    /** The replay keys this request took, given back if it fails on our side (5xx). */
    replayKeys?: string[];
  }
}

/**
 * A helpdesk that pushes its agents' actions: the same reply, claim and close as the
 * API, authenticated by an HMAC-SHA256 signature over "<timestamp>.<raw body>" (the
 * scheme of our outgoing webhooks) instead of a bearer token.
 *
 * - A timestamp more than five minutes off is refused, and so is a signature or an event
 *   id (X-Event-Id) seen in the last ten minutes: a captured request cannot be replayed.
 * - The helpdesk acts as the named counsellor, with a counsellor's rights only (even when
 *   the account is an admin's): it claims open chats, replies to and closes the chats that
 *   counsellor claimed. A disabled account cannot act.
 * - Every request, refused ones included, is in the audit log as "helpdesk.<action>".
 */
export const inboundRoutes: FastifyPluginAsyncTypebox<{ db: Db; relay?: Relay; secret: string; failedAuth?: FailedAuthLimiter }> = async (app, { db, relay, secret, failedAuth }) => {
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
      config: { audit: "helpdesk" },
      schema: {
        tags: ["handoff"],
        security: [{ helpdeskSignature: [] }],
        operationId: "receiveHelpdeskEvent",
        summary: "Signed actions from a helpdesk (headers x-signature-timestamp, x-signature: sha256=<hex>, optional x-event-id); each is accepted once",
        body: Type.Object(
          {
            action: Type.Union([Type.Literal("reply"), Type.Literal("claim"), Type.Literal("close")]),
            escalationId: Type.Integer({ minimum: 1, maximum: MAX_ID }),
            counsellorId: Type.Integer({ minimum: 1, maximum: MAX_ID }),
            text: Type.Optional(HumanText(3500)),
            note: Type.Optional(HumanText(2000)),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ ok: Type.Boolean() }),
          400: errorResponse("Malformed body, no such active staff member, or a reply without text"),
          401: errorResponse("Missing, stale (over 5 minutes) or wrong signature"),
          403: errorResponse("The escalation is another counsellor's, or the counsellor has not claimed it (to close it)"),
          404: errorResponse("No such escalation"),
          409: errorResponse("This request (its signature or event id) was received already; claimed by someone else first, closed, or the participant blocked the bot"),
          429: errorResponse("Too many failed signatures from this address: try again after the Retry-After header's seconds"),
          502: errorResponse("Telegram did not take the reply, or no connection to Telegram is configured"),
        },
      },
      preValidation: async (request, reply) => {
        if (failedAuth?.refuseIfBlocked(request, reply)) return reply;
        const timestamp = Number(request.headers["x-signature-timestamp"]);
        const signature = String(request.headers["x-signature"] ?? "");
        const raw = (request as unknown as { rawBody?: string }).rawBody ?? "";
        const fresh = Number.isFinite(timestamp) && Math.abs(Date.now() / 1000 - timestamp) <= MAX_SKEW_SECONDS;
        if (!fresh || !secretsEqual(signature, `sha256=${signPayload(secret, timestamp, raw)}`)) {
          failedAuth?.recordFailure(request.ip);
          return reply.status(401).send({ error: "Unauthorized", message: "missing, stale or wrong signature" });
        }
        // Only a correctly signed request is remembered, so nobody else can fill the table.
        const eventId = request.headers["x-event-id"];
        const keys = [`signature:${signature}`, ...(typeof eventId === "string" && eventId !== "" ? [`event:${eventId.slice(0, 200)}`] : [])];
        await db.delete(inboundReplays).where(lt(inboundReplays.seenAt, sql`now() - make_interval(secs => ${REPLAY_WINDOW_SECONDS})`));
        const taken = await db.insert(inboundReplays).values(keys.map((key) => ({ key }))).onConflictDoNothing().returning({ key: inboundReplays.key });
        if (taken.length < keys.length) {
          return reply.status(409).send({ error: "Conflict", message: "this request (its signature or event id) was received already" });
        }
        request.replayKeys = keys;
      },
      // A request that failed on our side may be sent again with the same signature.
      onResponse: async (request, reply) => {
        if (reply.statusCode >= 500 && request.replayKeys) {
          for (const key of request.replayKeys) await db.delete(inboundReplays).where(sql`${inboundReplays.key} = ${key}`);
        }
      },
    },
    async (request, reply) => {
      const { action, escalationId, counsellorId, text, note } = request.body;
      request.audit.action = `helpdesk.${action}`;
      request.audit.details = { escalationId, counsellorId };
      const member = await findStaff(db, counsellorId);
      if (!member || member.disabledAt) return reply.status(400).send({ error: "Bad Request", message: `body/counsellorId: no active staff member ${counsellorId}` });
      // A counsellor's rights, whatever the account's role: a leaked helpdesk secret must
      // not open an admin's powers.
      const who: Principal = { staffId: member.id, role: "counsellor", displayName: member.displayName, tokenId: null };
      request.principal = { ...who, displayName: `${member.displayName} (helpdesk)` };
      request.audit.participantId = (await findEscalation(db, escalationId))?.participantId ?? null;
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
      const code = error === "not-found" ? 404 : error === "not-yours" || error === "not-claimed" ? 403 : error === "delivery-failed" ? 502 : 409;
      return reply.status(code).send({ error: code === 404 ? "Not Found" : code === 403 ? "Forbidden" : code === 502 ? "Bad Gateway" : "Conflict", message: error });
    },
  );
};
