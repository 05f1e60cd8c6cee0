import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { runGate } from '../../src/engine/run-gate.ts';
import { csvOf, notingScanThreads } from '../drift/numeric-pair-fixtures.ts';
import { memoryWorkspace } from '../mocks/memory-workspace.ts';
import { stepClock } from '../mocks/step-clock.ts';

const gate = (configPath: string, files: Record<string, string>) =>
  runGate({
    configPath,
    workspace: memoryWorkspace({ files }),
    event: { name: 'local' },
    now: new Date('2026-06-15T09:30:00Z'),
    elapsedMs: stepClock(),
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

  it('refuses a config outside the working directory, saying why and what to do', async () => {
    for (const configPath of ['../elsewhere/mlgate.yml', '.github/../../mlgate.yml']) {
      const { report, config } = await gate(configPath, { 'mlgate.yml': 'version: 1\n' });
      assert.equal(config, undefined);
      assert.equal(report.configErrors.length, 1);
      const [error] = report.configErrors;
      assert.equal(error?.file, configPath);
      assert.equal(error?.line, undefined);
      assert.match(error?.message ?? '', /^not inside the working directory \/repo: /);
      assert.match(error?.message ?? '', /a pull request can't point it at the runner's files/);
      assert.match(
        error?.fix ?? '',
        /move it into the working directory, or pass --working-directory/,
      );
      assert.doesNotMatch(error?.fix ?? '', /create it/);
      assert.equal(report.verdict.passed, false);
    }
  });

  it('explains a config that exists but cannot be read, with its own fix', async () => {
    const files = { '.github/mlgate.yml': 'version: 1\n' };
    const { report } = await runGate({
      configPath: '.github/mlgate.yml',
      workspace: {
        ...memoryWorkspace({ files }),
        readText: async () => {
          throw new Error("EACCES: permission denied, open '/repo/.github/mlgate.yml'");
        },
      },
      event: { name: 'local' },
      now: new Date('2026-06-15T09:30:00Z'),
      elapsedMs: stepClock(),
      mlgateVersion: 'test',
    });
    assert.deepEqual(report.configErrors, [
      {
        file: '.github/mlgate.yml',
        message: "EACCES: permission denied, open '/repo/.github/mlgate.yml'",
        fix: 'make it a file mlgate can read: not a folder, readable by the runner, not a link out of the repository',
      },
    ]);
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

describe('runGate with scan threads', () => {
  it('hands them to the checks, whose drift holds them through its scans', async () => {
    const calls: string[] = [];
    const { report } = await runGate({
      configPath: 'mlgate.yml',
      workspace: memoryWorkspace({
        files: {
          'mlgate.yml': 'version: 1\nchecks:\n  drift: {reference: ref.csv, current: cur.csv}\n',
          // One apart: two equal tables are not walked (src/statistics/equal-samples.ts), so none would be sent.
          'ref.csv': csvOf(0),
          'cur.csv': csvOf(1),
        },
      }),
      event: { name: 'local' },
      now: new Date('2026-12-04T09:30:00Z'),
      elapsedMs: stepClock(),
      mlgateVersion: 'test',
      scanThreads: notingScanThreads(calls),
    });
    assert.equal(report.checks[0]?.status, 'pass');
    assert.deepEqual(calls, ['hold', 'compare checks.drift.current', 'release']);
  });
});
