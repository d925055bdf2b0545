import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../../db/client.js";
import { errorResponse, errorResponses } from "../../http/schemas.js";
import { isLocale, LOCALES } from "../../i18n/locales.js";
import { deleteRecording, listClips, saveRecording, SPEAKABLE_KEYS } from "./clips.js";
import { MAX_UPLOAD_BYTES, toOggOpus, UnsupportedAudioError } from "./convert.js";
import { ESPEAK_VOICES, synthesisLocales } from "./speech.js";

const Clip = Type.Object({
  messageKey: Type.String(),
  locale: Type.String(),
  source: Type.Union([Type.Literal("recording"), Type.Literal("synthetic")]),
  synthetic: Type.Boolean({ description: "true: made by speech synthesis (espeak-ng), not recorded by a person" }),
  bytes: Type.Integer(),
  sentToTelegram: Type.Boolean({ description: "uploaded once; sent by Telegram's file id since" }),
  updatedAt: Type.String({ format: "date-time" }),
});

const ClipParams = Type.Object({
  locale: Type.String({ enum: LOCALES.map((l) => l.code), description: "the participant language" }),
  messageKey: Type.String({ enum: [...SPEAKABLE_KEYS], description: "q-<question id>, consent-notice (read with the welcome), audio-reminder, handoff-opened-now" }),
});

/** Audio types taken as uploads; the bytes decide what the file really is. */
const AUDIO_TYPES = ["audio/ogg", "audio/opus", "audio/wav", "audio/x-wav", "audio/wave", "audio/flac", "audio/x-flac", "audio/aiff", "audio/mpeg", "audio/mp4", "audio/x-m4a", "audio/aac", "audio/webm", "application/octet-stream"];

/**
 * Staff recordings of the 🔊 messages (admin API), and what synthetic speech covers.
 * A recording replaces synthetic speech for its message and language.
 */
export const audioRoutes: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  app.addContentTypeParser(AUDIO_TYPES, { parseAs: "buffer", bodyLimit: MAX_UPLOAD_BYTES }, (_request, body, done) => done(null, body));
  const common = { tags: ["audio"], security: [{ bearer: [] }] };

  app.get(
    "/audio",
    {
      config: { audit: "audio.list" },
      schema: {
        ...common,
        operationId: "listAudio",
        summary: "The messages that can be heard, the stored clips (recorded or synthetic), and the languages speech synthesis covers",
        response: {
          200: Type.Object({
            messages: Type.Array(Type.String()),
            synthesis: Type.Object({
              locales: Type.Array(Type.String(), { description: "languages spoken by espeak-ng on this server (empty when it is not installed)" }),
              withoutVoice: Type.Array(Type.String(), { description: "languages espeak-ng has no voice for: only recordings are heard" }),
            }),
            clips: Type.Array(Clip),
          }),
          ...errorResponses,
        },
      },
    },
    async () => {
      const clips = await listClips(db);
      return {
        messages: [...SPEAKABLE_KEYS],
        synthesis: { locales: await synthesisLocales(), withoutVoice: LOCALES.map((l) => l.code).filter((c) => ESPEAK_VOICES[c] === undefined) },
        clips: clips.map((c) => ({
          messageKey: c.messageKey,
          locale: c.locale,
          source: c.source,
          synthetic: c.source === "synthetic",
          bytes: c.bytes,
          sentToTelegram: c.telegramFileId !== null,
          updatedAt: c.updatedAt.toISOString(),
        })),
      };
    },
  );

  app.put(
    "/audio/:locale/:messageKey",
    {
      config: { audit: "audio.upload" },
      schema: {
        ...common,
        operationId: "uploadAudio",
        summary: "Upload a staff recording of a message in one language",
        description: `The request body is the audio file (at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB), with an audio Content-Type. OGG/Opus is stored as it is; WAV, FLAC and AIFF are converted with opusenc, other formats (MP3, M4A, WebM) with ffmpeg where the server has it. Replaces an earlier recording.`,
        params: ClipParams,
        response: {
          201: Type.Object({ messageKey: Type.String(), locale: Type.String(), source: Type.Literal("recording"), synthetic: Type.Literal(false), bytes: Type.Integer(), converted: Type.Boolean() }),
          415: errorResponse("not audio, or a format the server cannot convert (the message says which)"),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { locale, messageKey } = request.params;
      const body = request.body;
      if (!Buffer.isBuffer(body) || !isLocale(locale)) {
        return reply.status(415).send({ error: "Unsupported Media Type", message: "send the audio file as the body with an audio Content-Type such as audio/ogg" });
      }
      try {
        const { ogg, converted } = await toOggOpus(body);
        const clip = await saveRecording(db, messageKey, locale, ogg);
        return reply.status(201).send({ messageKey, locale, source: "recording", synthetic: false, bytes: clip.bytes, converted });
      } catch (error) {
        if (!(error instanceof UnsupportedAudioError)) throw error;
        return reply.status(415).send({ error: "Unsupported Media Type", message: error.message });
      }
    },
  );

  app.delete(
    "/audio/:locale/:messageKey",
    {
      config: { audit: "audio.delete" },
      schema: {
        ...common,
        operationId: "deleteAudio",
        summary: "Delete a staff recording (synthetic speech, where the language has it, is heard again)",
        params: ClipParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { locale, messageKey } = request.params;
      if (!(await deleteRecording(db, messageKey, locale))) return reply.status(404).send({ error: "Not Found", message: `no recording of ${messageKey} in ${locale}` });
      return reply.status(204).send(null);
    },
  );
};
