import type { AppApi } from "../../cli.js";
import { AppApiError } from "../../cli.js";
import type { Db } from "../../db/client.js";
import { audit } from "../privacy/audit.js";
import { STAFF_ROLES } from "../../db/schema.js";
import { USERNAME_PATTERN } from "../sign-in/passwords.js";
import { setPasswordDirect } from "../sign-in/routes.js";
import { createStaff, issueToken, listStaff, listTokens, revokeToken, setStaffDisabled, tokenExpiry, type Principal, type Role } from "./staff.js";

export const STAFF_USAGE = `Usage: npm run staff -- <command>
  create "Display Name" <role> [days]             an account and its first token (printed once);
                                                   role: admin, coordinator, counsellor or childcare
  list                                             accounts, with disabled ones marked
  tokens [staffId]                                 tokens: owner, state, expiry, last use
  token <staffId> [days]                           another token for an account (printed once)
  revoke <tokenId>                                 revoke a token at once
  disable <staffId> | enable <staffId>             stop (or allow again) every token and sign-in of an account
  password <staffId> [username]                    web app sign-in: sets the username (needed the first time)
                                                   and a new generated password (printed once)
Tokens expire after STAFF_TOKEN_DAYS (default 90) unless [days] is given (1 to 3650).
npm run staff:create -- "Display Name" counsellor|admin [days] is the same as create.`;

/** What the command line does is audited like the API, as this actor. */
const CLI: Principal = { staffId: null, role: "admin", displayName: "command line", tokenId: null };

/** A command whose every argument has been checked: nothing is done before that. */
export type StaffCommand =
  | { name: "create"; displayName: string; role: Role; days?: number }
  | { name: "list" }
  | { name: "tokens"; staffId?: number }
  | { name: "token"; staffId: number; days?: number }
  | { name: "revoke"; tokenId: number }
  | { name: "disable" | "enable"; staffId: number }
  | { name: "password"; staffId: number; username?: string };

/** What a command printed, and its exit code: 0 done, 2 refused (a wrong argument, no such account or token). */
export interface StaffOutcome {
  code: number;
  lines: string[];
}

const isId = (value: string) => /^\d{1,10}$/.test(value) && Number(value) >= 1 && Number(value) <= 2_147_483_647;
const isDays = (value: string) => /^\d{1,4}$/.test(value) && Number(value) >= 1 && Number(value) <= 3650;

/**
 * Checks every argument before anything is done (a wrong one must not leave, say, an
 * account without a token behind); the problems say which argument and why.
 */
export function parseStaffCommand(args: string[]): { ok: true; command: StaffCommand } | { ok: false; problems: string[] } {
  const [name, ...rest] = args;
  const problems: string[] = [];
  const id = (value: string | undefined, what: string, optional = false) => {
    if (value === undefined) {
      if (!optional) problems.push(`${name} needs ${what}`);
      return undefined;
    }
    if (!isId(value)) problems.push(`${what} must be a whole number from 1, not "${value}"`);
    return Number(value);
  };
  const days = (value: string | undefined) => {
    if (value === undefined) return undefined;
    if (!isDays(value)) problems.push(`the days until the token expires must be a whole number from 1 to 3650, not "${value}"`);
    return Number(value);
  };
  const atMost = (count: number) => {
    if (rest.length > count) problems.push(`unexpected arguments: ${rest.slice(count).join(" ")}${name === "create" ? " (quote a name with spaces)" : ""}`);
  };
  let command: StaffCommand | undefined;
  switch (name) {
    case "create": {
      const [displayName = "", role = "counsellor", expiry] = rest;
      if (!displayName.trim()) problems.push("the display name is missing");
      if (displayName.trim().length > 80) problems.push("the display name is longer than 80 characters");
      if (!(STAFF_ROLES as readonly string[]).includes(role)) problems.push(`the role must be admin, coordinator, counsellor or childcare, not "${role}"`);
      command = { name, displayName: displayName.trim(), role: role as Role, days: days(expiry) };
      atMost(3);
      break;
    }
    case "list":
      command = { name };
      atMost(0);
      break;
    case "tokens":
      command = { name, staffId: id(rest[0], "the staff id", true) };
      atMost(1);
      break;
    case "token":
      command = { name, staffId: id(rest[0], "the staff id")!, days: days(rest[1]) };
      atMost(2);
      break;
    case "revoke":
      command = { name, tokenId: id(rest[0], "the token id")! };
      atMost(1);
      break;
    case "disable":
    case "enable":
      command = { name, staffId: id(rest[0], "the staff id")! };
      atMost(1);
      break;
    case "password": {
      const username = rest[1]?.trim().toLowerCase();
      if (username !== undefined && !new RegExp(USERNAME_PATTERN).test(username)) problems.push(`the username must be 3 to 40 lower case letters, digits, . _ or -, starting with a letter or digit, not "${rest[1]}"`);
      command = { name, staffId: id(rest[0], "the staff id")!, username };
      atMost(2);
      break;
    }
    default:
      problems.push(name ? `unknown command "${name}"` : "no command given");
  }
  return problems.length > 0 || !command ? { ok: false, problems } : { ok: true, command };
}

