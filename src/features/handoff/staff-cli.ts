import { runTool } from "../../cli.js";
import { describeProblems, parseStaffCommand, STAFF_USAGE, staffCommandDirect, staffCommandThroughApp, type StaffOutcome } from "./staff-commands.js";

/**
 * `npm run staff -- <command>` (see STAFF_USAGE); `npm run staff:create -- "Anna Virtanen"
 * counsellor [days]` is `create`. Uses DATABASE_URL or DATA_DIR like the app; while the
 * bot runs on the embedded database it goes through the bot (its admin API, with
 * ADMIN_TOKEN): see cli.ts.
 *
 * Every argument is checked before anything is done: a wrong one must not leave an
 * account without a token behind. Exit codes: 0 done, 1 refused or failed (the database
 * or the running bot), 2 a wrong argument or no such account or token.
 */
const args = process.argv.slice(2);
if (args.length === 0 || args[0] === "--help") {
  console.error(STAFF_USAGE);
  process.exit(2);
}
const parsed = parseStaffCommand(args);
if (!parsed.ok) {
  console.error(describeProblems(parsed.problems));
  process.exit(2);
}
const { command } = parsed;

await runTool<StaffOutcome>({
  program: command.name === "create" ? "npm run staff:create" : `npm run staff -- ${command.name}`,
  direct: (db, config) => staffCommandDirect(db, command, { defaultDays: config.staffTokenDays }),
  throughApp: (api) => staffCommandThroughApp(api, command),
  report({ code, lines }, via) {
    if (via) console.log(`Done through the running bot at ${via}:`);
    for (const line of lines) (code === 0 ? console.log : console.error)(line);
    process.exitCode = code;
  },
});
