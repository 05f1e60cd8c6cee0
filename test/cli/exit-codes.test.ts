import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { exitCodes } from '../../src/cli/exit-codes.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const commandLine = /\n## Command line\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';

test("the README's Command line section documents every exit code, and no other", () => {
  const documented = [...commandLine.matchAll(/^\| (\d+) \| (.+) \|$/gm)].map(
    ([, code, meaning]) => [Number(code), meaning],
  );
  assert.deepEqual(
    documented.map(([code]) => code),
    Object.values(exitCodes),
  );
  assert.match(String(documented[exitCodes.blocked]?.[1]), /^blocked/);
  assert.match(String(documented[exitCodes.usage]?.[1]), /^usage, config or input error/);
  assert.match(String(documented[exitCodes.failure]?.[1]), /^a failure of mlgate itself/);
});

test('a failure of mlgate itself has a code of its own', () => {
  assert.equal(new Set(Object.values(exitCodes)).size, 4);
  assert.ok(!([0, 1, 2] as number[]).includes(exitCodes.failure));
});
