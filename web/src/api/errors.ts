import type { TFunction } from "i18next";

/** An error answer of the API ({ error, message }) with the HTTP status the client middleware adds. */
export interface ApiError {
  error?: string;
  message?: string;
  status?: number;
}

/** When the status was not added (an older caller): Fastify's error names give it back. */
const STATUS_OF_NAME: Record<string, number> = {
  "Bad Request": 400,
  Unauthorized: 401,
  Forbidden: 403,
  "Not Found": 404,
  Conflict: 409,
  "Payload Too Large": 413,
  "Unsupported Media Type": 415,
  "Too Many Requests": 429,
  "Internal Server Error": 500,
  "Bad Gateway": 502,
  "Service Unavailable": 503,
};

/** Statuses with a sentence of their own in errors.status.*; others use errors.status.other. */
const KNOWN_STATUSES = [400, 401, 403, 404, 409, 413, 429, 500, 502, 503];

/**
 * What AJV says after the field (Fastify puts "body/<field> " before it, allErrors off:
 * one problem per answer), as errors.problem.<key> with its variables. Ordered: the first
 * match wins.
 */
const PROBLEMS: [RegExp, (m: RegExpMatchArray) => [string, Record<string, string>?]][] = [
  [/^must match pattern "/, () => ["pattern"]],
  [/^must match format "/, () => ["pattern"]],
  [/^must NOT have fewer than 1 characters$/, () => ["empty"]],
  // HumanText (src/http/schemas.ts): text of only spaces.
  [/^must not be blank\b/, () => ["empty"]],
  [/^must NOT have fewer than (\d+) characters$/, (m) => ["minLength", { n: m[1]! }]],
  [/^must NOT have more than (\d+) characters$/, (m) => ["maxLength", { n: m[1]! }]],
  [/^must NOT have fewer than (\d+) items$/, (m) => ["minItems", { n: m[1]! }]],
  [/^must NOT have more than (\d+) items$/, (m) => ["maxItems", { n: m[1]! }]],
  [/^must NOT have duplicate items/, () => ["duplicate"]],
  [/^must be >= (-?[\d.]+)$/, (m) => ["minimum", { n: m[1]! }]],
  [/^must be > (-?[\d.]+)$/, (m) => ["above", { n: m[1]! }]],
  [/^must be <= (-?[\d.]+)$/, (m) => ["maximum", { n: m[1]! }]],
  [/^must be < (-?[\d.]+)$/, (m) => ["below", { n: m[1]! }]],
  [/^must be (integer|number)$/, () => ["number"]],
  [/^must be (string|boolean|array|object|null)$/, () => ["type"]],
  [/^must be equal to (one of the allowed values|constant)$/, () => ["choice"]],
  [/^must match (a|exactly one) schema in (anyOf|oneOf)$/, () => ["choice"]],
  [/^must have required property '[^']+'$/, () => ["required"]],
  [/^is required\b/, () => ["required"]],
  [/^"(.*)" is taken$/, (m) => ["taken", { value: m[1]! }]],
  [/^must be well-formed Unicode/, () => ["unicode"]],
];

/** The server's words for what was not found, as errors.things.<key>. */
const THINGS: Record<string, string> = {
  participant: "participant",
  module: "module",
  session: "session",
  "staff member": "staff",
  "partner organisation": "partner",
  token: "token",
  appointment: "appointment",
  referral: "referral",
  "goal or step": "step",
  escalation: "chat",
  "calendar feed": "feed",
  exception: "exception",
};

/** Whole sentences the server answers with (its 403s and 409s), as errors.known.<key>. */
const KNOWN: Record<string, string> = {
  "another counsellor claimed it first": "alreadyClaimed",
  "the absence is over already: give one that ends in the future": "absenceOver",
  "the availability was changed meanwhile (another tab or person): reload it and make your change again": "changedMeanwhile",
  "the escalation is closed": "chatClosed",
  "the escalation is assigned to another counsellor": "notYours",
  "the participant has blocked the bot; the reply was not delivered": "blocked",
  "Telegram did not take the reply; try again": "telegramFailed",
  "body/currentPassword is not the current password": "wrongPassword",
  "the participant has not agreed to the privacy notice": "noConsent",
  "the participant has not agreed to the privacy notice: no plan can be made": "noConsent",
  "the participant has a plan already: add goals and steps to it": "planExists",
  "the appointment is already cancelled": "appointmentCancelled",
  "the appointment has not started yet": "appointmentNotStarted",
};

/**
 * The sentence to show a staff member for a failed API call, in their language (`t` of
 * i18next, with the web app's locales): by the error's structure, not its wording alone —
 *
 * - a validation error, "body/<field>[/<language>] <AJV's problem>" → "<Field label>: <problem>";
 * - "body/<field> must be after body/<other>" → "<Field>: must be later than <Other>";
 * - "no <thing> with id N", "no such <thing>", "participant N has no plan" → "Not found: …";
 * - the server's fixed sentences (KNOWN) → their translation;
 * - anything else → the generic sentence of the status, then the server's own text.
 *
 * `status` is the HTTP status when known (the middleware adds it to the body as well).
 */
export function explainError(error: unknown, t: TFunction, status?: number): string {
  const body = (error && typeof error === "object" ? error : {}) as ApiError;
  const message = typeof body.message === "string" ? body.message.trim() : typeof error === "string" ? error : "";
  const code = body.status ?? status ?? (body.error ? STATUS_OF_NAME[body.error] : undefined);
  const generic = t(`errors.status.${code !== undefined && KNOWN_STATUSES.includes(code) ? code : "other"}`);
  if (!message) return generic;

  // Several of AJV's complaints joined with ", " (a body that fits none of anyOf's shapes):
  // the one about a field the person filled says the most.
  const parts = message.split(/, (?=(?:body|querystring|params)[/ ])/);
  if (parts.length > 1) {
    const useful = parts.filter((p) => !/must match (?:a schema in anyOf|exactly one schema in oneOf)$/.test(p));
    const best = useful.find((p) => /must not be blank/.test(p)) ?? useful.find((p) => !/required property/.test(p)) ?? useful[0] ?? parts[0]!;
    return explainError({ ...body, message: best }, t, status);
  }

  const known = KNOWN[message];
  if (known) return t(`errors.known.${known}`);

  // PUT availability: two weekly windows of one counsellor cross each other.
  const overlap = /^body\/windows\/\d+ \((\w+), day (\d) (\d\d:\d\d)-(\d\d:\d\d)\) overlaps body\/windows\/\d+ \((\w+) (\d\d:\d\d)-(\d\d:\d\d)\)/.exec(message);
  if (overlap) {
    const [, kindA, , startA, endA, kindB, startB, endB] = overlap;
    return t("errors.overlap", { first: `${t(`kinds.${kindB}`)} ${startB}–${endB}`, second: `${t(`kinds.${kindA}`)} ${startA}–${endA}` });
  }

  const notFound = /^no (.+?) with (?:id|number) (\d+)$/.exec(message) ?? /^no such (.+)$/.exec(message);
  if (notFound && THINGS[notFound[1]!]) {
    const thing = t(`errors.things.${THINGS[notFound[1]!]}`);
    return t("errors.notFound", { what: notFound[2] ? `${thing} #${notFound[2]}` : thing });
  }
  const noPlan = /^participant (\d+) has no plan$/.exec(message);
  if (noPlan) return t("errors.noPlan", { number: noPlan[1] });

  // "body/code must …", "body must have required property 'code'", "querystring/to must be after querystring/from".
  const field = /^(?:body|querystring|params)((?:\/[^\s/:]+)*):? (.+)$/.exec(message);
  if (field) {
    const rest = field[2]!;
    const path = field[1]!.split("/").filter(Boolean);
    const required = /^must have required property '([^']+)'$/.exec(rest);
    if (required) path.push(required[1]!);
    const label = fieldLabel(path, t);
    const after = /^must be after (?:body|querystring)\/(\w+)$/.exec(rest);
    if (label && after) {
      const other = fieldLabel([after[1]!], t);
      if (other) return t("errors.field", { field: label, problem: t("errors.problem.after", { other }) });
    }
    const problem = PROBLEMS.find(([pattern]) => pattern.test(rest));
    if (label && problem) {
      const [key, vars] = problem[1](rest.match(problem[0])!);
      return t("errors.field", { field: label, problem: t(`errors.problem.${key}`, vars) });
    }
  }
  return t("errors.withDetail", { sentence: generic, detail: message });
}

/** "Title (Finnish)" for ["title", "fi"]; undefined when the field has no label in errors.fields. */
function fieldLabel(path: string[], t: TFunction): string | undefined {
  const [name, next] = path;
  if (!name) return undefined;
  const label = t(`errors.fields.${name}`, { defaultValue: "" });
  if (!label) return undefined;
  const language = next && /^[a-z]{2,3}$/.test(next) ? t(`languages.${next}`, { defaultValue: "" }) : "";
  if (language) return `${label} (${language})`;
  const row = next && /^\d+$/.test(next) ? Number(next) + 1 : undefined;
  return row === undefined ? label : `${label} ${t("errors.row", { n: row })}`;
}
