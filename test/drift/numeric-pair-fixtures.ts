/**
 * Data whose numeric features are large enough to be compared on another
 * thread (src/drift/numeric-pair.ts), and that other thread as postMessage
 * makes it; shared by the tests of the comparison and of the checks that use it.
 */
import type { NumericFiguresElsewhere } from '../../src/drift/numeric-pair.ts';
import { numericPairFigures } from '../../src/drift/numeric-pair.ts';
import type { ScanThreads } from '../../src/drift/scan-threads.ts';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';

/** 40,000 rows: `wide` and `fine` have tens of thousands of distinct values, `coarse` ten, `colour` three. */
export function csvOf(shift: number): string {
  const lines = ['wide,fine,coarse,colour'];
  for (let i = 0; i < 40_000; i++) {
    const wide = ((i * 7919) % 40_000) + shift;
    const fine = (((i * 104_729) % 39_989) / 1000 + shift / 10).toFixed(3);
    lines.push(`${wide},${fine},${i % 10},${['red', 'green', 'blue'][i % 3]}`);
  }
  return `${lines.join('\n')}\n`;
}

export const scanOf = (name: string, shift: number) =>
  scanTableText(csvOf(shift), name, { otherColumns: 'auto', layout: 'distribution' });

/** Another thread as postMessage makes it: the pairs cloned with their arrays handed over. */
export function cloningElsewhere(seen: string[][]): NumericFiguresElsewhere {
  return (pairs) => {
    seen.push(pairs.map((pair) => pair.name));
    const transfer = pairs.flatMap((pair) =>
      [pair.reference.counted!, pair.current.counted!].flatMap((counts) => [
        counts.values.buffer,
        counts.weights.buffer,
      ]),
    );
    const handed = structuredClone(pairs, { transfer: transfer as ArrayBuffer[] });
    return Promise.resolve(handed.map(numericPairFigures));
  };
}

/**
 * Scan threads that note in `calls` what they are asked, in order: held,
 * released, and the source of each comparison, which `elsewhere` answers
 * (none: they are all left to the caller's thread).
 */
export function notingScanThreads(
  calls: string[],
  elsewhere: NumericFiguresElsewhere = () => undefined,
): ScanThreads {
  return {
    holdWorkers: () => calls.push('hold'),
    releaseWorkers: () => calls.push('release'),
    numericFiguresOnWorker: (source, pairs) => {
      calls.push(`compare ${source}`);
      return elsewhere(pairs);
    },
  };
}

/**
 * A check run twice on a context: with scan threads that note what they are
 * asked and compare as another thread would (`shared`), and without (`alone`).
 */
export async function runWithAndWithoutThreads<T>(
  run: (context: { scanThreads?: ScanThreads }) => Promise<T>,
): Promise<{ shared: T; alone: T; calls: string[]; sent: string[][] }> {
  const calls: string[] = [];
  const sent: string[][] = [];
  const shared = await run({ scanThreads: notingScanThreads(calls, cloningElsewhere(sent)) });
  return { shared, alone: await run({}), calls, sent };
}
