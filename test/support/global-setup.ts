import { build, buildWeb, needsBuild, webNeedsBuild } from "../../scripts/build.js";

/**
 * Builds dist/ and the web app's web/dist once before the tests that start the app as a
 * process (as `npm start` would on its first run), so that they do not each build them at
 * the same moment and count the build in their time limits.
 */
export default async function setup(): Promise<void> {
  if (needsBuild()) await build();
  if (webNeedsBuild()) await buildWeb();
}
