import type { StorageAdapter } from "grammy";
import { eq, sql } from "drizzle-orm";
import type { Db } from "./client.js";
import { botStorage } from "./schema.js";
import { currentDb } from "./transaction.js";

/**
 * grammY storage over the `bot_storage` table, for sessions and conversations.
 * Written by hand because @grammyjs/storage-psql needs node-postgres and creates its
 * own table outside the migrations; this one is ten lines over the drizzle schema.
 * `prefix` keeps sessions and conversations apart in one table.
 */
export function createDrizzleStorage<T>(db: Db, prefix: string): StorageAdapter<T> {
  const k = (key: string) => storageKey(prefix, key);
  return {
    async read(key) {
      const rows = await currentDb(db).select({ value: botStorage.value }).from(botStorage).where(eq(botStorage.key, k(key)));
      return rows[0]?.value as T | undefined;
    },
    async write(key, value) {
      await currentDb(db)
        .insert(botStorage)
        .values({ key: k(key), value: value as object })
        .onConflictDoUpdate({ target: botStorage.key, set: { value: value as object, updatedAt: sql`now()` } });
    },
    async delete(key) {
      await currentDb(db).delete(botStorage).where(eq(botStorage.key, k(key)));
    },
  };
}

/** The `bot_storage` key of `key` under `prefix` ("conversation:12345"). */
export const storageKey = (prefix: string, key: string): string => `${prefix}:${key}`;

/** The prefix of the conversations plugin's state, one row per chat (features/appointments). */
export const CONVERSATION_STORAGE = "conversation";
