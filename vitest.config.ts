import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Database set-up (PGlite start, a fresh PostgreSQL database) takes a few seconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: more workers only make the database tests slower.
    maxWorkers: 2,
  },
});
