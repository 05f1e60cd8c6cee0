import assert from 'node:assert/strict';
import { test } from 'vitest';
import { codeownersRegExp } from '../../../src/infra/codeowners/codeowners-pattern.ts';

// Expectations: GitHub's "About code owners" page (its example file's comments) and the
// behaviour documented there for gitignore-style patterns; where the page is silent, the
// pattern semantics of the hmarr/codeowners Go library, which is tested against GitHub.
const cases: Array<[string, Record<string, boolean>]> = [
  ['*', { 'README.md': true, 'src/a/b.py': true }],
  ['*.js', { 'app.js': true, 'src/deep/app.js': true, 'app.jsx': false }],
  // "@doctocat owns any files in the build/logs directory at the root … and any of its subdirectories"
  [
    '/build/logs/',
    {
      'build/logs/a.log': true,
      'build/logs/x/b.log': true,
      'build/logs': false,
      'src/build/logs/a': false,
    },
  ],
  // "docs/* will match docs/getting-started.md but not … docs/build-app/troubleshooting.md"
  [
    'docs/*',
    {
      'docs/getting-started.md': true,
      'docs/build-app/troubleshooting.md': false,
      'x/docs/a.md': false,
    },
  ],
  // "owns any file in an apps directory anywhere in your repository"
  ['apps/', { 'apps/a.js': true, 'web/apps/b/c.js': true, apps: false }],
  // "owns any file in the /docs directory in the root … and any of its subdirectories"
  ['/docs/', { 'docs/a.md': true, 'docs/x/y.md': true, 'src/docs/a.md': false }],
  // "owns any file in a /logs directory such as /build/logs, /scripts/logs, and /deeply/nested/logs"
  [
    '**/logs',
    {
      'build/logs/a': true,
      'deeply/nested/logs/b': true,
      logs: true,
      'logs/c': true,
      'catalogs/a': false,
    },
  ],
  ['/apps/github', { 'apps/github': true, 'apps/github/x.js': true, 'apps/githubber': false }],
  ['models/spec.yaml', { 'models/spec.yaml': true, 'x/models/spec.yaml': false }],
  ['spec.yaml', { 'spec.yaml': true, 'configs/spec.yaml': true }],
  ['/*', { 'README.md': true, 'src/a.py': false }],
  ['/*/', { 'src/a.py': true, 'README.md': false }],
  ['foo/*/baz', { 'foo/bar/baz': true, 'foo/bar/baz/qux': true, 'foo/baz': false }],
  ['foo/**/bar', { 'foo/bar': true, 'foo/a/b/bar/c': true, 'x/foo/bar': false }],
  ['foo/bar/**', { 'foo/bar': false, 'foo/bar/baz': true }],
  ['f?o', { foo: true, fo: false, 'x/fao': true }],
  ['f\\*o', { 'f*o': true, foo: false }],
  ['path\\ with\\ spaces/', { 'path with spaces/a': true }],
  ['/Src/', { 'Src/a.ts': true, 'src/a.ts': false }],
  ['/', { 'a.txt': false }],
];

for (const [pattern, paths] of cases) {
  test(`pattern ${pattern}`, () => {
    const regex = codeownersRegExp(pattern);
    for (const [path, expected] of Object.entries(paths)) {
      assert.equal(regex.test(path), expected, `${pattern} on ${path}`);
    }
  });
}
