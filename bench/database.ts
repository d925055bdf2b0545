/**
 * A fresh PostgreSQL database per run (as test/support/database.ts does for tests),
 * and the participants the measured updates act on.
 *
 * Setup bypasses the bot for speed: participants and their earlier answers are
 * inserted directly with drizzle, in the state the bot itself would have left them in
 * (language chosen, consent accepted, survey in progress). Only the measured updates
 * (and the warm-up) go through the webhook.
 */
import { readFile } from "node:fs/promises";
import { and, between, count, eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, postgresConnection, type Database, type Db } from "../src/db/client.js";
import { participants, surveyAnswers, type AnswerValue } from "../src/db/schema.js";
import { SURVEY, type Question } from "../src/features/survey/definition.js";
import { firstUnanswered, type Answers } from "../src/features/survey/flow.js";

export interface BenchDatabase {
  database: Database;
  name: string;
  /** postgres:// URL of the throw-away database, for the app process. */
  url: string;
  serverVersion: string;
  /** Settings that change the cost of a commit, recorded with the results. */
  settings: Record<string, string>;
  /**
   * CPU time (ms) used so far by the server processes connected to this database, read
   * from /proc; undefined when the server is not on this machine.
   */
  backendCpuMs(): Promise<number | undefined>;
  drop(): Promise<void>;
}

export async function createBenchDatabase(adminUrl: string, poolSize: number): Promise<BenchDatabase> {
  const name = `bench_${Math.random().toString(36).slice(2, 10)}`;
  const connection = postgresConnection(adminUrl);
  const admin = postgres(connection.url, { ...connection.options, max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize });
  try {
    await database.migrate();
  } catch (error) {
    await database.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
    throw error;
  }
  const [version] = await admin<{ server_version: string }[]>`show server_version`;
  const settings: Record<string, string> = {};
  for (const setting of ["synchronous_commit", "fsync", "shared_buffers", "max_connections"]) {
    const [row] = await admin.unsafe<{ value: string }[]>(`select current_setting('${setting}') as value`);
    settings[setting] = row?.value ?? "?";
  }
  return {
    database,
    name,
    url: url.toString(),
    serverVersion: version?.server_version ?? "?",
    settings,
    async backendCpuMs() {
      const rows = await admin<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${name}`;
      let total = 0;
      for (const { pid } of rows) {
        const ms = await processCpuMs(pid);
        if (ms === undefined) return undefined;
        total += ms;
      }
      return total;
    },
    async drop() {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

// Linux reports process times in clock ticks of 1/100 s (CLK_TCK on every common build).
const TICK_MS = 10;

/** User + system CPU of a local PostgreSQL process; undefined if it is not one (remote server). */
async function processCpuMs(pid: number): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    if (comm !== "postgres") return undefined;
    // Fields after "(comm) ": state is field 3, utime field 14, stime field 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return undefined;
  }
}

/** Telegram user ids from..to, inclusive. */
export function userIds(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/**
 * Participants who chose English, accepted the privacy notice and started the survey,
 * with no answer yet: their current question is question 1. Returns their row ids by
 * Telegram user id.
 */
export async function insertSurveyTakers(db: Db, telegramUserIds: readonly number[]): Promise<Map<number, number>> {
  const ids = new Map<number, number>();
  const now = new Date();
  for (const chunk of chunks(telegramUserIds, 1000)) {
    const rows = await db
      .insert(participants)
      .values(
        chunk.map((telegramUserId) => ({
          telegramUserId,
          // In a private chat the chat id is the user id.
          chatId: telegramUserId,
          locale: "en",
          consentStatus: "accepted" as const,
          consentVersion: "1",
          consentAt: now,
          surveyStatus: "in_progress" as const,
        })),
      )
      .returning({ id: participants.id, telegramUserId: participants.telegramUserId });
    for (const row of rows) ids.set(row.telegramUserId, row.id);
  }
  return ids;
}

/**
 * Plausible answers up to (not including) `stopAt`, the way the e2e test answers:
 * first option for single choice, [first option] for multiple choice, 1 for numbers,
 * yes for yes/no, "x" for text. Those answers open every conditional question
 * (worked → work field, 1 child → under 7, ages, childcare), so this is the longest
 * path through the survey.
 */
export function answersUpTo(stopAt: string, survey: readonly Question[] = SURVEY): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (let guard = 0; guard <= survey.length; guard++) {
    const question = firstUnanswered(survey, answers as Answers);
    if (question === undefined) throw new Error(`the survey ended before reaching "${stopAt}"`);
    if (question.id === stopAt) return answers;
    answers[question.id] = plausibleAnswer(question);
  }
  throw new Error(`"${stopAt}" was never the first unanswered question`);
}

function plausibleAnswer(question: Question): AnswerValue {
  switch (question.type) {
    case "single":
      return question.options[0]!.id;
    case "multi":
      return [question.options[0]!.id];
    case "number":
      return 1;
    case "yesno":
      return true;
    case "text":
      return "x";
    case "counts":
      return [question.options[0]!.id];
  }
}

/** Stores the same answers for every participant given (by row id). */
export async function insertAnswers(db: Db, participantIds: readonly number[], answers: Record<string, AnswerValue>): Promise<void> {
  const rows = participantIds.flatMap((participantId) =>
    Object.entries(answers).map(([questionId, value]) => ({ participantId, questionId, value })),
  );
  for (const chunk of chunks(rows, 5000)) await db.insert(surveyAnswers).values(chunk);
}

/** Answers to `questionId` stored for participants whose Telegram ids are in from..to. */
export async function countAnswers(db: Db, questionId: string, from: number, to: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(surveyAnswers)
    .innerJoin(participants, eq(participants.id, surveyAnswers.participantId))
    .where(and(eq(surveyAnswers.questionId, questionId), between(participants.telegramUserId, from, to)));
  return row?.n ?? 0;
}

/** Rows in processed_updates: one per update the app handled. */
export async function countProcessedUpdates(db: Db): Promise<number> {
  const rows = await db.execute<{ n: string }>(sql`select count(*)::text as n from processed_updates`);
  const list = Array.isArray(rows) ? rows : (rows as unknown as { rows: { n: string }[] }).rows;
  return Number(list[0]?.n ?? 0);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
