import { Ajv, type AnySchemaObject, type Options, type SchemaValidateFunction, type ValidateFunction } from "ajv";
import type { DataValidationCxt } from "ajv/dist/types/index.js";
import addFormats from "ajv-formats";
import type { FastifySchemaCompiler } from "fastify";
import { HUMAN_TEXT_KEYWORD } from "./schemas.js";

/**
 * Query strings and path parameters arrive as text, so their numbers and booleans are
 * coerced; request bodies are JSON and must already have the right types: `{"text": 5}`
 * is a 400, not the string "5".
 *
 * Each route's validator is compiled when the route is first called, not when the
 * server starts: compiling all of them took a fifth of a second of every start, for
 * routes most processes never serve. A schema ajv cannot compile fails that route's
 * first request (every route has a test) instead of the start.
 */
export function createValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const base: Options = { removeAdditional: false, useDefaults: true, allErrors: false, strict: false };
  let ajv: { lenient: Ajv; strict: Ajv } | undefined;
  const instances = () =>
    (ajv ??= {
      lenient: withHumanText(addFormats.default(new Ajv({ ...base, coerceTypes: "array" }))),
      strict: withHumanText(addFormats.default(new Ajv({ ...base, coerceTypes: false }))),
    });
  return ({ schema, httpPart }) => {
    let compiled: ValidateFunction | undefined;
    // Fastify reads `.errors` from the function it was given after each call.
    const validate = Object.assign(
      (data: unknown) => {
        compiled ??= (httpPart === "body" ? instances().strict : instances().lenient).compile(schema as object);
        const valid = compiled(data);
        validate.errors = compiled.errors;
        return valid;
      },
      { errors: null as ValidateFunction["errors"] },
    );
    return validate as unknown as ReturnType<FastifySchemaCompiler<unknown>>;
  };
}

/**
 * HumanText's keyword (schemas.ts): trims the string where it stands in the request, then
 * refuses it when nothing is left. It runs before maxLength and minLength, so they measure
 * the text that is stored.
 */
function withHumanText(ajv: Ajv): Ajv {
  const trim: SchemaValidateFunction = (_schema: unknown, data: unknown, _parentSchema?: AnySchemaObject, cxt?: DataValidationCxt) => {
    if (typeof data !== "string") return true;
    const trimmed = data.trim();
    if (cxt?.parentData) (cxt.parentData as Record<string | number, unknown>)[cxt.parentDataProperty] = trimmed;
    if (trimmed === "") {
      trim.errors = [{ keyword: HUMAN_TEXT_KEYWORD, message: "must not be blank: write some text, not only spaces", params: {} }];
      return false;
    }
    return true;
  };
  ajv.addKeyword({ keyword: HUMAN_TEXT_KEYWORD, type: "string", schemaType: "boolean", modifying: true, errors: true, before: "maxLength", validate: trim });
  return ajv;
}
