/**
 * A hostile mlgate.yml (alias bombs, deep nesting, a huge file) ends as config
 * errors, which the gate reports with exit code 2, never as an exception.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { formatConfigError } from '../../src/config/format-config-error.ts';
import { parseConfig } from '../../src/config/parse-config.ts';
import {
  maxConfigBytes,
  maxConfigDepth,
  readConfigYaml,
} from '../../src/config/read-config-yaml.ts';
import { maxAliasCount } from '../../src/config/yaml-aliases.ts';
import { configuredOnce } from '../mocks/configured-once.ts';

const minimal = 'checks:\n  numerical_stability:\n    predictions: p.csv\n    columns: [score]\n';

/** The errors of a config, as users read them; fails the test if the config is accepted. */
function rejected(yaml: string): string[] {
  const parsed = parseConfig(yaml);
  assert.equal(parsed.ok, false, 'the config was accepted');
  return parsed.ok ? [] : parsed.errors.map(formatConfigError);
}

/** Nine aliases of the level above on each line: 9^levels copies of the first line's list. */
function aliasBomb(levels: number): string {
  const lines = ['  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= levels; i++) {
    lines.push(
      `  l${i}: &l${i} [${Array(9)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  }
  return `${minimal}bomb:\n${lines.join('\n')}\n`;
}

describe('hostile YAML in mlgate.yml', () => {
  it('refuses an alias bomb at the line where aliases start repeating aliases', () => {
    assert.deepEqual(rejected(aliasBomb(9)), [
      `mlgate.yml:8: YAML aliases expand to more than ${maxAliasCount} copies, the pattern of an alias bomb; write the values out: mlgate.yml needs few aliases, and no alias of a value with aliases in it`,
    ]);
  });

  it('still expands a few aliases, so configs may share an entry', () => {
    const shared =
      'checks:\n  numerical_stability:\n    predictions: &p p.csv\n    columns: [score]\n  drift: {reference: *p, current: *p}\n';
    const parsed = parseConfig(shared);
    assert.ok(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.errors));
    assert.equal(configuredOnce(parsed.config.checks.drift).current, 'p.csv');
  });

  it('names an alias without an anchor, which yaml throws for too', () => {
    assert.deepEqual(rejected(`${minimal}waivers: *w\n`), [
      'mlgate.yml:5: YAML alias `*w` has no anchor `&w` before it; mark the value it repeats with `&w`, above this line',
    ]);
  });

  it('turns what else YAML throws while building the data into an error, e.g. a bad merge key', () => {
    assert.deepEqual(rejected('%YAML 1.1\n---\na: &a 1\nchecks:\n  <<: *a\n'), [
      'mlgate.yml: YAML: Merge sources must be maps or map aliases',
    ]);
  });

  it('refuses flow nesting deeper than the limit at its line, without overflowing the stack', () => {
    const deep = `${minimal}x:\n  y: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`;
    assert.deepEqual(rejected(deep), [
      `mlgate.yml:6: nested more than ${maxConfigDepth} levels deep; mlgate.yml nests a few levels at most: look for unclosed brackets or runaway indentation`,
    ]);
  });

  it('refuses block nesting deeper than the limit at the line of the first key too deep', () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`);
    const [error] = rejected(`${keys.join('\n')} 1\n`);
    assert.match(error ?? '', new RegExp(`^mlgate\\.yml:${maxConfigDepth + 1}: nested more than`));
  });

  it('lets the schema judge nesting up to the limit', () => {
    const depth = maxConfigDepth - 1; // and the top-level mapping
    const yaml = `${minimal}x: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    assert.deepEqual(rejected(yaml), [
      'mlgate.yml:5: `x`: unknown key; known keys here: version, gate, steps, checks, attestations, waivers',
    ]);
  });

  it('refuses a file over the size limit before parsing it, counting bytes, not characters', () => {
    const huge = `${minimal}# ${'é'.repeat(maxConfigBytes / 2)}\n`;
    assert.ok(huge.length < maxConfigBytes);
    assert.deepEqual(rejected(huge), [
      'mlgate.yml: the file is 1.1 MiB, over the limit of 1 MiB; mlgate.yml is meant to be small (a few kB): keep data, schemas and long lists in the files it points to',
    ]);
  });

  it('reads a file at the size limit', () => {
    const padding = maxConfigBytes - minimal.length - 3;
    const result = readConfigYaml(`${minimal}# ${'x'.repeat(padding)}\n`);
    assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
  });
});

describe('YAML syntax errors', () => {
  it('say what to do about the usual ones', () => {
    assert.deepEqual(rejected(`${minimal}waivers:\n\t- x\n`), [
      'mlgate.yml:6: YAML syntax: Tabs are not allowed as indentation; indent with spaces',
    ]);
    assert.deepEqual(rejected(`${minimal}---\nchecks: {}\n`), [
      'mlgate.yml:5: YAML syntax: the file holds more than one YAML document; keep one document: remove the `---` line and merge what follows it',
    ]);
  });
});

describe('one parse of the text', () => {
  // readConfigYaml checks the nesting while the parser runs and composes the document from the
  // same tokens; yaml's own parseDocument, on the same text, is the reference for what it composes.
  const texts = [
    minimal,
    `${minimal}---\nchecks: {}\n`,
    'a: 1\na: 2\n',
    'a:\n\tb: 1\n',
    '# only a comment\n',
    'a: [1, 2\n',
    '%YAML 1.2\n---\nanchors: &x {k: v}\nuse: *x\n',
    'key: "unterminated\n',
  ];

  it('composes what parseDocument composes: the same data, errors and lines', () => {
    for (const text of texts) {
      const lineCounter = new LineCounter();
      const expected = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
      const read = readConfigYaml(text);
      if (read.ok) {
        assert.equal(expected.errors.length, 0, text);
        assert.deepEqual(read.data, expected.toJS(), text);
        assert.deepEqual(read.lineCounter.lineStarts, lineCounter.lineStarts, text);
      } else if (expected.errors.length > 0) {
        const lines = expected.errors.map((error) => lineCounter.linePos(error.pos[0]).line);
        assert.deepEqual(
          read.problems.map((problem) => problem.line),
          lines,
          text,
        );
      } else {
        // No YAML error: refused for what it holds (here only an empty document).
        assert.equal(expected.contents, null, text);
      }
    }
  });
});
