import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { FastifyReply } from "fastify";
import { Type, type Static } from "typebox";
import type { Messenger } from "../../bot/messenger.js";
import type { Db } from "../../db/client.js";
import { BadRequest, errorResponse, IdParams, NotFound , HumanText } from "../../http/schemas.js";

import { findParticipant } from "../../participants/repository.js";
import { actorOf, LocaleCodeSchema } from "../plan/routes.js";
import { composeConsentQuestion } from "./consent.js";
import {

  createPartner,
  createReferral,
  findReferral,
  listPartners,
  listReferrals,
  REFERRAL_SHARED_ITEMS,
  updatePartner,
  updateReferralStatus,
  type Partner,
  type Referral,
  type ReferralError,
} from "./repository.js";
import { SURVEY_REGIONS } from "../survey/regions.js";

const CoordinationOnly = errorResponse("The token is a counsellor's or a childcare organiser's: partners are kept by coordinators and admins");

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: "date-time" });
const REGIONS = [...SURVEY_REGIONS];
const Region = Type.String({ enum: REGIONS, description: `a survey region: ${REGIONS.join(", ")}` });

const PartnerView = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  region: nullable(Type.String({ description: "a survey region; null: every region" })),
  description: Type.String({ description: "what they do" }),
  languages: Type.Array(Type.String(), { description: "languages they serve in (ISO codes)" }),
  contact: Type.String(),
  archived: Type.Boolean(),
  createdAt: DateTime,
  updatedAt: DateTime,
});

const PartnerFields = {
  name: HumanText(200),
  region: nullable(Region),
  description: HumanText(2000),
  languages: Type.Array(Type.String({ pattern: "^[a-z]{2,3}$" }), { maxItems: 30 }),
  contact: HumanText(500),
};

const ReferralStatus = Type.Union(
  [
    Type.Literal("awaiting-consent"),
    Type.Literal("consent-refused"),
    Type.Literal("sent"),
    Type.Literal("accepted"),
    Type.Literal("started"),
    Type.Literal("finished"),
    Type.Literal("declined"),
  ],
  { description: "awaiting-consent → sent (the participant agreed) or consent-refused; sent → accepted or declined; accepted → started or declined; started → finished" },
);
const SharedItem = Type.String({ enum: [...REFERRAL_SHARED_ITEMS], description: "what is shared: " + REFERRAL_SHARED_ITEMS.join(", ") });

const ReferralView = Type.Object({
  id: Type.Integer(),
  participantId: Type.Integer(),
  partnerId: Type.Integer(),
  reason: Type.String(),
  reasonLocale: Type.String(),
  shared: Type.Array(Type.String()),
  status: ReferralStatus,
  createdByStaffId: nullable(Type.Integer()),
  createdAt: DateTime,
  consentAnsweredAt: nullable(DateTime),
  sentAt: nullable(DateTime),
  acceptedAt: nullable(DateTime),
  startedAt: nullable(DateTime),
  finishedAt: nullable(DateTime),
  declinedAt: nullable(DateTime),
});

const partnerView = (p: Partner): Static<typeof PartnerView> => ({
  id: p.id,
  name: p.name,
  region: p.region,
  description: p.description,
  languages: p.languages,
  contact: p.contact,
  archived: p.archivedAt !== null,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
});

const iso = (d: Date | null) => d?.toISOString() ?? null;
const referralView = (r: Referral): Static<typeof ReferralView> => ({
  id: r.id,
  participantId: r.participantId,
  partnerId: r.partnerId,
  reason: r.reason,
  reasonLocale: r.reasonLocale,
  shared: r.shared,
  status: r.status,
  createdByStaffId: r.createdByStaffId,
  createdAt: r.createdAt.toISOString(),
  consentAnsweredAt: iso(r.consentAnsweredAt),
  sentAt: iso(r.sentAt),
  acceptedAt: iso(r.acceptedAt),
  startedAt: iso(r.startedAt),
  finishedAt: iso(r.finishedAt),
  declinedAt: iso(r.declinedAt),
});

const ERRORS: Record<ReferralError, { code: number; message: string }> = {
  "no-participant": { code: 404, message: "no such participant" },
  "no-consent": { code: 409, message: "the participant has not agreed to the privacy notice" },
  "no-partner": { code: 400, message: "body/partnerId: no such partner organisation (or it is archived)" },
  "not-found": { code: 404, message: "no such referral" },
  "not-allowed": { code: 409, message: "the referral cannot move to that status from where it is" },
};

function fail(reply: FastifyReply, error: ReferralError, detail?: string) {
  const { code, message } = ERRORS[error];
  return reply.status(code).send({ error: code === 404 ? "Not Found" : code === 400 ? "Bad Request" : "Conflict", message: detail ? `${message} (${detail})` : message });
}

/**
 * Partner organisations (read by counsellors, coordinators and admins, kept by coordinators and admins) and referrals
 * (counsellors and admins). Making a referral asks the participant's consent in the bot,
 * in their language; only their Yes sends it.
 */
