import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { FastifyReply, FastifyRequest } from "fastify";
import { Type, type Static } from "typebox";
import type { Db } from "../../db/client.js";
import { BadRequest, errorResponse, IdParams, NotFound , HumanText } from "../../http/schemas.js";
import { createI18n } from "../../i18n/i18n.js";
import { LOCALE_CODES } from "../../i18n/locales.js";
import { findParticipant, hasConsented } from "../../participants/repository.js";
import { SURVEY } from "../survey/definition.js";
import { loadAnswers } from "../survey/repository.js";
import { isCatalogueStep, STEP_CATALOGUE } from "./catalogue.js";
import { addGoal, addStep, createPlan, loadHistory, loadPlan, updateGoal, updateStep, type Actor, type FullPlan, type PlanError, type PlanGoal, type PlanStep } from "./repository.js";

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: "date-time" });
const Day = Type.String({ format: "date", description: "a day in Helsinki, YYYY-MM-DD" });
export const LocaleCodeSchema = Type.String({ enum: [...LOCALE_CODES], description: "one of the nine languages: fi, sv, en, ar, fa, ru, uk, so, sw" });
const SURVEY_GOALS = (SURVEY.find((q) => q.id === "goals") as unknown as { options: { id: string }[] }).options.map((o) => o.id);
const Translated = Type.Record(Type.String(), Type.String(), { description: "the text in each of the nine languages, by locale code" });

const GoalView = Type.Object({
  id: Type.Integer(),
  goal: nullable(Type.String({ description: "one of the survey's goals (work, studies, language, friends, wellbeing, everyday)" })),
  title: nullable(Translated),
  text: nullable(Type.String({ description: "the counsellor's own words, shown to the participant as written" })),
  textLocale: nullable(Type.String()),
  status: Type.Union([Type.Literal("open"), Type.Literal("reached"), Type.Literal("dropped")]),
  createdAt: DateTime,
});

const StepStatus = Type.Union([Type.Literal("open"), Type.Literal("done"), Type.Literal("cannot")], {
  description: "cannot: the participant said they cannot do it (a chat with a counsellor was opened)",
});
const Assignee = Type.Union([Type.Literal("participant"), Type.Literal("counsellor"), Type.Literal("partner")], { description: "who does the step" });

const StepView = Type.Object({
  id: Type.Integer(),
  goalId: nullable(Type.Integer()),
  catalogueKey: nullable(Type.String()),
  title: nullable(Translated),
  text: nullable(Type.String({ description: "free text, shown to the participant in the language it was written in, marked so" })),
  textLocale: nullable(Type.String()),
  assignee: Assignee,
  partnerId: nullable(Type.Integer()),
  dueDate: nullable(Day),
  status: StepStatus,
  doneAt: nullable(DateTime),
  nudge: Type.Object({
    status: nullable(Type.Union([Type.Literal("sending"), Type.Literal("sent"), Type.Literal("failed"), Type.Literal("skipped")])),
    at: nullable(DateTime),
  }, { description: "the one reminder the participant gets on the due day (their own steps only)" }),
  createdAt: DateTime,
  updatedAt: DateTime,
});

const PlanView = Type.Object({
  id: Type.Integer(),
  participantId: Type.Integer(),
  createdByStaffId: nullable(Type.Integer()),
  createdAt: DateTime,
  updatedAt: DateTime,
  goals: Type.Array(GoalView),
  steps: Type.Array(StepView),
});

const HistoryView = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      at: DateTime,
      staffId: nullable(Type.Integer()),
      actor: Type.String({ description: 'the staff member\'s name, or "participant"' }),
      action: Type.String({ description: "plan.created, goal.added, goal.status, step.added, step.changed" }),
      details: Type.Any({ description: "what changed: ids, and each changed field's old and new value" }),
    }),
  ),
});

