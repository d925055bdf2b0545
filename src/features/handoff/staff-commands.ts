import type { Db } from "../../db/client.js";
import { audit } from "../privacy/audit.js";
import { createStaff, issueToken, listStaff, listTokens, revokeToken, setStaffDisabled, tokenExpiry, type Principal, type Role } from "./staff.js";

export const STAFF_USAGE = `Usage: npm run staff -- <command>
  create "Display Name" counsellor|admin [days]   an account and its first token (printed once)
  list                                             accounts, with disabled ones marked
  tokens [staffId]                                 tokens: owner, state, expiry, last use
  token <staffId> [days]                           another token for an account (printed once)
  revoke <tokenId>                                 revoke a token at once
  disable <staffId> | enable <staffId>             stop (or allow again) every token of an account
Tokens expire after STAFF_TOKEN_DAYS (default 90) unless [days] is given.`;

/** What the command line does is audited like the API, as this actor. */
const CLI: Principal = { staffId: null, role: "admin", displayName: "command line", tokenId: null };

const positive = (value: string | undefined) => (value !== undefined && /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : undefined);

/**
 * The staff command line (`npm run staff -- …`): accounts and tokens for a deployment
 * without the API at hand. Returns the exit code; prints through `print`.
 */
export async function runStaffCommand(db: Db, args: string[], options: { print: (line: string) => void; defaultDays: number; now?: Date }): Promise<number> {
  const { print } = options;
  const now = options.now ?? new Date();
  const [command, ...rest] = args;
  const fail = (message: string) => {
    print(`${message}\n${STAFF_USAGE}`);
    return 2;
  };
  switch (command) {
    case "create": {
      const [displayName, role = "counsellor", days] = rest;
      if (!displayName?.trim() || (role !== "counsellor" && role !== "admin") || (days !== undefined && !positive(days))) return fail("create needs a name, a role and optionally a number of days.");
      const member = await createStaff(db, { displayName: displayName.trim(), role: role as Role });
      const expiresAt = tokenExpiry(positive(days) ?? options.defaultDays, now);
      const { id, token } = await issueToken(db, member.id, expiresAt);
      await audit(db, CLI, "staff.create", null, { staffId: member.id, tokenId: id });
      print(`Created ${role} #${member.id} "${member.displayName}". Token #${id}, valid until ${expiresAt.toISOString()} (shown only now):\n${token}`);
      return 0;
    }
    case "list": {
      await audit(db, CLI, "staff.list", null);
      for (const s of await listStaff(db)) print(`#${s.id}\t${s.role}\t${s.disabledAt ? "disabled" : "active"}\t${s.displayName}`);
      return 0;
    }
    case "tokens": {
      const staffId = rest[0] === undefined ? undefined : positive(rest[0]);
      if (rest[0] !== undefined && staffId === undefined) return fail("tokens takes an optional staff id.");
      await audit(db, CLI, "token.list", null, staffId ? { staffId } : undefined);
      for (const t of await listTokens(db, { staffId })) {
        const state = t.revokedAt ? "revoked" : t.expiresAt && t.expiresAt <= now ? "expired" : "active";
        print(`#${t.id}\tstaff #${t.staffId} ${t.displayName}\t${state}\texpires ${t.expiresAt?.toISOString() ?? "never"}\tlast used ${t.lastUsedAt?.toISOString() ?? "never"}`);
      }
      return 0;
    }
    case "token": {
      const staffId = positive(rest[0]);
      if (!staffId || (rest[1] !== undefined && !positive(rest[1]))) return fail("token needs a staff id and optionally a number of days.");
      const member = (await listStaff(db)).find((s) => s.id === staffId);
      if (!member) return fail(`No staff member #${staffId}.`);
      const expiresAt = tokenExpiry(positive(rest[1]) ?? options.defaultDays, now);
      const { id, token } = await issueToken(db, staffId, expiresAt);
      await audit(db, CLI, "token.create", null, { staffId, tokenId: id });
      print(`Token #${id} for "${member.displayName}", valid until ${expiresAt.toISOString()} (shown only now):\n${token}`);
      return 0;
    }
    case "revoke": {
      const tokenId = positive(rest[0]);
      if (!tokenId) return fail("revoke needs a token id.");
      if (!(await revokeToken(db, tokenId))) return fail(`No token #${tokenId}.`);
      await audit(db, CLI, "token.revoke", null, { tokenId });
      print(`Token #${tokenId} is revoked.`);
      return 0;
    }
    case "disable":
    case "enable": {
      const staffId = positive(rest[0]);
      if (!staffId) return fail(`${command} needs a staff id.`);
      const member = await setStaffDisabled(db, staffId, command === "disable");
      if (!member) return fail(`No staff member #${staffId}.`);
      await audit(db, CLI, `staff.${command}`, null, { staffId });
      print(`#${member.id} "${member.displayName}" is ${command === "disable" ? "disabled: its tokens no longer work" : "enabled again"}.`);
      return 0;
    }
    default:
      return fail(command ? `Unknown command "${command}".` : "No command given.");
  }
}
