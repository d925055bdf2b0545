import { Type } from "typebox";

/** The body of every 4xx and 5xx answer. */
export const ErrorResponse = Type.Object({ error: Type.String(), message: Type.String() }, { $id: undefined });

/** An error answer with what it means for the caller, as the API document shows it. */
export const errorResponse = (description: string) => Type.Object({ error: Type.String(), message: Type.String() }, { description });

/** Ids are PostgreSQL integers: anything larger is a 400, not a database error. */
export const MAX_ID = 2_147_483_647;

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: MAX_ID }) });

export const PageQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
  after: Type.Integer({ minimum: 0, maximum: MAX_ID, default: 0, description: "id of the last item of the previous page" }),
});

export const BadRequest = errorResponse("Malformed request: the message names the field (e.g. querystring/limit must be <= 100)");
export const Unauthorized = errorResponse("No bearer token, or one that is wrong, expired or revoked");
export const NotFound = errorResponse("No such item (the message says which), or no such route");
/** Answered by the admin-only routes to a counsellor's token (added to them in create-server.ts). */
export const AdminsOnly = errorResponse("The token is a counsellor's: this route is for admins");
/** Answered by every /api route past API_RATE_LIMIT_PER_MINUTE or too many failed authentications (added to them in create-server.ts). */
export const RateLimited = errorResponse(
  "More than API_RATE_LIMIT_PER_MINUTE requests in a minute from this address, or too many failed authentications from it: " +
    "try again after the Retry-After header's seconds",
);

export const errorResponses = { 400: BadRequest, 401: Unauthorized, 404: NotFound } as const;

/** Routes the web app calls: a bearer token or the web app's session cookie. */
export const STAFF_SECURITY: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }];

/**
 * The keyword validation.ts gives request bodies: trims the string in place before its
 * length is checked, and refuses one with nothing but spaces ("must not be blank").
 */
export const HUMAN_TEXT_KEYWORD = "x-human-text";

/**
 * Text a person writes for other people to read: names, titles, step texts, notes, reasons,
 * replies, addresses, partners' fields. Surrounding spaces are trimmed before the length
 * (1 to maxLength characters, after trimming) is checked, so "   " is a 400 that names the
 * field, never an empty name or step. For request bodies only.
 */
export const HumanText = (maxLength: number, options: { description?: string; default?: string } = {}) =>
  Type.String({ ...options, minLength: 1, maxLength, pattern: "\\S", [HUMAN_TEXT_KEYWORD]: true });