/** The problems of parseStaffCommand, with the usage, as printed. */
export const describeProblems = (problems: string[]) => `${problems.map((p) => `- ${p}`).join("\n")}\n${STAFF_USAGE}`;

const tokenState = (t: { revokedAt: Date | null; expiresAt: Date | null }, now: Date) =>
  t.revokedAt ? "revoked" : t.expiresAt && t.expiresAt <= now ? "expired" : "active";
const created = (role: string, id: number, displayName: string, tokenId: number, expiresAt: string, token: string) =>
  `Created ${role} #${id} "${displayName}". Token #${tokenId}, valid until ${expiresAt} (shown only now):\n${token}`;
const disabledLine = (command: "disable" | "enable", id: number, displayName: string) =>
  `#${id} "${displayName}" is ${command === "disable" ? "disabled: its tokens no longer work" : "enabled again"}.`;

/**
 * The staff command line (`npm run staff -- …`) on a database this process opened:
 * accounts and tokens for a deployment without the API at hand, each action audited as
 * "command line". Returns the exit code; prints through `print`.
 */
export async function runStaffCommand(db: Db, args: string[], options: { print: (line: string) => void; defaultDays: number; now?: Date }): Promise<number> {
  const parsed = parseStaffCommand(args);
  if (!parsed.ok) {
    options.print(describeProblems(parsed.problems));
    return 2;
  }
  const { code, lines } = await staffCommandDirect(db, parsed.command, options);
  for (const line of lines) options.print(line);
  return code;
}

export async function staffCommandDirect(db: Db, command: StaffCommand, options: { defaultDays: number; now?: Date }): Promise<StaffOutcome> {
  const now = options.now ?? new Date();
  const done = (...lines: string[]) => ({ code: 0, lines });
  const refused = (message: string) => ({ code: 2, lines: [message] });
  switch (command.name) {
    case "create": {
      const expiresAt = tokenExpiry(command.days ?? options.defaultDays, now);
      // One transaction: an account exists only together with its first token.
      const { member, id, token } = await db.transaction(async (tx) => {
        const member = await createStaff(tx, { displayName: command.displayName, role: command.role });
        return { member, ...(await issueToken(tx, member.id, expiresAt)) };
      });
      await audit(db, CLI, "staff.create", null, { staffId: member.id, tokenId: id });
      return done(created(command.role, member.id, member.displayName, id, expiresAt.toISOString(), token));
    }
    case "list": {
      await audit(db, CLI, "staff.list", null);
      return done(...(await listStaff(db)).map((s) => `#${s.id}\t${s.role}\t${s.disabledAt ? "disabled" : "active"}\t${s.displayName}`));
    }
    case "tokens": {
      const { staffId } = command;
      await audit(db, CLI, "token.list", null, staffId ? { staffId } : undefined);
      return done(
        ...(await listTokens(db, { staffId })).map(
          (t) => `#${t.id}\tstaff #${t.staffId} ${t.displayName}\t${tokenState(t, now)}\texpires ${t.expiresAt?.toISOString() ?? "never"}\tlast used ${t.lastUsedAt?.toISOString() ?? "never"}`,
        ),
      );
    }
    case "token": {
      const { staffId } = command;
      const member = (await listStaff(db)).find((s) => s.id === staffId);
      if (!member) return refused(`No staff member #${staffId}.`);
      const expiresAt = tokenExpiry(command.days ?? options.defaultDays, now);
      const { id, token } = await issueToken(db, staffId, expiresAt);
      await audit(db, CLI, "token.create", null, { staffId, tokenId: id });
      return done(`Token #${id} for "${member.displayName}", valid until ${expiresAt.toISOString()} (shown only now):\n${token}`);
    }
    case "revoke": {
      const { tokenId } = command;
      if (!(await revokeToken(db, tokenId))) return refused(`No token #${tokenId}.`);
      await audit(db, CLI, "token.revoke", null, { tokenId });
      return done(`Token #${tokenId} is revoked.`);
    }
    case "disable":
    case "enable": {
      const { staffId } = command;
      const member = await setStaffDisabled(db, staffId, command.name === "disable");
      if (!member) return refused(`No staff member #${staffId}.`);
      await audit(db, CLI, `staff.${command.name}`, null, { staffId });
      return done(disabledLine(command.name, member.id, member.displayName));
    }
    case "password": {
      const result = await setPasswordDirect(db, command.staffId, command.username);
      return result.ok ? done(passwordLine(command.staffId, result.username, result.password)) : refused(result.message);
    }
  }
}

