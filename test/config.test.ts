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

  it("refuses a short admin token", () => {
    expect(problems({ BOT_TOKEN: TOKEN, ADMIN_TOKEN: "short" })).toEqual([expect.stringMatching(/^ADMIN_TOKEN must be at least 24/)]);
  });
});

describe("documentation of the configuration", () => {
  it("lists every variable the app reads in the README's table and in .env.example", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const example = readFileSync(new URL("../.env.example", import.meta.url), "utf8");
    for (const name of ENV_VARIABLES) {
      expect(readme, `README lacks ${name}`).toContain(`| \`${name}\` |`);
      expect(example, `.env.example lacks ${name}`).toMatch(new RegExp(`^#? ?${name}=`, "m"));
    }
  });
});
