import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { and, eq, ne } from "drizzle-orm";
import { Type } from "typebox";
import type { Db } from "../../db/client.js";
import { isUniqueViolation } from "../../db/errors.js";
import { staff } from "../../db/schema.js";
import { errorResponse, errorResponses, IdParams, STAFF_SECURITY , HumanText } from "../../http/schemas.js";
import type { FailedAuthLimiter } from "../../http/failed-auth.js";
import { audit } from "../privacy/audit.js";
import { findStaff } from "../handoff/staff.js";
import { isSameOrigin } from "./csrf.js";
import { generatePassword, hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, normaliseUsername, USERNAME_PATTERN, verifyPassword } from "./passwords.js";
import { endSessionsOf, findStaffByUsername, principalForSession, startStaffSession } from "./sessions.js";

/** The web app's session cookie: http-only, SameSite=Strict, path /. */
export const SESSION_COOKIE = "kb_session";

export interface SignInOptions {
  db: Db;
  /** Failed authentications per client address: shared with the bearer tokens' check. */
  failedAuth: FailedAuthLimiter;
  /** Failed sign-ins per username (a guesser spread over many addresses is still stopped). */
  failedByName: FailedAuthLimiter;
  sessionHours: number;
  /** Secure cookie: "auto" when the request came over https. */
  secureCookie: boolean | "auto";
  clock?: () => Date;
}

const Me = Type.Object({
  staffId: Type.Union([Type.Integer(), Type.Null()]),
  displayName: Type.String(),
  role: Type.Union([Type.Literal("admin"), Type.Literal("coordinator"), Type.Literal("counsellor"), Type.Literal("childcare")]),
  username: Type.Union([Type.String(), Type.Null()]),
  via: Type.Union([Type.Literal("session"), Type.Literal("token")]),
  staffGroup: Type.Boolean({ description: "whether the deployment has a staff Telegram group (STAFF_GROUP_ID) to link an account for" }),
});

/** POST /auth/sign-in: a username and password give a session cookie (outside /api: no bearer token needed). */
export const signInRoutes: FastifyPluginAsyncTypebox<SignInOptions> = async (app, options) => {
  const { db, failedAuth, failedByName, sessionHours, secureCookie, clock = () => new Date() } = options;
  app.post(
    "/auth/sign-in",
    {
      config: { audit: "staff.sign-in" },
      schema: {
        tags: ["accounts"],
        // Open to anyone: this is where a session begins.
        security: [],
        operationId: "signIn",
        summary: "Sign in to the web app with a username and password: sets the http-only session cookie",
        body: Type.Object(
          {
            username: Type.String({ minLength: 1, maxLength: 80 }),
            password: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ displayName: Type.String(), role: Type.String() }),
          400: errorResponses[400],
          401: errorResponse("Wrong username or password, or a disabled account (the answer does not say which)"),
          403: errorResponse("The request did not come from this site's own pages (CSRF check)"),
          429: errorResponse("Too many failed sign-ins from this address or for this username: try again after Retry-After seconds"),
        },
      },
    },
    async (request, reply) => {
      if (!isSameOrigin(request)) return reply.status(403).send({ error: "Forbidden", message: "sign in from this site's own sign-in page" });
      const username = normaliseUsername(request.body.username);
      if (failedAuth.refuseIfBlocked(request, reply)) return reply;
      const waitName = failedByName.blockedFor(username);
      if (waitName > 0) {
        return reply
          .status(429)
          .header("retry-after", String(waitName))
          .send({ error: "Too Many Requests", message: `too many failed sign-ins for this username; try again in ${waitName} s` });
      }
      const member = await findStaffByUsername(db, username);
      const ok = await verifyPassword(member?.passwordHash, request.body.password);
      if (!member || !ok || member.disabledAt) {
        failedAuth.recordFailure(request.ip);
        failedByName.recordFailure(username);
        request.audit.details = { username };
        return reply.status(401).send({ error: "Unauthorized", message: "wrong username or password" });
      }
      const { token, expiresAt } = await startStaffSession(db, member.id, clock(), sessionHours);
      request.principal = { staffId: member.id, role: member.role, displayName: member.displayName, tokenId: null };
      reply.setCookie(SESSION_COOKIE, token, { path: "/", httpOnly: true, sameSite: "strict", secure: secureCookie, expires: expiresAt });
      return { displayName: member.displayName, role: member.role };
    },
  );
};

/** GET /auth/session: whether this browser is signed in (200 either way, so the app's first look logs no error). */
export const sessionStateRoutes: FastifyPluginAsyncTypebox<{ db: Db; clock?: () => Date }> = async (app, { db, clock = () => new Date() }) => {
  app.get(
    "/auth/session",
    {
      schema: {
        tags: ["accounts"],
        security: [],
        operationId: "getSessionState",
        summary: "Whether the request's session cookie is a live sign-in (the web app asks before anything else)",
        response: { 200: Type.Object({ signedIn: Type.Boolean() }), 400: errorResponses[400] },
      },
    },
    async (request) => {
      const token = request.cookies[SESSION_COOKIE];
      return { signedIn: token ? (await principalForSession(db, token, clock())) !== undefined : false };
    },
  );
};

