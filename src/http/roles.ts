import { STAFF_ROLES } from "../db/schema.js";

export type Role = (typeof STAFF_ROLES)[number];

const ALL: readonly Role[] = STAFF_ROLES;
const ADMIN: readonly Role[] = ["admin"];
/** The handoff queue and transcripts. */
const CHATS: readonly Role[] = ["admin", "counsellor"];
/** Catalogue, calendar, enrolments, reports: the coordinators' work. */
const COORDINATION: readonly Role[] = ["admin", "coordinator"];
/** Childcare lists and what they need to be read (module titles, session times): no survey answers. */
const CHILDCARE: readonly Role[] = ["admin", "coordinator", "childcare"];

/**
 * Who may call each /api route, as "<METHOD> <path under /api>" → roles. The one place
 * where access is decided (issue 14): create-server.ts refuses any other role with 403
 * before the route runs, and a route missing here is for admins only (fail closed);
 * test/http/roles.test.ts checks that every mounted route is listed.
 *
 * - admin: everything.
 * - coordinator: catalogue, calendar, enrolments, childcare, reports; no transcripts, no survey answers.
 * - counsellor: the handoff queue and chats.
 * - childcare: childcare lists (and the module and session data they name), nothing about a person beyond them.
 */
export const ROUTE_ROLES: Record<string, readonly Role[]> = {
  "GET /me": ALL,
  "POST /sign-out": ALL,
  "POST /me/password": ALL,

  "GET /escalations": CHATS,
  "GET /escalations/:id": CHATS,
  "POST /escalations/:id/claim": CHATS,
  "POST /escalations/:id/reply": CHATS,
  "POST /escalations/:id/close": CHATS,
  "POST /escalations/:id/reassign": CHATS,
  // Linking one's own Telegram account to answer in the staff group (issue 17).
  "POST /staff/me/telegram-link-code": CHATS,

  "GET /overview": COORDINATION,
  "GET /modules": CHILDCARE,
  "GET /modules/:id": CHILDCARE,
  "GET /modules/:id/sessions": CHILDCARE,
  "GET /sessions": CHILDCARE,
  "GET /sessions/:id/childcare": CHILDCARE,
  "POST /modules": COORDINATION,
  "PATCH /modules/:id": COORDINATION,
  "POST /modules/:id/archive": COORDINATION,
  "POST /seed": COORDINATION,
  "POST /sessions": COORDINATION,
  "PATCH /sessions/:id": COORDINATION,
  "POST /sessions/:id/cancel": COORDINATION,
  "GET /modules/:id/enrolments": COORDINATION,
  "POST /enrolments/:id/cancel": COORDINATION,
  "GET /sessions/:id/reminders": COORDINATION,
  "GET /sessions/:id/attendance": COORDINATION,
  "GET /reports/summary": COORDINATION,

  // Integration plans and referrals: the counsellor's work with the participant; the
  // partner catalogue is kept by coordinators (issue 16).
  "GET /plan-step-catalogue": CHATS,
  "GET /participants/:id/plan-basis": CHATS,
  "GET /participants/:id/plan": CHATS,
  "POST /participants/:id/plan": CHATS,
  "POST /participants/:id/plan/goals": CHATS,
  "PATCH /plan-goals/:id": CHATS,
  "POST /participants/:id/plan/steps": CHATS,
  "PATCH /plan-steps/:id": CHATS,
  "GET /participants/:id/plan/history": CHATS,
  "GET /participants/:id/referrals": CHATS,
  "POST /participants/:id/referrals": CHATS,
  "PATCH /referrals/:id": CHATS,
  "GET /partners": ["admin", "counsellor", "coordinator"],
  "POST /partners": COORDINATION,
  "PATCH /partners/:id": COORDINATION,

  // Individual guidance (issue 15): a counsellor their own calendar, an admin everyone's
  // (the routes check whose); the interpreter list is the coordinators'.
  "GET /counsellors/:id/availability": CHATS,
  "PUT /counsellors/:id/availability": CHATS,
  "POST /counsellors/:id/exceptions": CHATS,
  "DELETE /counsellors/:id/exceptions/:exceptionId": CHATS,
  "GET /appointments": CHATS,
  "GET /appointments/free-times": CHATS,
  "POST /appointments": CHATS,
  "POST /appointments/:id/cancel": CHATS,
  "POST /appointments/:id/outcome": CHATS,
  "POST /counsellors/:id/calendar-token": CHATS,
  "DELETE /counsellors/:id/calendar-token": CHATS,
  "GET /interpreter-bookings": COORDINATION,

  // Recordings for 🔊 (issue 13).
  "GET /audio": ADMIN,
  "PUT /audio/:locale/:messageKey": ADMIN,
  "DELETE /audio/:locale/:messageKey": ADMIN,

  "GET /participants": ADMIN,
  "GET /participants/:id": ADMIN,
  "GET /participants/:id/export": ADMIN,
  "POST /participants/:id/erase": ADMIN,
  "GET /audit": ADMIN,
  "GET /staff": ADMIN,
  "POST /staff": ADMIN,
  "POST /staff/:id/disable": ADMIN,
  "POST /staff/:id/enable": ADMIN,
  "POST /staff/:id/password": ADMIN,
  "PATCH /staff/:id": ADMIN,
  "GET /tokens": ADMIN,
  "POST /staff/:id/tokens": ADMIN,
  "POST /tokens/:id/revoke": ADMIN,
};

/** The roles that may call `method path` (path under /api, Fastify's form "/modules/:id"); admins only when unlisted. */
export function rolesFor(method: string, path: string): readonly Role[] {
  return ROUTE_ROLES[`${method} ${path}`] ?? ADMIN;
}
