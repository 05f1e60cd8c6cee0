import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { NumericPair } from '../../src/drift/numeric-pair.ts';
import { onScanThreads } from '../../src/drift/scan-threads.ts';
import { notingScanThreads } from './numeric-pair-fixtures.ts';

describe('onScanThreads', () => {
  it('holds the threads through the drift and hands it their comparisons, naming the source', async () => {
    const calls: string[] = [];
    const answer = await onScanThreads(
      notingScanThreads(calls),
      'checks.drift.current',
      async (elsewhere) => {
        calls.push('scan');
        assert.ok(elsewhere);
        assert.equal(elsewhere([] as NumericPair[]), undefined);
        return 7;
      },
    );
    assert.equal(answer, 7);
    assert.deepEqual(calls, ['hold', 'scan', 'compare checks.drift.current', 'release']);
  });

  it('releases them when the drift fails', async () => {
    const calls: string[] = [];
    await assert.rejects(
      onScanThreads(notingScanThreads(calls), 'x', async () => {
        throw new Error('unreadable');
      }),
      /unreadable/,
    );
    assert.deepEqual(calls, ['hold', 'release']);
  });

  it('runs the drift as it is without threads', async () => {
    assert.equal(await onScanThreads(undefined, 'x', async (elsewhere) => elsewhere), undefined);
  });
});
