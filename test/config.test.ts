import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { ConfigError, ENV_VARIABLES, loadConfig } from "../src/config.js";

const TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345";

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration", () => {
  it("runs with only BOT_TOKEN: polling, embedded database in ./data", () => {
    const config = loadConfig({ BOT_TOKEN: TOKEN });
    expect(config.bot).toEqual({ mode: "polling" });
    expect(config.database).toEqual({ url: undefined, dataDir: "./data", poolSize: 10 });
    expect(config.telegramApiRoot).toBe("https://api.telegram.org");
    expect(config.http).toEqual({ host: "127.0.0.1", port: 3000 });
  });

  it("takes STAFF_GROUP_ID as a supergroup's id and names a wrong one", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN }).staffGroup).toBeUndefined();
    expect(loadConfig({ BOT_TOKEN: TOKEN, STAFF_GROUP_ID: "-1001234567890" }).staffGroup).toEqual({ chatId: -1001234567890, perMinute: 20 });
    expect(problems({ BOT_TOKEN: TOKEN, STAFF_GROUP_ID: "12345" })).toEqual([expect.stringMatching(/^STAFF_GROUP_ID must be a supergroup's chat id, such as -1001234567890/)]);
    expect(problems({ BOT_TOKEN: TOKEN, STAFF_GROUP_ID: "-1001234567890", STAFF_GROUP_MESSAGES_PER_MINUTE: "30" })).toEqual(["STAFF_GROUP_MESSAGES_PER_MINUTE must be at most 20 (Telegram's limit for one group)"]);
  });

  it("reads APPOINTMENT_CHANGE_HOURS (24 by default) and names a wrong one", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN }).appointmentChangeHours).toBe(24);
    expect(loadConfig({ BOT_TOKEN: TOKEN, APPOINTMENT_CHANGE_HOURS: "2.5" }).appointmentChangeHours).toBe(2.5);
    expect(problems({ BOT_TOKEN: TOKEN, APPOINTMENT_CHANGE_HOURS: "soon" })).toEqual([expect.stringMatching(/^APPOINTMENT_CHANGE_HOURS .*number of hours/)]);
    expect(problems({ BOT_TOKEN: TOKEN, APPOINTMENT_CHANGE_HOURS: "-1" })).toEqual([expect.stringMatching(/^APPOINTMENT_CHANGE_HOURS .*0 or more/)]);
    expect(problems({ BOT_TOKEN: TOKEN, APPOINTMENT_CHANGE_HOURS: "400" })).toEqual([expect.stringMatching(/^APPOINTMENT_CHANGE_HOURS .*336/)]);
  });

  it("reads the project's contact for the privacy notice, and refuses one too short to reach anyone", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN }).projectContact).toBeUndefined();
    expect(loadConfig({ BOT_TOKEN: TOKEN, PROJECT_CONTACT: " tietosuoja@hot.fi " }).projectContact).toBe("tietosuoja@hot.fi");
    expect(problems({ BOT_TOKEN: TOKEN, PROJECT_CONTACT: "x" })).toEqual([expect.stringMatching(/^PROJECT_CONTACT must be how participants reach the project/)]);
  });

  it("reads the helplines of the distress answer, Finland's national ones by default, and names a malformed entry", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN }).helplines.map((h) => h.phone)).toEqual(["09 2525 0111", "080 005 005"]);
    const custom = loadConfig({ BOT_TOKEN: TOKEN, HELPLINES: "crisis|MIELI Kriisipuhelin|09 2525 0111|24/7; other|Perheneuvola|03 814 4000|mon-fri 09:00-15:00" });
    expect(custom.helplines).toEqual([
      { kind: "crisis", name: "MIELI Kriisipuhelin", phone: "09 2525 0111", hours: "always" },
      { kind: "other", name: "Perheneuvola", phone: "03 814 4000", hours: { days: [1, 2, 3, 4, 5], start: 540, end: 900 } },
    ]);
    expect(problems({ BOT_TOKEN: TOKEN, HELPLINES: "police|112|always" })).toEqual([expect.stringMatching(/^HELPLINES must look like/)]);
  });

  it("names a missing BOT_TOKEN", () => {
    expect(problems({})).toEqual([expect.stringMatching(/^BOT_TOKEN is required/)]);
  });

  it("names every invalid variable at once", () => {
    const found = problems({
      BOT_TOKEN: "nonsense",
      PORT: "seventy",
      BOT_MODE: "carrier-pigeon",
      DATABASE_URL: "mysql://x",
      LOG_LEVEL: "loud",
      TELEGRAM_API_ROOT: "not a url",
    });
    for (const name of ["BOT_TOKEN", "PORT", "BOT_MODE", "DATABASE_URL", "LOG_LEVEL", "TELEGRAM_API_ROOT"]) {
      expect(found.some((p) => p.startsWith(`${name} `)), `${name} in ${found.join(" | ")}`).toBe(true);
    }
  });

  it("needs WEBHOOK_URL and WEBHOOK_SECRET in webhook mode", () => {
    const found = problems({ BOT_TOKEN: TOKEN, BOT_MODE: "webhook" });
    expect(found).toEqual(
      expect.arrayContaining([expect.stringMatching(/^WEBHOOK_URL is required/), expect.stringMatching(/^WEBHOOK_SECRET is required/)]),
    );
    const config = loadConfig({
      BOT_TOKEN: TOKEN,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://bot.example.org",
      WEBHOOK_SECRET: "s3cret-s3cret-s3cret",
    });
    expect(config.bot).toEqual({ mode: "webhook", webhookUrl: "https://bot.example.org", webhookSecret: "s3cret-s3cret-s3cret" });
  });

  it("treats empty variables as unset and trims a trailing slash from the API root", () => {
    const config = loadConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: "", TELEGRAM_API_ROOT: "http://127.0.0.1:8081/" });
    expect(config.database.url).toBeUndefined();
    expect(config.telegramApiRoot).toBe("http://127.0.0.1:8081");
  });

  it("refuses an admin token short or plain enough to guess", () => {
    expect(problems({ BOT_TOKEN: TOKEN, ADMIN_TOKEN: "short" })).toEqual([expect.stringMatching(/^ADMIN_TOKEN must be at least 32/)]);
    // 24 characters were enough before; 28 letters of one word are still guessable.
    expect(problems({ BOT_TOKEN: TOKEN, ADMIN_TOKEN: "admin-token-0123456789abcdef" })).toEqual([expect.stringMatching(/^ADMIN_TOKEN must be at least 32/)]);
    expect(problems({ BOT_TOKEN: TOKEN, ADMIN_TOKEN: "a".repeat(40) })).toEqual([expect.stringMatching(/^ADMIN_TOKEN must be random/)]);
    expect(problems({ BOT_TOKEN: TOKEN, ADMIN_TOKEN: "abababababababababababababababab" })).toEqual([expect.stringMatching(/^ADMIN_TOKEN must be random/)]);
    expect(loadConfig({ BOT_TOKEN: TOKEN, ADMIN_TOKEN: "4f9c1d7e2b8a6035c1e9f7d2a4b6c8e0" }).adminToken).toBe("4f9c1d7e2b8a6035c1e9f7d2a4b6c8e0");
  });

  it("sends events only over https, or plain http to this machine", () => {
    const secret = { EVENTS_WEBHOOK_SECRET: "s".repeat(16) };
    for (const url of ["http://helpdesk.example.org/hook", "http://10.0.0.5/hook", "ftp://example.org/x"]) {
      expect(problems({ BOT_TOKEN: TOKEN, EVENTS_WEBHOOK_URL: url, ...secret }), url).toEqual([expect.stringMatching(/^EVENTS_WEBHOOK_URL must be an https/)]);
    }
    for (const url of ["https://helpdesk.example.org/hook", "http://127.0.0.1:8080/hook", "http://localhost/hook", "http://[::1]:9000/hook"]) {
      expect(loadConfig({ BOT_TOKEN: TOKEN, EVENTS_WEBHOOK_URL: url, ...secret }).events.url, url).toBe(url);
    }
  });

  it("has privacy-minded defaults for tokens, events and the outbox", () => {
    const config = loadConfig({ BOT_TOKEN: TOKEN });
    expect(config.staffTokenDays).toBe(90);
    expect(config.events).toMatchObject({ includeMessageText: true, retentionHours: 24 });
    expect(config.metricsToken).toBeUndefined();
    expect(loadConfig({ BOT_TOKEN: TOKEN, EVENTS_MESSAGE_TEXT: "omit", OUTBOX_RETENTION_HOURS: "2" }).events).toMatchObject({ includeMessageText: false, retentionHours: 2 });
  });
});

