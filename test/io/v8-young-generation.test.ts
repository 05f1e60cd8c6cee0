import assert from 'node:assert/strict';
import { getHeapSpaceStatistics } from 'node:v8';
import { describe, it } from 'vitest';
import { holdYoungGenerationInV8 } from '../../src/io/v8-young-generation.ts';

const youngBytes = () =>
  getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')!.space_size;

/** Objects that survive minor collections, as a wide table's columns do; `count` of them. */
function survivors(count: number): unknown[] {
  const kept: unknown[] = [];
  for (let i = 0; i < count; i++) kept.push({ index: i, values: [i, i + 1, i + 2] });
  return kept;
}

describe('young generation', () => {
  it('stops growing once held at 16 MB or more', () => {
    const grown: unknown[][] = [];
    // Survivors until the young generation has grown to where it may be held.
    while (youngBytes() < 16 << 20 && grown.length < 100) grown.push(survivors(100_000));
    holdYoungGenerationInV8();
    const held = youngBytes();
    assert.ok(held >= 16 << 20);
    for (let round = 0; round < 10; round++) grown.push(survivors(100_000));
    assert.ok(youngBytes() <= held);
  });
});
