/**
 * Seeded generators for the fuzz tests: a small pseudo-random number generator
 * (mulberry32, so a seed replays the same run) and builders of Telegram updates
 * of every kind the bot may receive, with awkward text in them.
 *
 * Every update is a structurally valid `Update` of the Bot API (checked by the
 * types of "grammy/types"): unique `update_id`, `date` in seconds, senders from
 * a small pool of users so that the same participant is met again in another
 * state. Lone surrogates are never produced (JSON cannot carry them).
 */
import type { CallbackQuery, Chat, ChatMember, InaccessibleMessage, InlineQuery, Message, MessageEntity, Update, User } from "grammy/types";
import { SURVEY } from "../../src/features/survey/definition.js";
import { FAKE_BOT_INFO } from "../support/fake-telegram-core.js";

// ---------------------------------------------------------------- random numbers

/** mulberry32: a tiny, fast 32-bit PRNG; the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface Rng {
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `[[3, "a"], [1, "b"]]` gives "a" three times as often. */
  weighted<T>(entries: readonly (readonly [number, T])[]): T;
  /** `count` random bytes (0–255). */
  bytes(count: number): number[];
  /** A lower-case hexadecimal string of `length` characters. */
  hex(length: number): string;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    seed,
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: <T>(entries: readonly (readonly [number, T])[]): T => {
      const total = entries.reduce((sum, [weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [weight, value] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return entries.at(-1)![1];
    },
    bytes: (count) => Array.from({ length: count }, () => Math.floor(next() * 256)),
    hex: (length) => Array.from({ length }, () => Math.floor(next() * 16).toString(16)).join(""),
  };
  return rng;
}

/** Reads a positive integer from the environment (FUZZ_SEED, FUZZ_UPDATES…), or the default. */
export function envInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, not ${JSON.stringify(raw)}`);
  return value;
}

// ---------------------------------------------------------------- awkward text

/** Zero-width and bidirectional control characters. */
export const INVISIBLES = ["\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\uFEFF", "\u2060"] as const;

export const SQL_STRINGS = [
  "'; drop table participants; --",
  "\"; drop table escalations; --",
  "1 OR 1=1",
  "' OR '1'='1",
  "1; select pg_sleep(5); --",
  "$$; delete from staff; $$",
  "\\'; truncate audit_log; --",
  "Robert'); DROP TABLE students;--",
] as const;

export const SAMPLE_TEXTS = [
  // emoji, sequences and flags
  "👨‍👩‍👧‍👦🇫🇮🙂",
  "❤️🔥💯",
  "🏳️‍🌈 👩🏽‍💻 🧑🏿‍🦱",
  // right to left
  "مرحبا، أحتاج مساعدة في كيلا",
  "سلام، من کمک می‌خواهم",
  "שלום, אני צריך עזרה",
  // mixed scripts
  "Hei مرحبا Привет 你好 नमस्ते Habari",
  "Kela ja TE-toimisto — مكتب العمل — Биржа",
  // combining marks
  "e\u0301\u0301\u0301\u0301",
  "Z\u0337\u0322\u031Ba\u0338l\u0336g\u0337o\u0335",
  "\u0915\u094D\u0937\u093F",
  // Arabic-Indic and Persian digits
  "٣",
  "١٢",
  "۴",
  "٠",
  "١٥ سنة",
  // numbers that are not quite numbers
  "2",
  "0",
  "15",
  "-1",
  "3.5",
  "1e3",
  "0x10",
  "NaN",
  "Infinity",
  "99999999999999999999",
  "  7  ",
  // markup that is not markup
  "<b>bold</b> &amp; <script>alert(1)</script>",
  "*bold* _italic_ `code` [link](http://example.com)",
  "%s %d {0} ${process.env.HOME} {{ name }}",
  "{ name } { $count }",
  "\u0001\u0002\u001b[31mred\u001b[0m\u007f",
  "line one\r\nline two\rline three\n",
] as const;

export const COMMANDS = [
  "/start",
  "/start@test_bot",
  "/start@other_bot",
  "/start payload-123",
  "/start@test_bot deep link",
  "/START",
  "/unknowncommand",
  "/unknowncommand@test_bot with arguments",
  "/help",
  "/help@test_bot me please",
  "/info",
  "/menu",
  "/language",
  "/language xx",
  "/survey",
  "/survey restart now",
  "/profile",
  "/modules",
  "/modules all",
  "/my",
  "/counsellor",
  "/counsellor@test_bot I need help",
  "/person",
  "/help_person",
  "/end",
  "/end@test_bot",
  "/endless",
  "/mydata",
  "/delete",
  "/delete everything now",
  "/",
  "//",
  "/ start",
  `/start${"x".repeat(120)}`,
  "/start \u202E",
] as const;

/** Characters of every kind, one code point each (no surrogate halves). */
const CODE_POINT_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0xff], // Latin-1
  [0x300, 0x36f], // combining marks
  [0x400, 0x4ff], // Cyrillic
  [0x5d0, 0x5ea], // Hebrew
  [0x600, 0x6ff], // Arabic, Arabic-Indic digits
  [0x6f0, 0x6f9], // Persian digits
  [0x900, 0x97f], // Devanagari
  [0x4e00, 0x9fff], // CJK
  [0xe000, 0xe0ff], // private use
  [0xfff0, 0xfffd], // specials
  [0x1f300, 0x1f64f], // emoji
  [0x1f900, 0x1f9ff], // emoji
  [0x1d400, 0x1d4ff], // mathematical letters
  [0x01, 0x1f], // control characters (not NUL)
];

export function randomCodePoint(rng: Rng): string {
  if (rng.chance(0.08)) return rng.pick(INVISIBLES);
  const [low, high] = rng.pick(CODE_POINT_RANGES);
  return String.fromCodePoint(rng.int(low, high));
}

/** A random string of `length` code points. */
export function randomUnicode(rng: Rng, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) text += randomCodePoint(rng);
  return text;
}

/** A long text of exactly `length` code points, mixing scripts, built quickly. */
export function longText(rng: Rng, length: number): string {
  const pieces = [...SAMPLE_TEXTS.slice(0, 10), "lorem ipsum dolor sit amet ", "a", " ", "\n", ...INVISIBLES];
  const out: string[] = [];
  while (out.length < length) {
    const piece = rng.chance(0.1) ? randomUnicode(rng, 8) : rng.pick(pieces);
    for (const ch of piece) {
      if (out.length >= length) break;
      out.push(ch);
    }
  }
  return out.join("");
}

/** Wraps or salts a text with zero-width and bidi controls. */
function withInvisibles(rng: Rng, text: string): string {
  switch (rng.int(0, 3)) {
    case 0:
      return `${rng.pick(INVISIBLES)}${text}`;
    case 1:
      return `${text}${rng.pick(INVISIBLES)}`;
    case 2:
      return `\u2066${text}\u2069`;
    default: {
      const chars = [...text];
      const at = rng.int(0, chars.length);
      chars.splice(at, 0, rng.pick(INVISIBLES));
      return chars.join("");
    }
  }
}

/** Any awkward text a person might send (commands included). */
export function fuzzText(rng: Rng): string {
  return rng.weighted<() => string>([
    [3, () => ""],
    [3, () => rng.pick([" ", "   ", "\n", "\t \n ", "\u00A0", "\u2003\u2003", "\u3000"])],
    [2, () => longText(rng, 5000)],
    [1, () => longText(rng, 20000)],
    [1, () => longText(rng, rng.int(3000, 4500))],
    [14, () => rng.pick(SAMPLE_TEXTS)],
    [4, () => rng.pick(SQL_STRINGS)],
    [4, () => withInvisibles(rng, rng.pick([...SAMPLE_TEXTS, ...COMMANDS]))],
    [4, () => rng.pick(INVISIBLES).repeat(rng.int(1, 5))],
    [8, () => randomUnicode(rng, rng.int(1, 60))],
    [5, () => String(rng.int(0, 20))],
    [14, () => rng.pick(COMMANDS)],
    // Leaving a chat with a counsellor, so that fewer participants stay in a handoff for good.
    [3, () => rng.pick(["/end", "/start"])],
    [2, () => `${rng.pick(COMMANDS)} ${rng.pick(SQL_STRINGS)}`],
    [2, () => `${rng.pick(COMMANDS)} ${randomUnicode(rng, rng.int(1, 30))}`],
  ])();
}

// ---------------------------------------------------------------- callback data

const MULTI_QUESTIONS = SURVEY.filter((q) => q.type === "multi");
const OPTION_QUESTIONS = SURVEY.filter((q): q is Extract<(typeof SURVEY)[number], { options: unknown }> => "options" in q);

/** Data the bot's own buttons carry (may still be stale for the participant's state). */
export function plausibleCallbackData(rng: Rng): string {
  const question = rng.pick(SURVEY);
  const withOptions = rng.pick(OPTION_QUESTIONS);
  const multi = rng.pick(MULTI_QUESTIONS);
  const moduleId = rng.int(1, 6);
  return rng.pick([
    `lang:${rng.pick(["fi", "sv", "en", "ar", "fa", "ru", "uk", "so", "sw"])}`,
    "consent:yes",
    "consent:yes",
    "consent:no",
    "menu:show",
    "menu:survey",
    "menu:help",
    "menu:info",
    "menu:language",
    "menu:profile",
    "plan:l",
    `plan:d:${rng.int(1, 6)}`,
    `plan:x:${rng.int(1, 6)}`,
    `ref:${rng.pick(["y", "n"])}:${rng.int(1, 4)}`,
    `fu:s:${rng.pick([3, 6, 99])}`,
    `fu:a:3:${rng.pick(["finnish", "coping", "goals-reached", "x"])}:${rng.pick(["good", "talk", "yes", "zzz"])}`,
    "mod:l",
    "my:l",
    "handoff:open",
    "handoff:survey",
    "handoff:unclear",
    "privacy:keep",
    "sv:ok",
    "sv:chg",
    `sv:a:${withOptions.id}:${rng.pick(withOptions.options).id}`,
    `sv:a:${question.id}:yes`,
    `sv:t:${multi.id}:${rng.pick(multi.options).id}`,
    `sv:d:${multi.id}`,
    `sv:s:${question.id}`,
    `sv:b:${question.id}`,
    `sv:e:${question.id}`,
    `mod:v:${moduleId}`,
    `mod:e:${moduleId}`,
    `mod:c:${moduleId}:${rng.int(0, 3)}`,
    `mod:y:${moduleId}:${rng.int(0, 2)}`,
    `my:x:${rng.int(1, 10)}`,
    `my:xy:${rng.int(1, 10)}`,
    `rsvp:y:${rng.int(1, 20)}`,
    `rsvp:n:${rng.int(1, 20)}`,
    `rsvp:c:${rng.int(1, 20)}`,
    `rsvp:k:${rng.int(1, 20)}:${rng.int(0, 3)}`,
  ]);
}

/** Data shaped like the bot's but wrong: unknown ids, bad numbers, cut or tampered. */
export function wrongCallbackData(rng: Rng): string {
  const question = rng.pick(SURVEY);
  const huge = rng.pick(["2147483648", "9007199254740993", "99999999999999999999", "1".repeat(40)]);
  return rng.pick([
    "sv:a:region:nope",
    "sv:t:languages:zz",
    "mod:y:999999:3",
    "rsvp:n:abc",
    "lang:xx",
    "consent:maybe",
    "",
    "sv:",
    "sv:a",
    "sv:a:region",
    "sv:a:region:other:extra",
    "sv:zz:region:other",
    `sv:e:nope`,
    `sv:d:${question.id}`,
    `sv:t:${question.id}:nope`,
    `sv:a:${question.id}:${"x".repeat(40)}`,
    "sv:a:région:other",
    "mod:v:0",
    "mod:v:-1",
    `mod:v:${huge}`,
    `mod:e:${huge}`,
    `mod:c:1:${huge}`,
    `mod:c:${huge}:1`,
    `mod:y:${huge}:0`,
    "mod:y:1:-1",
    `mod:y:1:${huge}`,
    `my:x:${huge}`,
    `my:xy:${huge}`,
    "my:xy:0",
    `rsvp:y:${huge}`,
    `rsvp:c:${huge}`,
    `rsvp:k:1:${huge}`,
    `rsvp:k:${huge}:1`,
    "rsvp:k:1:99999",
    "menu:",
    "menu:nope",
    "handoff:",
    "handoff:close",
    "lang:",
    "lang:en:extra",
    "lang:EN",
    "LANG:EN",
    " consent:yes",
    "consent:yes ",
    "consent:yes\n",
    "privacy:",
    "privacy:erase-all",
    `lang:${rng.pick(INVISIBLES)}en`,
    `sv:ok${rng.pick(INVISIBLES)}`,
    `${"sv:a:region:".padEnd(64, "x")}`,
  ]);
}

/** What a hostile client could put in callback data: random bytes, random text, up to 64 bytes. */
export function randomCallbackData(rng: Rng): string {
  return rng.weighted<() => string>([
    [3, () => String.fromCharCode(...rng.bytes(64))], // 64 random bytes read as latin1
    [2, () => String.fromCharCode(...rng.bytes(rng.int(1, 63)))],
    [2, () => randomUnicode(rng, rng.int(1, 16))],
    [1, () => ""],
    [1, () => rng.hex(64)],
  ])();
}

// ---------------------------------------------------------------- updates

export type UpdateKind =
  | "private-text"
  | "private-media"
  | "private-edited"
  | "callback-button"
  | "callback-plausible"
  | "callback-wrong"
  | "callback-random"
  | "callback-inaccessible"
  | "callback-no-message"
  | "group-message"
  | "group-edited"
  | "group-callback"
  | "channel-post"
  | "my-chat-member"
  | "group-my-chat-member"
  | "inline-query";

export interface GeneratedUpdate {
  /** 0-based position in the run. */
  index: number;
  kind: UpdateKind | "corpus";
  update: Update;
}

export interface UpdateGeneratorOptions {
  seed: number;
  /** Telegram user ids of the people writing to the bot (about 20). */
  userIds?: readonly number[];
  /** The time (Unix seconds) put in `date`; defaults to now. */
  nowSeconds?: () => number;
  firstUpdateId?: number;
  /**
   * The last message the bot sent to a chat (current version), so that a
   * generated button press can use a button the bot really showed.
   */
  lastBotMessage?: (chatId: number) => Message | undefined;
}

export const DEFAULT_USER_IDS: readonly number[] = Array.from({ length: 20 }, (_, i) => 910_001 + i);

export const FUZZ_GROUPS: readonly Chat.GroupChat[] = [
  { id: -400_001, type: "group", title: "Parents' group" },
  { id: -400_002, type: "group", title: "مجموعة الآباء \u202E" },
];
export const FUZZ_SUPERGROUPS: readonly Chat.SupergroupChat[] = [
  { id: -1_001_000_000_001, type: "supergroup", title: "Kotoutuminen", username: "kotoutuminen_fi" },
  { id: -1_001_000_000_002, type: "supergroup", title: "Forum 🧵", is_forum: true },
];
export const FUZZ_CHANNELS: readonly Chat.ChannelChat[] = [{ id: -1_001_000_000_099, type: "channel", title: "News", username: "news_channel" }];

/** Ids of every chat that is not a private chat; the bot must never write there. */
export const NON_PRIVATE_CHAT_IDS: ReadonlySet<number> = new Set([...FUZZ_GROUPS, ...FUZZ_SUPERGROUPS, ...FUZZ_CHANNELS].map((c) => c.id));

const FIRST_NAMES = ["Amina", "Ali", "Олена", "محمد", "Sara", "Hodan", "Juma", "Мария", "زهرا", "Test\u202Egnp.exe", "👩‍👧", "A".repeat(64), "\u200B", "'; drop table staff; --", "Zoë", "Nguyễn", "李", "Ahmed\u0301", "<b>x</b>", "Fatuma"] as const;
const LANGUAGE_CODES = ["fi", "sv", "en", "ar", "fa", "ru", "uk", "so", "sw", "de", "en-US", "pt-br", "zz", "", "x".repeat(35)] as const;

const CHAOTIC_KINDS: readonly (readonly [number, UpdateKind])[] = [
  [30, "private-text"],
  [9, "private-media"],
  [4, "private-edited"],
  [20, "callback-button"],
  [9, "callback-plausible"],
  [8, "callback-wrong"],
  [3, "callback-random"],
  [2, "callback-inaccessible"],
  [2, "callback-no-message"],
  [4, "group-message"],
  [1, "group-edited"],
  [1, "group-callback"],
  [2, "channel-post"],
  [3, "my-chat-member"],
  [1, "group-my-chat-member"],
  [2, "inline-query"],
];
const COOPERATIVE_KINDS: readonly (readonly [number, UpdateKind])[] = [
  [25, "private-text"],
  [3, "private-media"],
  [2, "private-edited"],
  [60, "callback-button"],
  [4, "callback-plausible"],
  [3, "callback-wrong"],
  [1, "callback-inaccessible"],
  [1, "my-chat-member"],
  [1, "group-message"],
];

/** What someone answering the questions would type (numbers, a job), or a menu command. */
export function cooperativeText(rng: Rng): string {
  return rng.weighted<() => string>([
    [6, () => String(rng.int(0, 6))],
    [2, () => String(rng.int(7, 30))],
    [1, () => rng.pick(["٣", "۲", " 2 ", "two", "-1", "1.5"])],
    [2, () => rng.pick(["Cleaner", "Siivooja", "سائق", "Медсестра", "Teacher at school 👩‍🏫", "x".repeat(201)])],
    [2, () => rng.pick(["/survey", "/modules", "/my", "/profile", "/menu", "/start", "/end", "/language"])],
  ])();
}

const BOT_USER: User = { id: FAKE_BOT_INFO.id, is_bot: true, first_name: FAKE_BOT_INFO.first_name, username: FAKE_BOT_INFO.username };

/**
 * Produces one update after another. Deterministic for a seed, as long as
 * `lastBotMessage` answers the same (the bot under test is deterministic).
 */
export class UpdateGenerator {
  readonly rng: Rng;
  readonly users: readonly User[];
  #nextUpdateId: number;
  #index = 0;
  #messageIds = new Map<number, number>();
  /** Messages users sent, for edits. */
  #sentByUser = new Map<number, Message[]>();
  #blocked = new Set<number>();
  /** People who mostly press the buttons they are shown and answer what is asked. */
  readonly #cooperative = new Set<number>();
  readonly #now: () => number;
  readonly #lastBotMessage: (chatId: number) => Message | undefined;

  constructor(options: UpdateGeneratorOptions) {
    this.rng = createRng(options.seed);
    this.#nextUpdateId = options.firstUpdateId ?? 500_000_001;
    this.#now = options.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
    this.#lastBotMessage = options.lastBotMessage ?? (() => undefined);
    const rng = this.rng;
    this.users = (options.userIds ?? DEFAULT_USER_IDS).map((id) => {
      const user: User = { id, is_bot: false, first_name: rng.pick(FIRST_NAMES) };
      if (rng.chance(0.5)) user.last_name = rng.pick(["Virtanen", "حسن", "Коваленко", randomUnicode(rng, 5)]);
      if (rng.chance(0.5)) user.username = `user_${id}`;
      if (rng.chance(0.85)) user.language_code = rng.pick(LANGUAGE_CODES);
      if (rng.chance(0.1)) user.is_premium = true;
      if (rng.chance(0.5)) this.#cooperative.add(id);
      return user;
    });
  }

  next(): GeneratedUpdate {
    const rng = this.rng;
    const user = this.#sender();
    const kind = rng.weighted<UpdateKind>(this.#cooperative.has(user.id) ? COOPERATIVE_KINDS : CHAOTIC_KINDS);
    const update = this.#build(kind, user);
    return { index: this.#index++, kind, update };
  }

  #build(kind: UpdateKind, user: User): Update {
    const rng = this.rng;
    const update_id = this.#nextUpdateId++;
    const cooperative = this.#cooperative.has(user.id);
    const privateChat: Chat.PrivateChat = {
      id: user.id,
      type: "private",
      first_name: user.first_name,
      ...(user.last_name !== undefined && { last_name: user.last_name }),
      ...(user.username !== undefined && { username: user.username }),
    };
    // Any message from the person means they have not blocked the bot (any more).
    if (kind.startsWith("private") || kind.startsWith("callback")) this.#blocked.delete(user.id);

    switch (kind) {
      case "private-text": {
        const text = cooperative && rng.chance(0.85) ? cooperativeText(rng) : fuzzText(rng);
        const message = { ...this.#base(privateChat, user), ...textContent(text) } satisfies Message & Update.NonChannel;
        this.#remember(user.id, message);
        return { update_id, message };
      }
      case "private-media": {
        const message = { ...this.#base(privateChat, user), ...mediaContent(rng) } satisfies Message & Update.NonChannel;
        this.#remember(user.id, message);
        return { update_id, message };
      }
      case "private-edited": {
        const earlier = this.#sentByUser.get(user.id);
        const original = earlier && earlier.length > 0 ? rng.pick(earlier) : this.#base(privateChat, user);
        const edited_message = {
          message_id: original.message_id,
          date: original.date,
          chat: privateChat,
          from: user,
          edit_date: Math.max(original.date, this.#now()) + rng.int(0, 5),
          ...(rng.chance(0.8) ? textContent(fuzzText(rng)) : { caption: fuzzText(rng), photo: photoSizes(rng) }),
        } satisfies Message & Update.Edited & Update.NonChannel;
        return { update_id, edited_message };
      }
      case "callback-button":
      case "callback-plausible":
      case "callback-wrong":
      case "callback-random":
      case "callback-inaccessible": {
        let message: Message | InaccessibleMessage = this.#botMessage(privateChat);
        let data: string;
        if (kind === "callback-button") {
          const pressed = this.#pressableButton(user.id, cooperative);
          if (pressed) {
            message = pressed.message;
            data = pressed.data;
          } else {
            data = plausibleCallbackData(rng);
          }
        } else if (kind === "callback-plausible") {
          data = plausibleCallbackData(rng);
        } else if (kind === "callback-wrong") {
          data = wrongCallbackData(rng);
        } else if (kind === "callback-random") {
          data = randomCallbackData(rng);
        } else {
          // A button under a message too old for the bot to see (Telegram sends date 0).
          message = { chat: privateChat, message_id: rng.int(1, 50), date: 0 } satisfies InaccessibleMessage;
          data = rng.chance(0.5) ? plausibleCallbackData(rng) : wrongCallbackData(rng);
        }
        const callback_query: CallbackQuery = { id: this.#callbackId(), from: user, chat_instance: this.#chatInstance(user.id), message, data };
        return { update_id, callback_query };
      }
      case "callback-no-message": {
        // A button of an inline-mode message: no message, an inline_message_id instead.
        const callback_query: CallbackQuery = {
          id: this.#callbackId(),
          from: user,
          chat_instance: this.#chatInstance(user.id),
          inline_message_id: `AgAAA${rng.hex(20)}`,
          data: rng.chance(0.5) ? plausibleCallbackData(rng) : randomCallbackData(rng),
        };
        return { update_id, callback_query };
      }
      case "group-message": {
        const chat = rng.pick([...FUZZ_GROUPS, ...FUZZ_SUPERGROUPS]);
        const content = rng.chance(0.7) ? textContent(rng.chance(0.5) ? rng.pick(COMMANDS) : fuzzText(rng)) : mediaContent(rng);
        const message = { ...this.#base(chat, user), ...content } satisfies Message & Update.NonChannel;
        if (rng.chance(0.1)) {
          const joined: Message & Update.NonChannel = { ...this.#base(chat, user), new_chat_members: [user] };
          return { update_id, message: joined };
        }
        return { update_id, message };
      }
      case "group-edited": {
        const chat = rng.pick([...FUZZ_GROUPS, ...FUZZ_SUPERGROUPS]);
        const base = this.#base(chat, user);
        const edited_message = { ...base, edit_date: base.date + 1, ...textContent(rng.pick(COMMANDS)) } satisfies Message & Update.Edited & Update.NonChannel;
        return { update_id, edited_message };
      }
      case "group-callback": {
        const chat = rng.pick([...FUZZ_GROUPS, ...FUZZ_SUPERGROUPS]);
        const message: Message = { message_id: this.#messageId(chat.id), date: this.#now() - 60, chat, from: BOT_USER, text: "menu" };
        const callback_query: CallbackQuery = {
          id: this.#callbackId(),
          from: user,
          chat_instance: this.#chatInstance(chat.id),
          message,
          data: rng.chance(0.5) ? plausibleCallbackData(rng) : wrongCallbackData(rng),
        };
        return { update_id, callback_query };
      }
      case "channel-post": {
        const chat = rng.pick(FUZZ_CHANNELS);
        const content = rng.chance(0.7) ? textContent(rng.chance(0.5) ? rng.pick(COMMANDS) : fuzzText(rng)) : mediaContent(rng);
        const channel_post = {
          message_id: this.#messageId(chat.id),
          date: this.#now(),
          chat,
          sender_chat: chat,
          ...content,
        } satisfies Message & Update.Channel;
        return { update_id, channel_post };
      }
      case "my-chat-member": {
        // The person blocked the bot, or unblocked it (restarted the chat).
        const blocking = !this.#blocked.has(user.id) ? rng.chance(0.8) : rng.chance(0.2);
        if (blocking) this.#blocked.add(user.id);
        else this.#blocked.delete(user.id);
        const member: ChatMember = { status: "member", user: BOT_USER };
        const kicked: ChatMember = { status: "kicked", user: BOT_USER, until_date: 0 };
        return {
          update_id,
          my_chat_member: {
            chat: privateChat,
            from: user,
            date: this.#now(),
            old_chat_member: blocking ? member : kicked,
            new_chat_member: blocking ? kicked : member,
          },
        };
      }
      case "group-my-chat-member": {
        // Someone added the bot to a group, or removed it.
        const chat = rng.pick([...FUZZ_GROUPS, ...FUZZ_SUPERGROUPS]);
        const added = rng.chance(0.6);
        const left: ChatMember = { status: "left", user: BOT_USER };
        const member: ChatMember = { status: "member", user: BOT_USER };
        return {
          update_id,
          my_chat_member: { chat, from: user, date: this.#now(), old_chat_member: added ? left : member, new_chat_member: added ? member : left },
        };
      }
      case "inline-query": {
        const inline_query: InlineQuery = {
          id: this.#callbackId(),
          from: user,
          query: [...fuzzText(rng)].slice(0, 256).join(""),
          offset: rng.chance(0.8) ? "" : String(rng.int(0, 100)),
          ...(rng.chance(0.7) && { chat_type: rng.pick(["sender", "private", "group", "supergroup", "channel"] as const) }),
        };
        return { update_id, inline_query };
      }
    }
  }

  #sender(): User {
    const user = this.rng.pick(this.users);
    // Half of the people go along with the bot (so the survey, enrolment and
    // reminders are reached); the others do anything at all.
    // Now and then the person changes their app's language.
    if (this.rng.chance(0.03)) return { ...user, language_code: this.rng.pick(LANGUAGE_CODES) };
    return user;
  }

  #base(chat: Exclude<Chat, Chat.ChannelChat>, from: User): Message & Update.NonChannel {
    return { message_id: this.#messageId(chat.id), date: this.#now(), chat, from };
  }

  /** A message of the bot in the chat, as the button's message when no real one is at hand. */
  #botMessage(chat: Chat.PrivateChat): Message {
    return { message_id: this.#messageId(chat.id), date: this.#now() - this.rng.int(0, 86_400), chat, from: BOT_USER, text: "…" };
  }

  #pressableButton(chatId: number, cooperative: boolean): { message: Message; data: string } | undefined {
    const message = this.#lastBotMessage(chatId);
    const buttons = (message?.reply_markup?.inline_keyboard ?? [])
      .flat()
      .flatMap((b) => ("callback_data" in b ? [b.callback_data] : []))
      // Someone going along with the bot does not ask for a person nor erase their data.
      .filter((data) => !cooperative || !/^(handoff:|privacy:erase|consent:no)/.test(data));
    if (!message || buttons.length === 0) return undefined;
    return { message, data: this.rng.pick(buttons) };
  }

  #remember(userId: number, message: Message): void {
    const list = this.#sentByUser.get(userId) ?? [];
    list.push(message);
    if (list.length > 5) list.shift();
    this.#sentByUser.set(userId, list);
  }

  #messageId(chatId: number): number {
    // Far above the fake Telegram's own counters, which start at 1 for the bot's messages.
    const id = (this.#messageIds.get(chatId) ?? 1_000_000) + 1;
    this.#messageIds.set(chatId, id);
    return id;
  }

  #callbackId(): string {
    return `${this.rng.hex(16)}-${this.#index}`;
  }

  #chatInstance(chatId: number): string {
    return String(Math.abs(chatId) * 7919);
  }
}

