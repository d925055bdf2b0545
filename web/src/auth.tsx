import { createContext, useContext } from "react";
import type { components, paths } from "./api/schema";

type Me = paths["/api/me"]["get"]["responses"][200]["content"]["application/json"];
export type Role = Me["role"];
export type SignedIn = Me;
// Keeps the import used when the components map is empty in a build.
export type _Components = components;

export const MeContext = createContext<{ me: SignedIn; signOut: () => Promise<void> } | null>(null);

/** The signed-in staff member; pages are only shown inside a sign-in. */
export function useMe() {
  const value = useContext(MeContext);
  if (!value) throw new Error("useMe outside a sign-in");
  return value;
}
