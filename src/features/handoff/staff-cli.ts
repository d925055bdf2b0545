import { runTool } from "../../cli.js";
import { createStaff, issueToken, type Role } from "./staff.js";

/**
 * `npm run staff:create -- "Anna Virtanen" counsellor [days]`: a counsellor or admin
 * account and its first API token, printed once. Uses DATABASE_URL or DATA_DIR like the
 * app; while the bot runs on the embedded database it goes through the bot
 * (POST /api/staff, with ADMIN_TOKEN): see cli.ts.
 *
 * Every argument is checked before anything is created: a wrong one must not leave an
 * account without a token behind.
 */
const USAGE = 'Usage: npm run staff:create -- "Display Name" counsellor|admin [days until the token expires, 1 to 3650]';
const [displayName = "", role = "counsellor", days, ...extra] = process.argv.slice(2);
const problems: string[] = [];
if (!displayName.trim()) problems.push("the display name is missing");
if (displayName.trim().length > 80) problems.push("the display name is longer than 80 characters");
if (role !== "counsellor" && role !== "admin") problems.push(`the role must be counsellor or admin, not "${role}"`);
if (days !== undefined && !(/^\d{1,4}$/.test(days) && Number(days) >= 1 && Number(days) <= 3650)) {
  problems.push(`the days until the token expires must be a whole number from 1 to 3650, not "${days}"`);
}
if (extra.length > 0) problems.push(`unexpected arguments: ${extra.join(" ")} (quote a name with spaces)`);
if (problems.length > 0) {
  console.error(`${problems.map((p) => `- ${p}`).join("\n")}\n${USAGE}`);
  process.exit(2);
}

interface Created {
  id: number;
  token: string;
  expiresAt: string | null;
}
const name = displayName.trim();
const expiresInDays = days === undefined ? undefined : Number(days);

await runTool<Created>({
  program: "npm run staff:create",
  async direct(db) {
    const expiresAt = expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null;
    // One transaction: an account exists only together with its first token.
    return db.transaction(async (tx) => {
      const member = await createStaff(tx, { displayName: name, role: role as Role });
      const { token } = await issueToken(tx, member.id, expiresAt);
      return { id: member.id, token, expiresAt: expiresAt?.toISOString() ?? null };
    });
  },
  throughApp: async (api) => (await api("POST", "/api/staff", { displayName: name, role, ...(expiresInDays ? { expiresInDays } : {}) })) as Created,
  report({ id, token, expiresAt }, via) {
    console.log(
      `Created ${role} #${id} "${name}"${via ? ` through the running bot at ${via}` : ""}. ` +
        `API token (shown only now${expiresAt ? `, valid until ${expiresAt}` : ""}):\n${token}`,
    );
  },
});
