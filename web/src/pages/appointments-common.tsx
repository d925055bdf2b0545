import { NativeSelect } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { api, must } from "../api/client";
import type { paths } from "../api/schema";
import { useMe } from "../auth";
import { useLoad } from "../use-load";

/** An appointment as GET /api/appointments lists it. */
export type Appointment = paths["/api/appointments"]["get"]["responses"][200]["content"]["application/json"]["items"][number];
export type Kind = Appointment["kind"];
export type BookingBody = paths["/api/appointments"]["post"]["requestBody"]["content"]["application/json"];
export type InterpreterLanguage = NonNullable<BookingBody["interpreterLanguage"]>;
export type Reason = NonNullable<BookingBody["reason"]>;

export const KINDS: readonly Kind[] = ["office", "phone", "video", "home"];
/** The interpreter languages the server accepts (typed by its schema: a change there fails the build). */
export const INTERPRETER_LANGUAGES: readonly InterpreterLanguage[] = ["ar", "prs", "fa", "so", "ru", "uk", "sw", "ku", "ti", "fr", "en"];
export const REASONS: readonly Reason[] = ["work", "family", "health", "papers", "other"];
/** Languages offered as checkboxes for what a counsellor speaks (any stored code is shown too). */
export const SPOKEN_LANGUAGES = ["fi", "sv", "en", "ar", "prs", "fa", "ru", "uk", "so", "sw", "ku", "ti", "fr"] as const;

/**
 * A language's name in the staff member's language, from the browser's own list
 * (Intl.DisplayNames): it knows Dari (prs), Kurdish and Tigrinya, which the app's own
 * texts do not. Falls back to the code.
 */
export function languageName(code: string, lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: "language" }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return code;
  }
}

/**
 * Whose calendar the page shows: a counsellor their own; an admin picks any counsellor
 * (or admin) account, starting with their own. `picker` is the admin's choice (null for others).
 */
export function useCounsellor(): { staffId: number | undefined; picker: ReactNode } {
  const { t } = useTranslation();
  const { me } = useMe();
  const isAdmin = me.role === "admin";
  const staff = useLoad(async () => (isAdmin ? must(api.GET("/api/staff")) : undefined), [isAdmin]);
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const options = (staff.data?.items ?? []).filter((s) => !s.disabled && (s.role === "counsellor" || s.role === "admin"));
  if (!isAdmin) return { staffId: me.staffId ?? undefined, picker: null };
  const staffId = chosen ?? me.staffId ?? options[0]?.id;
  const picker = (
    <NativeSelect
      label={t("appointments.counsellor")}
      value={staffId === undefined ? "" : String(staffId)}
      onChange={(e) => setChosen(Number(e.currentTarget.value))}
      data={options.map((s) => ({ value: String(s.id), label: `${s.displayName} (${t(`roles.${s.role}`, { defaultValue: s.role })})` }))}
      maw={360}
    />
  );
  return { staffId, picker };
}
