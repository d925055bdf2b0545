// @ts-check
/**
 * `npm run build`: compiles src/ (TypeScript) to dist/ (JavaScript) with esbuild: one
 * file for each program (ENTRIES), with the project's code, drizzle-orm and typebox
 * bundled in and every other package loaded from node_modules; and copies the console's
 * static files. The code finds its files from src/paths.ts, which is why every bundle
 * sits directly in dist/.
 *
 * Why bundle those two: Node reads a package's package.json for every module it loads
 * from it, and drizzle-orm's is 180 kB; loading drizzle-orm's and typebox's few hundred
 * modules one by one took more than half a second of every start. Why not bundle every
 * package: some find files of their own beside their modules (PGlite's WebAssembly,
 * the API docs' pages) or load others with require(), which a bundle breaks.
 *
 * Why not tsc: type-checking the project takes seconds and `npm test` does it anyway;
 * `npm start` builds when the sources changed (scripts/run.js), and esbuild does that in
 * a fraction of a second. Why compile at all: running TypeScript through a loader (tsx)
 * compiled every file at every start, which was most of the start-up time.
 *
 * This file is plain JavaScript because it has to run before anything is compiled.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const SRC = join(ROOT, "src");
export const DIST = join(ROOT, "dist");
const STAMP = ".build-stamp";

/** The programs: source → dist/<name>.js. */
export const ENTRIES = {
  main: "src/main.ts",
  "db-seed": "src/features/modules/seed-cli.ts",
  staff: "src/features/handoff/staff-cli.ts",
};
/** Packages compiled into the bundles (see above); all others stay in node_modules. */
const BUNDLED_PACKAGES = new Set(["drizzle-orm", "typebox"]);
/** Also shape the output: a changed tsconfig or esbuild version means a rebuild. */
const INPUTS_BESIDE_SRC = ["tsconfig.json", "package-lock.json"];

/** Every file under a folder, as paths relative to ROOT, sorted. */
function walk(folder) {
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...walk(path));
    else if (entry.isFile()) files.push(relative(ROOT, path));
  }
  return files.sort();
}

/**
 * A fingerprint of the sources: every file's path, size and modification time. A
 * renamed or deleted file changes it as much as an edited one; reading the contents is
 * not needed for that and would cost more than the build saves.
 */
