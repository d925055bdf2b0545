import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../../db/client.js";
import { errorResponses, IdParams, PageQuery } from "../../http/schemas.js";
import { findParticipant, listParticipants, type Participant } from "../../participants/repository.js";
import { RETIRED_QUESTIONS, SURVEY } from "./definition.js";
import { answerFlags } from "./flow.js";
import { upgradeAnswers } from "./legacy.js";
import { loadAnswerRows } from "./repository.js";

const Answer = Type.Object({
  questionId: Type.String(),
  value: Type.Union([
    Type.String(),
    Type.Array(Type.String()),
    Type.Number(),
    Type.Boolean(),
    Type.Object(
      { kind: Type.Literal("voice"), fileId: Type.String(), durationSeconds: Type.Number() },
      { description: "a voice message given as the answer: Telegram's file id, for a counsellor to listen to" },
    ),
    Type.Null(),
  ], { description: "as stored; answers of earlier survey versions are kept as they were (see RETIRED_QUESTIONS)" }),
  answeredAt: Type.String({ format: "date-time" }),
});

const ParticipantSummary = Type.Object({
  id: Type.Integer(),
  telegramUserId: Type.Integer(),
  locale: Type.Union([Type.String(), Type.Null()]),
  consent: Type.Object({
    status: Type.Union([Type.Literal("accepted"), Type.Literal("declined"), Type.Null()]),
    version: Type.Union([Type.String(), Type.Null()]),
    at: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
  }),
  surveyStatus: Type.String(),
  surveyCompletedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
  reachable: Type.Boolean(),
  createdAt: Type.String({ format: "date-time" }),
  lastSeenAt: Type.String({ format: "date-time" }),
});

const ParticipantDetail = Type.Intersect([
  ParticipantSummary,
  Type.Object({
    answers: Type.Array(Answer),
    flags: Type.Array(Type.String(), {
      description: '"wants-to-talk": the participant asked to talk to someone; "hard-time": they said it is hard; "voice-answer": an answer is a voice message to listen to',
    }),
  }),
]);

function summary(p: Participant) {
  return {
    id: p.id,
    telegramUserId: p.telegramUserId,
    locale: p.locale,
    consent: { status: p.consentStatus, version: p.consentVersion, at: p.consentAt?.toISOString() ?? null },
    surveyStatus: p.surveyStatus,
    surveyCompletedAt: p.surveyCompletedAt?.toISOString() ?? null,
    reachable: p.reachable,
    createdAt: p.createdAt.toISOString(),
    lastSeenAt: p.lastSeenAt.toISOString(),
  };
}

/** Counsellors read participants and their intake answers. */
export const participantRoutes: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/participants",
    {
      config: { audit: "participant.list" },
      schema: {
        tags: ["participants"],
        operationId: "listParticipants", summary: "List participants, oldest first, a page at a time",
        security: [{ bearer: [] }],
        querystring: PageQuery,
        response: {
          200: Type.Object({
            items: Type.Array(ParticipantSummary),
            total: Type.Integer(),
            next: Type.Union([Type.Integer(), Type.Null()], { description: "pass as ?after= for the next page" }),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { limit, after } = request.query;
      const { items, total } = await listParticipants(db, { afterId: after, limit });
      request.audit.participantIds = items.map((p) => p.id);
      const last = items.at(-1);
      return { items: items.map(summary), total, next: items.length === limit && last ? last.id : null };
    },
  );

  app.get(
    "/participants/:id",
    {
      config: { audit: "participant.read", auditParticipantParam: "id" },
      schema: {
        tags: ["participants"],
        operationId: "getParticipant", summary: "A participant with their consent and survey answers",
        security: [{ bearer: [] }],
        params: IdParams,
        response: { 200: ParticipantDetail, ...errorResponses },
      },
    },
    async (request, reply) => {
      const p = await findParticipant(db, request.params.id);
      if (!p) return reply.status(404).send({ error: "Not Found", message: `no participant with id ${request.params.id}` });
      const rows = await loadAnswerRows(db, p.id);
      const order = new Map([...SURVEY, ...RETIRED_QUESTIONS].map((q, i) => [q.id, i]));
      rows.sort((a, b) => (order.get(a.questionId) ?? 999) - (order.get(b.questionId) ?? 999));
      const answers = Object.fromEntries(rows.map((r) => [r.questionId, r.value]));
      return {
        ...summary(p),
        answers: rows.map((r) => ({ questionId: r.questionId, value: r.value, answeredAt: r.answeredAt.toISOString() })),
        flags: answerFlags(SURVEY, upgradeAnswers(answers)),
      };
    },
  );
};
