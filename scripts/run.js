// @ts-check
/**
 * `node scripts/run.js dist/<entry>.js [arguments]`: what `npm start`, `npm run db:seed`
 * and `npm run staff` (and staff:create) run. It checks the Node.js version, builds dist/ from src/
 * when the sources changed since the last build (scripts/build.js, a fraction of a
 * second), and for the app web/dist from web/ likewise (a few seconds, only after a
 * change), then runs the entry in this same process.
 *
 * In this same process, not a child: a signal sent to `npm start` (SIGTERM from a
 * process manager, Ctrl-C) reaches the app itself and nothing is left running behind
 * it. npm forwards SIGTERM to its script's shell, and the package.json scripts `exec`
 * into node so that the shell is not in between.
 */
import { isAbsolute, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build, buildWeb, DIST, needsBuild, ROOT, webNeedsBuild } from "./build.js";

const REQUIRED_MAJOR = 24;

const major = Number(process.versions.node.split(".")[0]);
if (major < REQUIRED_MAJOR) {
  // `npm install` puts Node 24 into node_modules/.bin (the node-linux-* packages) and npm
  // scripts find it there first; this is node run some other way, or on a platform
  // without such a package.
  console.error(
    `This app needs Node.js ${REQUIRED_MAJOR} or newer; this is ${process.version} (${process.execPath}).\n` +
      `Run it through npm (npm start, npm run db:seed): after npm install, npm scripts use the Node.js ${REQUIRED_MAJOR} ` +
      `in node_modules/.bin on Linux x64 and arm64. Elsewhere install Node.js ${REQUIRED_MAJOR} LTS.`,
  );
  process.exit(1);
}

const entry = process.argv[2];
if (!entry) {
  console.error("usage: node scripts/run.js dist/<entry>.js [arguments]");
  process.exit(2);
}
const target = resolve(entry);
if (relative(DIST, target).startsWith("..") || isAbsolute(relative(DIST, target))) {
  console.error(`scripts/run.js runs the compiled entries in ${DIST}, not ${target}`);
  process.exit(2);
}

if (needsBuild()) await build();
// The app serves the staff web app: built when its sources changed (the tools do not need it).
if (relative(DIST, target) === "main.js" && webNeedsBuild()) await buildWeb();
// Stack traces point into the TypeScript sources.
process.setSourceMapsEnabled(true);
// The entry reads its own arguments as if started directly: `node dist/x.js a b`.
process.argv.splice(1, 2, target);
await import(pathToFileURL(join(ROOT, relative(ROOT, target))).href);