export function sourceFingerprint() {
  const hash = createHash("sha256");
  for (const file of [...walk(SRC), ...INPUTS_BESIDE_SRC]) {
    const path = join(ROOT, file);
    if (!existsSync(path)) continue;
    const s = statSync(path);
    hash.update(`${file}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

/** Whether dist/ is missing or was built from other sources. Without src/ (the Docker image) it is what there is. */
export function needsBuild() {
  if (!existsSync(SRC)) return false;
  try {
    return readFileSync(join(DIST, STAMP), "utf8") !== sourceFingerprint();
  } catch {
    return true;
  }
}

/**
 * Builds into a folder of its own, then swaps it in with renames, so that a process
 * importing dist/ at the same moment (tests start several apps at once) never sees a
 * half-written tree, and two builds at once cannot mix their files.
 */
export async function build() {
  /** @type {typeof import("esbuild")} */
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    throw new Error(
      "dist/ needs building from src/, but esbuild (a development dependency) is not installed. " +
        "Run `npm install` (not --omit=dev), or build where it is installed and copy dist/ (see the Dockerfile).",
    );
  }
  const fingerprint = sourceFingerprint();
  const sources = walk(SRC);
  const staging = `${DIST}.building-${process.pid}-${Date.now()}`;
  try {
    await esbuild.build({
      entryPoints: Object.entries(ENTRIES).map(([out, source]) => ({ in: join(ROOT, source), out })),
      outdir: staging,
      bundle: true,
      plugins: [externalPackages],
      format: "esm",
      platform: "node",
      target: "node24",
      sourcemap: true,
      // Node prints stack traces through the source maps (--enable-source-maps in run.js).
      sourcesContent: false,
      logLevel: "warning",
      tsconfig: join(ROOT, "tsconfig.json"),
    });
    // Static files (the console's page) go beside the compiled modules that read them.
    for (const file of sources.filter((f) => !f.endsWith(".ts"))) {
      const target = join(staging, relative(SRC, join(ROOT, file)));
      cpSync(join(ROOT, file), target, { recursive: false, force: true });
    }
    writeFileSync(join(staging, STAMP), fingerprint);
    const old = `${DIST}.old-${process.pid}-${Date.now()}`;
    // Another build may be swapping at the same moment: whichever tree lands is built
    // from the same sources, so losing either rename is fine.
    tolerate(["ENOENT"], () => renameSync(DIST, old));
    tolerate(["ENOTEMPTY", "EEXIST"], () => renameSync(staging, DIST));
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  // Left behind by a build that was killed half way.
  for (const entry of readdirSync(dirname(DIST))) {
    if (/^dist\.(building|old)-(\d+)-/.test(entry)) {
      const pid = Number(entry.split("-")[1]);
      if (!isAlive(pid)) rmSync(join(dirname(DIST), entry), { recursive: true, force: true });
    }
  }
}

/** @type {import("esbuild").Plugin} */
const externalPackages = {
  name: "external-packages",
  setup(build) {
    // Bare specifiers: "pkg", "pkg/sub", "@scope/pkg/sub", "node:fs".
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const parts = args.path.split("/");
      const name = args.path.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
      return BUNDLED_PACKAGES.has(name ?? "") ? undefined : { path: args.path, external: true };
    });
  },
};

/**
 * @param {string[]} codes
 * @param {() => void} action
 */
function tolerate(codes, action) {
  try {
    action();
  } catch (error) {
    if (!codes.includes(/** @type {NodeJS.ErrnoException} */ (error).code ?? "")) throw error;
  }
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === "EPERM";
  }
}

/** The staff web app (web/, built by Vite into web/dist; served by src/http/web-app.ts). */
export const WEB = join(ROOT, "web");
export const WEB_DIST = join(WEB, "dist");
const WEB_INPUTS = ["web/src", "web/index.html", "web/vite.config.ts", "package-lock.json"];

/** A fingerprint of the web app's sources (paths, sizes, modification times, as for src/). */
export function webFingerprint() {
  const hash = createHash("sha256");
  for (const input of WEB_INPUTS) {
    const path = join(ROOT, input);
    if (!existsSync(path)) continue;
    for (const file of statSync(path).isDirectory() ? walk(path) : [input]) {
      const s = statSync(join(ROOT, file));
      hash.update(`${file}\0${s.size}\0${s.mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}

/** Whether web/dist is missing or was built from other sources. Without web/src (the Docker image) it is what there is. */
export function webNeedsBuild() {
  if (!existsSync(join(WEB, "src"))) return false;
  try {
    return readFileSync(join(WEB_DIST, STAMP), "utf8") !== webFingerprint();
  } catch {
    return true;
  }
}

/**
 * Builds the web app with Vite (a development dependency, like esbuild) into a folder of
 * its own and swaps it in, as build() does for dist/: the server may be serving the old
 * one, and tests start several apps at once. Takes a few seconds on two cores.
 */
export async function buildWeb() {
  /** @type {typeof import("vite")} */
  let vite;
  try {
    vite = await import("vite");
  } catch {
    throw new Error("web/dist needs building from web/src, but Vite (a development dependency) is not installed. Run `npm install` (not --omit=dev).");
  }
  const fingerprint = webFingerprint();
  const staging = `${WEB_DIST}.building-${process.pid}-${Date.now()}`;
  try {
    await vite.build({ configFile: join(WEB, "vite.config.ts"), logLevel: "error", build: { outDir: staging, emptyOutDir: true } });
    writeFileSync(join(staging, STAMP), fingerprint);
    const old = `${WEB_DIST}.old-${process.pid}-${Date.now()}`;
    tolerate(["ENOENT"], () => renameSync(WEB_DIST, old));
    tolerate(["ENOTEMPTY", "EEXIST"], () => renameSync(staging, WEB_DIST));
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  for (const entry of readdirSync(WEB)) {
    if (/^dist\.(building|old)-(\d+)-/.test(entry)) {
      const pid = Number(entry.split("-")[1]);
      if (!isAlive(pid)) rmSync(join(WEB, entry), { recursive: true, force: true });
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  await build();
  console.log(`built dist/ from src/ in ${Math.round(performance.now() - started)} ms`);
  if (webNeedsBuild()) {
    const webStarted = performance.now();
    await buildWeb();
    console.log(`built web/dist/ from web/src/ in ${Math.round(performance.now() - webStarted)} ms`);
  }
}
