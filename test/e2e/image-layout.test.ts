import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, processEnv, ROOT, runCli, spawnApp, waitForHttp, type AppProcess } from "../support/app-process.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";

const ADMIN = "image-layout-admin-token-0123456789";

/** The runtime stage of the Dockerfile: its Node.js version, its COPY lines and its CMD. */
function runtimeStage() {
  const dockerfile = readFileSync(join(ROOT, "Dockerfile"), "utf8");
  const version = /^ARG NODE_VERSION=(\S+)/m.exec(dockerfile)?.[1];
  const stage = dockerfile.slice(dockerfile.indexOf(" AS runtime"));
  const copies = [...stage.matchAll(/^COPY (--from=build )?(.+) (\S+)$/gm)].map((m) => ({ fromBuild: Boolean(m[1]), sources: m[2]!.split(" "), target: m[3]! }));
  const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(stage)?.[1] ?? "[]") as string[];
  const install = /^RUN (npm ci [^&\n]*)/m.exec(stage)?.[1];
  return { version, copies, cmd, install };
}

/**
 * What the Docker image holds, laid out as its runtime stage says (no Docker daemon
 * here, and no base image to pull): production packages only, the compiled JavaScript,
 * no TypeScript sources and no tsx. The app and the tools must work there; before,
 * the tools looked for .ts files.
 */
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))("the Docker image's layout", () => {
  let image: string;
  let fake: FakeBotApi;
  let app: AppProcess | undefined;
  const stage = runtimeStage();

  beforeAll(async () => {
    fake = await startFakeBotApi({ maxPollMs: 500 });
    image = mkdtempSync(join(tmpdir(), "bot-image-"));
    for (const { fromBuild, sources, target } of stage.copies) {
      // The build stage's /app/dist is this checkout's dist/ (built by the global set-up), its /app/web/dist this checkout's web/dist.
      const from = fromBuild ? sources.map((s) => join(ROOT, s.replace(/^\/app\//, ""))) : sources.map((s) => join(ROOT, s));
      for (const source of from) cpSync(source, join(image, target === "./" ? basename(source) : target), { recursive: true });
    }
    // The image's own install (from the npm cache the checkout's `npm ci` filled).
    const install = spawnSync("sh", ["-c", `${stage.install} --prefer-offline`], { cwd: image, env: processEnv({}), encoding: "utf8", timeout: 240_000 });
    expect(install.status, `${install.stdout}${install.stderr}`).toBe(0);
  }, 300_000);
  afterAll(async () => {
    await app?.kill("SIGKILL");
    await fake.close();
    rmSync(image, { recursive: true, force: true });
  });

  it("is on Node.js 24, and holds compiled code only", () => {
    expect(stage.version).toBe("24");
    expect(stage.cmd).toEqual(["node", "dist/main.js"]);
    const installed = (name: string) => spawnSync(process.execPath, ["-e", `import.meta.resolve(${JSON.stringify(name)})`], { cwd: image, encoding: "utf8" }).status === 0;
    expect(installed("fastify")).toBe(true);
    for (const devOnly of ["tsx", "typescript", "vitest", "esbuild", "ical.js"]) expect(installed(devOnly), devOnly).toBe(false);
    expect(spawnSync("sh", ["-c", "find . -path ./node_modules -prune -o -name '*.ts' ! -name '*.d.ts' -print"], { cwd: image, encoding: "utf8" }).stdout.trim()).toBe("");
  });

  it("runs the tools: npm run db:seed and npm run staff:create", () => {
    const env = { DATA_DIR: join(image, "data") };
    const seed = runCli(["run", "--silent", "db:seed"], env, { cwd: image });
    expect(seed.status, seed.output).toBe(0);
    expect(seed.stdout).toContain("10 modules created");
    const staff = runCli(["run", "--silent", "staff:create", "--", "Anna Virtanen", "admin"], env, { cwd: image });
    expect(staff.status, staff.output).toBe(0);
    expect(staff.stdout).toContain('Created admin #1 "Anna Virtanen"');
    // A new data folder's database is made here (PGlite, several seconds, longer on a busy machine).
  }, 120_000);

  it("runs the app with the image's command, and the tools through it", async () => {
    const port = await freePort();
    const env = { BOT_TOKEN: "123456:image-layout-token-abcdefghijklm", TELEGRAM_API_ROOT: fake.apiRoot, DATA_DIR: join(image, "data"), ADMIN_TOKEN: ADMIN };
    app = spawnApp(env, port, "node", { cwd: image, command: stage.cmd });
    await waitForHttp(app, "/readyz");
    const staff = runCli(["run", "--silent", "staff:create", "--", "Ben Korhonen", "counsellor"], env, { cwd: image });
    expect(staff.status, staff.output).toBe(0);
    expect(staff.stdout).toContain(`through the running bot at http://127.0.0.1:${port}`);
    const res = await fetch(`http://127.0.0.1:${port}/api/modules`, { headers: { authorization: `Bearer ${ADMIN}` } });
    expect(((await res.json()) as { items: unknown[] }).items).toHaveLength(10);
    expect(await app.kill("SIGTERM")).toBe(0);
  });
});
