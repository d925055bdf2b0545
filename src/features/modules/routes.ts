import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type, type Static } from "typebox";
import type { Messenger } from "../../bot/messenger.js";
import type { Db } from "../../db/client.js";
import { isUniqueViolation } from "../../db/errors.js";
import { sendCsv, wantsCsv } from "../../http/csv.js";
import { ErrorResponse, errorResponses, IdParams, MAX_ID , HumanText } from "../../http/schemas.js";
import { LOCALE_CODES } from "../../i18n/locales.js";
import { loadAnswers } from "../survey/repository.js";
import {
  archiveModule,
  createModule,
  createSession,
  findModule,
  findSession,
  listModules,
  listSessions,
  updateModule,
  type Module,
  type Session,
} from "./catalogue.js";
import { notifyPromoted } from "./notify.js";
import { seedCatalogue } from "./seed.js";
import { MODULE_TAGS } from "./tags.js";
import { sessionAttendance } from "../reminders/attendance.js";
import { changeSession, type SessionChange } from "../reminders/changes.js";
import { DEFAULT_POLICY, type ReminderPolicy } from "../reminders/planner.js";
import { cancelEnrolment, moduleEnrolments, promoteFromWaitlist, roomLeftInModule, waitlistPosition } from "./enrolment.js";
import { childrenOf } from "../survey/legacy.js";
import { SURVEY_REGIONS } from "../survey/regions.js";

const REGIONS = [...SURVEY_REGIONS];

/** A text in every supported language: a missing one is a 400 naming it. */
const translations = (maxLength: number) =>
  Type.Unsafe<Record<string, string>>({
    type: "object",
    properties: Object.fromEntries(LOCALE_CODES.map((l) => [l, HumanText(maxLength)])),
    required: [...LOCALE_CODES],
    additionalProperties: false,
    description: `one entry per locale: ${LOCALE_CODES.join(", ")}`,
  });

const ModuleBody = Type.Object(
  {
    code: Type.String({ pattern: "^[a-z0-9][a-z0-9-]{1,39}$", description: "short id, lower case and dashes" }),
    title: translations(80),
    description: translations(600),
    regions: Type.Array(Type.String({ enum: REGIONS }), { uniqueItems: true, description: "empty: every region" }),
    tags: Type.Array(Type.String({ enum: [...MODULE_TAGS] }), { uniqueItems: true }),
    instructionLanguages: Type.Array(Type.String({ pattern: "^[a-z]{2,3}$" }), { uniqueItems: true, maxItems: 20 }),
    capacity: Type.Integer({ minimum: 0, maximum: 10_000 }),
    childcare: Type.Boolean(),
  },
  { additionalProperties: false },
);
const ModulePatch = Type.Partial(Type.Omit(ModuleBody, ["code"]), { additionalProperties: false, minProperties: 1 });

const ModuleView = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  title: Type.Record(Type.String(), Type.String()),
  description: Type.Record(Type.String(), Type.String()),
  regions: Type.Array(Type.String()),
  tags: Type.Array(Type.String()),
  instructionLanguages: Type.Array(Type.String()),
  capacity: Type.Integer(),
  childcare: Type.Boolean(),
  archived: Type.Boolean(),
});

const SessionBody = Type.Object(
  {
    moduleId: Type.Integer({ minimum: 1, maximum: MAX_ID }),
    startsAt: Type.String({ format: "date-time" }),
    endsAt: Type.String({ format: "date-time" }),
    place: HumanText(300),
    childcareSeats: Type.Integer({ minimum: 0, maximum: 1000 }),
  },
  { additionalProperties: false },
);
const SessionPatch = Type.Partial(
  Type.Object({
    startsAt: Type.String({ format: "date-time" }),
    endsAt: Type.String({ format: "date-time" }),
    place: HumanText(300),
    childcareSeats: Type.Integer({ minimum: 0, maximum: 1000 }),
    cancelled: Type.Boolean(),
  }),
  { additionalProperties: false, minProperties: 1 },
);
const SessionView = Type.Object({
  id: Type.Integer(),
  moduleId: Type.Integer(),
  startsAt: Type.String({ format: "date-time" }),
  endsAt: Type.String({ format: "date-time" }),
  place: Type.String(),
  childcareSeats: Type.Integer(),
  cancelled: Type.Boolean(),
  version: Type.Integer({ description: "goes up with every change participants are told about: time, place, cancelled or not" }),
});

