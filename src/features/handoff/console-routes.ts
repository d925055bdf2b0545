import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyPluginAsync } from "fastify";
import { CONSOLE_DIR } from "../../paths.js";

/**
 * The counsellors' web console: one static page (HTML, CSS, vanilla JS) that talks to
 * /api/escalations with the counsellor's own token. The files are read once, at
 * registration, from ./console/ next to this module in the sources, and from
 * dist/features/handoff/console in a build (scripts/build.js copies them there).
 */

const FILES = {
  "/console": { file: "index.html", type: "text/html; charset=utf-8" },
  "/console/console.js": { file: "console.js", type: "text/javascript; charset=utf-8" },
  "/console/console.css": { file: "console.css", type: "text/css; charset=utf-8" },
} as const;

/** Nothing from elsewhere: no inline script or style, no other origin, not framed. */
const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  // Small files that change with a deployment: always ask whether they are still current.
  "cache-control": "no-cache",
} as const;

export const consoleRoutes: FastifyPluginAsync = async (app) => {
  for (const [path, { file, type }] of Object.entries(FILES)) {
    const body = readFileSync(join(CONSOLE_DIR, file));
    app.get(path, { schema: { hide: true } }, async (_request, reply) =>
      reply.headers(SECURITY_HEADERS).type(type).send(body),
    );
  }
  // "/console/" (as typed, or from a bookmark) is the same page; the page's own links are absolute.
  app.get("/console/", { schema: { hide: true } }, async (_request, reply) => reply.redirect("/console", 301));
};
