import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { isUniqueViolation } from "../../db/errors.js";
import { partnerOrganisations, participants, planGoals, planHistory, plans, planSteps, surveyAnswers } from "../../db/schema.js";
import type { Assignee } from "./catalogue.js";

export type Plan = typeof plans.$inferSelect;
export type PlanGoal = typeof planGoals.$inferSelect;
export type PlanStep = typeof planSteps.$inferSelect;
export type PlanHistoryEntry = typeof planHistory.$inferSelect;

/** Who made a change: a staff member (null id: the ADMIN_TOKEN), or the participant in the bot, or a job. */
export interface Actor {
  staffId: number | null;
  name: string;
}
export const PARTICIPANT: Actor = { staffId: null, name: "participant" };

export interface FullPlan {
  plan: Plan;
  goals: PlanGoal[];
  steps: PlanStep[];
}

export type PlanError = "no-participant" | "no-consent" | "exists" | "no-plan" | "no-goal" | "no-partner" | "not-found";

async function record(db: Db, planId: number, actor: Actor, action: string, details: Record<string, unknown>): Promise<void> {
  await db.insert(planHistory).values({ planId, staffId: actor.staffId, actor: actor.name, action, details });
  await db.update(plans).set({ updatedAt: sql`now()` }).where(eq(plans.id, planId));
}

/** The participant's plan with its goals and steps (in the order they were added), if they have one. */
export async function loadPlan(db: Db, participantId: number): Promise<FullPlan | undefined> {
  const [plan] = await db.select().from(plans).where(eq(plans.participantId, participantId));
  if (!plan) return undefined;
  const [goals, steps] = await Promise.all([
    db.select().from(planGoals).where(eq(planGoals.planId, plan.id)).orderBy(asc(planGoals.id)),
    db.select().from(planSteps).where(eq(planSteps.planId, plan.id)).orderBy(asc(planSteps.id)),
  ]);
  return { plan, goals, steps };
}

/**
 * Drafts a plan for a participant who agreed to the privacy notice. Its first goals are
 * the survey's `goals` answer (a counsellor adds, reaches or drops goals later). One plan
 * per participant (a unique key, so two counsellors at once cannot make two).
 */
export async function createPlan(db: Db, participantId: number, actor: Actor): Promise<{ ok: true; plan: FullPlan } | { ok: false; error: PlanError }> {
  const [p] = await db.select({ consent: participants.consentStatus }).from(participants).where(eq(participants.id, participantId));
  if (!p) return { ok: false, error: "no-participant" };
  if (p.consent !== "accepted") return { ok: false, error: "no-consent" };
  try {
    await db.transaction(async (tx) => {
      const [plan] = await tx.insert(plans).values({ participantId, createdByStaffId: actor.staffId }).returning();
      const [answer] = await tx
        .select({ value: surveyAnswers.value })
        .from(surveyAnswers)
        .where(and(eq(surveyAnswers.participantId, participantId), eq(surveyAnswers.questionId, "goals")));
      const goals = Array.isArray(answer?.value) ? answer.value : [];
      if (goals.length > 0) await tx.insert(planGoals).values(goals.map((goal) => ({ planId: plan!.id, goal })));
      await record(tx, plan!.id, actor, "plan.created", { goals });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "exists" };
    throw error;
  }
  return { ok: true, plan: (await loadPlan(db, participantId))! };
}

export type GoalInput = { goal: string } | { text: string; textLocale: string };

export async function addGoal(db: Db, participantId: number, input: GoalInput, actor: Actor): Promise<{ ok: true; goal: PlanGoal } | { ok: false; error: PlanError }> {
  return db.transaction(async (tx) => {
    const [plan] = await tx.select().from(plans).where(eq(plans.participantId, participantId));
    if (!plan) return { ok: false as const, error: "no-plan" as const };
    const values = "goal" in input ? { planId: plan.id, goal: input.goal } : { planId: plan.id, text: input.text, textLocale: input.textLocale };
    const [goal] = await tx.insert(planGoals).values(values).returning();
    await record(tx, plan.id, actor, "goal.added", { goalId: goal!.id, ...input });
    return { ok: true as const, goal: goal! };
  });
}

/** A goal's status changed (reached, dropped, open again). Returns the participant's id for the audit. */
export async function updateGoal(db: Db, goalId: number, status: PlanGoal["status"], actor: Actor): Promise<{ ok: true; goal: PlanGoal; participantId: number } | { ok: false; error: PlanError }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ goal: planGoals, participantId: plans.participantId })
      .from(planGoals)
      .innerJoin(plans, eq(plans.id, planGoals.planId))
      .where(eq(planGoals.id, goalId))
      .for("update", { of: planGoals });
    if (!row) return { ok: false as const, error: "not-found" as const };
    const [goal] = await tx.update(planGoals).set({ status }).where(eq(planGoals.id, goalId)).returning();
    if (row.goal.status !== status) await record(tx, row.goal.planId, actor, "goal.status", { goalId, from: row.goal.status, to: status });
    return { ok: true as const, goal: goal!, participantId: row.participantId };
  });
}

export interface StepInput {
  catalogueKey?: string;
  text?: string;
  textLocale?: string;
  assignee: Assignee;
  partnerId?: number | null;
  /** "YYYY-MM-DD", a day in Helsinki. */
  dueDate?: string | null;
  goalId?: number | null;
}

