import { randomBytes } from "node:crypto";
import { Algorithm, hash, verify } from "@node-rs/argon2";

/**
 * Argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): about 20–40 ms on
 * one core of the project's machine, so a sign-in costs little and a stolen hash costs a
 * guesser that much per try.
 */
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Passwords are at least this long (NIST SP 800-63B: length over composition rules). */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/** The PHC string of a password (salt and parameters inside). */
export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

/**
 * Whether a password matches a stored hash. With no hash (an unknown name, an account
 * without a password) a dummy hash is checked anyway, so the answer takes as long and
 * does not tell which names exist.
 */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  const target = stored ?? (await dummyHash());
  try {
    return (await verify(target, password)) && stored != null;
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword(randomBytes(16).toString("hex")));

/** A password to hand over once (admins' resets, the CLI): 16 characters from an alphabet without look-alikes. */
export function generatePassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(32);
  let out = "";
  for (const byte of bytes) {
    // 54 letters; 216 = 4 × 54 keeps the choice uniform.
    if (byte < 216) out += alphabet[byte % alphabet.length];
    if (out.length === 16) break;
  }
  return out.length === 16 ? out : generatePassword();
}

/** Sign-in names: 3–40 characters, lower case letters, digits, dot, dash, underscore (stored lower case). */
export const USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{2,39}$";
export const normaliseUsername = (name: string) => name.trim().toLowerCase();