const EnrolmentView = Type.Object({
  id: Type.Integer(),
  participantId: Type.Integer(),
  status: Type.Union([Type.Literal("enrolled"), Type.Literal("waitlisted")]),
  waitlistPosition: Type.Union([Type.Integer(), Type.Null()]),
  childrenBooked: Type.Integer(),
  createdAt: Type.String({ format: "date-time" }),
  enrolledAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
});

const FormatQuery = Type.Object({ format: Type.Optional(Type.Union([Type.Literal("json"), Type.Literal("csv")])) });
const csvNote = "JSON, or CSV with `Accept: text/csv` or `?format=csv`.";

const moduleView = (m: Module): Static<typeof ModuleView> => ({
  id: m.id,
  code: m.code,
  title: m.title,
  description: m.description,
  regions: m.regions,
  tags: m.tags,
  instructionLanguages: m.instructionLanguages,
  capacity: m.capacity,
  childcare: m.childcare,
  archived: m.archivedAt !== null,
});
const sessionView = (s: Session): Static<typeof SessionView> => ({
  id: s.id,
  moduleId: s.moduleId,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  place: s.place,
  childcareSeats: s.childcareSeats,
  cancelled: s.cancelledAt !== null,
  version: s.version,
});

const badRequest = (message: string) => ({ error: "Bad Request", message });
const notFound = (message: string) => ({ error: "Not Found", message });

export interface ModuleRoutesOptions {
  db: Db;
  messenger?: Messenger;
  clock?: () => Date;
  /** Quiet hours and the "soon" offset decide when a change notice goes. */
  reminderPolicy?: ReminderPolicy;
}