async function checkRefs(tx: Db, planId: number, input: { partnerId?: number | null; goalId?: number | null }): Promise<PlanError | undefined> {
  if (input.partnerId != null) {
    const [partner] = await tx.select({ id: partnerOrganisations.id }).from(partnerOrganisations).where(eq(partnerOrganisations.id, input.partnerId));
    if (!partner) return "no-partner";
  }
  if (input.goalId != null) {
    const [goal] = await tx.select({ id: planGoals.id }).from(planGoals).where(and(eq(planGoals.id, input.goalId), eq(planGoals.planId, planId)));
    if (!goal) return "no-goal";
  }
  return undefined;
}

/** Adds a step (from the catalogue or free text; the route checks which) to the participant's plan. */
export async function addStep(db: Db, participantId: number, input: StepInput, actor: Actor): Promise<{ ok: true; step: PlanStep } | { ok: false; error: PlanError }> {
  return db.transaction(async (tx) => {
    const [plan] = await tx.select().from(plans).where(eq(plans.participantId, participantId));
    if (!plan) return { ok: false as const, error: "no-plan" as const };
    const problem = await checkRefs(tx, plan.id, input);
    if (problem) return { ok: false as const, error: problem };
    const [step] = await tx
      .insert(planSteps)
      .values({
        planId: plan.id,
        catalogueKey: input.catalogueKey ?? null,
        text: input.text ?? null,
        textLocale: input.text !== undefined ? (input.textLocale ?? null) : null,
        assignee: input.assignee,
        partnerId: input.partnerId ?? null,
        dueDate: input.dueDate ?? null,
        goalId: input.goalId ?? null,
      })
      .returning();
    await record(tx, plan.id, actor, "step.added", { stepId: step!.id, ...input });
    return { ok: true as const, step: step! };
  });
}

export interface StepPatch {
  dueDate?: string | null;
  status?: PlanStep["status"];
  assignee?: Assignee;
  partnerId?: number | null;
  goalId?: number | null;
}

/**
 * Changes a step. A new due date (or a step opened again) clears the nudge, so the new
 * date gets its own nudge; the history keeps each field's old and new value.
 */
export async function updateStep(db: Db, stepId: number, patch: StepPatch, actor: Actor): Promise<{ ok: true; step: PlanStep; participantId: number } | { ok: false; error: PlanError }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ step: planSteps, participantId: plans.participantId })
      .from(planSteps)
      .innerJoin(plans, eq(plans.id, planSteps.planId))
      .where(eq(planSteps.id, stepId))
      .for("update", { of: planSteps });
    if (!row) return { ok: false as const, error: "not-found" as const };
    const problem = await checkRefs(tx, row.step.planId, patch);
    if (problem) return { ok: false as const, error: problem };
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [key, value] of Object.entries(patch) as [keyof StepPatch, unknown][]) {
      if (value !== undefined && row.step[key] !== value) changes[key] = { from: row.step[key], to: value };
    }
    const renudge = "dueDate" in changes || (changes.status && patch.status === "open");
    const [step] = await tx
      .update(planSteps)
      .set({
        ...patch,
        ...(changes.status ? { doneAt: patch.status === "done" ? sql`now()` : null } : {}),
        ...(renudge ? { nudgeStatus: null, nudgeAttempts: 0, nudgedAt: null } : {}),
        updatedAt: sql`now()`,
      })
      .where(eq(planSteps.id, stepId))
      .returning();
    if (Object.keys(changes).length > 0) await record(tx, row.step.planId, actor, "step.changed", { stepId, changes });
    return { ok: true as const, step: step!, participantId: row.participantId };
  });
}

/**
 * The participant marks one of their own steps done ("done"), or says they cannot do it
 * ("cannot"). Only an open step of their own plan that is theirs to do; anything else
 * (someone else's step, a forged or old button) is "not-yours" or "not-open".
 */
export async function markOwnStep(
  db: Db,
  participantId: number,
  stepId: number,
  status: "done" | "cannot",
): Promise<{ ok: true; step: PlanStep } | { ok: false; error: "not-yours" | "not-open" }> {
  const [row] = await db
    .select({ step: planSteps })
    .from(planSteps)
    .innerJoin(plans, eq(plans.id, planSteps.planId))
    .where(and(eq(planSteps.id, stepId), eq(plans.participantId, participantId)));
  if (!row || row.step.assignee !== "participant") return { ok: false, error: "not-yours" };
  const [step] = await db
    .update(planSteps)
    .set({ status, doneAt: status === "done" ? sql`now()` : null, updatedAt: sql`now()` })
    .where(and(eq(planSteps.id, stepId), eq(planSteps.status, "open")))
    .returning();
  if (!step) return { ok: false, error: "not-open" };
  await record(db, step.planId, PARTICIPANT, "step.changed", { stepId, changes: { status: { from: "open", to: status } } });
  return { ok: true, step };
}

/** The plan's history, oldest first. */
export async function loadHistory(db: Db, participantId: number): Promise<PlanHistoryEntry[] | undefined> {
  const [plan] = await db.select({ id: plans.id }).from(plans).where(eq(plans.participantId, participantId));
  if (!plan) return undefined;
  return db.select().from(planHistory).where(eq(planHistory.planId, plan.id)).orderBy(asc(planHistory.id));
}

/** Partner organisations' names, for the steps partners do. */
export async function partnerNamesOf(db: Db, full: FullPlan): Promise<Map<number, string>> {
  const ids = [...new Set(full.steps.map((s) => s.partnerId).filter((id): id is number => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: partnerOrganisations.id, name: partnerOrganisations.name }).from(partnerOrganisations).where(inArray(partnerOrganisations.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

