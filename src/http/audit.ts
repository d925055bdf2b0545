import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../db/client.js";
import { recordAudit, type AuditOutcome } from "../features/privacy/audit.js";
import type { Principal } from "../features/handoff/staff.js";
import { MAX_ID } from "./schemas.js";

/**
 * Routes under /api that neither return nor change anyone's personal data: the catalogue
 * (the example one loaded by POST /api/seed too), the calendar and the suppressed funders' report. Every other route is audited on every
 * call, including refused ones; a refused call (401, 403) is audited on these too. A test
 * walks the OpenAPI document and checks both: every route not listed here writes an audit
 * entry, and none listed here returns a field that identifies a person.
 */
export const ROUTES_WITHOUT_PERSONAL_DATA: readonly string[] = [
  "GET /api/modules",
  "POST /api/modules",
  "GET /api/modules/{id}",
  "POST /api/modules/{id}/archive",
  "POST /api/seed",
  "GET /api/modules/{id}/sessions",
  "POST /api/sessions",
  "GET /api/reports/summary",
  "GET /api/plan-step-catalogue",
  "GET /api/partners",
  "POST /api/partners",
  "PATCH /api/partners/{id}",
  "GET /api/overview",
  "GET /api/sessions",
  "GET /auth/session",
];

/** What a handler adds to its route's audit entry. */
export interface AuditNote {
  /** Overrides the route's action (the helpdesk's reply, claim or close). */
  action?: string;
  participantId?: number | null;
  /** Everyone a list showed or an action changed (a waiting list moving up). */
  participantIds?: number[];
  details?: Record<string, unknown>;
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** The audit action of the route ("participant.read"); derived from method and path when absent. */
    audit?: string;
    /** The path parameter that is a participant's id, so that even a refused call names whose data it was after. */
    auditParticipantParam?: string;
    /** Who may call an /api route (set from src/http/roles.ts when the route is added). */
    roles?: readonly string[];
  }
  interface FastifyRequest {
    /** Who called (set by authentication on /api and /inbound). */
    principal: Principal;
    audit: AuditNote;
  }
}

/** "/api/participants/:id" as the OpenAPI document writes it: "/api/participants/{id}". */
export const openApiPath = (route: string) => route.replace(/:(\w+)/g, "{$1}");

function outcomeOf(status: number): AuditOutcome {
  if (status < 400) return "ok";
  if (status === 401 || status === 403) return "denied";
  if (status === 404) return "not-found";
  if (status === 409) return "conflict";
  if (status < 500) return "invalid";
  return "failed";
}

/** Path parameters, as numbers where they are ids. */
function idsOf(params: unknown): Record<string, unknown> | undefined {
  if (!params || typeof params !== "object" || Object.keys(params).length === 0) return undefined;
  // Anything else is what the caller typed (it failed validation): kept only as plain characters.
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, /^\d{1,10}$/.test(String(v)) ? Number(v) : String(v).replace(/[^\w.-]/g, "?").slice(0, 40)]));
}

/**
 * The audit trail of the HTTP API: one hook sees every answer of /api and of the signed
 * inbound routes before it leaves, and writes who asked for what about whom and how it
 * ended. Written before the answer goes out: if the audit cannot be written, the data
 * does not leave either (the request fails). Repeated successful reads coalesce.
 */
export function auditRequests(app: FastifyInstance, db: Db): void {
  app.decorateRequest("principal", null as unknown as Principal);
  app.decorateRequest("audit", null as unknown as AuditNote);
  app.addHook("onRequest", async (request) => {
    request.audit = {};
  });
  app.addHook("onSend", async (request: FastifyRequest, reply: FastifyReply, payload) => {
    const route = request.routeOptions.url;
    const config = request.routeOptions.config;
    if (!route || !(route.startsWith("/api/") || config.audit)) return payload;
    const status = reply.statusCode;
    // Rate limiting answers floods; writing a row for each would be a flood of its own.
    if (status === 429) return payload;
    const refused = status === 401 || status === 403;
    if (ROUTES_WITHOUT_PERSONAL_DATA.includes(`${request.method} ${openApiPath(route)}`) && !refused) return payload;
    const note = request.audit ?? {};
    const params = idsOf(request.params);
    const fromParam = config.auditParticipantParam ? Number((request.params as Record<string, unknown>)[config.auditParticipantParam]) : NaN;
    const who = request.principal;
    await recordAudit(
      db,
      {
        staffId: who?.staffId ?? null,
        actor: who?.displayName ?? "unauthenticated",
        action: note.action ?? config.audit ?? `${request.method} ${route}`,
        // Only an id the database can hold: a refused call may name any number (2147483648).
        participantId: note.participantId ?? (Number.isInteger(fromParam) && fromParam >= 1 && fromParam <= MAX_ID ? fromParam : null),
        outcome: outcomeOf(status),
        details: { status, ...(params ? { params } : {}), ...(note.participantIds ? { participantIds: [...new Set(note.participantIds)] } : {}), ...note.details },
      },
      { coalesce: request.method === "GET" && status < 400 },
    );
    return payload;
  });
}
