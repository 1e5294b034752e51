/**
 * Runs tasks with the same key one after another (tasks with different keys run freely).
 * Serialises the read-offset / append / complete steps of one staged upload so two concurrent
 * PATCHes (two tabs, a retried request racing its original) cannot both append at one offset.
 * In-process only: the staging area belongs to one server process.
 */
export function createKeyedMutex() {
  const tails = new Map<string, Promise<unknown>>();
  return {
    async run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(task);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      try {
        return await result;
      } finally {
        // Forget the key once nobody queued behind this task, so the map does not grow.
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
  };
}
