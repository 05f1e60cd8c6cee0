/**
 * A monotonic clock for tests: each read is `stepMs` later than the last, so
 * a check's duration (two reads) is exactly `stepMs`, whatever the machine.
 */
export function stepClock(stepMs = 1): () => number {
  let now = 0;
  return () => {
    now += stepMs;
    return now;
  };
}
