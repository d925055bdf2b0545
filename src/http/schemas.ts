import { Type } from "typebox";

/** The body of every 4xx and 5xx answer. */
export const ErrorResponse = Type.Object({ error: Type.String(), message: Type.String() }, { $id: undefined });

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });

export const PageQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
  after: Type.Integer({ minimum: 0, default: 0, description: "id of the last item of the previous page" }),
});

export const errorResponses = { 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse } as const;
