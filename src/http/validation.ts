import { Ajv, type Options } from "ajv";
import addFormats from "ajv-formats";
import type { FastifySchemaCompiler } from "fastify";

/**
 * Query strings and path parameters arrive as text, so their numbers and booleans are
 * coerced; request bodies are JSON and must already have the right types: `{"text": 5}`
 * is a 400, not the string "5".
 */
export function createValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const base: Options = { removeAdditional: false, useDefaults: true, allErrors: false, strict: false };
  const lenient = addFormats.default(new Ajv({ ...base, coerceTypes: "array" }));
  const strict = addFormats.default(new Ajv({ ...base, coerceTypes: false }));
  return ({ schema, httpPart }) => (httpPart === "body" ? strict : lenient).compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>;
}
