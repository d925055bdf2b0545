import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../../db/client.js";
import { errorResponses, IdParams } from "../../http/schemas.js";
import { createStaff, findStaff, issueToken, listStaff, revokeToken } from "./staff.js";

const StaffView = Type.Object({ id: Type.Integer(), displayName: Type.String(), role: Type.String(), disabled: Type.Boolean() });

/** Admins create counsellor and admin accounts and their tokens. */
export const staffRoutes: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  const common = { tags: ["accounts"], security: [{ bearer: [] }] };
  const TokenBody = Type.Object({ expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })) }, { additionalProperties: false });
  const TokenView = Type.Object({ tokenId: Type.Integer(), token: Type.String({ description: "shown only now; store it safely" }), expiresAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]) });

  app.get("/staff", { schema: { ...common, operationId: "listStaff", summary: "Counsellors and admins", response: { 200: Type.Object({ items: Type.Array(StaffView) }), ...errorResponses } } }, async () => ({
    items: (await listStaff(db)).map((s) => ({ id: s.id, displayName: s.displayName, role: s.role, disabled: s.disabledAt !== null })),
  }));

  app.post(
    "/staff",
    {
      schema: {
        ...common,
        operationId: "createStaff", summary: "Create an account and its first token",
        body: Type.Object(
          {
            displayName: Type.String({ minLength: 1, maxLength: 80, description: "shown to participants under each reply" }),
            role: Type.Union([Type.Literal("counsellor"), Type.Literal("admin")]),
            expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Intersect([StaffView, TokenView]), ...errorResponses },
      },
    },
    async (request, reply) => {
      const expiresAt = request.body.expiresInDays ? new Date(Date.now() + request.body.expiresInDays * 86_400_000) : null;
      // One transaction: an account exists only together with its first token.
      const { member, id, token } = await db.transaction(async (tx) => {
        const member = await createStaff(tx, { displayName: request.body.displayName.trim(), role: request.body.role });
        return { member, ...(await issueToken(tx, member.id, expiresAt)) };
      });
      return reply.status(201).send({ id: member.id, displayName: member.displayName, role: member.role, disabled: false, tokenId: id, token, expiresAt: expiresAt?.toISOString() ?? null });
    },
  );

  app.post(
    "/staff/:id/tokens",
    { schema: { ...common, operationId: "issueStaffToken", summary: "Issue another token", params: IdParams, body: TokenBody, response: { 201: TokenView, ...errorResponses } } },
    async (request, reply) => {
      if (!(await findStaff(db, request.params.id))) return reply.status(404).send({ error: "Not Found", message: `no staff member with id ${request.params.id}` });
      const expiresAt = request.body.expiresInDays ? new Date(Date.now() + request.body.expiresInDays * 86_400_000) : null;
      const { id, token } = await issueToken(db, request.params.id, expiresAt);
      return reply.status(201).send({ tokenId: id, token, expiresAt: expiresAt?.toISOString() ?? null });
    },
  );

  app.post(
    "/tokens/:id/revoke",
    { schema: { ...common, operationId: "revokeToken", summary: "Revoke a token at once", params: IdParams, response: { 200: Type.Object({ revoked: Type.Integer() }), ...errorResponses } } },
    async (request, reply) => {
      if (!(await revokeToken(db, request.params.id))) return reply.status(404).send({ error: "Not Found", message: `no token with id ${request.params.id}` });
      return { revoked: request.params.id };
    },
  );
};