// ---------------------------------------------------------------- message content

type Content = Omit<Message, "message_id" | "date" | "chat" | "from">;

/** A text message, with a bot_command entity where Telegram would put one. */
export function textContent(text: string): Content {
  const command = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(text);
  const entities: MessageEntity[] = command ? [{ type: "bot_command", offset: 0, length: command[0].length }] : [];
  return { text, ...(entities.length > 0 && { entities }) };
}

function fileIds(rng: Rng, prefix: string): { file_id: string; file_unique_id: string } {
  return { file_id: `${prefix}-${rng.hex(24)}`, file_unique_id: rng.hex(12) };
}

function photoSizes(rng: Rng) {
  return [
    { ...fileIds(rng, "photo-s"), width: 90, height: 67, file_size: rng.int(500, 2000) },
    { ...fileIds(rng, "photo-m"), width: 320, height: 240 },
    { ...fileIds(rng, "photo-l"), width: 1280, height: 960, file_size: rng.int(50_000, 500_000) },
  ];
}

/** Anything but text: sticker, photo (with or without caption), voice, document, video, location, contact, poll, dice. */
export function mediaContent(rng: Rng): Content {
  const caption = () => (rng.chance(0.5) ? { caption: fuzzText(rng) } : {});
  return rng.weighted<() => Content>([
    [3, () => ({ sticker: { ...fileIds(rng, "sticker"), type: "regular", width: 512, height: 512, is_animated: rng.chance(0.3), is_video: false, emoji: "😀" } })],
    [2, () => ({ photo: photoSizes(rng) })],
    [2, () => ({ photo: photoSizes(rng), caption: fuzzText(rng) })],
    [2, () => ({ voice: { ...fileIds(rng, "voice"), duration: rng.int(1, 600), mime_type: "audio/ogg" } })],
    [2, () => ({ document: { ...fileIds(rng, "doc"), file_name: rng.pick(["letter.pdf", "Kela päätös.pdf", "\u202Efdp.exe", "x".repeat(200)]), mime_type: "application/pdf" }, ...caption() })],
    [1, () => ({ video: { ...fileIds(rng, "video"), width: 640, height: 360, duration: rng.int(1, 120) }, ...caption() })],
    [1, () => ({ location: { latitude: rng.next() * 180 - 90, longitude: rng.next() * 360 - 180 } })],
    [1, () => ({ contact: { phone_number: rng.pick(["+358401234567", "0401234567", "'; drop table x; --"]), first_name: rng.pick(FIRST_NAMES), ...(rng.chance(0.5) && { user_id: rng.int(1, 1e9) }) } })],
    [
      1,
      () => ({
        poll: {
          id: rng.hex(16),
          question: [...fuzzText(rng)].slice(0, 300).join("") || "?",
          options: [
            { persistent_id: "a", text: "Yes", voter_count: 0 },
            { persistent_id: "b", text: "No", voter_count: 0 },
          ],
          total_voter_count: 0,
          is_closed: false,
          is_anonymous: true,
          type: "regular",
          allows_multiple_answers: false,
          allows_revoting: true,
          members_only: false,
        },
      }),
    ],
    [1, () => ({ dice: { emoji: rng.pick(["🎲", "🎯", "🏀", "⚽", "🎳", "🎰"]), value: rng.int(1, 6) } })],
  ])();
}

