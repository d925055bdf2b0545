import http from "node:http";
import https from "node:https";
import type { Api, ApiClientOptions } from "grammy";

/**
 * Client options for talking to the Bot API. grammY's Node fetch opens a new connection
 * (and TLS handshake) for every call unless given an agent; a keep-alive agent cuts
 * that cost from every message.
 */
export function telegramClientOptions(apiRoot: string | undefined): ApiClientOptions {
  const root = apiRoot ?? "https://api.telegram.org";
  const agent = root.startsWith("https:") ? new https.Agent({ keepAlive: true, maxSockets: 64 }) : new http.Agent({ keepAlive: true, maxSockets: 64 });
  return { apiRoot: root, baseFetchConfig: { agent, compress: true } as ApiClientOptions["baseFetchConfig"] };
}

/** grammY's Node build types its AbortSignal from the abort-controller package; Node's own is the same at run time. */
export type GrammySignal = NonNullable<Parameters<Api["getMe"]>[0]>;
export const grammySignal = (signal: AbortSignal): GrammySignal => signal as unknown as GrammySignal;
