import { parseOfficeHours, type OfficeHours } from "../handoff/office-hours.js";

/**
 * A helpline the immediate answer to distress names after 112. `kind` picks the words
 * that say what it is for, in the participant's language; `name` and `phone` are shown
 * as given; `hours` in Helsinki time, or "always".
 */
export interface Helpline {
  kind: "crisis" | "violence" | "other";
  name: string;
  phone: string;
  hours: "always" | OfficeHours;
}

/**
 * Finland's national lines, open day and night: MIELI ry's crisis line and Nollalinja,
 * the helpline for violence in close relationships (both checked November 2026; numbers
 * change rarely, but a project can set its own with HELPLINES).
 */
export const DEFAULT_HELPLINES: readonly Helpline[] = [
  { kind: "crisis", name: "MIELI Kriisipuhelin", phone: "09 2525 0111", hours: "always" },
  { kind: "violence", name: "Nollalinja", phone: "080 005 005", hours: "always" },
];

/**
 * Parses HELPLINES: entries separated by ";", each "kind|name|phone|hours" where kind is
 * crisis, violence or other and hours "24/7" or like OFFICE_HOURS ("mon-fri 09:00-16:00").
 * Returns undefined when any entry is malformed.
 */
export function parseHelplines(text: string): Helpline[] | undefined {
  const entries = text.split(";").map((e) => e.trim()).filter(Boolean);
  if (entries.length === 0) return undefined;
  const lines: Helpline[] = [];
  for (const entry of entries) {
    const parts = entry.split("|").map((p) => p.trim());
    if (parts.length !== 4) return undefined;
    const [kind, name, phone, hoursText] = parts as [string, string, string, string];
    if (kind !== "crisis" && kind !== "violence" && kind !== "other") return undefined;
    if (!name || !/^\+?[\d ()-]{3,20}$/.test(phone)) return undefined;
    const hours = hoursText === "24/7" ? "always" : parseOfficeHours(hoursText);
    if (!hours) return undefined;
    lines.push({ kind, name, phone, hours });
  }
  return lines;
}