const BasisView = Type.Object({
  participantId: Type.Integer(),
  locale: nullable(Type.String({ description: "the participant's language: the bot asks them (a referral's consent) and shows their plan in it" })),
  region: nullable(Type.String({ description: "their survey region (GET /api/partners?region= lists that region's partners)" })),
  consented: Type.Boolean({ description: "agreed to the privacy notice; without it no plan or referral can be made" }),
  surveyGoals: Type.Array(Type.Object({ goal: Type.String(), title: Translated }), { description: "the participant's answer to the survey's goals question: a new plan's first goals" }),
  goalChoices: Type.Array(Type.Object({ goal: Type.String(), title: Translated }), { description: "every goal the survey offers (POST .../plan/goals {goal})" }),
  hasPlan: Type.Boolean(),
});

const GoalBody = Type.Union([
  Type.Object({ goal: Type.Union(SURVEY_GOALS.map((g) => Type.Literal(g))) }, { additionalProperties: false }),
  Type.Object({ text: HumanText(500), textLocale: LocaleCodeSchema }, { additionalProperties: false }),
]);

const StepBody = Type.Object(
  {
    catalogueKey: Type.Optional(Type.Union(STEP_CATALOGUE.map((k) => Type.Literal(k)), { description: "a step of GET /api/plan-step-catalogue" })),
    text: Type.Optional(HumanText(500, { description: "free text instead of a catalogue step (then textLocale too)" })),
    textLocale: Type.Optional(LocaleCodeSchema),
    assignee: Assignee,
    partnerId: Type.Optional(nullable(Type.Integer({ minimum: 1, maximum: 2_147_483_647 }))),
    dueDate: Type.Optional(nullable(Day)),
    goalId: Type.Optional(nullable(Type.Integer({ minimum: 1, maximum: 2_147_483_647 }))),
  },
  { additionalProperties: false },
);

const StepPatchBody = Type.Object(
  {
    dueDate: Type.Optional(nullable(Day)),
    status: Type.Optional(StepStatus),
    assignee: Type.Optional(Assignee),
    partnerId: Type.Optional(nullable(Type.Integer({ minimum: 1, maximum: 2_147_483_647 }))),
    goalId: Type.Optional(nullable(Type.Integer({ minimum: 1, maximum: 2_147_483_647 }))),
  },
  { additionalProperties: false, minProperties: 1 },
);

const ERRORS: Record<PlanError, { code: number; message: string }> = {
  "no-participant": { code: 404, message: "no such participant" },
  "no-consent": { code: 409, message: "the participant has not agreed to the privacy notice: no plan can be made" },
  exists: { code: 409, message: "the participant has a plan already: add goals and steps to it" },
  "no-plan": { code: 404, message: "the participant has no plan: POST /api/participants/:id/plan first" },
  "no-goal": { code: 400, message: "body/goalId: no such goal in this participant's plan" },
  "no-partner": { code: 400, message: "body/partnerId: no such partner organisation" },
  "not-found": { code: 404, message: "no such goal or step" },
};

function fail(reply: FastifyReply, error: PlanError) {
  const { code, message } = ERRORS[error];
  return reply.status(code).send({ error: code === 404 ? "Not Found" : code === 400 ? "Bad Request" : "Conflict", message });
}

export const actorOf = (request: FastifyRequest): Actor => ({ staffId: request.principal.staffId, name: request.principal.displayName });

/**
 * The integration plan (kotoutumissuunnitelma) for counsellors and admins: draft it from
 * the survey's goals, add goals and steps (from the catalogue or free text), change them,
 * read the history. Every change is in the plan's history with who made it.
 */
