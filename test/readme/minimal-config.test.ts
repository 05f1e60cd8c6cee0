import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { runGate } from '../../src/engine/run-gate.ts';
import { memoryWorkspace } from '../mocks/memory-workspace.ts';
import { stepClock } from '../mocks/step-clock.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const minimal = /A minimal `mlgate\.yml`:\n\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1];

/** What the README offers as a starting point must work as one. */
describe('the README minimal mlgate.yml', () => {
  it('passes the gate on healthy predictions', async () => {
    assert.ok(minimal, 'README.md has a "A minimal `mlgate.yml`:" yaml block');
    const predictions = readFileSync(
      new URL('../fixtures/numerical-stability/healthy.csv', import.meta.url),
      'utf8',
    );
    const { report } = await runGate({
      configPath: 'mlgate.yml',
      workspace: memoryWorkspace({
        files: { 'mlgate.yml': minimal, 'predictions/candidate.csv': predictions },
      }),
      event: { name: 'local' },
      now: new Date('2026-11-23T00:00:00Z'),
      elapsedMs: stepClock(),
      mlgateVersion: 'test',
    });
    assert.deepEqual(report.configErrors, []);
    assert.deepEqual(report.verdict.reasons, []);
    assert.equal(report.verdict.passed, true);
  });
});
