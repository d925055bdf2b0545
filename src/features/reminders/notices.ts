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
 * Which version of a session a participant knows. A message that may have reached them
 * (sent, being sent, or tried at least once: Telegram may have taken it before a failure)
 * tells its version. A notice that never left tells nothing new, but remembers what they
 * knew when it was queued. Without either, they know the version of the day they enrolled
 * (what the course card showed them).
 */
export function knownVersion(rows: readonly ToldRow[], versionAtEnrolment: number): number {
  let known: number | undefined;
  for (const row of rows) {
    const mayHaveArrived = row.status === "sent" || row.status === "sending" || row.attempts > 0;
    const version = mayHaveArrived ? row.sessionVersion : row.knownVersion;
    if (version !== null && (known === undefined || version > known)) known = version;
  }
  return known ?? versionAtEnrolment;
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
