import assert from 'node:assert/strict';
import { test } from 'vitest';
import { globToRegExp, pathMatches } from '../../src/infra/path-glob.ts';

test('* stays in a directory, ** spans directories, a directory covers its contents', () => {
  const cases: Array<[string, string, boolean]> = [
    ['tests/test_*.py', 'tests/test_model.py', true],
    ['tests/test_*.py', 'tests/unit/test_model.py', false],
    ['tests/**/test_*.py', 'tests/unit/test_model.py', true],
    ['tests/**/test_*.py', 'tests/test_model.py', true],
    ['src/model', 'src/model/net.py', true],
    ['src/model/', 'src/model/net.py', true],
    ['src/model', 'src/models/net.py', false],
    ['configs/*.{yaml,yml}', 'configs/a.yml', true],
    ['configs/*.{yaml,yml}', 'configs/a.json', false],
    ['**', 'anything/at/all', true],
    ['Src/**', 'src/a.py', false],
  ];
  for (const [glob, path, expected] of cases) {
    assert.equal(pathMatches(globToRegExp(glob), path), expected, `${glob} on ${path}`);
  }
});

test('an absolute path from another machine matches on its trailing directories', () => {
  const glob = globToRegExp('src/model/**');
  assert.equal(pathMatches(glob, '/app/src/model/net.py'), true);
  assert.equal(pathMatches(glob, 'C:\\build\\src\\model\\net.py'), true);
  assert.equal(pathMatches(glob, '/app/src/models/net.py'), false);
  // Relative paths are not searched for a tail: other/src/model is not src/model.
  assert.equal(pathMatches(glob, 'other/src/model/net.py'), false);
});
