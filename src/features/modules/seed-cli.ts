import { runTool } from "../../cli.js";
import { seedCatalogue } from "./seed.js";

/**
 * `npm run db:seed`: the example catalogue into the configured database (DATABASE_URL,
 * or PGlite in DATA_DIR). Needs no bot token. While the bot runs on the embedded
 * database it goes through the bot (POST /api/seed, with ADMIN_TOKEN): see cli.ts.
 */
await runTool<{ created: string[]; kept: string[] }>({
  program: "npm run db:seed",
  direct: (db) => seedCatalogue(db, new Date()),
  throughApp: async (api) => (await api("POST", "/api/seed")) as { created: string[]; kept: string[] },
  report({ created, kept }, via) {
    console.log(
      `Example catalogue${via ? ` (through the running bot at ${via})` : ""}: ${created.length} modules created` +
        `${created.length ? ` (${created.join(", ")})` : ""}, ${kept.length} already there.`,
    );
  },
});
