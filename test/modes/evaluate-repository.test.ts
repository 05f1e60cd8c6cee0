import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'vitest';
import { parse } from 'yaml';
import { parseActionInputs } from '../../src/inputs/action-inputs.ts';
import type { ConfigError } from '../../src/model/config-error.ts';
import { blockedFailure } from '../../src/modes/evaluate-repository.ts';
import { allPass, configError } from '../report/scenarios.ts';

const action = parse(await readFile(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default: string }>;
};

function contextIn(workingDirectory: string) {
  const parsed = parseActionInputs((name) =>
    name === 'working-directory' ? workingDirectory : (action.inputs[name]?.default ?? ''),
  );
  assert.ok(parsed.success);
  const errors: { message: string; where?: { file: string; line?: number } }[] = [];
  const log = {
    info: () => {},
    warning: () => {},
    error: (message: string, where?: { file: string; line?: number }) =>
      errors.push({ message, ...(where ? { where } : {}) }),
  };
  return { context: { inputs: parsed.data, log }, errors };
}

describe('blockedFailure', () => {
  it('is nothing when the gate passed', () => {
    const { context, errors } = contextIn('.');
    assert.equal(blockedFailure(context, allPass()), undefined);
    assert.deepEqual(errors, []);
  });

  it('logs each config error at its file and line, and lists them before the reasons', () => {
    const { context, errors } = contextIn('model-service');
    const report = configError();
    const unknownLine: ConfigError = { file: 'mlgate.yml', message: 'the file is empty' };
    report.configErrors.push(unknownLine);
    const failure = blockedFailure(context, report);
    assert.deepEqual(errors, [
      {
        message: '.github/mlgate.yml:4: `gate.minimum_score`: a section has 7 tests, so at most 7',
        where: { file: 'model-service/.github/mlgate.yml', line: 4 },
      },
      {
        message: '.github/mlgate.yml:9: `checks.drfit`: unknown key; did you mean `drift`?',
        where: { file: 'model-service/.github/mlgate.yml', line: 9 },
      },
      { message: 'mlgate.yml: the file is empty', where: { file: 'model-service/mlgate.yml' } },
    ]);
    assert.equal(
      failure,
      [
        'mlgate blocked this change:',
        '- .github/mlgate.yml:4: `gate.minimum_score`: a section has 7 tests, so at most 7',
        '- .github/mlgate.yml:9: `checks.drfit`: unknown key; did you mean `drift`?',
        '- mlgate.yml: the file is empty',
        `- ${report.verdict.reasons[0]}`,
      ].join('\n'),
    );
  });
});