export const planRoutes: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  const common = { tags: ["plans"], security: [{ bearer: [] }] };
  const i18n = createI18n();
  const translations = (key: string) => Object.fromEntries(LOCALE_CODES.map((l) => [l, i18n.t(l, key)]));
  const goalView = (g: PlanGoal): Static<typeof GoalView> => ({
    id: g.id,
    goal: g.goal,
    title: g.goal ? translations(`q-goals-${g.goal}`) : null,
    text: g.text,
    textLocale: g.textLocale,
    status: g.status,
    createdAt: g.createdAt.toISOString(),
  });
  const stepView = (s: PlanStep): Static<typeof StepView> => ({
    id: s.id,
    goalId: s.goalId,
    catalogueKey: s.catalogueKey,
    title: s.catalogueKey ? translations(`plan-step-${s.catalogueKey}`) : null,
    text: s.text,
    textLocale: s.textLocale,
    assignee: s.assignee,
    partnerId: s.partnerId,
    dueDate: s.dueDate,
    status: s.status,
    doneAt: s.doneAt?.toISOString() ?? null,
    nudge: { status: s.nudgeStatus, at: s.nudgedAt?.toISOString() ?? null },
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  });
  const planView = (full: FullPlan): Static<typeof PlanView> => ({
    id: full.plan.id,
    participantId: full.plan.participantId,
    createdByStaffId: full.plan.createdByStaffId,
    createdAt: full.plan.createdAt.toISOString(),
    updatedAt: full.plan.updatedAt.toISOString(),
    goals: full.goals.map(goalView),
    steps: full.steps.map(stepView),
  });

  app.get(
    "/plan-step-catalogue",
    {
      schema: {
        ...common,
        operationId: "listPlanStepCatalogue",
        summary: "The catalogue of common plan steps, each in the nine languages",
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ key: Type.String(), title: Translated })) }) },
      },
    },
    async () => ({ items: STEP_CATALOGUE.map((key) => ({ key, title: translations(`plan-step-${key}`) })) }),
  );

  app.get(
    "/participants/:id/plan-basis",
    {
      config: { audit: "plan.basis.read", auditParticipantParam: "id" },
      schema: {
        ...common,
        operationId: "getPlanBasis",
        summary: "Open a participant by number to plan with them: their language, region, consent, the survey's goals, and whether they have a plan",
        params: IdParams,
        response: { 200: BasisView, 400: BadRequest, 404: NotFound },
      },
    },
    async (request, reply) => {
      // Counsellors cannot list participants (GET /api/participants is for admins): this is the
      // least that lets them open a plan by the number the inbox or the participant gives.
      const participant = await findParticipant(db, request.params.id);
      if (!participant) return reply.status(404).send({ error: "Not Found", message: `no participant with number ${request.params.id}` });
      const answers = await loadAnswers(db, participant.id);
      const goals = Array.isArray(answers.goals) ? answers.goals.filter((g): g is string => typeof g === "string" && SURVEY_GOALS.includes(g)) : [];
      return {
        participantId: participant.id,
        locale: participant.locale,
        region: typeof answers.region === "string" ? answers.region : null,
        consented: hasConsented(participant),
        surveyGoals: goals.map((goal) => ({ goal, title: translations(`q-goals-${goal}`) })),
        goalChoices: SURVEY_GOALS.map((goal) => ({ goal, title: translations(`q-goals-${goal}`) })),
        hasPlan: (await loadPlan(db, participant.id)) !== undefined,
      };
    },
  );

  app.get(
    "/participants/:id/plan",
    {
      config: { audit: "plan.read", auditParticipantParam: "id" },
      schema: { ...common, operationId: "getPlan", summary: "A participant's plan: goals and steps", params: IdParams, response: { 200: PlanView, 400: BadRequest, 404: NotFound } },
    },
    async (request, reply) => {
      const full = await loadPlan(db, request.params.id);
      if (!full) return reply.status(404).send({ error: "Not Found", message: `participant ${request.params.id} has no plan` });
      return planView(full);
    },
  );

  app.post(
    "/participants/:id/plan",
    {
      config: { audit: "plan.create", auditParticipantParam: "id" },
      schema: {
        ...common,
        operationId: "createPlan",
        summary: "Draft a participant's plan; its first goals are the survey's goals",
        params: IdParams,
        response: { 201: PlanView, 400: BadRequest, 404: NotFound, 409: errorResponse("The participant has a plan already, or has not agreed to the privacy notice") },
      },
    },
    async (request, reply) => {
      const result = await createPlan(db, request.params.id, actorOf(request));
      if (!result.ok) return fail(reply, result.error);
      return reply.status(201).send(planView(result.plan));
    },
  );

  app.post(
    "/participants/:id/plan/goals",
    {
      config: { audit: "plan.goal.add", auditParticipantParam: "id" },
      schema: {
        ...common,
        operationId: "addPlanGoal",
        summary: "Add a goal: one of the survey's, or in the counsellor's own words (with the language they are in)",
        params: IdParams,
        body: GoalBody,
        response: { 201: GoalView, 400: BadRequest, 404: NotFound },
      },
    },
    async (request, reply) => {
      const result = await addGoal(db, request.params.id, request.body, actorOf(request));
      if (!result.ok) return fail(reply, result.error);
      return reply.status(201).send(goalView(result.goal));
    },
  );

  app.patch(
    "/plan-goals/:id",
    {
      config: { audit: "plan.goal.change" },
      schema: {
        ...common,
        operationId: "updatePlanGoal",
        summary: "Mark a goal reached, dropped or open again",
        params: IdParams,
        body: Type.Object({ status: Type.Union([Type.Literal("open"), Type.Literal("reached"), Type.Literal("dropped")]) }, { additionalProperties: false }),
        response: { 200: GoalView, 400: BadRequest, 404: NotFound },
      },
    },
    async (request, reply) => {
      const result = await updateGoal(db, request.params.id, request.body.status, actorOf(request));
      if (!result.ok) return fail(reply, result.error);
      request.audit.participantId = result.participantId;
      return goalView(result.goal);
    },
  );

  app.post(
    "/participants/:id/plan/steps",
    {
      config: { audit: "plan.step.add", auditParticipantParam: "id" },
      schema: {
        ...common,
        operationId: "addPlanStep",
        summary: "Add a step: a catalogue step (catalogueKey) or free text (text and textLocale), who does it, and when",
        params: IdParams,
        body: StepBody,
        response: { 201: StepView, 400: BadRequest, 404: NotFound },
      },
    },
    async (request, reply) => {
      const body = request.body;
      if ((body.catalogueKey === undefined) === (body.text === undefined)) {
        return reply.status(400).send({ error: "Bad Request", message: "body must have either catalogueKey or text (with textLocale), not both" });
      }
      if (body.text !== undefined && body.textLocale === undefined) {
        return reply.status(400).send({ error: "Bad Request", message: "body/textLocale: the language the text is written in is required with text" });
      }
      if (body.catalogueKey !== undefined && !isCatalogueStep(body.catalogueKey)) return reply.status(400).send({ error: "Bad Request", message: "body/catalogueKey: no such catalogue step" });
      if (body.assignee === "partner" && !body.partnerId) return reply.status(400).send({ error: "Bad Request", message: "body/partnerId: a partner's step names the partner organisation" });
      const result = await addStep(db, request.params.id, body, actorOf(request));
      if (!result.ok) return fail(reply, result.error);
      return reply.status(201).send(stepView(result.step));
    },
  );

  app.patch(
    "/plan-steps/:id",
    {
      config: { audit: "plan.step.change" },
      schema: {
        ...common,
        operationId: "updatePlanStep",
        summary: "Change a step's due date, status, who does it or its goal; a new due date gets a new nudge",
        params: IdParams,
        body: StepPatchBody,
        response: { 200: StepView, 400: BadRequest, 404: NotFound },
      },
    },
    async (request, reply) => {
      if (request.body.assignee === "partner" && !request.body.partnerId) {
        return reply.status(400).send({ error: "Bad Request", message: "body/partnerId: a partner's step names the partner organisation" });
      }
      const result = await updateStep(db, request.params.id, request.body, actorOf(request));
      if (!result.ok) return fail(reply, result.error);
      request.audit.participantId = result.participantId;
      return stepView(result.step);
    },
  );

  app.get(
    "/participants/:id/plan/history",
    {
      config: { audit: "plan.history.read", auditParticipantParam: "id" },
      schema: { ...common, operationId: "getPlanHistory", summary: "Who changed what in the plan, and when, oldest first", params: IdParams, response: { 200: HistoryView, 400: BadRequest, 404: NotFound } },
    },
    async (request, reply) => {
      const rows = await loadHistory(db, request.params.id);
      if (!rows) return reply.status(404).send({ error: "Not Found", message: `participant ${request.params.id} has no plan` });
      return { items: rows.map((r) => ({ id: r.id, at: r.at.toISOString(), staffId: r.staffId, actor: r.actor, action: r.action, details: r.details ?? null })) };
    },
  );
};
