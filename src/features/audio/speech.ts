import { spawn } from "node:child_process";
import type { LocaleCode } from "../../i18n/locales.js";

/**
 * The espeak-ng voice for each participant language, or undefined where espeak-ng has
 * none (Somali). Dari is spoken with espeak-ng's Persian voice ("fa"), which sounds
 * Iranian: a staff recording is better wherever one exists.
 */
export const ESPEAK_VOICES: Readonly<Record<LocaleCode, string | undefined>> = {
  fi: "fi",
  sv: "sv",
  en: "en-gb",
  ar: "ar",
  fa: "fa",
  ru: "ru",
  uk: "uk",
  so: undefined,
  sw: "sw",
};

/** Longest text synthesised, in characters (a question with its options is far shorter). */
const MAX_TEXT = 2000;
/** Longest an external program may run, in ms: a button press waits for it. */
const TIMEOUT_MS = 8000;

/** Runs a program with `input` on stdin and returns its stdout; rejects on a non-zero exit, a missing program or the time-out. */
export function runProgram(command: string, args: readonly string[], input?: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"], timeout: TIMEOUT_MS });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`${command} failed (${signal ?? `exit ${code}`}): ${Buffer.concat(err).toString("utf8").slice(0, 300)}`));
    });
    // A program that exits without reading its input (a bad option) must not crash us with EPIPE.
    child.stdin.on("error", () => {});
    child.stdin.end(input ?? Buffer.alloc(0));
  });
}

const available = new Map<string, Promise<boolean>>();

/** Whether a program can be started (checked once per process). */
export function hasProgram(command: string, versionArgs: readonly string[] = ["--version"]): Promise<boolean> {
  let known = available.get(command);
  if (!known) {
    known = runProgram(command, versionArgs).then(
      () => true,
      () => false,
    );
    available.set(command, known);
  }
  return known;
}

/** Whether speech can be synthesised at all here: espeak-ng and opusenc (Debian: espeak-ng, opus-tools). */
export async function synthesisAvailable(): Promise<boolean> {
  return (await hasProgram("espeak-ng")) && (await hasProgram("opusenc"));
}

/** The languages synthetic speech covers on this machine (none without the programs). */
export async function synthesisLocales(): Promise<LocaleCode[]> {
  if (!(await synthesisAvailable())) return [];
  return (Object.keys(ESPEAK_VOICES) as LocaleCode[]).filter((l) => ESPEAK_VOICES[l] !== undefined);
}

/**
 * Speaks `text` in the participant's language with espeak-ng and encodes it as OGG/Opus
 * (a Telegram voice message). Undefined where the language has no voice or the programs
 * are missing. Emoji and symbols are left out; they would be read out by name.
 * Throws when a program fails.
 */
export async function synthesize(text: string, locale: LocaleCode): Promise<Buffer | undefined> {
  const voice = ESPEAK_VOICES[locale];
  if (!voice || !(await synthesisAvailable())) return undefined;
  const spoken = text
    .replace(/[\p{Extended_Pictographic}\u200d\ufe0f\u2068\u2069]/gu, "")
    .replace(/[▫️✅➕➖◀️⏭✔️]/gu, "")
    .slice(0, MAX_TEXT);
  // Slower than espeak-ng's default (175 words a minute): for newcomers to the language.
  const wav = await runProgram("espeak-ng", ["-v", voice, "-s", "140", "--stdout"], Buffer.from(spoken, "utf8"));
  return encodeOpus(wav);
}

/** WAV, FLAC or AIFF to OGG/Opus with opusenc (speech settings, mono). */
export function encodeOpus(input: Buffer): Promise<Buffer> {
  return runProgram("opusenc", ["--quiet", "--bitrate", "32", "--downmix-mono", "-", "-"], input);
}
