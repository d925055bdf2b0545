import { appointmentRoutes, calendarFeedRoutes } from "../features/appointments/routes.js";
import { SerializerSelector } from "@fastify/fast-json-stringify-compiler";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type, type TSchema } from "typebox";
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyPluginAsync } from "fastify";
import type { Update } from "grammy/types";
import type { FastifyReply, FastifyRequest, RouteOptions } from "fastify";
import type { Logger } from "pino";
import type { AppBot } from "../bot/create-bot.js";
import type { Database } from "../db/client.js";
import { moduleRoutes } from "../features/modules/routes.js";
import { reminderRoutes } from "../features/reminders/routes.js";
import type { ReminderPolicy } from "../features/reminders/planner.js";
import { participantRoutes } from "../features/survey/routes.js";
import type { Messenger } from "../bot/messenger.js";
import { answerInWebhookReply, type WebhookReply } from "../bot/replies.js";
import { bearerToken, secretsEqual } from "./auth.js";
import { escalationRoutes } from "../features/handoff/routes.js";
import { inboundRoutes } from "../features/handoff/inbound-routes.js";
import cookie from "@fastify/cookie";
import { webAppNotFoundPage, webAppRoutes } from "./web-app.js";
import { accountRoutes, SESSION_COOKIE, sessionStateRoutes, signInRoutes } from "../features/sign-in/routes.js";
import { principalForSession } from "../features/sign-in/sessions.js";
import { isSameOrigin } from "../features/sign-in/csrf.js";
import { rolesFor } from "./roles.js";
import { overviewRoutes } from "../features/overview/routes.js";
import { signOutRoutes, staffRoutes } from "../features/handoff/staff-routes.js";
import { staffGroupRoutes } from "../features/staff-group/routes.js";
import { privacyRoutes } from "../features/privacy/routes.js";
import { planRoutes } from "../features/plan/routes.js";
import { referralRoutes } from "../features/referrals/routes.js";
import { principalForToken, type Principal } from "../features/handoff/staff.js";
import type { Relay } from "../features/handoff/relay.js";
import { createValidatorCompiler } from "./validation.js";
import { errorResponse, RateLimited, Unauthorized } from "./schemas.js";
import { allMetrics } from "../metrics.js";
import { auditRequests } from "./audit.js";
import { FailedAuthLimiter, type FailedAuthPolicy } from "./failed-auth.js";
import { audioRoutes } from "../features/audio/routes.js";

export const WEBHOOK_PATH = "/telegram/webhook";

export interface CreateServerOptions {
  database: Database;
  logger: Logger;
  /** Without it every /api route answers 401: the admin API is closed. */
  adminToken?: string;
  /** Mounts the Telegram webhook route (webhook mode only). */
  webhook?: { bot: AppBot; secret: string; timeoutMs?: number };
  /** Tells participants what an admin action changed for them (a place freed). */
  messenger?: Messenger;
  /** Delivers counsellors' replies to participants (the bot's API). */
  relay?: Relay;
  /** Requests a minute per client address on /api. */
  apiRateLimitPerMinute?: number;
  /** Counsellors may read every chat, not only their own (a project's choice). */
  counsellorsSeeAll?: boolean;
  /** Secret of the signed inbound helpdesk webhook; without it the route is not mounted. */
  inboundSecret?: string;
  clock?: () => Date;
  /** Quiet hours and offsets: when change notices go, and the planned reminders shown. */
  reminderPolicy?: ReminderPolicy;
  /** Largest request body accepted, in bytes. Telegram updates are small. */
  bodyLimit?: number;
  /** Days a staff token issued without an explicit time is valid (STAFF_TOKEN_DAYS). */
  staffTokenDays?: number;
  /** Bearer token /metrics asks for (METRICS_TOKEN); without it /metrics is open. */
  metricsToken?: string;
  /** Failed authentications allowed per client address (tests lower it). */
  failedAuth?: FailedAuthPolicy;
  /**
   * What /readyz checks besides the database, e.g. whether the Bot API answers; each is
   * named in a 503. Absent: the database alone decides.
   */
  readiness?: Record<string, () => { ok: boolean; detail: string }>;
  /**
   * What /readyz reports without failing (the staff group: a misconfigured group must not
   * take the bot out of a load balancer, participants are still served). Undefined: fine.
   */
  warnings?: Record<string, () => string | undefined>;
  /** Whether STAFF_GROUP_ID is set: staff link their Telegram accounts only where there is a group to use them in. */
  staffGroup?: boolean;
  /** The public address of this server, for the API document's `servers`. */
  publicUrl?: string;
  /** Hours a web app sign-in lasts (STAFF_SESSION_HOURS); default 12. */
  staffSessionHours?: number;
  /** The session cookie's Secure flag (SESSION_COOKIE_SECURE); "auto": when the request came over https. */
  secureCookie?: boolean | "auto";
  /** Failed sign-ins allowed per username (tests lower it); default 10 in 15 minutes. */
  failedSignIns?: FailedAuthPolicy;
  /** The built web app (web/dist); absent or missing: / answers that it is not built. */
  webDist?: string;
}

