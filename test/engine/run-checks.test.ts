import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import * as z from 'zod';
import type { CheckDefinition } from '../../src/checks/check-definition.ts';
import { runChecks } from '../../src/engine/run-checks.ts';
import { memoryWorkspace } from '../mocks/memory-workspace.ts';
import { stepClock } from '../mocks/step-clock.ts';

const context = {
  workspace: memoryWorkspace(),
  event: { name: 'local' },
  now: new Date('2026-11-23T12:00:00Z'),
};

const check = (id: string, run: CheckDefinition['run']): CheckDefinition => ({
  id,
  title: id,
  rubric: ['monitor-5'],
  config: z.object({}),
  run,
});

const registry = {
  crashes: check('crashes', async () => {
    throw new Error('data/p.csv:12: "15.6C" is not a number');
  }),
  rejects_with_a_string: check('rejects_with_a_string', async () => {
    throw 'plain string';
  }),
  finds: check('finds', async () => ({
    kind: 'ran',
    summary: 'one problem',
    figures: [],
    findings: [{ id: 'column:x', severity: 'fail', message: 'x is NaN' }],
    details: [],
  })),
  clean: check('clean', async () => ({
    kind: 'ran',
    summary: 'fine',
    figures: [],
    findings: [],
    details: [],
  })),
  not_configured: check('not_configured', async () => {
    throw new Error('must not run');
  }),
};

describe('runChecks', () => {
  it('runs every configured check, and a check that throws ends `error` without stopping the others', async () => {
    const configs = { crashes: {}, rejects_with_a_string: {}, finds: {}, clean: {} };
    // biome-ignore lint/suspicious/noExplicitAny: a test registry of made-up check ids
    const results = await runChecks(configs as any, [], context, stepClock(7), registry);
    assert.deepEqual(
      results.map((r) => [r.id, r.status]),
      [
        ['crashes', 'error'],
        ['rejects_with_a_string', 'error'],
        ['finds', 'fail'],
        ['clean', 'pass'],
      ],
    );
    assert.equal(results[0]!.summary, 'data/p.csv:12: "15.6C" is not a number');
    assert.equal(results[1]!.summary, 'plain string');
    // Each check is timed by two reads of the injected clock, which steps 7 ms a read.
    assert.deepEqual(
      results.map((r) => r.durationMs),
      [7, 7, 7, 7],
    );
  });

  it('ends `error` for a configured check that mlgate has no code for', async () => {
    const results = await runChecks(
      // biome-ignore lint/suspicious/noExplicitAny: a test registry of made-up check ids
      { clean: {}, vanished: {} } as any,
      [],
      context,
      stepClock(),
      registry,
    );
    assert.deepEqual(
      results.map((r) => [r.id, r.status, r.summary]),
      [
        ['vanished', 'error', 'mlgate has no check "vanished"'],
        ['clean', 'pass', 'fine'],
      ],
    );
  });

  it('never lets a waiver turn an error into a pass', async () => {
    const waiver = { check: 'crashes', reason: 'r', owner: '@a', expires: '2099-01-01' };
    const [result] = await runChecks(
      // biome-ignore lint/suspicious/noExplicitAny: a test registry of made-up check ids
      { crashes: {} } as any,
      [waiver],
      context,
      stepClock(),
      registry,
    );
    assert.equal(result!.status, 'error');
    assert.match(result!.summary, /an error cannot be waived/);
  });
});
