import { defineConfig } from "vitest/config";

const postgresUrl = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The end-to-end tests start the compiled app (dist/), as `npm start` does.
    globalSetup: ["test/support/global-setup.ts"],
    // Database set-up (PGlite start, a fresh PostgreSQL database) takes a few seconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: more workers only make the database tests slower.
    maxWorkers: 2,
    // Always on embedded PGlite; with TEST_DATABASE_URL, the whole suite once more on
    // that PostgreSQL server, so one run proves both.
    projects: [
      { extends: true, test: { name: "pglite", env: { TEST_DATABASE_URL: "" } } },
      ...(postgresUrl ? [{ extends: true as const, test: { name: "postgres", env: { TEST_DATABASE_URL: postgresUrl } } }] : []),
    ],
  },
});