export type App = FastifyInstance;

export async function createServer(options: CreateServerOptions): Promise<App> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: options.bodyLimit ?? 256 * 1024,
    schemaController: { compilersFactory: { buildSerializer: lazySerializers } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(createValidatorCompiler());

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (error.validation) {
      // Fastify names the field, e.g. "querystring/limit must be <= 100".
      return reply.status(400).send({ error: "Bad Request", message: error.message });
    }
    if (status >= 500) {
      // The details are for the operators' logs, not for the client.
      request.log.error({ err: error }, "request failed");
      return reply.status(status).send({ error: "Internal Server Error", message: "Something went wrong on our side." });
    }
    return reply.status(status).send({ error: error.name || "Error", message: error.message });
  });
  // PostgreSQL cannot store U+0000 or a lone surrogate (\ud835 without its pair) in text
  // or jsonb: refuse them as bad input, by name, before they reach a query and become a 500.
  app.addHook("preValidation", async (request, reply) => {
    // Telegram's updates are the bot's to clean (it drops control characters itself).
    if (request.url.startsWith(WEBHOOK_PATH)) return;
    const where = findNul(request.body, "body") ?? findNul(request.query, "querystring");
    if (where) return reply.status(400).send({ error: "Bad Request", message: `${where} must be well-formed Unicode without the NUL character (U+0000)` });
  });
  // Answers about people must not stay in a browser's or a proxy's cache.
  app.addHook("onSend", async (request, reply, payload) => {
    if (/^\/(api|inbound|metrics)(\/|$|\?)/.test(request.url)) reply.header("cache-control", "no-store");
    return payload;
  });
  auditRequests(app, options.database.db);
  const failedAuth = new FailedAuthLimiter(options.failedAuth);
  // Telegram keeps its webhook connections alive: a connection busy when closing began
  // would keep the server (and the shutdown) open after its answer. Close each one as
  // soon as it falls idle.
  let closingIdle: NodeJS.Timeout | undefined;
  app.addHook("preClose", async () => {
    app.server.closeIdleConnections();
    closingIdle = setInterval(() => app.server.closeIdleConnections(), 100);
    closingIdle.unref();
  });
  app.addHook("onClose", async () => clearInterval(closingIdle));
  const appPage = webAppNotFoundPage(options.webDist);
  app.setNotFoundHandler((request, reply) => {
    // A person's browser asking for a page gets the staff app's own "not found" page, in their language.
    const page = appPage(request);
    if (page) return reply.status(404).type("text/html; charset=utf-8").header("cache-control", "no-cache").send(page);
    return reply.status(404).send({ error: "Not Found", message: `No route for ${request.method} ${request.url.split("?")[0]}` });
  });

  // Security headers everywhere. Scripts only from this origin, never inline; styles may
  // be inline (the component library sets CSS variables and element styles at run time),
  // which runs no code. Nothing is loaded from other sites.
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Not forced here: on a plain-http address (a LAN trial, the tests) it would send
        // the app's own scripts to an https port that does not answer. TLS is the proxy's.
        upgradeInsecureRequests: null,
      },
    },
  });

  await app.register(swagger, {
    openapi: {
      info: {
        title: "Integration guidance bot: admin API",
        version: "1",
        description:
          "Staff API. Every /api route needs `Authorization: Bearer <token>` (the ADMIN_TOKEN of the environment or a staff " +
          "member's own token) or the web app's session cookie from POST /auth/sign-in. Each route is for the roles it names " +
          "(admin, coordinator, counsellor, childcare; src/http/roles.ts); others get 403. Lists marked so also come as CSV.",
        license: { name: "MIT", url: "https://opensource.org/license/mit" },
      },
      // This server, wherever it is reached (the same origin as this document).
      servers: [{ url: options.publicUrl ?? "/", description: "this server" }],
      components: {
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer", description: "ADMIN_TOKEN, or a staff token from POST /api/staff or npm run staff:create" },
          session: { type: "apiKey", in: "cookie", name: SESSION_COOKIE, description: "the web app's sign-in (POST /auth/sign-in); changes need a same-origin Origin header" },
          helpdeskSignature: {
            type: "apiKey",
            in: "header",
            name: "X-Signature",
            description: 'sha256=<hex HMAC-SHA256 of "<X-Signature-Timestamp>.<body>" with INBOUND_WEBHOOK_SECRET>',
          },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: "/docs" });

  app.get(
    "/healthz",
    { schema: { hide: true, response: { 200: Type.Object({ status: Type.Literal("ok") }) } } },
    async () => ({ status: "ok" as const }),
  );
  app.get(
    "/readyz",
    {
      schema: {
        hide: true,
        response: {
          200: Type.Object({ status: Type.Literal("ready"), warnings: Type.Optional(Type.Record(Type.String(), Type.String())) }),
          503: Type.Object({ error: Type.String(), message: Type.String(), checks: Type.Record(Type.String(), Type.String()) }),
        },
      },
    },
    async (_request, reply) => {
      const checks: Record<string, string> = {};
      const problems: string[] = [];
      try {
        await options.database.ping();
        checks.database = "ok";
      } catch {
        checks.database = "unreachable";
        problems.push("the database does not answer");
      }
      for (const [name, check] of Object.entries(options.readiness ?? {})) {
        const { ok, detail } = check();
        checks[name] = ok ? "ok" : detail;
        if (!ok) problems.push(detail);
      }
      const warnings = Object.fromEntries(Object.entries(options.warnings ?? {}).flatMap(([name, check]) => {
        const warning = check();
        return warning === undefined ? [] : [[name, warning]];
      }));
      if (problems.length === 0) return Object.keys(warnings).length > 0 ? { status: "ready" as const, warnings } : { status: "ready" as const };
      return reply.status(503).send({ error: "Service Unavailable", message: problems.join("; "), checks: { ...checks, ...warnings } });
    },
  );

  // Prometheus text format; no personal data, only counts. With METRICS_TOKEN, only for its bearer.
  const registry = allMetrics(options.database.db);
  const metricsToken = options.metricsToken;
  app.get(
    "/metrics",
    {
      schema: { hide: true },
      onRequest: async (request, reply) => {
        if (!metricsToken) return;
        if (failedAuth.refuseIfBlocked(request, reply)) return reply;
        if (!secretsEqual(bearerToken(request.headers.authorization), metricsToken)) {
          failedAuth.recordFailure(request.ip);
          return reply.status(401).header("www-authenticate", "Bearer").send({ error: "Unauthorized", message: "send Authorization: Bearer <METRICS_TOKEN>" });
        }
      },
    },
    async (_request, reply) => reply.header("content-type", registry.contentType).send(await registry.metrics()),
  );

  if (options.webhook) {
    const { bot, secret, timeoutMs } = options.webhook;
    const handle = webhookHandler(bot, timeoutMs ?? 9_000);
    app.post(
      WEBHOOK_PATH,
      {
        schema: { hide: true, body: Type.Object({ update_id: Type.Integer() }, { additionalProperties: true }) },
        // Telegram is no browser: the security headers would only cost every update time.
        helmet: false,
        preHandler: async (request, reply) => {
          const given = request.headers["x-telegram-bot-api-secret-token"];
          if (!secretsEqual(typeof given === "string" ? given : undefined, secret)) {
            return reply.status(401).send({ error: "Unauthorized", message: "wrong secret token" });
          }
        },
      },
      handle,
    );
  }

  const failedByName = new FailedAuthLimiter(options.failedSignIns ?? { maxFailures: 10, windowMs: 15 * 60_000 });
  // The staff's session cookie is read and set only by the sign-in routes and the API:
  // the cookie plugin's hooks are theirs alone, not every Telegram update's.
  await app.register(async (staff) => {
    await staff.register(cookie);
    await staff.register(signInRoutes, {
      db: options.database.db,
      failedAuth,
      failedByName,
      sessionHours: options.staffSessionHours ?? 12,
      secureCookie: options.secureCookie ?? "auto",
      clock: options.clock,
    });
    await staff.register(sessionStateRoutes, { db: options.database.db, clock: options.clock });
    await staff.register(adminApi(options, failedAuth), { prefix: "/api" });
  });
  if (options.inboundSecret) {
    await app.register(inboundRoutes, { db: options.database.db, relay: options.relay, secret: options.inboundSecret, failedAuth });
  }
  await app.register(calendarFeedRoutes, { db: options.database.db, clock: options.clock, failedAuth });
  await app.register(webAppRoutes, { dist: options.webDist });
  return app;
}

/** Adds answers that a scope's hooks give (not the route's handler) to each route's documented responses. */
function documentResponses(route: RouteOptions, responses: Record<number, TSchema>): void {
  const schema = (route.schema ?? {}) as { hide?: boolean; response?: Record<string, unknown> };
  if (schema.hide) return;
  route.schema = { ...schema, response: { ...schema.response, ...responses } };
}

/**
 * Fastify's own response serializers (fast-json-stringify), each built when its route
 * first answers rather than at start-up, where building them all took a tenth of a
 * second for routes most processes never serve (see also validation.ts).
 */
function lazySerializers(...factoryArgs: Parameters<ReturnType<typeof SerializerSelector>>): ReturnType<ReturnType<typeof SerializerSelector>> {
  const compile = SerializerSelector()(...factoryArgs);
  return (route) => {
    let serialize: ((doc: unknown) => string) | undefined;
    return (doc) => (serialize ??= compile(route))(doc);
  };
}

/**
 * The webhook's handler. grammY's own adapter (webhookCallback) answers Telegram when its
 * timeout passes but leaves the handler running unobserved: a failure after that is an
 * unhandled rejection that ends the process. Here the handler is always observed; a
 * late one finishes its work (and a redelivery of the update is skipped as processed,
 * then sends what is left), a failed one answers 500 so that Telegram delivers it again.
 * A handled button press is acknowledged in the 200 answer itself (answerInWebhookReply);
 * a late one by a Bot API call, so that its spinner still stops.
 */
function webhookHandler(bot: AppBot, timeoutMs: number) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    // Not connected to the Bot API yet (main.ts keeps trying): grammY's own init would
    // wait here for as long as that takes. Telegram delivers the update again.
    if (!bot.isInited()) return reply.status(503).send({ error: "Service Unavailable", message: "not connected to the Telegram Bot API yet" });
    const webhookReply: WebhookReply = { open: true };
    const handling = answerInWebhookReply(webhookReply, () => bot.handleUpdate(request.body as Update));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), timeoutMs);
    });
    try {
      const outcome = await Promise.race([handling.then(() => "done" as const), timedOut]);
      if (outcome === "timeout") {
        webhookReply.open = false;
        if (webhookReply.call) {
          const { method: _method, ...ack } = webhookReply.call;
          bot.api.raw.answerCallbackQuery(ack as never).catch(() => {});
        }
        handling.catch((err: unknown) => request.log.warn({ err }, "update failed after the webhook answered"));
        request.log.warn({ update_id: (request.body as Update).update_id, timeout_ms: timeoutMs }, "update still running; Telegram will deliver it again");
        return reply.status(503).send({ error: "Service Unavailable", message: "still working on this update" });
      }
      webhookReply.open = false;
      return reply.status(200).send(webhookReply.call ?? {});
    } finally {
      clearTimeout(timer);
    }
  };
}

