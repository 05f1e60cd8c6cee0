/**
 * Keeps V8's young generation small while a wide table is read. V8 doubles its
 * young generation (two semi-spaces) each time more has survived a minor
 * collection than it holds, up to a maximum fixed at start-up: 64 MB per
 * semi-space on a 64-bit machine with a large heap. A table of 50,000 short
 * columns keeps enough objects alive across its columns (a builder, a
 * dictionary and a result per column; the schema's fields; drift's features)
 * that the young generation reaches that maximum: 128 MB of a wide profile's,
 * validate's or drift's peak memory, for garbage that a
 * smaller young generation collects as well (measured with `node
 * --max-semi-space-size=16` on 50,000 columns × 20 rows: validate 251 MB
 * instead of 315–350, profile 227 instead of 300–325, no slower). Below 8 MB
 * semi-spaces it turns worse (4 MB: drift 550–840 MB, promoting what dies
 * young), so it is never held below HELD_BYTES.
 * Users cannot pass `node` flags to mlgate, and the maximum cannot change
 * once the heap exists; the growth factor is read at each growth, so setting it
 * to 1 once the young generation is large enough stops it there, for the
 * rest of the process (worker threads included: the flag is the process's).
 *
 * The pure code that knows when (a wide scan between its groups of columns, a
 * large JSON text between parse and validation) calls the port in
 * src/data/young-generation.ts; the entry points register this, V8's.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** Both semi-spaces together, at which the young generation stops growing. */
const HELD_BYTES = 16 << 20;

/**
 * How far the old generation may grow past what survived its last full
 * collection before the next, once the young generation is held: V8's default
 * for a large heap lets it nearly double. A wide table's builders and
 * dictionaries are promoted and then die a group of columns later, and a wide
 * drift peaked 35–45 MB higher for that garbage (50,000 columns × 20 rows:
 * 325–335 MB, 277–292 MB at 30%, no slower in wall time; 10% cost 40% more CPU).
 * The setting is read at each collection, so like the growth factor it holds
 * from here on.
 */
const OLD_GROWTH_PERCENT = 30;

let held = false;

/**
 * Called between pieces of work on a wide table (a group of columns scanned,
 * a schema's fields parsed): once the young generation holds HELD_BYTES or
 * more, it grows no further, and the old generation is collected sooner.
 * Cheap: one look at V8's heap spaces.
 */
export function holdYoungGenerationInV8(): void {
  if (held) return;
  const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  if (young === undefined || young.space_size < HELD_BYTES) return;
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString(`--heap-growing-percent=${OLD_GROWTH_PERCENT}`);
  held = true;
}