/** Coordinators keep the catalogue and the calendar, and see who comes with how many children. */
export const moduleRoutes: FastifyPluginAsyncTypebox<ModuleRoutesOptions> = async (
  app,
  { db, messenger, clock = () => new Date(), reminderPolicy = DEFAULT_POLICY },
) => {
  const tell = async (promoted: Parameters<typeof notifyPromoted>[2]) => {
    if (messenger && promoted.length > 0) await notifyPromoted(db, messenger, promoted);
  };
  /**
   * Every change of a session, cancelling included, goes through here: one transaction
   * changes it, queues the notices participants get (changeSession), and fills seats a
   * cancelled session no longer needs from the waiting list.
   */
  const applySessionChange = async (id: number, change: SessionChange) => {
    const now = clock();
    const result = await db.transaction(async (tx) => {
      const changed = await changeSession(tx, id, change, now, reminderPolicy);
      if (!changed.ok) return { ...changed, promoted: [] };
      return { ...changed, promoted: await promoteFromWaitlist(tx, changed.session.moduleId, now) };
    });
    await tell(result.promoted);
    return result;
  };
  /** Participants an action moved up from a waiting list (personal data changed): in the audit entry. */
  const promotedIds = (promoted: Parameters<typeof notifyPromoted>[2]) => promoted.map((e) => e.participantId);
  /** Whose plans a change of a session touched (for the audit entry): everyone enrolled, and anyone moved up. */
  const toldOrMovedUp = async (moduleId: number, promoted: Parameters<typeof notifyPromoted>[2]) => {
    const enrolled = (await moduleEnrolments(db, moduleId)).filter((e) => e.status === "enrolled").map((e) => e.participantId);
    return [...new Set([...enrolled, ...promoted.map((e) => e.participantId)])];
  };
  const common = { tags: ["modules"], security: [{ bearer: [] }] };

  app.get(
    "/modules",
    {
      schema: {
        ...common,
        operationId: "listModules", summary: "The catalogue",
        querystring: Type.Object({ includeArchived: Type.Boolean({ default: false }) }),
        response: { 200: Type.Object({ items: Type.Array(ModuleView) }), ...errorResponses },
      },
    },
    async (request) => ({ items: (await listModules(db, { includeArchived: request.query.includeArchived })).map(moduleView) }),
  );

  app.post(
    "/modules",
    {
      schema: {
        ...common,
        operationId: "createModule", summary: "Add a module (title and description in every language)",
        body: ModuleBody,
        response: { 201: ModuleView, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      try {
        return reply.status(201).send(moduleView(await createModule(db, request.body)));
      } catch (error) {
        if (isUniqueViolation(error)) return reply.status(409).send({ error: "Conflict", message: `body/code "${request.body.code}" is taken` });
        throw error;
      }
    },
  );

  app.get(
    "/modules/:id",
    {
      schema: {
        ...common,
        operationId: "getModule", summary: "A module with its sessions and free places",
        params: IdParams,
        response: {
          200: Type.Intersect([
            ModuleView,
            Type.Object({ sessions: Type.Array(SessionView), placesLeft: Type.Integer(), childcareSeatsLeft: Type.Integer() }),
          ]),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const module = await findModule(db, request.params.id);
      if (!module) return reply.status(404).send(notFound(`no module with id ${request.params.id}`));
      const room = await roomLeftInModule(db, module.id, clock());
      return {
        ...moduleView(module),
        sessions: (await listSessions(db, module.id)).map(sessionView),
        placesLeft: room?.places ?? 0,
        childcareSeatsLeft: room?.childcareSeats ?? 0,
      };
    },
  );

  app.patch(
    "/modules/:id",
    {
      config: { audit: "module.update" },
      schema: { ...common, operationId: "updateModule", summary: "Change a module; more places fill from the waiting list", params: IdParams, body: ModulePatch, response: { 200: ModuleView, ...errorResponses } },
    },
    async (request, reply) => {
      const result = await db.transaction(async (tx) => {
        const module = await updateModule(tx, request.params.id, request.body);
        const promoted = module ? await promoteFromWaitlist(tx, module.id, clock()) : [];
        return { module, promoted };
      });
      if (!result.module) return reply.status(404).send(notFound(`no module with id ${request.params.id}`));
      request.audit.participantIds = promotedIds(result.promoted);
      await tell(result.promoted);
      return moduleView(result.module);
    },
  );

  app.post(
    "/seed",
    {
      schema: {
        ...common,
        operationId: "seedExampleCatalogue",
        summary: "Load the example catalogue (what npm run db:seed does); modules already there are kept",
        response: { 200: Type.Object({ created: Type.Array(Type.String()), kept: Type.Array(Type.String()) }), ...errorResponses },
      },
    },
    async () => seedCatalogue(db, clock()),
  );

  app.post(
    "/modules/:id/archive",
    { schema: { ...common, operationId: "archiveModule", summary: "Archive a module: no new enrolments", params: IdParams, response: { 200: ModuleView, ...errorResponses } } },
    async (request, reply) => {
      const module = await archiveModule(db, request.params.id);
      if (!module) return reply.status(404).send(notFound(`no module with id ${request.params.id}`));
      return moduleView(module);
    },
  );

  app.get(
    "/modules/:id/sessions",
    { schema: { ...common, operationId: "listSessions", summary: "A module's sessions", params: IdParams, response: { 200: Type.Object({ items: Type.Array(SessionView) }), ...errorResponses } } },
    async (request, reply) => {
      if (!(await findModule(db, request.params.id))) return reply.status(404).send(notFound(`no module with id ${request.params.id}`));
      return { items: (await listSessions(db, request.params.id)).map(sessionView) };
    },
  );

  app.post(
    "/sessions",
    { schema: { ...common, operationId: "createSession", summary: "Add a session to a module", body: SessionBody, response: { 201: SessionView, ...errorResponses } } },
    async (request, reply) => {
      const { moduleId, place, childcareSeats } = request.body;
      const startsAt = new Date(request.body.startsAt);
      const endsAt = new Date(request.body.endsAt);
      if (endsAt <= startsAt) return reply.status(400).send(badRequest("body/endsAt must be after body/startsAt"));
      const module = await findModule(db, moduleId);
      if (!module) return reply.status(400).send(badRequest(`body/moduleId: no module with id ${moduleId}`));
      if (module.archivedAt) return reply.status(400).send(badRequest(`body/moduleId: module ${moduleId} is archived`));
      return reply.status(201).send(sessionView(await createSession(db, moduleId, { startsAt, endsAt, place, childcareSeats })));
    },
  );

  app.patch(
    "/sessions/:id",
    {
      config: { audit: "session.update" },
      schema: {
        ...common,
        operationId: "updateSession",
        summary:
          "Move, change or cancel a session. A new start time or place, a cancellation, or a cancellation withdrawn is told to each enrolled participant once (see the README); `noticesQueued` says to how many.",
        params: IdParams,
        body: SessionPatch,
        response: { 200: Type.Intersect([SessionView, Type.Object({ noticesQueued: Type.Integer() })]), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { startsAt, endsAt, ...rest } = request.body;
      const result = await applySessionChange(request.params.id, {
        ...rest,
        ...(startsAt ? { startsAt: new Date(startsAt) } : {}),
        ...(endsAt ? { endsAt: new Date(endsAt) } : {}),
      });
      if (!result.ok) {
        return result.reason === "not-found"
          ? reply.status(404).send(notFound(`no session with id ${request.params.id}`))
          : reply.status(400).send(badRequest("body/endsAt must be after body/startsAt"));
      }
      request.audit.participantIds = await toldOrMovedUp(result.session.moduleId, result.promoted);
      return { ...sessionView(result.session), noticesQueued: result.noticesQueued };
    },
  );

  app.post(
    "/sessions/:id/cancel",
    {
      config: { audit: "session.cancel" },
      schema: {
        ...common,
        operationId: "cancelSession",
        summary: "Cancel a session and tell every enrolled participant once, in their language (the same as PATCH with {\"cancelled\": true})",
        params: IdParams,
        response: { 200: Type.Object({ sessionId: Type.Integer(), noticesQueued: Type.Integer() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await applySessionChange(request.params.id, { cancelled: true });
      if (!result.ok) return reply.status(404).send(notFound(`no session with id ${request.params.id}`));
      request.audit.participantIds = await toldOrMovedUp(result.session.moduleId, result.promoted);
      return { sessionId: request.params.id, noticesQueued: result.noticesQueued };
    },
  );

  app.get(
    "/modules/:id/enrolments",
    {
      config: { audit: "enrolment.list" },
      schema: {
        ...common,
        operationId: "listEnrolments", summary: `Enrolled participants and the waiting list, in order. ${csvNote}`,
        params: IdParams,
        querystring: FormatQuery,
        produces: ["application/json", "text/csv"],
        response: { 200: Type.Object({ enrolled: Type.Array(EnrolmentView), waitlisted: Type.Array(EnrolmentView) }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const module = await findModule(db, request.params.id);
      if (!module) return reply.status(404).send(notFound(`no module with id ${request.params.id}`));
      const live = await moduleEnrolments(db, module.id);
      const views = await Promise.all(
        live.map(async (e) => ({
          id: e.id,
          participantId: e.participantId,
          status: e.status as "enrolled" | "waitlisted",
          waitlistPosition: e.status === "waitlisted" ? await waitlistPosition(db, e) : null,
          childrenBooked: e.childrenBooked,
          createdAt: e.createdAt.toISOString(),
          enrolledAt: e.enrolledAt?.toISOString() ?? null,
        })),
      );
      request.audit.participantIds = views.map((v) => v.participantId);
      request.audit.details = { format: wantsCsv(request) ? "csv" : "json" };
      if (wantsCsv(request)) {
        return sendCsv(
          reply,
          `${module.code}-enrolments.csv`,
          ["enrolment", "participant", "status", "waitlist_position", "children_in_childcare", "joined_at", "enrolled_at"],
          views.map((v) => [v.id, v.participantId, v.status, v.waitlistPosition ?? "", v.childrenBooked, v.createdAt, v.enrolledAt ?? ""]),
        );
      }
      return { enrolled: views.filter((v) => v.status === "enrolled"), waitlisted: views.filter((v) => v.status === "waitlisted") };
    },
  );

  app.post(
    "/enrolments/:id/cancel",
    {
      config: { audit: "enrolment.cancel" },
      schema: {
        ...common,
        operationId: "cancelEnrolment", summary: "Cancel an enrolment; the waiting list moves up and is told",
        params: IdParams,
        response: {
          200: Type.Object({ cancelled: Type.Integer(), promoted: Type.Array(Type.Object({ enrolment: Type.Integer(), participantId: Type.Integer() })) }),
          409: ErrorResponse,
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { cancelled, promoted } = await cancelEnrolment(db, { enrolmentId: request.params.id, by: "admin", now: clock() });
      request.audit.participantId = cancelled?.participantId ?? null;
      request.audit.participantIds = promotedIds(promoted);
      if (!cancelled) return reply.status(409).send({ error: "Conflict", message: `enrolment ${request.params.id} does not exist or is already cancelled` });
      await tell(promoted);
      return { cancelled: cancelled.id, promoted: promoted.map((e) => ({ enrolment: e.id, participantId: e.participantId })) };
    },
  );

  app.get(
    "/sessions/:id/childcare",
    {
      config: { audit: "session.childcare" },
      schema: {
        ...common,
        operationId: "getSessionChildcare", summary: `Children to look after at a session: each family's number and age groups, totals against the seats. ${csvNote}`,
        params: IdParams,
        querystring: FormatQuery,
        produces: ["application/json", "text/csv"],
        response: {
          200: Type.Object({
            session: SessionView,
            families: Type.Array(Type.Object({ participantId: Type.Integer(), children: Type.Integer(), ageGroups: Type.Array(Type.String()) })),
            totalChildren: Type.Integer(),
            seats: Type.Integer(),
            seatsLeft: Type.Integer(),
            notComing: Type.Array(Type.Object({ participantId: Type.Integer(), childrenBooked: Type.Integer() }), { description: "enrolled families who answered they cannot come to this session (at its current time)" }),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const session = await findSession(db, request.params.id);
      if (!session) return reply.status(404).send(notFound(`no session with id ${request.params.id}`));
      // A family that said "not coming" to this session frees its seats; a changed number counts.
      const answers = new Map((await sessionAttendance(db, session.id)).map((a) => [a.participantId, a]));
      const enrolled = (await moduleEnrolments(db, session.moduleId)).filter((e) => e.status === "enrolled");
      const notComing: { participantId: number; childrenBooked: number }[] = [];
      const families = (
        await Promise.all(
          enrolled.map(async (e) => {
            // An answer given for an earlier time of a moved meeting no longer counts.
            const given = answers.get(e.participantId);
            const answer = given && given.forStartsAt.getTime() === session.startsAt.getTime() ? given : undefined;
            if (answer?.response === "not_coming") notComing.push({ participantId: e.participantId, childrenBooked: e.childrenBooked });
            const children = answer?.response === "not_coming" ? 0 : (answer?.children ?? e.childrenBooked);
            const ageGroups = childrenOf(await loadAnswers(db, e.participantId)).ageGroups;
            return { participantId: e.participantId, children, ageGroups };
          }),
        )
      ).filter((f) => f.children > 0);
      const totalChildren = families.reduce((n, f) => n + f.children, 0);
      request.audit.participantIds = families.map((f) => f.participantId);
      request.audit.details = { format: wantsCsv(request) ? "csv" : "json" };
      if (wantsCsv(request)) {
        return sendCsv(
          reply,
          `session-${session.id}-childcare.csv`,
          ["participant", "children", "age_groups"],
          [...families.map((f) => [f.participantId, f.children, f.ageGroups.join(" ")]), ["total", totalChildren, `seats ${session.childcareSeats}`]],
        );
      }
      request.audit.participantIds = [...families.map((f) => f.participantId), ...notComing.map((f) => f.participantId)];
      return { session: sessionView(session), families, totalChildren, seats: session.childcareSeats, seatsLeft: session.childcareSeats - totalChildren, notComing };
    },
  );
};
