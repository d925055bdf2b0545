import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type, type Static, type TSchema } from "typebox";
import type { Messenger } from "../../bot/messenger.js";
import type { Db } from "../../db/client.js";
import { errorResponses, IdParams, MAX_ID } from "../../http/schemas.js";
import { notifyPromoted } from "../modules/notify.js";
import { readAudit } from "./audit.js";
import { eraseParticipant } from "./erasure.js";
import { exportParticipantData } from "./export.js";
import { reportPeriodProblem, reportRows, summaryReport } from "./reports.js";
import { sendCsv, wantsCsv } from "../../http/csv.js";

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: "date-time" });

const nullableDate = nullable(DateTime);
const AnswerValueSchema = Type.Union([Type.String(), Type.Array(Type.String()), Type.Number(), Type.Boolean(), Type.Null()]);
const LaterParts = {
  plan: nullable(
    Type.Object({
      createdAt: DateTime,
      goals: Type.Array(Type.Object({ goal: nullable(Type.String()), text: nullable(Type.String()), textLanguage: nullable(Type.String()), status: Type.String() })),
      steps: Type.Array(
        Type.Object({
          step: nullable(Type.String({ description: "a catalogue step's key" })),
          text: nullable(Type.String()),
          textLanguage: nullable(Type.String()),
          whoDoesIt: Type.String(),
          dueDate: nullable(Type.String()),
          status: Type.String(),
          doneAt: nullableDate,
          reminded: nullableDate,
        }),
      ),
      history: Type.Array(Type.Object({ at: DateTime, who: Type.String(), action: Type.String(), details: Type.Any() })),
    }),
  ),
  referrals: Type.Array(
    Type.Object({
      partner: Type.String(),
      reason: Type.String(),
      shared: Type.Array(Type.String()),
      status: Type.String(),
      proposedAt: DateTime,
      consentAnsweredAt: nullableDate,
      sentAt: nullableDate,
      acceptedAt: nullableDate,
      startedAt: nullableDate,
      finishedAt: nullableDate,
      declinedAt: nullableDate,
    }),
  ),
  followUps: Type.Array(
    Type.Object({
      monthsAfterSurvey: Type.Integer(),
      offeredAt: DateTime,
      completedAt: nullableDate,
      answers: Type.Array(Type.Object({ question: Type.String(), answer: AnswerValueSchema, answeredAt: DateTime })),
    }),
  ),
};


/** What GET /participants/:id/export answers: everything kept about one participant. */
const ParticipantExport = Type.Object({
  participant: Type.Object({
    telegramUserId: Type.Integer(),
    language: nullable(Type.String()),
    consent: Type.Object({
      status: nullable(Type.Union([Type.Literal("accepted"), Type.Literal("declined")])),
      version: nullable(Type.String()),
      at: nullable(DateTime),
    }),
    surveyStatus: Type.Union([Type.Literal("not_started"), Type.Literal("in_progress"), Type.Literal("completed")]),
    firstContact: DateTime,
    lastSeen: DateTime,
  }),
  surveyAnswers: Type.Array(
    Type.Object({
      question: Type.String(),
      answer: Type.Union([Type.String(), Type.Array(Type.String()), Type.Number(), Type.Boolean(), Type.Null()]),
      answeredAt: DateTime,
    }),
  ),
  courses: Type.Array(
    Type.Object({
      course: Type.String(),
      title: Type.String(),
      status: Type.Union([Type.Literal("enrolled"), Type.Literal("waitlisted"), Type.Literal("cancelled")]),
      childrenInChildcare: Type.Integer(),
      joinedAt: DateTime,
    }),
  ),
  attendance: Type.Array(
    Type.Object({
      sessionStartsAt: DateTime,
      response: Type.Union([Type.Literal("coming"), Type.Literal("not_coming")]),
      children: nullable(Type.Integer()),
      respondedAt: DateTime,
    }),
  ),
  conversationsWithCounsellors: Type.Array(
    Type.Object({
      openedAt: DateTime,
      closedAt: nullable(DateTime),
      messages: Type.Array(
        Type.Object({
          from: Type.Union([Type.Literal("you"), Type.Literal("counsellor")]),
          text: nullable(Type.String()),
          file: nullable(Type.String({ description: "the kind of file sent (photo, voice, document…); the file itself is not kept" })),
          details: nullable(
            Type.Union([
              Type.Object({ kind: Type.Literal("location"), latitude: Type.Number(), longitude: Type.Number(), mapUrl: Type.String() }),
              Type.Object({ kind: Type.Literal("contact"), name: Type.String(), phoneNumber: Type.String() }),
            ]),
          ),
          at: DateTime,
        }),
      ),
    }),
  ),
  ...LaterParts,
});

