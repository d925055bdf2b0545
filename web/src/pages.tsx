import type { ComponentType } from "react";
import type { Role } from "./auth";
import { CalendarPage } from "./pages/CalendarPage";
import { CataloguePage } from "./pages/CataloguePage";
import { ChildcarePage } from "./pages/ChildcarePage";
import { EnrolmentsPage } from "./pages/EnrolmentsPage";
import { InboxPage } from "./pages/InboxPage";
import { OverviewPage } from "./pages/OverviewPage";
import { ParticipantsPage } from "./pages/ParticipantsPage";
import { PartnersPage } from "./pages/PartnersPage";
import { PlanPage } from "./pages/PlanPage";
import { ReportsPage } from "./pages/ReportsPage";
import { StaffPage } from "./pages/StaffPage";
import { AppointmentsPage } from "./pages/AppointmentsPage";
import { AvailabilityPage } from "./pages/AvailabilityPage";
import { InterpretersPage } from "./pages/InterpretersPage";

/**
 * Every page of the app: its path, its title's key in the locales (nav.<key>), the roles
 * that see it in the menu, and its component. To add a page: write pages/<Name>Page.tsx,
 * add a line here, add nav.<key> to web/src/locales/*.json and the path to WEB_APP_PAGES
 * in src/http/web-app.ts (so that a reload of it gets the app). The server decides what
 * each role may read (src/http/roles.ts); the roles here only keep the menu short.
 */
export interface PageEntry {
  path: string;
  key: string;
  roles: readonly Role[];
  component: ComponentType;
}

export const PAGES: readonly PageEntry[] = [
  { path: "/overview", key: "overview", roles: ["admin", "coordinator"], component: OverviewPage },
  { path: "/catalogue", key: "catalogue", roles: ["admin", "coordinator"], component: CataloguePage },
  { path: "/calendar", key: "calendar", roles: ["admin", "coordinator"], component: CalendarPage },
  { path: "/enrolments", key: "enrolments", roles: ["admin", "coordinator"], component: EnrolmentsPage },
  { path: "/childcare", key: "childcare", roles: ["admin", "coordinator", "childcare"], component: ChildcarePage },
  { path: "/participants", key: "participants", roles: ["admin"], component: ParticipantsPage },
  { path: "/inbox", key: "inbox", roles: ["admin", "counsellor"], component: InboxPage },
  { path: "/plan", key: "plan", roles: ["admin", "counsellor"], component: PlanPage },
  { path: "/partners", key: "partners", roles: ["admin", "coordinator"], component: PartnersPage },
  // Individual guidance (issue 15): the counsellor's week and availability; the coordinators' interpreter list.
  { path: "/appointments", key: "appointments", roles: ["admin", "counsellor"], component: AppointmentsPage },
  { path: "/availability", key: "availability", roles: ["admin", "counsellor"], component: AvailabilityPage },
  { path: "/interpreters", key: "interpreters", roles: ["admin", "coordinator"], component: InterpretersPage },
  { path: "/reports", key: "reports", roles: ["admin", "coordinator"], component: ReportsPage },
  { path: "/staff", key: "staff", roles: ["admin"], component: StaffPage },
];

/** The first page a role sees after signing in. */
export const homeOf = (role: Role) => PAGES.find((p) => p.roles.includes(role))?.path ?? "/overview";
