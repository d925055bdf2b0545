import ical, { ICalEventStatus } from "ical-generator";
import type { Appointment } from "./repository.js";

const KIND_TITLE = { office: "office", phone: "phone", video: "video", home: "home visit" } as const;

/**
 * A counsellor's appointments as an iCalendar (RFC 5545) feed for Outlook or Google
 * Calendar. A participant appears only by their internal number and language (never a
 * name, the reason or the staff note): the feed leaves our systems. Cancelled ones stay
 * in it as CANCELLED, so subscribed calendars remove them; `SEQUENCE` follows moves.
 * Times are UTC instants; the calendar shows them in its own time zone. LOCATION is the
 * counsellor's own office address or video link (never the participant's home).
 */
export function counsellorFeed(
  counsellor: string,
  rows: readonly (Appointment & { participantLocale: string | null })[],
  now: Date,
  place: { officeAddress: string | null; videoLink: string | null } = { officeAddress: null, videoLink: null },
): string {
  const calendar = ical({ name: `Guidance – ${counsellor}`, prodId: { company: "kotoutumisbotti", product: "appointments", language: "EN" }, ttl: 15 * 60 });
  for (const a of rows) {
    const language = a.participantLocale ?? "?";
    const interpreter = a.interpreterLanguage ? `, interpreter ${a.interpreterLanguage}` : "";
    calendar.createEvent({
      id: `appointment-${a.id}@kotoutumisbotti`,
      sequence: a.version,
      stamp: now,
      start: a.startsAt,
      end: a.endsAt,
      summary: `Guidance (${KIND_TITLE[a.kind]}): participant #${a.participantId} (${language}${interpreter})`,
      description: `Participant #${a.participantId}, language ${language}${interpreter}.`,
      location: a.kind === "office" ? place.officeAddress : a.kind === "video" ? place.videoLink : null,
      status: a.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
