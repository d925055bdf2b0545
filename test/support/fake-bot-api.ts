/**
 * A fake Telegram Bot API server for integration tests. Point grammY at it with
 * `new Bot(token, { client: { apiRoot: api.apiRoot } })`.
 *
 * Usage:
 *   const api = await startFakeBotApi({ maxPollMs: 1000 });
 *   api.sendText({ id: 42 }, "/start");
 *   await api.waitForSent(42, 1);
 *   await api.close();
 *
 * Everything except the HTTP plumbing lives in `fake-telegram-core.ts`, shared
 * with the in-process fake `fetch` of `fake-fetch.ts`.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import {
  FakeConnectionDropped,
  FakeTelegram,
  parseApiPath,
  parseRequestBody,
  type FakeReply,
  type FakeTelegramOptions,
} from "./fake-telegram-core.js";

export {
  FAILURE_KINDS,
  FAKE_BOT_INFO,
  type FailureKind,
  type FailureSpec,
  type FakeTelegramOptions,
  type FakeGroupOptions,
  type FakeGroupRights,
  type FakeTopic,
  type FakeUser,
  type RateLimit,
  type RecordedCall,
  type UpdateInput,
  type UploadedFile,
  type WebhookInfo,
} from "./fake-telegram-core.js";

export type FakeBotApiOptions = FakeTelegramOptions;

/** The fake's state and helpers (see {@link FakeTelegram}) plus the server. */
export class FakeBotApi extends FakeTelegram {
  /** "http://127.0.0.1:PORT", for grammY's `client.apiRoot`. */
  readonly apiRoot: string;
  readonly port: number;
  readonly #server: http.Server;
  #closing: Promise<void> | undefined;

  constructor(server: http.Server, options: FakeBotApiOptions) {
    super(options);
    this.#server = server;
    this.port = (server.address() as AddressInfo).port;
    this.apiRoot = `http://127.0.0.1:${this.port}`;
  }

  /**
   * Answers pending long polls with [], stops webhook delivery, then closes the
   * server and its connections (grammY keeps them alive).
   */
  override close(): Promise<void> {
    this.#closing ??= (async () => {
      await super.close();
      await new Promise<void>((resolve) => {
        this.#server.close(() => resolve());
        this.#server.closeIdleConnections();
        // Give the [] answers above a moment to reach their clients, then cut
        // whatever is still open.
        setTimeout(() => this.#server.closeAllConnections(), 100).unref();
      });
    })();
    return this.#closing;
  }
}

/**
 * Starts a fake Bot API on 127.0.0.1 on a free port, or on `port` (a test that lets the
 * bot find Telegram unreachable first, then "switches Telegram on" at that address).
 */
export async function startFakeBotApi(options: FakeBotApiOptions & { port?: number } = {}): Promise<FakeBotApi> {
  // The handler needs the instance, which needs the listening server.
  let api: FakeBotApi | undefined;
  const server = http.createServer((req, res) => {
    if (api === undefined) {
      res.writeHead(503).end();
      return;
    }
    handleRequest(api, req, res).catch((error: unknown) => {
      if (error instanceof FakeConnectionDropped) {
        // No HTTP answer at all: the client sees a reset connection.
        res.destroy();
      } else if (!res.headersSent) {
        const description = `Internal Server Error: ${error instanceof Error ? error.message : String(error)}`;
        writeReply(res, { status: 500, body: { ok: false, error_code: 500, description } });
      } else {
        res.destroy();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  api = new FakeBotApi(server, options);
  return api;
}

async function handleRequest(api: FakeBotApi, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const route = parseApiPath(url.pathname);
  if (route === undefined) {
    req.resume();
    writeReply(res, { status: 404, body: { ok: false, error_code: 404, description: "Not Found" } });
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const payload = parseRequestBody(Buffer.concat(chunks), req.headers["content-type"], url.searchParams);

  // Ends a long poll or hanging call whose client went away (e.g. grammY's
  // bot.stop() aborts it).
  const clientGone = new AbortController();
  res.on("close", () => clientGone.abort());

  const reply = await api.call(route.token, route.method, payload, clientGone.signal);
  if (!res.destroyed) writeReply(res, reply);
}

function writeReply(res: http.ServerResponse, reply: FakeReply): void {
  const body = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}
