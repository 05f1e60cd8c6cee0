import assert from 'node:assert/strict';
import { test } from 'vitest';
import { defaultDriftRules } from '../../src/drift/drift-rules.ts';
import { runDrift } from '../../src/drift/run-drift.ts';

test('both files are read at once, and when both fail the reference is the one named', async () => {
  // The current file fails first, yet the reference's error is reported, whatever the timing.
  const failing = (message: string, delay: number) => () =>
    new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(message)), delay));
  await assert.rejects(
    runDrift(
      { kind: 'rows', path: 'train.csv', read: {}, scan: failing('train.csv: bad header', 30) },
      { path: 'serve.csv', read: {}, scan: failing('serve.csv: bad header', 0) },
      defaultDriftRules,
    ),
    /train\.csv: bad header/,
  );
});
