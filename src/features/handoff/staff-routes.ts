import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../../db/client.js";
import { isUniqueViolation } from "../../db/errors.js";
import { USERNAME_PATTERN } from "../sign-in/passwords.js";
import { errorResponse, errorResponses, IdParams, MAX_ID, STAFF_SECURITY , HumanText } from "../../http/schemas.js";
import { endStaffSession } from "../sign-in/sessions.js";
import { SESSION_COOKIE } from "../sign-in/routes.js";
import { createStaff, findStaff, issueToken, listStaff, listTokens, revokeToken, setStaffDisabled, tokenExpiry, type StaffMember } from "./staff.js";

const StaffView = Type.Object({
  id: Type.Integer(),
  displayName: Type.String(),
  role: Type.String(),
  disabled: Type.Boolean(),
  username: Type.Union([Type.String(), Type.Null()]),
  hasPassword: Type.Boolean(),
});
const staffView = (s: StaffMember) => ({ id: s.id, displayName: s.displayName, role: s.role, disabled: s.disabledAt !== null, username: s.username, hasPassword: s.passwordHash !== null });
const iso = (d: Date | null) => d?.toISOString() ?? null;
const DateOrNull = Type.Union([Type.String({ format: "date-time" }), Type.Null()]);

/**
 * Admins manage counsellor and admin accounts and their tokens. A token is valid for
 * STAFF_TOKEN_DAYS unless the admin gives another time; only its hash is stored.
 */
export const staffRoutes: FastifyPluginAsyncTypebox<{ db: Db; staffTokenDays: number; clock?: () => Date }> = async (app, { db, staffTokenDays, clock = () => new Date() }) => {
  const common = { tags: ["accounts"], security: [{ bearer: [] }] };
  const expiresInDays = Type.Optional(Type.Integer({ minimum: 1, maximum: 3650, description: `days until the token expires; default ${staffTokenDays} (STAFF_TOKEN_DAYS)` }));
  const TokenBody = Type.Object({ expiresInDays }, { additionalProperties: false });
  const TokenView = Type.Object({ tokenId: Type.Integer(), token: Type.String({ description: "shown only now; store it safely" }), expiresAt: Type.String({ format: "date-time" }) });
  const expiry = (days?: number) => tokenExpiry(days ?? staffTokenDays, clock());

  app.get(
    "/staff",
    { config: { audit: "staff.list" }, schema: { ...common, operationId: "listStaff", summary: "Counsellors and admins", response: { 200: Type.Object({ items: Type.Array(StaffView) }), ...errorResponses } } },
    async () => ({ items: (await listStaff(db)).map(staffView) }),
  );

  app.post(
    "/staff",
    {
      config: { audit: "staff.create" },
      schema: {
        ...common,
        operationId: "createStaff", summary: "Create an account and its first token",
        body: Type.Object(
          {
            displayName: HumanText(80, { description: "shown to participants under each reply" }),
            role: Type.Union([Type.Literal("admin"), Type.Literal("coordinator"), Type.Literal("counsellor"), Type.Literal("childcare")]),
            username: Type.Optional(Type.String({ pattern: USERNAME_PATTERN, description: "sign-in name for the web app (set a password with POST /api/staff/{id}/password)" })),
            expiresInDays,
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Intersect([StaffView, TokenView]), 409: errorResponse("The username is taken"), ...errorResponses },
      },
    },
    async (request, reply) => {
      const expiresAt = expiry(request.body.expiresInDays);
      // One transaction: an account exists only together with its first token.
      let created;
      try {
        created = await db.transaction(async (tx) => {
          const member = await createStaff(tx, { displayName: request.body.displayName.trim(), role: request.body.role, username: request.body.username?.toLowerCase() });
          return { member, ...(await issueToken(tx, member.id, expiresAt)) };
        });
      } catch (error) {
        if (isUniqueViolation(error)) return reply.status(409).send({ error: "Conflict", message: `body/username "${request.body.username}" is taken` });
        throw error;
      }
      const { member, id, token } = created;
      request.audit.details = { staffId: member.id, tokenId: id };
      return reply.status(201).send({ ...staffView(member), tokenId: id, token, expiresAt: expiresAt.toISOString() });
    },
  );

  for (const [path, disabled] of [["disable", true], ["enable", false]] as const) {
    app.post(
      `/staff/:id/${path}`,
      {
        config: { audit: `staff.${path}` },
        schema: {
          ...common,
          operationId: disabled ? "disableStaff" : "enableStaff",
          summary: disabled ? "Disable an account: its tokens stop working at once (its chats stay assigned until reassigned)" : "Enable a disabled account again",
          params: IdParams,
          response: { 200: StaffView, ...errorResponses },
        },
      },
      async (request, reply) => {
        const member = await setStaffDisabled(db, request.params.id, disabled);
        if (!member) return reply.status(404).send({ error: "Not Found", message: `no staff member with id ${request.params.id}` });
        return staffView(member);
      },
    );
  }

  app.get(
    "/tokens",
    {
      config: { audit: "token.list" },
      schema: {
        ...common,
        operationId: "listTokens",
        summary: "Tokens with their owner, state and last use (never the token itself: only a hash is kept)",
        querystring: Type.Object({ staffId: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_ID })) }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.Integer(),
                staffId: Type.Integer(),
                displayName: Type.String(),
                state: Type.Union([Type.Literal("active"), Type.Literal("expired"), Type.Literal("revoked")]),
                createdAt: Type.String({ format: "date-time" }),
                expiresAt: DateOrNull,
                revokedAt: DateOrNull,
                lastUsedAt: DateOrNull,
              }),
            ),
          }),
          400: errorResponses[400],
        },
      },
    },
    async (request) => {
      const now = clock();
      const rows = await listTokens(db, { staffId: request.query.staffId });
      return {
        items: rows.map((t) => ({
          id: t.id,
          staffId: t.staffId,
          displayName: t.displayName,
          state: t.revokedAt ? ("revoked" as const) : t.expiresAt && t.expiresAt <= now ? ("expired" as const) : ("active" as const),
          createdAt: t.createdAt.toISOString(),
          expiresAt: iso(t.expiresAt),
          revokedAt: iso(t.revokedAt),
          lastUsedAt: iso(t.lastUsedAt),
        })),
      };
    },
  );

  app.post(
    "/staff/:id/tokens",
    { config: { audit: "token.create" }, schema: { ...common, operationId: "issueStaffToken", summary: "Issue another token", params: IdParams, body: TokenBody, response: { 201: TokenView, ...errorResponses } } },
    async (request, reply) => {
      if (!(await findStaff(db, request.params.id))) return reply.status(404).send({ error: "Not Found", message: `no staff member with id ${request.params.id}` });
      const expiresAt = expiry(request.body.expiresInDays);
      const { id, token } = await issueToken(db, request.params.id, expiresAt);
      request.audit.details = { tokenId: id };
      return reply.status(201).send({ tokenId: id, token, expiresAt: expiresAt.toISOString() });
    },
  );

  app.post(
    "/tokens/:id/revoke",
    { config: { audit: "token.revoke" }, schema: { ...common, operationId: "revokeToken", summary: "Revoke a token at once", params: IdParams, response: { 200: Type.Object({ revoked: Type.Integer() }), ...errorResponses } } },
    async (request, reply) => {
      if (!(await revokeToken(db, request.params.id))) return reply.status(404).send({ error: "Not Found", message: `no token with id ${request.params.id}` });
      return { revoked: request.params.id };
    },
  );
};

