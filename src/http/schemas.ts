import { Type } from "typebox";

/** The body of every 4xx and 5xx answer. */
export const ErrorResponse = Type.Object({ error: Type.String(), message: Type.String() }, { $id: undefined });

/** Ids are PostgreSQL integers: anything larger is a 400, not a database error. */
export const MAX_ID = 2_147_483_647;

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: MAX_ID }) });

export const PageQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
  after: Type.Integer({ minimum: 0, maximum: MAX_ID, default: 0, description: "id of the last item of the previous page" }),
});

export const errorResponses = { 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse } as const;