// ---------------------------------------------------------------- corpus

/**
 * Updates that broke the bot in earlier runs (found by this fuzzer), replayed first on
 * every run whatever the seed, like a fuzzer's corpus: button data with ids past the
 * database's integer range, and a button press that carries no message.
 */
export function corpusUpdates(options: { userId: number; nowSeconds: number; firstUpdateId?: number }): Update[] {
  const user: User = { id: options.userId, is_bot: false, first_name: "Corpus", language_code: "en" };
  const chat: Chat.PrivateChat = { id: user.id, type: "private", first_name: user.first_name };
  const message: Message = { message_id: 1_999_999, date: options.nowSeconds - 60, chat, from: BOT_USER, text: "…" };
  let updateId = options.firstUpdateId ?? 400_000_001;
  let callbackId = 0;
  const press = (data: string, withMessage = true): Update => ({
    update_id: updateId++,
    callback_query: {
      id: `corpus-${callbackId++}`,
      from: user,
      chat_instance: "corpus",
      ...(withMessage ? { message } : { inline_message_id: "AgAAAcorpus" }),
      data,
    },
  });
  return [
    { update_id: updateId++, message: { message_id: 1_999_998, date: options.nowSeconds, chat, from: user, ...textContent("/start") } },
    press("mod:v:2147483648"),
    press("rsvp:k:99999999999999999999:1"),
    press("rsvp:y:9007199254740993"),
    press("my:x:2147483648"),
    press("menu:show", false),
  ];
}
