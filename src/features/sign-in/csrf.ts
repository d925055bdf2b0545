import type { FastifyRequest } from "fastify";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a request that a session cookie authenticates may change anything: safe methods
 * always; others only when the browser says they come from this origin (the `Origin`
 * header's host is the `Host` the request was sent to, or, without `Origin`,
 * `Sec-Fetch-Site: same-origin`).
 *
 * Why this and not a CSRF token: the cookie is SameSite=Strict, so browsers do not send
 * it with any request another site starts; this check is the second line for what
 * SameSite does not cover (a sibling subdomain is "same-site", an old browser ignores
 * SameSite). Every browser that runs the app sends `Origin` with a fetch POST, so the
 * app needs no token round trip, and bearer-token tools are not affected (a bearer token
 * is not sent by the browser on its own, so it cannot be forged across sites).
 */
export function isSameOrigin(request: FastifyRequest): boolean {
  if (SAFE_METHODS.has(request.method)) return true;
  const origin = request.headers.origin;
  if (typeof origin === "string" && origin !== "null") {
    try {
      return new URL(origin).host === request.host;
    } catch {
      return false;
    }
  }
  return request.headers["sec-fetch-site"] === "same-origin";
}
