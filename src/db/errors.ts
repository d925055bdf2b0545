/** PostgreSQL's error code, whether the driver's error comes bare or wrapped by drizzle. */
function pgCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

export const isUniqueViolation = (error: unknown): boolean => pgCode(error) === "23505";
export const isCheckViolation = (error: unknown): boolean => pgCode(error) === "23514";
