import { openDatabase } from "../../db/client.js";
import { runStaffCommand, STAFF_USAGE } from "./staff-commands.js";

/**
 * `npm run staff -- <command>` (see STAFF_USAGE; `npm run staff:create -- "Name" role [days]`
 * is `create`). Uses DATABASE_URL or DATA_DIR like the app: stop the app first when on
 * PGlite (one process per data folder).
 */
const args = process.argv.slice(2);
if (args.length === 0 || args[0] === "--help") {
  console.error(STAFF_USAGE);
  process.exit(2);
}
const defaultDays = Number(process.env.STAFF_TOKEN_DAYS || 90);
const database = await openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: process.env.DATA_DIR || "./data" });
try {
  await database.migrate();
  process.exitCode = await runStaffCommand(database.db, args, { print: (line) => console.log(line), defaultDays: Number.isSafeInteger(defaultDays) && defaultDays > 0 ? defaultDays : 90 });
} finally {
  await database.close();
}
