import type { Db } from "../../db/client.js";
import { helsinkiDatePlusDays, helsinkiTime } from "../../i18n/time.js";
import { createModule, createSession, findModuleByCode } from "./catalogue.js";
import { SEED_MODULES, type SeedModule } from "./seed-catalogue.js";

/**
 * Loads the example catalogue so a new installation can be tried at once. Idempotent:
 * a module whose code exists is left as it is, sessions included, so running it again
 * (or after a coordinator changed the module) changes nothing.
 */
export async function seedCatalogue(db: Db, now: Date, catalogue: readonly SeedModule[] = SEED_MODULES): Promise<{ created: string[]; kept: string[] }> {
  const created: string[] = [];
  const kept: string[] = [];
  for (const seed of catalogue) {
    await db.transaction(async (tx) => {
      if (await findModuleByCode(tx, seed.code)) {
        kept.push(seed.code);
        return;
      }
      const module = await createModule(tx, {
        code: seed.code,
        title: seed.title,
        description: seed.description,
        regions: [...seed.regions],
        tags: [...seed.tags],
        instructionLanguages: [...seed.instructionLanguages],
        capacity: seed.capacity,
        childcare: seed.childcare,
      });
      const plan = seed.sessions;
      const [hour, minute] = plan.startTime.split(":").map(Number) as [number, number];
      for (let i = 0; i < plan.count; i++) {
        const day = helsinkiDatePlusDays(now, plan.firstInDays + i * plan.everyDays);
        const startsAt = helsinkiTime(day.year, day.month, day.day, hour, minute);
        await createSession(tx, module.id, {
          startsAt,
          endsAt: new Date(startsAt.getTime() + plan.durationMinutes * 60_000),
          place: plan.place,
          childcareSeats: seed.childcare ? plan.childcareSeats : 0,
        });
      }
      created.push(seed.code);
    });
  }
  return { created, kept };
}
