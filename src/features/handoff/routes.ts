import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { FastifyReply } from "fastify";
import { Type } from "typebox";
import type { Db } from "../../db/client.js";
import { BadRequest, errorResponse, IdParams, MAX_ID, NotFound , HumanText } from "../../http/schemas.js";
import { createI18n } from "../../i18n/i18n.js";
import { findParticipant } from "../../participants/repository.js";
import {
  claimEscalation,
  closeEscalation,
  findEscalation,
  listEscalations,
  reassignEscalation,
  replyToParticipant,
  transcript,
  type ActionError,
  type Escalation,
} from "./escalations.js";
import type { Relay } from "./relay.js";
import { surveySummary } from "./summary.js";
import { findStaff } from "./staff.js";

const EscalationView = Type.Object({
  id: Type.Integer(),
  participantId: Type.Union([Type.Integer(), Type.Null()]),
  status: Type.String(),
  source: Type.String(),
  locale: Type.Union([Type.String(), Type.Null()]),
  counsellorId: Type.Union([Type.Integer(), Type.Null()]),
  counsellor: Type.Union([Type.String(), Type.Null()]),
  openedAt: Type.String({ format: "date-time" }),
  claimedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
  closedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
  closedBy: Type.Union([Type.String(), Type.Null()], { description: "participant, counsellor or erasure" }),
  closedByStaffId: Type.Union([Type.Integer(), Type.Null()], { description: "the staff member who closed it" }),
  waitingSeconds: Type.Integer({ description: "from opening to claiming, or to now while open" }),
  participantUnreachable: Type.Boolean(),
  urgent: Type.Boolean({ description: "words of danger, violence or self-harm, or the participant's \"I am not safe\" button: listed first" }),
  urgentAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
});

const MessageView = Type.Object({
  id: Type.Integer(),
  direction: Type.Union([Type.Literal("in"), Type.Literal("out")]),
  counsellor: Type.Union([Type.String(), Type.Null()]),
  text: Type.Union([Type.String(), Type.Null()]),
  fileKind: Type.Union([Type.String(), Type.Null()]),
  fileId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Union([
    Type.Object({ kind: Type.Literal("location"), latitude: Type.Number(), longitude: Type.Number(), mapUrl: Type.String() }),
    Type.Object({ kind: Type.Literal("contact"), name: Type.String(), phoneNumber: Type.String() }),
    Type.Null(),
  ], { description: "A shared location (coordinates and a map link) or contact (name and phone number)" }),
  delivery: Type.String(),
  createdAt: Type.String({ format: "date-time" }),
});

const STATUS: Record<ActionError, { code: number; message: string }> = {
  "not-found": { code: 404, message: "no such escalation" },
  closed: { code: 409, message: "the escalation is closed" },
  "already-claimed": { code: 409, message: "another counsellor claimed it first" },
  "not-yours": { code: 403, message: "the escalation is assigned to another counsellor" },
  "not-claimed": { code: 403, message: "claim the escalation first: only the counsellor who claimed it (or an admin) closes it" },
  unreachable: { code: 409, message: "the participant has blocked the bot; the reply was not delivered" },
  "delivery-failed": { code: 502, message: "Telegram did not take the reply; try again" },
  "no-such-counsellor": { code: 400, message: "body/counsellorId: no such active counsellor (the environment's ADMIN_TOKEN cannot claim; use a staff token)" },
};

function fail(reply: FastifyReply, error: ActionError) {
  const { code, message } = STATUS[error];
  const name = code === 404 ? "Not Found" : code === 403 ? "Forbidden" : code === 400 ? "Bad Request" : code === 502 ? "Bad Gateway" : "Conflict";
  return reply.status(code).send({ error: name, message });
}

