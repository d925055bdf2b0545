import type { Logger } from "pino";
import { StartupError } from "../lifecycle.js";
import type { AppBot } from "./create-bot.js";
import { grammySignal } from "./telegram-client.js";
import { describeConnectFailure } from "./telegram-errors.js";

/** What /readyz says about the Bot API. */
export interface TelegramStatus {
  ok: boolean;
  detail: string;
}

export interface ConnectStep {
  /** For the log: "getMe", "setWebhook", "start polling". */
  name: string;
  run(signal: AbortSignal): Promise<unknown>;
}

export interface BackOff {
  /** First wait after a failure; doubled after each further one up to maxMs. */
  initialMs: number;
  maxMs: number;
  /** Most one attempt may take before it counts as failed. */
  attemptTimeoutMs: number;
}

export const DEFAULT_BACK_OFF: BackOff = { initialMs: 1_000, maxMs: 60_000, attemptTimeoutMs: 15_000 };

/**
 * The bot's way onto the Bot API at start-up, after the HTTP server listens: getMe, then
 * the mode's steps (set the webhook, or clear it and start polling), each tried again
 * with back-off for as long as it takes, saying in the log what it tries and where, and
 * in /readyz why the bot is not ready yet. A refused token ends the process instead:
 * waiting cannot fix it.
 *
 * Until this finishes the bot handles no updates; the HTTP server, /healthz and the
 * admin API work meanwhile.
 */
export class TelegramConnection {
  #status: TelegramStatus;

  constructor(
    private readonly options: {
      bot: AppBot;
      apiRoot: string;
      token: string;
      logger: Logger;
      backOff?: BackOff;
    },
  ) {
    this.#status = { ok: false, detail: `connecting to the Telegram Bot API at ${options.apiRoot}` };
  }

  get status(): TelegramStatus {
    return this.#status;
  }

  /**
   * Runs getMe and then `steps`, each until it succeeds. Resolves true when all did,
   * false when `signal` aborted first; rejects with a StartupError when Telegram refused
   * something for good (the token, the webhook URL).
   */
  async connect(steps: ConnectStep[], signal: AbortSignal): Promise<boolean> {
    const { bot, apiRoot, logger } = this.options;
    logger.info({ api_root: apiRoot }, "connecting to the Telegram Bot API");
    const me = await this.#untilDone({ name: "getMe", run: (s) => bot.api.getMe(grammySignal(s)) }, signal);
    if (me === aborted) return false;
    bot.botInfo = me;
    logger.info({ api_root: apiRoot, bot: me.username }, "the Telegram Bot API answers");
    for (const step of steps) {
      if ((await this.#untilDone(step, signal)) === aborted) return false;
    }
    this.#status = { ok: true, detail: `connected to the Telegram Bot API at ${apiRoot} as @${me.username}` };
    return true;
  }

  async #untilDone<T>(step: { name: string; run(signal: AbortSignal): Promise<T> }, signal: AbortSignal): Promise<T | typeof aborted> {
    const { apiRoot, token, logger } = this.options;
    const backOff = this.options.backOff ?? DEFAULT_BACK_OFF;
    let wait = backOff.initialMs;
    for (let attempt = 1; ; attempt++) {
      if (signal.aborted) return aborted;
      try {
        return await step.run(AbortSignal.any([signal, AbortSignal.timeout(backOff.attemptTimeoutMs)]));
      } catch (error) {
        if (signal.aborted) return aborted;
        const { fatal, reason } = describeConnectFailure(error, token);
        if (fatal) {
          this.#status = { ok: false, detail: reason };
          throw new StartupError(`${reason}.`, { cause: error });
        }
        this.#status = {
          ok: false,
          detail: `the Telegram Bot API at ${apiRoot} is not reachable: ${step.name} failed (${reason}); attempt ${attempt}, next in ${Math.round(wait / 1000)} s`,
        };
        logger.warn({ api_root: apiRoot, call: step.name, reason, attempt, retry_in_ms: wait }, "the Telegram Bot API is not reachable; trying again");
        if (!(await sleep(wait, signal))) return aborted;
        wait = Math.min(wait * 2, backOff.maxMs);
      }
    }
  }
}

const aborted: unique symbol = Symbol("aborted");

/** Waits, or stops waiting when the signal aborts; says whether it waited the whole time. */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