/** /api routes of the signed-in person and admins' account management (roles in src/http/roles.ts). */
export const accountRoutes: FastifyPluginAsyncTypebox<{ db: Db; clock?: () => Date; staffGroup?: boolean }> = async (app, { db, staffGroup = false }) => {
  const common = { tags: ["accounts"], security: STAFF_SECURITY };

  app.get(
    "/me",
    { config: { audit: "staff.me" }, schema: { ...common, operationId: "getMe", summary: "Who is signed in (or whose token this is), with the role", response: { 200: Me } } },
    async (request) => {
      const p = request.principal;
      const member = p.staffId ? await findStaff(db, p.staffId) : undefined;
      return { staffId: p.staffId, displayName: p.displayName, role: p.role, username: member?.username ?? null, via: p.sessionId ? ("session" as const) : ("token" as const), staffGroup };
    },
  );

  app.post(
    "/me/password",
    {
      config: { audit: "staff.password-change" },
      schema: {
        ...common,
        operationId: "changeMyPassword",
        summary: "Change one's own password (the current one is asked); other sessions end",
        body: Type.Object(
          { currentPassword: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }), newPassword: Type.String({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ changed: Type.Boolean() }), 409: errorResponse("The current password is wrong, or this caller has no account"), ...errorResponses },
      },
    },
    async (request, reply) => {
      const member = request.principal.staffId ? await findStaff(db, request.principal.staffId) : undefined;
      if (!member || !(await verifyPassword(member.passwordHash, request.body.currentPassword))) {
        return reply.status(409).send({ error: "Conflict", message: "body/currentPassword is not the current password" });
      }
      await db.update(staff).set({ passwordHash: await hashPassword(request.body.newPassword) }).where(eq(staff.id, member.id));
      return { changed: true };
    },
  );

  app.post(
    "/staff/:id/password",
    {
      config: { audit: "staff.password-set" },
      schema: {
        ...common,
        operationId: "setStaffPassword",
        summary: "Give an account a username and a password (a new one is generated unless given, and shown once); its sessions end",
        params: IdParams,
        body: Type.Object(
          {
            username: Type.Optional(Type.String({ pattern: USERNAME_PATTERN, description: "lower case letters, digits, . _ -; 3 to 40" })),
            password: Type.Optional(Type.String({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ staffId: Type.Integer(), username: Type.String(), password: Type.String({ description: "shown only now" }) }),
          409: errorResponse("The username is taken, or the account has none and none was given"),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const member = await findStaff(db, request.params.id);
      if (!member) return reply.status(404).send({ error: "Not Found", message: `no staff member with id ${request.params.id}` });
      const username = request.body.username ? normaliseUsername(request.body.username) : member.username;
      if (!username) return reply.status(409).send({ error: "Conflict", message: "body/username is needed: this account has none yet" });
      const taken = await db.select({ id: staff.id }).from(staff).where(and(eq(staff.username, username), ne(staff.id, member.id)));
      if (taken.length > 0) return reply.status(409).send({ error: "Conflict", message: `body/username "${username}" is taken` });
      const password = request.body.password ?? generatePassword();
      try {
        await db.update(staff).set({ username, passwordHash: await hashPassword(password) }).where(eq(staff.id, member.id));
      } catch (error) {
        if (isUniqueViolation(error)) return reply.status(409).send({ error: "Conflict", message: `body/username "${username}" is taken` });
        throw error;
      }
      await endSessionsOf(db, member.id);
      request.audit.details = { staffId: member.id, username };
      return { staffId: member.id, username, password };
    },
  );

  app.patch(
    "/staff/:id",
    {
      config: { audit: "staff.update" },
      schema: {
        ...common,
        operationId: "updateStaff",
        summary: "Change an account's name or role; a new role ends its sessions",
        params: IdParams,
        body: Type.Object(
          { displayName: Type.Optional(HumanText(80)), role: Type.Optional(Type.Union([Type.Literal("admin"), Type.Literal("coordinator"), Type.Literal("counsellor"), Type.Literal("childcare")])) },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: Type.Object({ id: Type.Integer(), displayName: Type.String(), role: Type.String(), disabled: Type.Boolean() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const [row] = await db
        .update(staff)
        .set({ ...(request.body.displayName ? { displayName: request.body.displayName.trim() } : {}), ...(request.body.role ? { role: request.body.role } : {}) })
        .where(eq(staff.id, request.params.id))
        .returning();
      if (!row) return reply.status(404).send({ error: "Not Found", message: `no staff member with id ${request.params.id}` });
      if (request.body.role) await endSessionsOf(db, row.id);
      request.audit.details = { staffId: row.id, ...request.body };
      return { id: row.id, displayName: row.displayName, role: row.role, disabled: row.disabledAt !== null };
    },
  );
};

/** For the CLI: the same as POST /api/staff/:id/password, on a database this process opened. */
export async function setPasswordDirect(db: Db, staffId: number, username: string | undefined): Promise<{ ok: true; username: string; password: string } | { ok: false; message: string }> {
  const member = await findStaff(db, staffId);
  if (!member) return { ok: false, message: `No staff member #${staffId}.` };
  const name = username ? normaliseUsername(username) : member.username;
  if (!name) return { ok: false, message: `#${staffId} has no username yet: give one (npm run staff -- password ${staffId} <username>).` };
  const other = await findStaffByUsername(db, name);
  if (other && other.id !== staffId) return { ok: false, message: `The username "${name}" is taken by #${other.id}.` };
  const password = generatePassword();
  await db.update(staff).set({ username: name, passwordHash: await hashPassword(password) }).where(eq(staff.id, staffId));
  await endSessionsOf(db, staffId);
  await audit(db, { staffId: null, role: "admin", displayName: "command line", tokenId: null }, "staff.password-set", null, { staffId, username: name });
  return { ok: true, username: name, password };
}
