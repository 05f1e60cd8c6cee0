/**
 * When to keep V8's young generation from growing further: pure code that
 * reads a wide table calls holdYoungGeneration between pieces of its work (a
 * group of columns scanned, a large JSON text parsed), where what has
 * survived so far shows how much a young generation the work needs. How is the
 * process's business, not the reader's: an entry point registers V8's hold
 * (src/io/v8-young-generation.ts, which says why it matters); until then, and
 * in tests of the readers, nothing happens.
 */
let hold: () => void = () => undefined;

export function holdYoungGeneration(): void {
  hold();
}

/** Registers the process's hold, once, at start-up. */
export function setYoungGenerationHold(implementation: () => void): void {
  hold = implementation;
}
