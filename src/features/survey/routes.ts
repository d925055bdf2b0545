import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../../db/client.js";
import { errorResponses, IdParams, PageQuery } from "../../http/schemas.js";
import { findParticipant, listParticipants, type Participant } from "../../participants/repository.js";
import { RETIRED_QUESTIONS, SURVEY } from "./definition.js";
import { answerFlags } from "./flow.js";
import { upgradeAnswers } from "./legacy.js";
import { answersInFinnish } from "../handoff/summary.js";
import { asc, eq } from "drizzle-orm";
import { attendance, enrolments, escalations, modules, sessions } from "../../db/schema.js";
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
    inFinnish: Type.Array(Type.Object({ questionId: Type.String(), question: Type.String(), answer: Type.String() }), { description: "the answers as a Finnish-speaking counsellor reads them" }),
    courses: Type.Array(Type.Object({ enrolmentId: Type.Integer(), moduleId: Type.Integer(), code: Type.String(), status: Type.String(), childrenBooked: Type.Integer() })),
    attendance: Type.Array(Type.Object({ sessionId: Type.Integer(), moduleId: Type.Integer(), startsAt: Type.String({ format: "date-time" }), response: Type.String() })),
    chats: Type.Array(Type.Object({ id: Type.Integer(), status: Type.String(), openedAt: Type.String({ format: "date-time" }) })),
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
      const current = upgradeAnswers(answers);
      const courses = await db
        .select({ enrolmentId: enrolments.id, moduleId: enrolments.moduleId, code: modules.code, status: enrolments.status, childrenBooked: enrolments.childrenBooked })
        .from(enrolments)
        .innerJoin(modules, eq(modules.id, enrolments.moduleId))
        .where(eq(enrolments.participantId, p.id))
        .orderBy(asc(enrolments.id));
      const answered = await db
        .select({ sessionId: attendance.sessionId, moduleId: sessions.moduleId, startsAt: sessions.startsAt, response: attendance.response })
        .from(attendance)
        .innerJoin(sessions, eq(sessions.id, attendance.sessionId))
        .where(eq(attendance.participantId, p.id))
        .orderBy(asc(sessions.startsAt));
      const chats = await db
        .select({ id: escalations.id, status: escalations.status, openedAt: escalations.openedAt })
        .from(escalations)
        .where(eq(escalations.participantId, p.id))
        .orderBy(asc(escalations.id));
      return {
        ...summary(p),
        answers: rows.map((r) => ({ questionId: r.questionId, value: r.value, answeredAt: r.answeredAt.toISOString() })),
        flags: answerFlags(SURVEY, current),
        inFinnish: answersInFinnish(current),
        courses,
        attendance: answered.map((a) => ({ ...a, startsAt: a.startsAt.toISOString() })),
        chats: chats.map((c) => ({ ...c, openedAt: c.openedAt.toISOString() })),
      };
    },
  );
};