const NotYours = errorResponse("The escalation is another counsellor's (an admin's token may act on any)");
const Closed = errorResponse("The escalation is closed");
/** What each route can answer besides 200; 401 and 429 are added to every /api route in create-server.ts. */
const errors = {
  list: { 400: BadRequest },
  read: { 400: BadRequest, 403: NotYours, 404: NotFound },
  claim: { 400: errorResponse("A malformed id, or the environment's ADMIN_TOKEN tried to claim (use a staff token)"), 404: NotFound, 409: errorResponse("Another counsellor claimed it first, or it is closed") },
  reply: {
    400: BadRequest,
    403: NotYours,
    404: NotFound,
    409: errorResponse("The escalation is closed, or the participant blocked the bot (the reply was not delivered)"),
    502: errorResponse("Telegram did not take the reply, or no connection to Telegram is configured: try again"),
  },
  close: { 400: BadRequest, 403: errorResponse("The escalation is another counsellor's, or nobody claimed it yet (only the counsellor who claimed it, or an admin, closes it)"), 404: NotFound, 409: Closed },
  reassign: { 400: errorResponse("No such active counsellor, or a malformed body"), 403: NotYours, 404: NotFound, 409: Closed },
} as const;

/** The counsellors' side of the handoff: queue, claim, transcript, reply, close, reassign. */
export const escalationRoutes: FastifyPluginAsyncTypebox<{ db: Db; relay?: Relay; clock?: () => Date; counsellorsSeeAll?: boolean }> = async (
  app,
  { db, relay, clock = () => new Date(), counsellorsSeeAll = false },
) => {
  const i18n = createI18n();
  const common = { tags: ["handoff"], security: [{ bearer: [] }] };
  const view = (e: Escalation & { locale?: string | null; counsellor?: string | null }) => ({
    id: e.id,
    participantId: e.participantId,
    status: e.status,
    source: e.source,
    locale: e.locale ?? null,
    counsellorId: e.counsellorId,
    counsellor: e.counsellor ?? null,
    openedAt: e.openedAt.toISOString(),
    claimedAt: e.claimedAt?.toISOString() ?? null,
    closedAt: e.closedAt?.toISOString() ?? null,
    closedBy: e.closedBy,
    closedByStaffId: e.closedByStaffId,
    waitingSeconds: Math.max(0, Math.round(((e.claimedAt ?? clock()).getTime() - e.openedAt.getTime()) / 1000)),
    participantUnreachable: e.participantUnreachable,
    urgent: e.urgent,
    urgentAt: e.urgentAt?.toISOString() ?? null,
  });

  app.get(
    "/escalations",
    {
      config: { audit: "escalation.list" },
      schema: {
        ...common,
        operationId: "listEscalations", summary: "The queue: escalations by state, urgent ones first, then oldest first, with waiting time",
        querystring: Type.Object({ state: Type.Union([Type.Literal("open"), Type.Literal("claimed"), Type.Literal("closed"), Type.Literal("live")], { default: "live" }) }),
        response: { 200: Type.Object({ items: Type.Array(EscalationView) }), ...errors.list },
      },
    },
    async (request) => {
      const state = request.query.state;
      const states = state === "live" ? (["open", "claimed"] as const) : ([state] as const);
      const items = await listEscalations(db, states);
      request.audit.participantIds = items.flatMap((e) => (e.participantId === null ? [] : [e.participantId]));
      return { items: items.map(view) };
    },
  );

  app.get(
    "/escalations/:id",
    {
      config: { audit: "escalation.read" },
      schema: {
        ...common,
        operationId: "getEscalation", summary: "An escalation with its transcript and the participant's survey summary (in Finnish)",
        params: IdParams,
        querystring: Type.Object({ after: Type.Integer({ minimum: 0, maximum: MAX_ID, default: 0, description: "only messages with a larger id (for polling)" }) }),
        response: {
          200: Type.Object({
            escalation: EscalationView,
            messages: Type.Array(MessageView),
            survey: Type.Object({
              locale: Type.Union([Type.String(), Type.Null()]),
              flags: Type.Array(Type.String()),
              answers: Type.Array(Type.Object({ questionId: Type.String(), question: Type.String(), answer: Type.String() })),
            }),
          }),
          ...errors.read,
        },
      },
    },
    async (request, reply) => {
      const escalation = await findEscalation(db, request.params.id);
      if (!escalation) return fail(reply, "not-found");
      request.audit.participantId = escalation.participantId;
      // A counsellor reads a participant's answers and transcript only in a chat that is
      // theirs, or still unclaimed (to decide to take it), unless the project lets all see all.
      const who = request.principal;
      if (who.role !== "admin" && !counsellorsSeeAll && escalation.status !== "open" && escalation.counsellorId !== who.staffId) return fail(reply, "not-yours");
      const survey = await surveySummary(db, escalation.participantId);
      return {
        escalation: view({ ...escalation, locale: survey.locale }),
        messages: (await transcript(db, escalation.id, request.query.after)).map((m) => ({
          id: m.id,
          direction: m.direction,
          counsellor: m.counsellor,
          text: m.text,
          fileKind: m.fileKind,
          fileId: m.fileId,
          details: m.details,
          delivery: m.delivery,
          createdAt: m.createdAt.toISOString(),
        })),
        survey,
      };
    },
  );

  app.post(
    "/escalations/:id/claim",
    { config: { audit: "escalation.claim" }, schema: { ...common, operationId: "claimEscalation", summary: "Take an open escalation (409 if someone was first)", params: IdParams, response: { 200: EscalationView, ...errors.claim } } },
    async (request, reply) => {
      const result = await claimEscalation(db, request.params.id, request.principal);
      request.audit.participantId = result.ok ? result.escalation.participantId : ((await findEscalation(db, request.params.id))?.participantId ?? null);
      return result.ok ? view({ ...result.escalation, counsellor: request.principal.displayName }) : fail(reply, result.error);
    },
  );

  app.post(
    "/escalations/:id/reply",
    {
      config: { audit: "escalation.reply" },
      schema: {
        ...common,
        operationId: "replyToEscalation", summary: "Reply to the participant; it reaches them signed with your name",
        params: IdParams,
        body: Type.Object({ text: HumanText(3500) }, { additionalProperties: false }),
        response: { 201: MessageView, ...errors.reply },
      },
    },
    async (request, reply) => {
      if (!relay) return reply.status(502).send({ error: "Bad Gateway", message: "no connection to Telegram is configured" });
      request.audit.participantId = (await findEscalation(db, request.params.id))?.participantId ?? null;
      const result = await replyToParticipant(db, relay, request.params.id, request.principal, request.body.text.trim() || request.body.text);
      if (!result.ok) return fail(reply, result.error);
      const m = result.message;
      return reply.status(201).send({ id: m.id, direction: m.direction, counsellor: request.principal.displayName, text: m.text, fileKind: null, fileId: null, details: null, delivery: m.delivery, createdAt: m.createdAt.toISOString() });
    },
  );

  app.post(
    "/escalations/:id/close",
    {
      config: { audit: "escalation.close" },
      schema: {
        ...common,
        operationId: "closeEscalation",
        summary: "Close the escalation; the bot takes the chat back. Only the counsellor who claimed it, or an admin; the closer is recorded",
        params: IdParams,
        body: Type.Object({ note: Type.Optional(HumanText(2000)) }, { additionalProperties: false }),
        response: { 200: EscalationView, ...errors.close },
      },
      // A close needs no body; treat a missing one as {}.
      preValidation: async (request) => {
        if (request.body === undefined || request.body === null) request.body = {};
      },
    },
    async (request, reply) => {
      request.audit.participantId = (await findEscalation(db, request.params.id))?.participantId ?? null;
      const result = await closeEscalation(db, request.params.id, { kind: "counsellor", who: request.principal, note: request.body.note });
      if (!result.ok) return fail(reply, result.error);
      if (relay && result.escalation.participantId) {
        const participant = await findParticipant(db, result.escalation.participantId);
        if (participant) await relay.send(participant.chatId, i18n.t(participant.locale ?? "en", "handoff-closed-by-counsellor"));
      }
      return view(result.escalation);
    },
  );

  app.post(
    "/escalations/:id/reassign",
    {
      config: { audit: "escalation.reassign" },
      schema: {
        ...common,
        operationId: "reassignEscalation", summary: "Give the escalation to another counsellor",
        params: IdParams,
        body: Type.Object({ counsellorId: Type.Integer({ minimum: 1, maximum: MAX_ID }) }, { additionalProperties: false }),
        response: { 200: EscalationView, ...errors.reassign },
      },
    },
    async (request, reply) => {
      request.audit.participantId = (await findEscalation(db, request.params.id))?.participantId ?? null;
      request.audit.details = { counsellorId: request.body.counsellorId };
      const result = await reassignEscalation(db, request.params.id, request.principal, request.body.counsellorId);
      if (!result.ok) return fail(reply, result.error);
      return view({ ...result.escalation, counsellor: (await findStaff(db, request.body.counsellorId))?.displayName ?? null });
    },
  );
};
