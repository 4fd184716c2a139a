import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** The built-in store's people. Grows with the inventory area; for now only what the demo needs. */
export function personStore(db: Kysely<Database>) {
  return {
    async insertPeople(
      organisationId: string,
      people: readonly { displayName: string; email: string | null }[],
    ): Promise<number> {
      if (people.length === 0) {
        return 0;
      }
      const result = await db
        .insertInto('people')
        .values(people.map((p) => ({ organisation_id: organisationId, display_name: p.displayName, email: p.email })))
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n);
    },
    async countPeople(organisationId: string): Promise<number> {
      const row = await db
        .selectFrom('people')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('organisation_id', '=', organisationId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
