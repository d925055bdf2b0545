/**
 * An in-process fake of the Telegram Bot API for unit tests that feed updates
 * to `bot.handleUpdate` directly: no server, no sockets.
 *
 * Usage:
 *   const telegram = createFakeTelegram();
 *   const bot = new Bot("123:abc", { botInfo: telegram.botInfo, client: { fetch: telegram.fetch } });
 *   await bot.handleUpdate(telegram.textUpdate({ id: 42 }, "/start"));
 *   expect(telegram.sent(42)).toHaveLength(1);
 *
 * It answers exactly like the server of `fake-bot-api.ts`, as both use
 * `fake-telegram-core.ts`.
 */
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
} from "./fake-telegram-core.js";

/**
 * The fake's state and helpers (see {@link FakeTelegram}: `calls`, `sent`,
 * `clear`, `failNext`, `waitFor`, `textUpdate`, `callbackUpdate`, ...) plus
 * `fetch` to hand to grammY as `client.fetch`.
 */
export class FakeTelegramFetch extends FakeTelegram {
  /** Has the signature of the global `fetch` and answers with real `Response`s. */
  readonly fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const route = parseApiPath(url.pathname);
    if (route === undefined) {
      return json(404, { ok: false, error_code: 404, description: "Not Found" });
    }
    const headers = new Headers(init?.headers);
    const body = await readBody(init?.body);
    const payload = body === undefined ? {} : parseRequestBody(body, headers.get("content-type") ?? undefined, url.searchParams);
    const signal = init?.signal ?? undefined;
    let reply: FakeReply;
    try {
      reply = await this.call(route.token, route.method, payload, signal);
    } catch (error) {
      if (!(error instanceof FakeConnectionDropped) || signal?.aborted) throw abortReason(signal) ?? error;
      throw connectionReset();
    }
    // A real fetch rejects when aborted; grammY relies on that to stop polling.
    if (signal?.aborted) throw abortReason(signal);
    return json(reply.status, reply.body);
  };
}

export function createFakeTelegram(options: FakeTelegramOptions = {}): FakeTelegramFetch {
  return new FakeTelegramFetch(options);
}

function abortReason(signal: AbortSignal | undefined): unknown {
  if (!signal?.aborted) return undefined;
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

/** What Node's fetch (undici) rejects with when the server resets the connection. */
function connectionReset(): TypeError {
  return new TypeError("fetch failed", {
    cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }),
  });
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

/**
 * Reads a fetch body into bytes. grammY sends JSON as a string and uploads as
 * a Node stream of multipart data (an async iterable); anything else is not
 * read and gives the payload {}.
 */
async function readBody(body: RequestInit["body"] | undefined): Promise<Buffer | undefined> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === "string") return Buffer.from(body, "utf8");
  if (body instanceof Uint8Array) return Buffer.from(body);
  if (body instanceof URLSearchParams) return Buffer.from(body.toString(), "utf8");
  if (typeof body === "object" && Symbol.asyncIterator in body) {
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
  }
  return undefined;
}
