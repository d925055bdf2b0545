import type { Logger } from "pino";

/**
 * A start-up problem the operator can fix (a folder, a URL, a token), with a message that
 * says which and how. Printed as it is, without a stack trace, and the process exits 1.
 */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StartupError";
  }
}

export interface Shutdown {
  /** Aborted as soon as stopping begins: loops that wait (Telegram retries) end on it. */
  readonly signal: AbortSignal;
  readonly stopping: boolean;
  /**
   * Something to undo when stopping, registered once it exists. Run in the reverse
   * order of registration: what was started last (polling, jobs) stops first, the
   * database and its folder lock last.
   */
  onStop(name: string, stop: () => unknown): void;
  /** Work that stopping must wait for (start-up steps), so nothing is closed under it. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Stops everything and exits with `exitCode`. Later calls wait for the first. */
  stop(reason: string, exitCode?: number): Promise<void>;
}

/**
 * The process's way out, made before anything slow starts: SIGTERM (a process manager,
 * `docker stop`) and SIGINT (Ctrl-C) stop whatever has started so far, in order, within
 * `timeoutMs`, and exit.
 *
 * A repeated signal is not a reason to die at once: npm forwards Ctrl-C to its script
 * while the terminal sends it to the whole process group, so every Ctrl-C arrives twice.
 */
export function createShutdown(options: { logger: Logger; timeoutMs: number; exit?: (code: number) => void }): Shutdown {
  const { logger } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const controller = new AbortController();
  const stoppers: { name: string; stop: () => unknown }[] = [];
  const tracked = new Set<Promise<unknown>>();
  let stopping: Promise<void> | undefined;

  const shutdown: Shutdown = {
    signal: controller.signal,
    get stopping() {
      return stopping !== undefined;
    },
    onStop(name, stop) {
      stoppers.push({ name, stop });
    },
    track(work) {
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      tracked.add(settled);
      void settled.finally(() => tracked.delete(settled));
      return work;
    },
    stop(reason, exitCode = 0) {
      stopping ??= (async () => {
        logger.info({ reason }, "shutting down");
        controller.abort(new Error(`shutting down: ${reason}`));
        const timer = setTimeout(() => {
          logger.error({ timeout_ms: options.timeoutMs, waiting_for: stoppers.map((s) => s.name) }, "shutdown took too long; exiting");
          exit(exitCode || 1);
        }, options.timeoutMs);
        timer.unref();
        let code = exitCode;
        // A start-up step in flight (PGlite creating its files, a migration) finishes first.
        await Promise.all(tracked);
        for (const { name, stop } of stoppers.reverse()) {
          try {
            await stop();
          } catch (err) {
            logger.error({ err, step: name }, "error while shutting down");
            code = code || 1;
          }
        }
        clearTimeout(timer);
        logger.info({ exit_code: code }, "stopped");
        exit(code);
      })();
      return stopping;
    },
  };
  return shutdown;
}

/** SIGTERM and SIGINT start the shutdown; repeats only say that it is under way. */
export function stopOnSignals(shutdown: Shutdown, logger: Logger): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (shutdown.stopping) logger.info({ signal }, "already shutting down");
      else void shutdown.stop(signal);
    });
  }
}