describe("operators' mistakes are named plainly", () => {
  it("says which whole number a number variable wants, whatever was written", () => {
    const cases: [string, string, string][] = [
      ["DATABASE_POOL_SIZE", "ten", "must be a whole number between 1 and 200"],
      ["DATABASE_POOL_SIZE", "2.5", "must be a whole number between 1 and 200"],
      ["DATABASE_POOL_SIZE", "0", "must be a whole number between 1 and 200"],
      ["DATABASE_POOL_SIZE", "12abc", "must be a whole number between 1 and 200"],
      ["DATABASE_POOL_SIZE", " ", "must be a whole number between 1 and 200"],
      ["UPDATE_CONCURRENCY", "lots", "must be a whole number between 1 and 1000"],
      ["STAFF_TOKEN_DAYS", "1e3", "must be a whole number of days between 1 and 3650"],
      ["STAFF_SESSION_HOURS", "721", "must be a whole number of hours between 1 and 720"],
      ["RETENTION_MONTHS", "a year", "must be a whole number of months between 1 and 120"],
      ["SHUTDOWN_TIMEOUT_MS", "5s", "must be a whole number of milliseconds between 100 and 120000"],
      ["REMINDER_SOON_HOURS", "two", "must be a number of hours between 0 and 336"],
      ["PORT", "http", "must be a port number (0 to 65535)"],
      ["PORT", "70000", "must be a port number (0 to 65535)"],
      ["SEND_RATE_PER_SECOND", "fast", "must be a number between 1 and 30"],
      ["SEND_RATE_PER_SECOND", "31", "must be at most 30 (Telegram's limit for bulk messages)"],
    ];
    for (const [name, value, message] of cases) {
      expect(problems({ BOT_TOKEN: TOKEN, [name]: value }), `${name}=${value}`).toEqual([`${name} ${message}`]);
    }
    const config = loadConfig({ BOT_TOKEN: TOKEN, DATABASE_POOL_SIZE: " 20 ", REMINDER_SOON_HOURS: "1.5", PORT: "0" });
    expect(config.database.poolSize).toBe(20);
    expect(config.reminders.policy.offsets.soon).toBe(90);
    expect(config.http.port).toBe(0);
  });

  it("takes only an http(s) Telegram API root", () => {
    for (const root of ["ftp://x", "javascript:alert(1)", "file:///etc/passwd"]) {
      expect(problems({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: root }), root).toEqual([expect.stringMatching(/^TELEGRAM_API_ROOT must be an http:\/\/ or https:\/\/ URL/)]);
    }
    expect(loadConfig({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: "https://tg.example.org" }).telegramApiRoot).toBe("https://tg.example.org");
  });

  it("refuses quiet hours that end when they start", () => {
    for (const range of ["21:00-21:00", "00:00-00:00"]) {
      expect(problems({ BOT_TOKEN: TOKEN, QUIET_HOURS: range }), range).toEqual([expect.stringMatching(/^QUIET_HOURS must end at another time than it starts/)]);
    }
    expect(problems({ BOT_TOKEN: TOKEN, QUIET_HOURS: "late" })).toEqual(["QUIET_HOURS must look like 21:00-08:00 (Helsinki time)"]);
    expect(loadConfig({ BOT_TOKEN: TOKEN, QUIET_HOURS: "22:00-07:30" }).reminders.policy.quietHours).toEqual({ start: 22 * 60, end: 7 * 60 + 30 });
  });

  it("refuses blank texts, and trims the others", () => {
    for (const name of ["PROJECT_NAME", "PRIVACY_NOTICE_VERSION", "HOST", "DATA_DIR"]) {
      expect(problems({ BOT_TOKEN: TOKEN, [name]: "   " }), name).toEqual([expect.stringMatching(new RegExp(`^${name} must not be blank`))]);
    }
    expect(loadConfig({ BOT_TOKEN: TOKEN, PROJECT_NAME: "  Perhepolku  " }).projectName).toBe("Perhepolku");
  });

  it("refuses a staff group id too long to be kept exactly", () => {
    expect(problems({ BOT_TOKEN: TOKEN, STAFF_GROUP_ID: "-1001234567890123456" })).toEqual([expect.stringMatching(/^STAFF_GROUP_ID is too long to be a chat id/)]);
    expect(loadConfig({ BOT_TOKEN: TOKEN, STAFF_GROUP_ID: "-1009999999999999" }).staffGroup?.chatId).toBe(-1009999999999999);
  });
});

describe("documentation of the configuration", () => {
  it("reads FOLLOW_UP_MONTHS as whole months after the survey, and names a wrong one", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN }).followUpMonths).toEqual([3, 6]);
    expect(loadConfig({ BOT_TOKEN: TOKEN, FOLLOW_UP_MONTHS: "12, 6,6" }).followUpMonths).toEqual([6, 12]);
    expect(loadConfig({ BOT_TOKEN: TOKEN, FOLLOW_UP_MONTHS: "none" }).followUpMonths).toEqual([]);
    for (const wrong of ["3,", "0", "2.5", "three", "61", "3;6"]) {
      expect(problems({ BOT_TOKEN: TOKEN, FOLLOW_UP_MONTHS: wrong }), wrong).toEqual([expect.stringMatching(/^FOLLOW_UP_MONTHS must be whole months/)]);
    }
  });

  it("lists every variable the app reads in the README's table and in .env.example", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const example = readFileSync(new URL("../.env.example", import.meta.url), "utf8");
    for (const name of ENV_VARIABLES) {
      expect(readme, `README lacks ${name}`).toContain(`| \`${name}\` |`);
      expect(example, `.env.example lacks ${name}`).toMatch(new RegExp(`^#? ?${name}=`, "m"));
    }
  });
});
