/**
 * Paces outgoing messages under Telegram's limits: at most `perSecond` for the whole
 * bot (spread evenly, so no burst provokes a 429) and one a second per chat. Written
 * by hand: grammY's throttler plugin is no longer maintained and paces every API call
 * of the bot, while only the bulk sender needs it. Only one process sends in bulk at a
 * time (the sender's lock), so these limits hold for the whole deployment.
 */
export class RateLimiter {
  #nextGlobal = 0;
  readonly #nextPerChat = new Map<number, number>();

  constructor(
    readonly perSecond: number,
    readonly perChatIntervalMs = 1000,
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** Resolves when a message to `chatId` may be sent. */
  async take(chatId: number): Promise<void> {
    const interval = this.perSecond === Infinity ? 0 : 1000 / this.perSecond;
    const now = this.now();
    // Reserve the slot synchronously so concurrent callers get distinct slots.
    const chatReady = this.#nextPerChat.get(chatId) ?? 0;
    const at = Math.max(now, this.#nextGlobal, chatReady);
    this.#nextGlobal = at + interval;
    this.#nextPerChat.set(chatId, at + this.perChatIntervalMs);
    if (this.#nextPerChat.size > 10_000) this.#forgetPast(now);
    const wait = at - now;
    if (wait > 0) await this.sleep(wait);
  }

  #forgetPast(now: number): void {
    for (const [chat, ready] of this.#nextPerChat) if (ready < now) this.#nextPerChat.delete(chat);
  }
}