const passwordLine = (staffId: number, username: string, password: string) =>
  `#${staffId} signs in to the web app as "${username}" with this password (shown only now; other sign-ins of the account ended):\n${password}`;

interface StaffView {
  id: number;
  displayName: string;
  role: string;
  disabled: boolean;
}
interface TokenRow {
  id: number;
  staffId: number;
  displayName: string;
  state: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
}

/**
 * The same commands through the running app's admin API (PGlite allows one process per
 * data folder: while the bot runs, this is how the command line reaches its data). The
 * app audits each call as the ADMIN_TOKEN's; tokens last the app's STAFF_TOKEN_DAYS
 * unless [days] is given.
 */
export async function staffCommandThroughApp(api: AppApi, command: StaffCommand): Promise<StaffOutcome> {
  const done = (...lines: string[]) => ({ code: 0, lines });
  // A 404 is an answer ("no such account"), not a failure to reach the app.
  const unlessMissing = async <T>(call: () => Promise<T>, missing: string): Promise<T | StaffOutcome> => {
    try {
      return await call();
    } catch (error) {
      if (error instanceof AppApiError && error.status === 404) return { code: 2, lines: [missing] };
      throw error;
    }
  };
  const isOutcome = (value: unknown): value is StaffOutcome => typeof value === "object" && value !== null && "code" in value && "lines" in value;
  switch (command.name) {
    case "create": {
      const body = { displayName: command.displayName, role: command.role, ...(command.days ? { expiresInDays: command.days } : {}) };
      const member = (await api("POST", "/api/staff", body)) as StaffView & { tokenId: number; token: string; expiresAt: string };
      return done(created(member.role, member.id, member.displayName, member.tokenId, member.expiresAt, member.token));
    }
    case "list": {
      const { items } = (await api("GET", "/api/staff")) as { items: StaffView[] };
      return done(...items.map((s) => `#${s.id}\t${s.role}\t${s.disabled ? "disabled" : "active"}\t${s.displayName}`));
    }
    case "tokens": {
      const { items } = (await api("GET", `/api/tokens${command.staffId ? `?staffId=${command.staffId}` : ""}`)) as { items: TokenRow[] };
      return done(...items.map((t) => `#${t.id}\tstaff #${t.staffId} ${t.displayName}\t${t.state}\texpires ${t.expiresAt ?? "never"}\tlast used ${t.lastUsedAt ?? "never"}`));
    }
    case "token": {
      const { staffId } = command;
      const issued = await unlessMissing(
        async () => (await api("POST", `/api/staff/${staffId}/tokens`, command.days ? { expiresInDays: command.days } : {})) as { tokenId: number; token: string; expiresAt: string },
        `No staff member #${staffId}.`,
      );
      if (isOutcome(issued)) return issued;
      const { items } = (await api("GET", "/api/staff")) as { items: StaffView[] };
      const displayName = items.find((s) => s.id === staffId)?.displayName ?? `#${staffId}`;
      return done(`Token #${issued.tokenId} for "${displayName}", valid until ${issued.expiresAt} (shown only now):\n${issued.token}`);
    }
    case "revoke": {
      const { tokenId } = command;
      const revoked = await unlessMissing(() => api("POST", `/api/tokens/${tokenId}/revoke`), `No token #${tokenId}.`);
      return isOutcome(revoked) ? revoked : done(`Token #${tokenId} is revoked.`);
    }
    case "disable":
    case "enable": {
      const { staffId, name } = command;
      const member = await unlessMissing(async () => (await api("POST", `/api/staff/${staffId}/${name}`)) as StaffView, `No staff member #${staffId}.`);
      return isOutcome(member) ? member : done(disabledLine(name, member.id, member.displayName));
    }
    case "password": {
      const { staffId, username } = command;
      const set = await unlessMissing(
        async () => (await api("POST", `/api/staff/${staffId}/password`, username ? { username } : {})) as { username: string; password: string },
        `No staff member #${staffId}.`,
      );
      return isOutcome(set) ? set : done(passwordLine(staffId, set.username, set.password));
    }
  }
}
