import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { countValues } from '../../src/data/count-values.ts';
import {
  countRanges,
  isCounterState,
  type RangeCounts,
  rangeCountsArrays,
  rangeCountsSize,
} from '../../src/data/range-counts.ts';
import { ValueCounter } from '../../src/data/value-counter.ts';
import { seededRandom } from '../../src/statistics/seeded-random.ts';
import { plain, viaSort } from './sorted-counts.ts';

const random = seededRandom(23);
const decimals = (length: number, low: number, high: number, places: number) =>
  Array.from(
    { length },
    () => Math.round((low + random() * (high - low)) * 10 ** places) / 10 ** places,
  );

/** One range's blocks counted by a counter of its own, which hands its state over (a tail's scan on a worker). */
function handedOver(blocks: readonly (readonly number[])[]): RangeCounts {
  const counter = new ValueCounter();
  for (const block of blocks) counter.add(Float64Array.from([...block, 777]), block.length);
  return counter.handOver();
}

/**
 * Each range counted apart and handed over, then combined: the same table as
 * sorting every value (viaSort), in either order of the ranges.
 */
function check(
  ranges: readonly (readonly (readonly number[])[])[],
  modes?: readonly (string | null)[],
) {
  const all = ranges.flat(2);
  for (const order of [ranges, [...ranges].reverse()]) {
    const parts = order.map(handedOver);
    if (modes && order === ranges) {
      assert.deepEqual(
        parts.map((part) => isCounterState(part) && part.mode),
        modes,
      );
    }
    assert.deepEqual(plain(countRanges(parts)), viaSort(all));
  }
}

describe('the counts of ranges counted apart', () => {
  it('add the counts of counters in an array with the same decimals, widened for their union', () => {
    check([[decimals(3000, 10, 20, 2)], [decimals(3000, 15, 40, 2)]], ['dense', 'dense']);
    check([[decimals(3000, 10, 20, 2)], [decimals(3000, -90, -80, 2), [Number.NaN]]]);
    // Apart by more than the values allow one array: tabled apart and merged.
    check([[decimals(2000, 0, 100, 0)], [decimals(2000, 1e6, 1e6 + 50, 0)]], ['dense', 'dense']);
  });

  it("append listed keys, moved to the first counter's lowest value", () => {
    check([[decimals(3000, 0, 1e4, 2)], [decimals(3000, -5e3, 2e4, 2)]], ['listed', 'listed']);
    check([
      [decimals(2000, 0, 1e4, 2)],
      [decimals(2000, 5e3, 3e4, 2), [Number.POSITIVE_INFINITY]],
      [decimals(2000, -2e4, 0, 2)],
    ]);
    // Keys more than 2^31 from the other counter's lowest: tabled apart and merged.
    check([[decimals(2000, 0, 1, 6)], [decimals(2000, 3000, 3001, 6)]], ['listed', 'listed']);
  });

  it('table apart, then merge, counters of other decimals, other modes, or none', () => {
    check([[decimals(2000, 0, 5, 1)], [decimals(2000, 0, 5, 3)]], ['dense', 'dense']);
    check([[decimals(2000, 0, 10, 2)], [decimals(2000, 0, 1e4, 2)]], ['dense', 'listed']);
    check(
      [[Array.from({ length: 800 }, () => random() * 1e6)], [decimals(2000, 0, 10, 2)]],
      ['tables', 'dense'],
    );
    check(
      [[[Number.NaN, Number.NEGATIVE_INFINITY]], [decimals(2000, 0, 1e4, 2)]],
      [null, 'listed'],
    );
    check([[[Number.NaN]], []], [null, null]);
    // A counter that turned to tables after listing keeps its tables apart (levels).
    check([
      [decimals(2000, 0, 1e5, 2), [...decimals(500, 0, 1e5, 2), 0.125]],
      [decimals(2000, 0, 1e5, 2)],
    ]);
  });

  it('take finished tables beside counters, and return one table as it is', () => {
    const values = decimals(3000, 0, 50, 2);
    const table = countValues(Float64Array.from(values));
    assert.equal(countRanges([table]), table);
    const more = decimals(3000, 0, 80, 2);
    const combined = countRanges([countValues(Float64Array.from(values)), handedOver([more])]);
    assert.deepEqual(plain(combined), viaSort([...values, ...more]));
  });

  it('list the arrays a state holds, and the entries finishing it walks', () => {
    const dense = handedOver([decimals(3000, 10, 20, 2)]);
    assert.ok(isCounterState(dense) && dense.mode === 'dense');
    assert.deepEqual(rangeCountsArrays(dense), [dense.keyCounts]);
    assert.equal(rangeCountsSize(dense), dense.keyCounts.length);
    const listed = handedOver([decimals(3000, 0, 1e4, 2)]);
    assert.ok(isCounterState(listed) && listed.mode === 'listed');
    assert.deepEqual(rangeCountsArrays(listed), [listed.keys]);
    assert.equal(rangeCountsSize(listed), 3000);
    const table = countValues(Float64Array.from([1, 2, 2]));
    assert.deepEqual(rangeCountsArrays(table), [table.values, table.weights]);
    assert.equal(rangeCountsSize(table), 2);
  });
});
