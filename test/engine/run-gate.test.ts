import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { runGate } from '../../src/engine/run-gate.ts';
import { memoryWorkspace } from '../mocks/memory-workspace.ts';

const gate = (configPath: string, files: Record<string, string>) =>
  runGate({
    configPath,
    workspace: memoryWorkspace({ files }),
    event: { name: 'local' },
    now: new Date('2026-06-15T09:30:00Z'),
    mlgateVersion: 'test',
  });

describe('runGate with an unusable config', () => {
  it('reports a missing config as an error of that file, at no line, with the fix', async () => {
    const { report, config } = await gate('.github/mlgate.yml', {});
    assert.equal(config, undefined);
    assert.deepEqual(report.configErrors, [
      {
        file: '.github/mlgate.yml',
        message: 'config: file not found: .github/mlgate.yml',
        fix: 'create it (the README has a starting point) or point the `config` input at it',
      },
    ]);
    assert.equal(report.verdict.passed, false);
    assert.deepEqual(report.checks, []);
  });

  it('carries the parser errors, named by the config path, into the report', async () => {
    const { report } = await gate('model/mlgate.yml', { 'model/mlgate.yml': 'chekcs: {}\n' });
    assert.deepEqual(
      report.configErrors.map(({ file, line, key }) => ({ file, line, key })),
      [
        { file: 'model/mlgate.yml', line: 1, key: 'chekcs' },
        { file: 'model/mlgate.yml', line: 1, key: 'checks' },
      ],
    );
    assert.equal(report.configErrors[0]?.fix, 'did you mean `checks`?');
  });
});
