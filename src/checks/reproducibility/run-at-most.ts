/**
 * Runs `task(1)`, `task(2)`, … `task(count)` with at most `limit` at once and
 * returns the results in index order, whatever order they finish in, so a
 * report built from them reads the same however the runs were timed. Once a
 * result asks to stop, no further index starts; those already started finish
 * (their scratch copies must not be deleted under them). The result is what
 * one-at-a-time runs would give: the results up to the first that asks to
 * stop, or the error of the first task that threw, read in index order once
 * every started task has settled.
 */
export async function runAtMost<T>(
  count: number,
  limit: number,
  task: (index: number) => Promise<T>,
  stop: (result: T) => boolean,
): Promise<T[]> {
  const settled: PromiseSettledResult<T>[] = [];
  let next = 1;
  let stopped = false;
  const worker = async () => {
    while (!stopped && next <= count) {
      const index = next++;
      try {
        const result = await task(index);
        settled[index - 1] = { status: 'fulfilled', value: result };
        if (stop(result)) stopped = true;
      } catch (reason) {
        settled[index - 1] = { status: 'rejected', reason };
        stopped = true;
      }
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(limit), count));
  await Promise.all(Array.from({ length: workers }, worker));
  // Read in index order, as one-at-a-time runs would have ended: at the first stop or error.
  const results: T[] = [];
  for (const outcome of settled) {
    if (outcome.status === 'rejected') throw outcome.reason;
    results.push(outcome.value);
    if (stop(outcome.value)) break;
  }
  return results;
}
