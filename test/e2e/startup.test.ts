import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("start-up", () => {
  it("exits non-zero naming each missing or invalid variable", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", BOT_MODE: "webhook", PORT: "x" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("BOT_TOKEN is required");
    expect(result.stderr).toContain("PORT ");
    expect(result.stderr).toContain("WEBHOOK_URL is required when BOT_MODE=webhook");
    expect(result.stderr).toContain("WEBHOOK_SECRET is required when BOT_MODE=webhook");
  });
});
