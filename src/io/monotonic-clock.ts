/**
 * Milliseconds on the process's monotonic clock, for how long a check ran.
 * process.hrtime, not the global `performance`: reading that global loads
 * Node's perf_hooks (10 internal modules, about 1.5 ms at start-up) for a
 * number this gives as well, and wall-clock time (Date.now) can step back.
 */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