/**
 * Signing out: a web app session ends and its cookie is cleared; with a token (a tool, or
 * the old console) the token used for the call is revoked.
 */
export const signOutRoutes: FastifyPluginAsyncTypebox<{ db: Db; secureCookie?: boolean | "auto" }> = async (app, { db, secureCookie = "auto" }) => {
  app.post(
    "/sign-out",
    {
      config: { audit: "token.sign-out" },
      schema: {
        tags: ["accounts"],
        security: STAFF_SECURITY,
        operationId: "signOut",
        summary: "Sign out: ends the web app session of this request, or revokes the token used for it",
        response: {
          200: Type.Object({ revoked: Type.Optional(Type.Integer()), signedOut: Type.Optional(Type.Boolean()) }),
          409: errorResponse("The environment's ADMIN_TOKEN cannot be revoked here: change ADMIN_TOKEN instead"),
        },
      },
    },
    async (request, reply) => {
      const { sessionId, tokenId } = request.principal;
      if (sessionId) {
        await endStaffSession(db, sessionId);
        reply.clearCookie(SESSION_COOKIE, { path: "/", httpOnly: true, sameSite: "strict", secure: secureCookie });
        request.audit.action = "staff.sign-out";
        return { signedOut: true };
      }
      if (!tokenId) return reply.status(409).send({ error: "Conflict", message: "the environment's ADMIN_TOKEN cannot be revoked here; change ADMIN_TOKEN instead" });
      await revokeToken(db, tokenId);
      request.audit.details = { tokenId };
      return { revoked: tokenId };
    },
  );
};
