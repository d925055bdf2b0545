import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { WEB_DIST } from "../paths.js";

/** Paths that belong to the server: never answered with the app's page. */
const SERVER_PATHS = /^\/(api|auth|docs|inbound|telegram|metrics|healthz|readyz)(\/|$|\?)/;

/** The web app's pages (web/src/pages.tsx): a reload or a bookmark of one gets the app. */
export const WEB_APP_PAGES = ["/", "/sign-in", "/overview", "/catalogue", "/calendar", "/enrolments", "/childcare", "/participants", "/inbox", "/reports", "/staff", "/plan", "/partners", "/appointments", "/availability", "/interpreters"];

/**
 * The staff web app (web/, built by Vite into web/dist) from this server's own origin:
 * hashed assets under /assets/ cached for a year, the page itself never cached, and
 * every path of the app (client-side routing) answered with the page. The old console's
 * address /console leads to the app's inbox.
 */
export const webAppRoutes: FastifyPluginAsync<{ dist?: string }> = async (app, { dist = WEB_DIST }) => {
  app.get("/console", { schema: { hide: true } }, async (_request, reply) => reply.redirect("/inbox", 301));
  app.get("/console/*", { schema: { hide: true } }, async (_request, reply) => reply.redirect("/inbox", 301));
  const built = existsSync(join(dist, "index.html"));
  if (built) {
    await app.register(fastifyStatic, {
      root: dist,
      prefix: "/",
      wildcard: false,
      index: false,
      setHeaders(res, path) {
        // Hashed file names: a new build has new names, so the old ones may be kept for a year.
        res.header("cache-control", path.startsWith(join(dist, "assets")) ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  }
  const page = async (_request: unknown, reply: import("fastify").FastifyReply) => {
    if (!built) {
      return reply
        .status(503)
        .type("text/plain; charset=utf-8")
        .send("The staff web app is not built: npm start builds it (or run npm run build).");
    }
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  };
  for (const path of WEB_APP_PAGES) app.get(path, { schema: { hide: true } }, page);
  // Deeper paths of a page (/participants/12) get the app too; server paths keep their 404.
  for (const path of WEB_APP_PAGES.filter((p) => p !== "/" && p !== "/sign-in")) {
    app.get(`${path}/*`, { schema: { hide: true } }, async (request, reply) => {
      if (SERVER_PATHS.test(request.url)) return reply.callNotFound();
      return page(request, reply);
    });
  }
};

/**
 * For the server's 404: the app's page (it shows its own "not found" in the staff
 * member's language) when a browser asks for a page (GET, Accept: text/html) outside the
 * server's paths and the app is built; undefined otherwise (API clients keep the JSON 404).
 */
export function webAppNotFoundPage(dist = WEB_DIST): (request: FastifyRequest) => string | undefined {
  const index = join(dist, "index.html");
  return (request) => {
    if (request.method !== "GET" || SERVER_PATHS.test(request.url) || !request.headers.accept?.includes("text/html")) return undefined;
    // Read each time: a rebuild changes the assets' names in it.
    return existsSync(index) ? readFileSync(index, "utf8") : undefined;
  };
}
