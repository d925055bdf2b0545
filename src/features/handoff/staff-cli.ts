import { openDatabase } from "../../db/client.js";
import { createStaff, issueToken, type Role } from "./staff.js";

/**
 * `npm run staff:create -- "Anna Virtanen" counsellor [days]`: a counsellor or admin
 * account and its first API token, printed once. Uses DATABASE_URL or DATA_DIR like
 * the app (stop the app first when on PGlite: one process per data folder).
 */
const [displayName, role = "counsellor", days] = process.argv.slice(2);
if (!displayName || (role !== "counsellor" && role !== "admin")) {
  console.error('Usage: npm run staff:create -- "Display Name" counsellor|admin [days until the token expires]');
  process.exit(2);
}
const database = await openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: process.env.DATA_DIR || "./data" });
try {
  await database.migrate();
  const member = await createStaff(database.db, { displayName, role: role as Role });
  const expiresAt = days ? new Date(Date.now() + Number(days) * 86_400_000) : null;
  const { token } = await issueToken(database.db, member.id, expiresAt);
  console.log(`Created ${role} #${member.id} "${displayName}". API token (shown only now):\n${token}`);
} finally {
  await database.close();
}