/** Admins export or erase a participant's data on their request, and read the audit log. */
export const privacyRoutes: FastifyPluginAsyncTypebox<{ db: Db; messenger?: Messenger; clock?: () => Date }> = async (app, { db, messenger, clock = () => new Date() }) => {
  const common = { tags: ["privacy"], security: [{ bearer: [] }] };

  app.get(
    "/participants/:id/export",
    {
      config: { audit: "participant.export", auditParticipantParam: "id" },
      schema: { ...common, operationId: "exportParticipant", summary: "Everything kept about a participant (as /mydata gives them)", params: IdParams, response: { 200: ParticipantExport, ...errorResponses } },
    },
    async (request, reply) => {
      const data = await exportParticipantData(db, request.params.id);
      if (!data) return reply.status(404).send({ error: "Not Found", message: `no participant with id ${request.params.id}` });
      // Its dates as the JSON the participant's own /mydata file has: ISO strings.
      return JSON.parse(JSON.stringify(data)) as Static<typeof ParticipantExport>;
    },
  );

  app.post(
    "/participants/:id/erase",
    {
      config: { audit: "participant.erase", auditParticipantParam: "id" },
      schema: { ...common, operationId: "eraseParticipant", summary: "Erase a participant's personal data on their request", params: IdParams, response: { 200: Type.Object({ erased: Type.Integer() }), ...errorResponses } },
    },
    async (request, reply) => {
      const { erased, promoted } = await eraseParticipant(db, request.params.id, clock(), "request");
      if (!erased) return reply.status(404).send({ error: "Not Found", message: `no participant with id ${request.params.id}` });
      request.audit.participantIds = promoted.map((e) => e.participantId);
      if (messenger) await notifyPromoted(db, messenger, promoted);
      return { erased: request.params.id };
    },
  );

  const CellSchema = Type.Object({
    group: Type.String({ description: 'an answer, or "suppressed": every group too small to show, together' }),
    count: Type.Union([Type.Integer(), Type.Null()], { description: "null: it could single someone out" }),
  });
  const Count = Type.Union([Type.Integer(), Type.Null()], { description: "null: it could single someone out" });
  app.get(
    "/reports/summary",
    {
      schema: {
        ...common,
        tags: ["reports"],
        operationId: "getSummaryReport",
        summary:
          "Figures for funders over whole months [from, to) (Helsinki time): counts only; no number, and no difference of numbers (another period's, the total's), shows fewer than 5 people. JSON, or CSV with `Accept: text/csv` or `?format=csv`.",
        querystring: Type.Object({
          from: Type.String({ format: "date", description: "the first day of a month" }),
          to: Type.String({ format: "date", description: "the first day of a later month" }),
          format: Type.Optional(Type.Union([Type.Literal("json"), Type.Literal("csv")])),
        }),
        produces: ["application/json", "text/csv"],
        response: {
          200: Type.Object({
            from: Type.String(),
            to: Type.String(),
            participants: Count,
            byRegion: Type.Array(CellSchema),
            byLanguage: Type.Array(CellSchema),
            byGender: Type.Array(CellSchema),
            byAgeGroup: Type.Array(CellSchema),
            bySituationAtEntry: Type.Array(CellSchema, { description: "several situations can be chosen at once (at home and on a course): a participant counts in each, like languages" }),
            modulesJoined: Type.Array(CellSchema),
            sessionsAttended: Count,
            childSessions: Count,
            guidanceSessions: Count,
            guidanceByKind: Type.Array(CellSchema),
            escalationsHandled: Count,
            erasedOnRequest: Count,
            participantsWithPlan: Count,
            stepsDone: Count,
            referralsByStatus: Type.Array(CellSchema, { description: "participants with a referral made in the period, by its status now" }),
            followedUp: Count,
            finnishChange: Type.Array(CellSchema, { description: "Finnish level at the latest follow-up against the first answer: up, same, down, not-answered" }),
            situationChange: Type.Array(CellSchema, { description: "situation at the latest follow-up: to-work, to-studies, other" }),
            goalsReached: Type.Array(CellSchema, { description: "goals reached at the latest follow-up: yes, partly, no, not-answered" }),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const problem = reportPeriodProblem(request.query.from, request.query.to);
      if (problem) return reply.status(400).send({ error: "Bad Request", message: problem });
      const report = await summaryReport(db, request.query.from, request.query.to);
      if (wantsCsv(request)) return sendCsv(reply, `summary-${request.query.from}-${request.query.to}.csv`, ["section", "group", "count"], reportRows(report));
      return report;
    },
  );

  app.get(
    "/audit",
    {
      config: { audit: "audit.read" },
      schema: {
        ...common,
        operationId: "listAuditLog", summary: "The audit log, newest first",
        querystring: Type.Object({
          participantId: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_ID })),
          before: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_ID })),
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
                outcome: Type.String({ description: "ok, denied (401/403), not-found, conflict, invalid or failed" }),
                details: Type.Any({ description: "ids only: status, route parameters, participantIds a list showed" }),
                times: Type.Integer({ description: "the same read repeated within 10 minutes counts here" }),
                lastAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const rows = await readAudit(db, { participantId: request.query.participantId, beforeId: request.query.before, limit: request.query.limit });
      request.audit.participantId = request.query.participantId ?? null;
      return {
        items: rows.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          staffId: r.staffId,
          actor: r.actor,
          action: r.action,
          participantId: r.participantId,
          outcome: r.outcome,
          details: r.details ?? null,
          times: r.times,
          lastAt: r.lastAt?.toISOString() ?? null,
        })),
      };
    },
  );
};
