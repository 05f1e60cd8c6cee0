import assert from 'node:assert/strict';
import { test } from 'vitest';
import { parseRequirementsTxt } from '../../../src/infra/dependencies/parse-requirements-txt.ts';

test('reads pins, ranges, extras, markers, hashes, continuations, URLs and editables', () => {
  const text = [
    '# comment',
    '--index-url https://example.com/simple',
    'NumPy==1.26.4  # pinned',
    'pandas[performance]>=2.1,<3',
    'scikit_learn == 1.3.2 \\',
    '    --hash=sha256:abc',
    'requests==2.*',
    'torch===2.1.0+cu121 ; platform_system == "Linux"',
    'mylib @ git+https://github.com/org/mylib@0123456789abcdef0123456789abcdef01234567',
    'other @ https://example.com/other.tar.gz',
    '-e git+https://github.com/org/tool#egg=Tool_Kit',
    '-r base.txt',
  ].join('\n');
  assert.deepEqual(
    parseRequirementsTxt(text).map((d) => [
      d.name,
      d.version ?? null,
      d.specifier,
      d.pinned,
      d.line,
    ]),
    [
      ['numpy', '1.26.4', '==1.26.4', true, 3],
      ['pandas', null, '>=2.1,<3', false, 4],
      ['scikit-learn', '1.3.2', '==1.3.2', true, 5],
      ['requests', null, '==2.*', false, 7],
      ['torch', '2.1.0+cu121', '===2.1.0+cu121', true, 8],
      [
        'mylib',
        'git+https://github.com/org/mylib@0123456789abcdef0123456789abcdef01234567',
        '@ git+https://github.com/org/mylib@0123456789abcdef0123456789abcdef01234567',
        true,
        9,
      ],
      [
        'other',
        'https://example.com/other.tar.gz',
        '@ https://example.com/other.tar.gz',
        false,
        10,
      ],
      ['tool-kit', null, 'editable', false, 11],
    ],
  );
});
