import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { configProblem, formatConfigError } from '../../src/config/format-config-error.ts';
import type { ConfigError } from '../../src/model/config-error.ts';

describe('formatConfigError', () => {
  it('writes file:line: `key`: message; fix, leaving out what the error does not have', () => {
    const cases: [ConfigError, string][] = [
      [
        {
          file: 'cfg/my:gate.yml',
          line: 12,
          key: 'gate.minimum_score',
          message: 'expected a number: `a: b`',
        },
        'cfg/my:gate.yml:12: `gate.minimum_score`: expected a number: `a: b`',
      ],
      [
        {
          file: 'mlgate.yml',
          line: 9,
          key: 'checks.drfit',
          message: 'unknown key',
          fix: 'did you mean `drift`?',
        },
        'mlgate.yml:9: `checks.drfit`: unknown key; did you mean `drift`?',
      ],
      [
        { file: 'mlgate.yml', key: 'checks', message: 'no line known' },
        'mlgate.yml: `checks`: no line known',
      ],
      [{ file: 'mlgate.yml', line: 3, message: 'YAML syntax: x' }, 'mlgate.yml:3: YAML syntax: x'],
      [
        {
          file: 'mlgate.yml',
          message: 'the file is empty',
          fix: 'start from the example in the README',
        },
        'mlgate.yml: the file is empty; start from the example in the README',
      ],
    ];
    for (const [error, text] of cases) assert.equal(formatConfigError(error), text);
  });
});

describe('configProblem', () => {
  it('is the message and the fix, without the location an annotation shows on its own', () => {
    const error = { file: 'mlgate.yml', line: 2, key: 'waiver', message: 'unknown key' };
    assert.equal(configProblem(error), 'unknown key');
    assert.equal(
      configProblem({ ...error, fix: 'did you mean `waivers`?' }),
      'unknown key; did you mean `waivers`?',
    );
  });
});
