import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../../db/client.js";
import { errorResponse, STAFF_SECURITY } from "../../http/schemas.js";
import { issueLinkCode, LINK_CODE_MINUTES } from "./linking.js";

/**
 * A staff member asks for a one-time code and sends `/link CODE` in the staff group; from
 * then on their Telegram account acts there as them. The staff web app's *Link Telegram*
 * (web/src/TelegramLink.tsx) calls it with the session; tools with their own token. Who
 * may: src/http/roles.ts (admins and counsellors).
 */
export const staffGroupRoutes: FastifyPluginAsyncTypebox<{ db: Db; clock?: () => Date; staffGroup?: boolean }> = async (app, { db, clock = () => new Date(), staffGroup = false }) => {
  app.post(
    "/staff/me/telegram-link-code",
    {
      config: { audit: "staff.telegram-link-code" },
      schema: {
        tags: ["accounts"],
        security: STAFF_SECURITY,
        operationId: "createTelegramLinkCode",
        summary: `A one-time code that links your Telegram account to your staff account: send /link CODE in the staff group within ${LINK_CODE_MINUTES} minutes`,
        response: {
          201: Type.Object({
            code: Type.String({ description: "shown only now; used once" }),
            expiresAt: Type.String({ format: "date-time" }),
            instructions: Type.String(),
          }),
          400: errorResponse("The environment's ADMIN_TOKEN has no staff account to link: use a staff member's token"),
          409: errorResponse("This deployment has no staff group (STAFF_GROUP_ID is not set): there is nowhere to use the code"),
        },
      },
    },
    async (request, reply) => {
      if (!staffGroup) return reply.status(409).send({ error: "Conflict", message: "this deployment has no staff group (STAFF_GROUP_ID is not set): there is nowhere to use a link code" });
      const staffId = request.principal.staffId;
      if (staffId === null) return reply.status(400).send({ error: "Bad Request", message: "the environment's ADMIN_TOKEN has no staff account to link; use a staff member's token" });
      const { code, expiresAt } = await issueLinkCode(db, staffId, clock());
      request.audit.details = { staffId };
      return reply.status(201).send({ code, expiresAt: expiresAt.toISOString(), instructions: `Lähetä henkilökunnan Telegram-ryhmään: /link ${code}` });
    },
  );
};
