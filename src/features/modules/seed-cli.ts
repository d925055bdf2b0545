import { openDatabase } from "../../db/client.js";
import { seedCatalogue } from "./seed.js";

/**
 * `npm run db:seed`: the example catalogue into the configured database (DATABASE_URL,
 * or PGlite in DATA_DIR). Needs no bot token. Stop the bot first when on PGlite: one
 * process per data folder.
 */
const database = await openDatabase({
  url: process.env.DATABASE_URL || undefined,
  dataDir: process.env.DATA_DIR || "./data",
});
try {
  await database.migrate();
  const { created, kept } = await seedCatalogue(database.db, new Date());
  console.log(`Example catalogue: ${created.length} modules created${created.length ? ` (${created.join(", ")})` : ""}, ${kept.length} already there.`);
} finally {
  await database.close();
}
