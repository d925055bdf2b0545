import type { FastifyReply, FastifyRequest } from "fastify";

export interface FailedAuthPolicy {
  /** Failed attempts a client address may make in the window. */
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_FAILED_AUTH_POLICY: FailedAuthPolicy = { maxFailures: 20, windowMs: 10 * 60_000 };

/**
 * Counts failed authentications (a wrong bearer token, a bad signature) per client
 * address. Past the limit, the address gets 429 for every authentication until its window
 * ends, right or wrong: the check comes before the token is looked at, so guessing cannot
 * go on in the background. Success does not reset the count (one valid token must not
 * open the way for guessing another).
 *
 * Kept in the process's memory: with several processes behind a load balancer each
 * counts on its own, so an address gets at most `maxFailures` times the number of
 * processes. Staff tokens are 256 random bits and the ADMIN_TOKEN at least 32 random
 * characters, so this limit is a second line, not the first.
 */
export class FailedAuthLimiter {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly policy: FailedAuthPolicy = DEFAULT_FAILED_AUTH_POLICY,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the address may try again, or 0 when it may try now. */
  blockedFor(address: string): number {
    const entry = this.current(address);
    if (!entry || entry.count < this.policy.maxFailures) return 0;
    return Math.max(1, Math.ceil((entry.since + this.policy.windowMs - this.now()) / 1000));
  }

  recordFailure(address: string): void {
    const entry = this.current(address) ?? { count: 0, since: this.now() };
    entry.count++;
    this.failures.set(address, entry);
    if (this.failures.size > 10_000) this.prune();
  }

  private current(address: string) {
    const entry = this.failures.get(address);
    if (entry && entry.since + this.policy.windowMs <= this.now()) {
      this.failures.delete(address);
      return undefined;
    }
    return entry;
  }

  private prune(): void {
    for (const address of [...this.failures.keys()]) this.current(address);
  }

  /** 429 with Retry-After when the caller's address is over the limit; undefined otherwise. */
  refuseIfBlocked(request: FastifyRequest, reply: FastifyReply): FastifyReply | undefined {
    const seconds = this.blockedFor(request.ip);
    if (seconds === 0) return undefined;
    return reply
      .status(429)
      .header("retry-after", String(seconds))
      .send({ error: "Too Many Requests", message: `too many failed sign-ins from this address; try again in ${seconds} s` });
  }
}
