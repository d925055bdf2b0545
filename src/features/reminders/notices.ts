import { inQuietHours, quietPeriodAround, type ReminderPolicy } from "./planner.js";

/**
 * Change notices: what a participant is told when a coordinator changes a meeting, decided
 * by pure functions over plain data (the service that stores them is changes.ts).
 */
export type NoticeKind = "moved" | "cancelled" | "reinstated";
export const NOTICE_KINDS: readonly NoticeKind[] = ["moved", "cancelled", "reinstated"];

export const isNoticeKind = (kind: string): kind is NoticeKind => (NOTICE_KINDS as readonly string[]).includes(kind);

/** What a participant can know of a session: its time, its place, whether it is on. */
export interface SessionFacts {
  startsAt: Date;
  place: string;
  cancelled: boolean;
}

/**
 * The notice that brings someone who knows `known` up to `current`, or none when what they
 * know is still true. A cancellation withdrawn is "reinstated" whatever else changed (its
 * text gives the time and place); a new time or place of a meeting that is on is "moved".
 */
export function noticeFor(known: SessionFacts, current: SessionFacts): NoticeKind | undefined {
  if (current.cancelled) return known.cancelled ? undefined : "cancelled";
  if (known.cancelled) return "reinstated";
  const same = known.startsAt.getTime() === current.startsAt.getTime() && known.place === current.place;
  return same ? undefined : "moved";
}

/** A row of the reminders table of one participant and session, as much as knowing needs. */
export interface ToldRow {
  sessionVersion: number;
  status: "queued" | "sending" | "sent" | "retry" | "skipped" | "failed";
  attempts: number;
  /** Change notices only: the version the participant was taken to know when it was queued. */
  knownVersion: number | null;
}

/**
 * Which versions of a session a participant may know. A message sent tells its version for
 * sure. A message that may or may not have reached them (being sent, or tried and failed:
 * Telegram may have taken it before the answer was lost) makes its version possible too. A
 * notice that never left tells nothing new, but remembers what they surely knew when it was
 * queued. Without any of these, they know the version of the day they enrolled (what the
 * course card showed them).
 */
export function knownVersions(rows: readonly ToldRow[], versionAtEnrolment: number): { surely: number; perhaps: number[] } {
  let surely: number | undefined;
  const uncertain: number[] = [];
  const atLeast = (version: number) => {
    if (surely === undefined || version > surely) surely = version;
  };
  for (const row of rows) {
    if (row.status === "sent") atLeast(row.sessionVersion);
    else if (row.status === "sending" || row.attempts > 0) uncertain.push(row.sessionVersion);
    else if (row.knownVersion !== null) atLeast(row.knownVersion);
  }
  const base = surely ?? versionAtEnrolment;
  return { surely: base, perhaps: [...new Set(uncertain.filter((v) => v > base))].sort((a, b) => b - a) };
}

/**
 * The notice for someone who may know any of `versions`: the first that is news, from the
 * newest version they may know. Each notice states the meeting as it is now, so whichever
 * they really know, it brings them up to date; none only when every version they may know
 * is still true.
 */
export function noticeForAny(versions: readonly number[], factsOf: (version: number) => SessionFacts, current: SessionFacts): { kind: NoticeKind; from: number } | undefined {
  for (const version of versions) {
    const kind = noticeFor(factsOf(version), current);
    if (kind) return { kind, from: version };
  }
  return undefined;
}

/**
 * When a change notice goes out. At once outside quiet hours. Inside them it waits for their
 * end when the meeting is still at least the "soon" reminder's offset after that end;
 * otherwise it goes at once (and, like anything the sender sends in quiet hours, without a
 * sound), so a parent who looks at the phone in the morning already knows.
 */
export function noticeSendTime(now: Date, meetingStartsAt: Date, policy: ReminderPolicy): Date {
  if (!inQuietHours(now, policy.quietHours)) return now;
  const { end } = quietPeriodAround(now, policy.quietHours);
  return end.getTime() + policy.offsets.soon * 60_000 <= meetingStartsAt.getTime() ? end : now;
}
