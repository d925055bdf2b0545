import type { Api } from "grammy";
import { describeBotApiError } from "../../bot/telegram-errors.js";

/** What the bot must be allowed in the staff group, and why. */
export const REQUIRED_RIGHTS = {
  can_manage_topics: "open, rename, close and reopen a topic per participant",
  can_pin_messages: "pin the summary of an urgent chat",
  can_delete_messages: "delete a /link message (it holds a code) and a participant's topic after an erasure",
} as const;

export interface StaffGroupStatus {
  ok: boolean;
  /** "ok", or every problem in one sentence, for the log and /readyz. */
  detail: string;
  problems: string[];
}

/**
 * Checks at start-up that STAFF_GROUP_ID is a supergroup with topics (a forum) and that
 * the bot is an administrator there with the rights it needs (REQUIRED_RIGHTS). Never
 * throws: a misconfigured group is reported, and the bot goes on serving participants.
 */
export async function checkStaffGroup(api: Api, groupChatId: number, botId: number): Promise<StaffGroupStatus> {
  const problems: string[] = [];
  try {
    const chat = await api.getChat(groupChatId);
    if (chat.type !== "supergroup") problems.push(`STAFF_GROUP_ID ${groupChatId} is a ${chat.type} chat, not a supergroup`);
    else if (!("is_forum" in chat) || chat.is_forum !== true) problems.push(`the staff group has no topics: turn on Topics in the group's settings`);
  } catch (error) {
    problems.push(`the bot cannot see the staff group ${groupChatId} (${String(describeBotApiError(error).description ?? "no answer")}): add the bot to the group`);
    return report(problems);
  }
  try {
    const member = await api.getChatMember(groupChatId, botId);
    if (member.status !== "administrator") {
      problems.push(`the bot is not an administrator in the staff group: make it one with the rights ${Object.keys(REQUIRED_RIGHTS).join(", ")}`);
    } else {
      for (const [right, why] of Object.entries(REQUIRED_RIGHTS)) {
        if ((member as unknown as Record<string, unknown>)[right] !== true) problems.push(`the bot lacks the right ${right} in the staff group (needed to ${why})`);
      }
    }
  } catch (error) {
    problems.push(`the bot's rights in the staff group could not be read (${String(describeBotApiError(error).description ?? "no answer")})`);
  }
  return report(problems);
}

function report(problems: string[]): StaffGroupStatus {
  return { ok: problems.length === 0, detail: problems.length === 0 ? "ok" : `staff group: ${problems.join("; ")}`, problems };
}
