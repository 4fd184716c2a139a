/**
 * Runs work one at a time per key, in this process: work for a key waits until the earlier work for that key has
 * settled (whether it succeeded or failed); work for other keys runs at once. For check-then-act flows whose
 * check and act cannot share a transaction (a ledger append goes through the group-commit writer), such as a
 * confirmation link clicked twice. It serialises one process only: across server processes on one PostgreSQL,
 * `Store.exclusive` adds an advisory lock on top of it.
 */
export function oneAtATime() {
  const tails = new Map<string, Promise<unknown>>();
  return {
    async run<T>(key: string, work: () => Promise<T>): Promise<T> {
      const before = tails.get(key) ?? Promise.resolve();
      const current = before.then(work, work);
      const tail = current.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      try {
        return await current;
      } finally {
        // The last one out leaves no entry behind.
        if (tails.get(key) === tail) {
          tails.delete(key);
        }
      }
    },
    /** Keys with work running or waiting (for tests: the map must not grow). */
    get size(): number {
      return tails.size;
    },
  };
}

export type OneAtATime = ReturnType<typeof oneAtATime>;

/** What the services need of a serialiser: `Store.exclusive` in the server, a plain {@link oneAtATime} in tests. */
export type Serialiser = Pick<OneAtATime, 'run'>;

/** The key of one person's consent to one purpose, for changes made from links (unsubscribe, preference centre). */
export function consentKey(organisationId: string, subjectId: string, purposeId: string): string {
  return `consent\u0000${organisationId}\u0000${subjectId}\u0000${purposeId}`;
}