export const referralRoutes: FastifyPluginAsyncTypebox<{ db: Db; messenger?: Messenger }> = async (app, { db, messenger }) => {
  const common = { tags: ["referrals"], security: [{ bearer: [] }] };

  app.get(
    "/partners",
    {
      schema: {
        ...common,
        operationId: "listPartners",
        summary: "Partner organisations, by name (?region= gives that region's and those serving every region)",
        querystring: Type.Object({ region: Type.Optional(Region), archived: Type.Boolean({ default: false, description: "include archived ones" }) }),
        response: { 200: Type.Object({ items: Type.Array(PartnerView) }), 400: BadRequest },
      },
    },
    async (request) => ({ items: (await listPartners(db, { region: request.query.region, includeArchived: request.query.archived })).map(partnerView) }),
  );

  app.post(
    "/partners",
    {
      schema: {
        ...common,
        operationId: "createPartner",
        summary: "Add a partner organisation (coordinators and admins)",
        body: Type.Object(PartnerFields, { additionalProperties: false }),
        response: { 201: PartnerView, 400: BadRequest, 403: CoordinationOnly },
      },
    },
    async (request, reply) => reply.status(201).send(partnerView(await createPartner(db, request.body))),
  );

  app.patch(
    "/partners/:id",
    {
      schema: {
        ...common,
        operationId: "updatePartner",
        summary: "Change a partner organisation, or archive it (archived: true) so no new referral names it (coordinators and admins)",
        params: IdParams,
        body: Type.Partial(Type.Object({ ...PartnerFields, archived: Type.Boolean() }), { additionalProperties: false, minProperties: 1 }),
        response: { 200: PartnerView, 400: BadRequest, 403: CoordinationOnly, 404: NotFound },
      },
    },
    async (request, reply) => {
      const partner = await updatePartner(db, request.params.id, request.body);
      if (!partner) return reply.status(404).send({ error: "Not Found", message: `no partner organisation with id ${request.params.id}` });
      return partnerView(partner);
    },
  );

  app.get(
    "/participants/:id/referrals",
    {
      config: { audit: "referral.list", auditParticipantParam: "id" },
      schema: { ...common, operationId: "listReferrals", summary: "A participant's referrals, oldest first", params: IdParams, response: { 200: Type.Object({ items: Type.Array(ReferralView) }), 400: BadRequest, 404: NotFound } },
    },
    async (request, reply) => {
      if (!(await findParticipant(db, request.params.id))) return reply.status(404).send({ error: "Not Found", message: `no participant with id ${request.params.id}` });
      return { items: (await listReferrals(db, request.params.id)).map(referralView) };
    },
  );

  app.post(
    "/participants/:id/referrals",
    {
      config: { audit: "referral.create", auditParticipantParam: "id" },
      schema: {
        ...common,
        operationId: "createReferral",
        summary:
          "Propose a referral: the participant is asked in the bot, in their language, whether they agree to share what `shared` lists with the partner; it is sent only on their Yes",
        params: IdParams,
        body: Type.Object(
          {
            partnerId: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
            reason: HumanText(1000, { description: "shown to the participant as written, marked with its language" }),
            reasonLocale: LocaleCodeSchema,
            shared: Type.Array(SharedItem, { minItems: 1, maxItems: REFERRAL_SHARED_ITEMS.length }),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ referral: ReferralView, consentAsked: Type.Boolean({ description: "false: the question could not be sent (the participant blocked the bot, or Telegram failed)" }) }),
          400: BadRequest,
          404: NotFound,
          409: errorResponse("The participant has not agreed to the privacy notice"),
        },
      },
    },
    async (request, reply) => {
      const result = await createReferral(db, request.params.id, request.body, actorOf(request));
      if (!result.ok) return fail(reply, result.error);
      const referral = result.referral;
      const [partner] = await listPartners(db, { includeArchived: true }).then((all) => all.filter((p) => p.id === referral.partnerId));
      const asked = messenger ? await messenger.toParticipant(db, referral.participantId, (t, locale) => composeConsentQuestion(t, locale, referral, partner!)) : "unknown";
      return reply.status(201).send({ referral: referralView(referral), consentAsked: asked === "sent" });
    },
  );

  app.patch(
    "/referrals/:id",
    {
      config: { audit: "referral.status" },
      schema: {
        ...common,
        operationId: "updateReferralStatus",
        summary: "Move a referral on (accepted, started, finished, declined): its date is set and a referral.<status> event goes to the partner's system",
        params: IdParams,
        body: Type.Object({ status: Type.Union([Type.Literal("accepted"), Type.Literal("started"), Type.Literal("finished"), Type.Literal("declined")]) }, { additionalProperties: false }),
        response: { 200: ReferralView, 400: BadRequest, 404: NotFound, 409: errorResponse("Not a move the referral can make from its status (the message says where it is)") },
      },
    },
    async (request, reply) => {
      const before = await findReferral(db, request.params.id);
      if (before) request.audit.participantId = before.participantId;
      const result = await updateReferralStatus(db, request.params.id, request.body.status, actorOf(request));
      if (!result.ok) return fail(reply, result.error, result.current ? `it is ${result.current}` : undefined);
      return referralView(result.referral);
    },
  );
};
