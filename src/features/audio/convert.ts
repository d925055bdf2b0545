import { encodeOpus, hasProgram, runProgram } from "./speech.js";

/** An upload the server cannot turn into a voice message; `message` says why, for a 415. */
export class UnsupportedAudioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnsupportedAudioError";
  }
}

/** Largest upload, in bytes: a message read aloud is well under a minute. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const startsWith = (data: Buffer, text: string, at = 0) => data.subarray(at, at + text.length).toString("latin1") === text;

/**
 * A staff recording as OGG/Opus, the format of Telegram voice messages. OGG/Opus is kept
 * as it is; WAV, FLAC and AIFF are encoded with opusenc; anything else (MP3, M4A, WebM,
 * OGG/Vorbis…) with ffmpeg where it is installed. Returns the OGG/Opus bytes and whether
 * they were converted. Throws UnsupportedAudioError for data that is not audio the
 * server can read, or a format it cannot convert here.
 */
export async function toOggOpus(data: Buffer): Promise<{ ogg: Buffer; converted: boolean }> {
  if (data.length < 16) throw new UnsupportedAudioError("the file is empty or too short to be audio");
  if (startsWith(data, "OggS") && data.subarray(0, 200).includes("OpusHead")) return { ogg: data, converted: false };
  const wavLike = (startsWith(data, "RIFF") && startsWith(data, "WAVE", 8)) || startsWith(data, "fLaC") || (startsWith(data, "FORM") && startsWith(data, "AIF", 8));
  if (wavLike && (await hasProgram("opusenc"))) return { ogg: await checked(() => encodeOpus(data)), converted: true };
  if (await hasProgram("ffmpeg", ["-version"])) {
    return { ogg: await checked(() => runProgram("ffmpeg", ["-hide_banner", "-loglevel", "error", "-i", "pipe:0", "-vn", "-ac", "1", "-c:a", "libopus", "-b:a", "32k", "-f", "ogg", "pipe:1"], data)), converted: true };
  }
  throw new UnsupportedAudioError(
    wavLike
      ? "WAV, FLAC and AIFF need opusenc (Debian package opus-tools) on the server"
      : "upload OGG/Opus, WAV or FLAC; other formats (MP3, M4A, WebM) need ffmpeg on the server",
  );
}

async function checked(convert: () => Promise<Buffer>): Promise<Buffer> {
  const ogg = await convert().catch(() => {
    throw new UnsupportedAudioError("the file could not be read as audio");
  });
  if (!startsWith(ogg, "OggS")) throw new UnsupportedAudioError("the file could not be read as audio");
  return ogg;
}
