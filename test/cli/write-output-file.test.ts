import { describe, expect, it } from 'vitest';
import { writeJsonInPieces } from '../../src/cli/write-output-file.ts';

/** The reference is JSON.stringify itself: the pieces must join to its text, byte for byte. */
async function joined(value: unknown, indent?: number): Promise<{ text: string; pieces: number }> {
  const pieces: string[] = [];
  await writeJsonInPieces(value, (piece) => pieces.push(piece), indent);
  return { text: pieces.join(''), pieces: pieces.length };
}

const sample = {
  format: 'mlgate-drift',
  nothing: null,
  skipped: undefined,
  fn: () => 1,
  empty: {},
  list: [],
  when: new Date(Date.UTC(2024, 1, 29)),
  features: [
    {
      name: 'a "quoted"\nname',
      values: [1, -0, 2.5e-300, null, undefined],
      nested: { deep: [[1, { x: 'y' }]] },
    },
    { name: 'b', values: [], nested: { deep: [] }, gone: undefined },
    [undefined, () => 2, Symbol('s')],
  ],
  last: true,
};

describe('writeJsonInPieces', () => {
  it('writes what JSON.stringify writes, with a line break, compact and indented', async () => {
    for (const indent of [undefined, 0, 2, 4]) {
      expect((await joined(sample, indent)).text).toBe(`${JSON.stringify(sample, null, indent)}\n`);
    }
  });

  it('writes scalars and top-level arrays as JSON.stringify does', async () => {
    for (const value of [1, 'text', null, [1, [2, [3, [4]]]], [], {}]) {
      expect((await joined(value, 2)).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
    }
  });

  it('hands a large result on in pieces of about a megabyte, not one string', async () => {
    const wide = {
      columns: Array.from({ length: 30_000 }, (_, k) => ({ name: `c${k}`, count: k, mean: k / 7 })),
    };
    const { text, pieces } = await joined(wide, 2);
    expect(text).toBe(`${JSON.stringify(wide, null, 2)}\n`);
    expect(pieces).toBeGreaterThan(1);
  });
});
