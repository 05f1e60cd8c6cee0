import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { logAge } from '../../../src/checks/train-serve-skew/log-age.ts';
import { code, day, logs } from './committed-logs.ts';

describe('the age of committed serving logs against their code', () => {
  it('is older when a file of the serving code changed after the logs, newest first', () => {
    const age = logAge(
      logs({
        code: code([
          ['serving/a.mjs', '2026-11-10'],
          ['serve.mjs', '2026-11-20'],
          ['serving/b.mjs', '2026-10-01'],
        ]),
      }),
    );
    assert.equal(age.kind, 'older');
    assert.deepEqual(age.kind === 'older' && age.newer.map((file) => file.path), [
      'serve.mjs',
      'serving/a.mjs',
    ]);
  });

  it('is current when the logs were committed with or after the code (the same second is not older)', () => {
    const age = logAge(logs({ code: code([['serve.mjs', '2026-11-02']]) }));
    assert.deepEqual(age, {
      kind: 'current',
      loggedAt: day('2026-11-02'),
      newest: { path: 'serve.mjs', changedAt: day('2026-11-02') },
    });
  });

  it('is reproduced, not older, when the step that writes them wrote them as committed', () => {
    const changed = code([['serve.mjs', '2026-11-20']]);
    const writer = { step: 'serve', command: 'node serve.mjs' };
    assert.equal(logAge(logs({ code: changed, writer, reproduced: true })).kind, 'reproduced');
    assert.equal(logAge(logs({ code: changed, writer, reproduced: false })).kind, 'older');
    // Without a writer nothing was run: the age stands.
    assert.equal(logAge(logs({ code: changed, reproduced: true })).kind, 'older');
  });

  it('says what it cannot know: no code named, no file matched, no history of the logs or of the code', () => {
    assert.equal(logAge(logs({})).kind, 'unknown code');
    assert.equal(logAge(logs({ code: code([]) })).kind, 'no code files');
    assert.equal(
      logAge(logs({ loggedAt: null, code: code([['serve.mjs', '2026-11-20']]) })).kind,
      'no log history',
    );
    assert.equal(logAge(logs({ code: code([['serve.mjs', null]]) })).kind, 'no code history');
    assert.deepEqual(logAge(logs({ gitProblem: 'not a git repository' })), {
      kind: 'no git',
      problem: 'not a git repository',
    });
  });
});
