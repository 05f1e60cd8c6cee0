import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { committedArtifacts } from '../../../src/checks/committed-artifacts/committed-artifacts.ts';
import { committedArtifactsConfig } from '../../../src/checks/committed-artifacts/committed-artifacts-config.ts';
import {
  type ArtifactState,
  committedArtifactsOutcome,
} from '../../../src/checks/committed-artifacts/committed-artifacts-outcome.ts';
import type { CompletedStep } from '../../../src/checks/pipeline/run-steps.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';

function step(name: string, exitCode = 0): CompletedStep {
  return {
    step: name,
    command: `python ${name}.py`,
    result: {
      outcome: 'completed',
      exitCode,
      signal: null,
      timedOut: false,
      durationMs: 1200,
      outputBytes: 10,
      logTail: exitCode === 0 ? '' : 'Traceback: KeyError: bill_ratio',
    },
  };
}

const artifact = (state: Partial<ArtifactState> & { path: string }): ArtifactState => ({
  step: 'train',
  command: 'python train.py',
  kind: 'bytes',
  committed: true,
  ...state,
});

describe('committed_artifacts outcome', () => {
  it('a failing step: one finding with its exit, its log, and the steps before it', () => {
    const outcome = committedArtifactsOutcome({
      kind: 'failed',
      failed: step('predict', 1),
      completed: [step('train')],
    });
    assert.equal(outcome.kind, 'ran');
    if (outcome.kind !== 'ran') return;
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.message, f.measure?.value]),
      [
        [
          'step:predict',
          'step predict (`python predict.py`) ended with exit code 1 in a fresh copy of the repository; see its log',
          1,
        ],
      ],
    );
    assert.deepEqual(
      outcome.details.map((d) => d.title),
      ['Log of step predict', 'Steps run before it'],
    );
  });

  it('an output the run did not write fails, committed or not; an uncommitted one is only listed', () => {
    const outcome = committedArtifactsOutcome({
      kind: 'ran',
      completed: [step('train')],
      artifacts: [
        artifact({ path: 'model.pkl', problem: 'untouched' }),
        artifact({ path: 'plots/roc.png', committed: false }),
      ],
    });
    assert.equal(outcome.kind, 'ran');
    if (outcome.kind !== 'ran') return;
    assert.equal(
      outcome.summary,
      '1 step ran; no declared output is committed, so there was nothing to compare',
    );
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.message]),
      [
        [
          'artifact:model.pkl:not-written',
          'step train did not write model.pkl (it is as committed, untouched by the run), so the committed file cannot be checked against the code',
        ],
      ],
    );
    const table = outcome.details[0];
    assert.deepEqual(table?.type === 'table' && table.rows, [
      ['model.pkl', 'train', 'yes', 'not rewritten by the run'],
      ['plots/roc.png', 'train', 'no', 'written; not committed'],
    ]);
  });

  it('stale files of one step share a cause; the fix says which step to re-run', () => {
    const stale = (path: string): ArtifactState =>
      artifact({
        path,
        comparison: {
          status: 'different',
          differing: null,
          compared: null,
          unit: null,
          firstDifference: null,
          note: '10 bytes vs 12 bytes',
        },
      });
    const outcome = committedArtifactsOutcome({
      kind: 'ran',
      completed: [step('train')],
      artifacts: [stale('model.pkl'), stale('encoder.pkl')],
    });
    assert.equal(outcome.kind, 'ran');
    if (outcome.kind !== 'ran') return;
    assert.deepEqual(
      outcome.findings.map((f) => [f.message, f.cause, f.fix]),
      ['model.pkl', 'encoder.pkl'].map((path) => [
        `${path} is stale: against what step train (\`python train.py\`) writes, the bytes differ (10 bytes vs 12 bytes)`,
        'stale:train',
        `Re-run step \`train\` (\`python train.py\`) and commit what it writes, or fix the code if the committed ${path} is right.`,
      ]),
    );
    assert.equal(
      outcome.summary,
      '1 step ran; 2 of 2 committed artifacts are stale (model.pkl, encoder.pkl)',
    );
  });

  it('ends error, naming the fix, when no steps are declared', async () => {
    await assert.rejects(
      committedArtifacts.run(committedArtifactsConfig.parse({}), {
        workspace: memoryWorkspace(),
        event: { name: 'local' },
        now: new Date(),
      }),
      /none is declared; declare the steps/,
    );
  });
});
