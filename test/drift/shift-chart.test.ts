import assert from 'node:assert/strict';
import { test } from 'vitest';
import type { FeatureResult } from '../../src/drift/drift-result.ts';
import { shiftCharts } from '../../src/drift/shift-chart.ts';

function shifted(name: string, status: 'drifted' | 'stable' | 'uncertain'): FeatureResult {
  return {
    name,
    status,
    kind: 'numeric',
    histogram: { edges: [0, 1, 2], reference: [3, 1], current: [1, 3] },
  } as FeatureResult;
}

test('one xychart per drifted or uncertain numeric feature, at most two, reference bars and current line', () => {
  const blocks = shiftCharts([
    shifted('a', 'drifted'),
    shifted('b', 'stable'),
    shifted('c', 'uncertain'),
    shifted('d', 'drifted'),
  ]);
  assert.deepEqual(
    blocks.map((block) => block.title),
    [
      'a: reference (bars) and current (line), share of values per bin in %',
      'c: reference (bars) and current (line), share of values per bin in %',
    ],
  );
  assert.ok(blocks[0]?.type === 'mermaid');
  assert.equal(
    blocks[0].source,
    'xychart-beta\n  title "a"\n  x-axis ["0.5", "1.5"]\n  y-axis "%" 0 --> 75\n  bar [75, 25]\n  line [25, 75]',
  );
});

test('a feature name cannot end the Mermaid string or add a line', () => {
  const [block] = shiftCharts([shifted('x"\ny `z`', 'drifted')]);
  assert.ok(block?.type === 'mermaid');
  assert.match(block.source, /\n {2}title "x {2}y {2}z "\n/);
  assert.equal(block.source.split('\n').length, 6);
});