/** The path of the first string PostgreSQL could not store (U+0000, a lone surrogate), if any. */
function findNul(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === "string") return value.includes("\u0000") || !value.isWellFormed() ? path : undefined;
  if (!value || typeof value !== "object" || depth > 20) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes("\u0000") || !key.isWellFormed()) return `${path}/${key.replaceAll("\u0000", "\\u0000").toWellFormed()}`;
    const found = findNul(inner, `${path}/${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * Everything under /api: a bearer token first (the ADMIN_TOKEN of the environment, or a
 * staff member's own token), then the features' routes, most of them for admins only.
 * Failed authentications count against the client address before any token is looked
 * at; every answer, refusals included, is audited (audit.ts).
 */
function adminApi(options: CreateServerOptions, failedAuth: FailedAuthLimiter): FastifyPluginAsync {
  const { adminToken, database, messenger, clock } = options;
  const db = database.db;
  const staffTokenDays = options.staffTokenDays ?? 90;
  return async (api) => {
    // Per client address; a stolen or buggy token cannot flood the database.
    await api.register(rateLimit, { max: options.apiRateLimitPerMinute ?? 600, timeWindow: "1 minute" });
    // Every route here can answer these two: the token check and the rate limit run first.
    api.addHook("onRoute", (route) => documentResponses(route, { 401: Unauthorized, 429: RateLimited }));
    // Each route's roles come from one table (roles.ts); a role outside them gets 403.
    api.addHook("onRoute", (route) => {
      const path = route.url.replace(/^\/api/, "");
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      const method = methods[0] === "HEAD" ? "GET" : methods[0]!;
      const roles = rolesFor(method, path);
      route.config = { ...(route.config as object), roles } as typeof route.config;
      if (roles.length < 4) documentResponses(route, { 403: errorResponse(`This route is for: ${roles.join(", ")} (or a request from another site with a session cookie)`) });
      else documentResponses(route, { 403: errorResponse("A request from another site with a session cookie (CSRF check)") });
    });
    api.addHook("onRequest", async (request, reply) => {
      if (failedAuth.refuseIfBlocked(request, reply)) return reply;
      const now = (clock ?? (() => new Date()))();
      const token = bearerToken(request.headers.authorization);
      const sessionCookie = token === undefined ? request.cookies[SESSION_COOKIE] : undefined;
      const principal =
        token === undefined
          ? sessionCookie
            ? await principalForSession(db, sessionCookie, now)
            : undefined
          : adminToken && secretsEqual(token, adminToken)
            ? ({ staffId: null, role: "admin", displayName: "Administrator", tokenId: null } satisfies Principal as Principal)
            : await principalForToken(db, token, now);
      if (!principal) {
        // A browser whose sign-in ended is not guessing: only wrong tokens and cookies count.
        if (token !== undefined || sessionCookie !== undefined) failedAuth.recordFailure(request.ip);
        return reply
          .status(401)
          .header("www-authenticate", "Bearer")
          .send({ error: "Unauthorized", message: "sign in, or send Authorization: Bearer <token> with a valid, unexpired token" });
      }
      request.principal = principal;
      if (principal.sessionId && !isSameOrigin(request)) {
        return reply.status(403).send({ error: "Forbidden", message: "a change with a session cookie must come from this site's own pages (Origin header)" });
      }
      const roles = (request.routeOptions.config as { roles?: readonly string[] }).roles ?? ["admin"];
      if (!roles.includes(principal.role)) {
        return reply.status(403).send({ error: "Forbidden", message: roles.length === 1 ? "this route is for admins" : `this route is for: ${roles.join(", ")}` });
      }
    });

    await api.register(escalationRoutes, { db, relay: options.relay, clock, counsellorsSeeAll: options.counsellorsSeeAll });
    await api.register(signOutRoutes, { db, secureCookie: options.secureCookie ?? "auto" });
    await api.register(accountRoutes, { db, clock, staffGroup: options.staffGroup ?? false });
    await api.register(staffGroupRoutes, { db, clock, staffGroup: options.staffGroup ?? false });
    await api.register(overviewRoutes, { db, clock });
    await api.register(participantRoutes, { db });
    await api.register(moduleRoutes, { db, messenger, clock, reminderPolicy: options.reminderPolicy });
    await api.register(reminderRoutes, { db, clock, policy: options.reminderPolicy });
    await api.register(staffRoutes, { db, staffTokenDays, clock });
    await api.register(privacyRoutes, { db, messenger, clock });
    // Integration plans, partner organisations, referrals; who may call each: src/http/roles.ts.
    await api.register(planRoutes, { db });
    await api.register(referralRoutes, { db, messenger });
    await api.register(audioRoutes, { db });
    // Individual guidance: counsellors their own calendar, admins everyone's (checked per route too).
    await api.register(appointmentRoutes, { db, messenger, clock, publicUrl: options.publicUrl });
  };
}
