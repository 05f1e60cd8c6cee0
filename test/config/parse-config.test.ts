import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { configSchemaFor } from '../../src/config/config-schema.ts';
import { configSchema } from '../../src/config/full-config-schema.ts';
import { parseConfig } from '../../src/config/parse-config.ts';
import { type ConfigErrorCase, itRejectsEachConfig } from '../mocks/config-error-cases.ts';

const minimal = 'checks:\n  numerical_stability:\n    predictions: p.csv\n    columns: [score]\n';

/** Each bad config and the one message it must produce (file:line: `key`: message). */
const cases: ConfigErrorCase[] = [
  {
    name: 'a misspelt top-level section',
    yaml: `${minimal}waiver: []\n`,
    expected: /^mlgate\.yml:5: `waiver`: unknown key; did you mean `waivers`\?$/,
  },
  {
    name: 'a misspelt gate key',
    yaml: `gate:\n  minimum_scor: 1\n${minimal}`,
    expected: /^mlgate\.yml:2: `gate\.minimum_scor`: unknown key; did you mean `minimum_score`\?$/,
  },
  {
    name: 'a misspelt check id',
    yaml: 'checks:\n  numerical_stabilty: {predictions: p.csv, columns: [s]}\n',
    expected: /:2: `checks\.numerical_stabilty`: unknown key; did you mean `numerical_stability`\?/,
  },
  {
    name: 'an unknown key far from any known one lists the known keys',
    yaml: `${minimal}    colour: blue\n`,
    expected:
      /`checks\.numerical_stability\.colour`: unknown key; known keys here: predictions, columns/,
  },
  {
    name: 'a misspelt key inside a file object (the union picks the object branch)',
    yaml: 'checks:\n  numerical_stability:\n    predictions: {path: p.csv, delimter: ";"}\n    columns: [s]\n',
    expected:
      /:3: `checks\.numerical_stability\.predictions\.delimter`: unknown key; did you mean `delimiter`\?/,
  },
  {
    name: 'a string where a list is needed',
    yaml: 'checks:\n  numerical_stability:\n    predictions: p.csv\n    columns: score\n',
    expected:
      /:4: `checks\.numerical_stability\.columns`: expected a list of column names, e.g\. \[score\]/,
  },
  {
    name: 'a score that is not a multiple of 0.5',
    yaml: `gate:\n  minimum_score: 1.2\n${minimal}`,
    expected: /:2: `gate\.minimum_score`: scores move in steps of 0\.5/,
  },
  {
    name: 'a section minimum above 7',
    yaml: `gate:\n  minimum_section_scores: {data: 8}\n${minimal}`,
    expected: /`gate\.minimum_section_scores\.data`: a section has 7 tests, so at most 7/,
  },
  {
    name: 'an attestation for a rubric test that does not exist',
    yaml: `${minimal}attestations:\n  data-8: {evidence: x.md}\n`,
    expected: /:6: `attestations\.data-8`: attestations are keyed by rubric test id/,
  },
  {
    name: 'an impossible review date',
    yaml: `${minimal}attestations:\n  data-3: {evidence: x.md, reviewed: "2014-02-30"}\n`,
    expected: /`attestations\.data-3\.reviewed`: this date does not exist on the calendar/,
  },
  {
    name: 'an attestation with neither evidence nor not_applicable',
    yaml: `${minimal}attestations:\n  data-3: {note: done}\n`,
    expected: /`attestations\.data-3/,
  },
  {
    name: 'a waiver without an expiry',
    yaml: `${minimal}waivers:\n  - {check: numerical_stability, reason: r, owner: "@a"}\n`,
    expected: /`waivers\[0\]\.expires`/,
  },
  {
    name: 'a waiver date in the wrong format',
    yaml: `${minimal}waivers:\n  - {check: numerical_stability, reason: r, owner: "@a", expires: 31/12/2026}\n`,
    expected: /`waivers\[0\]\.expires`: expected a date written YYYY-MM-DD/,
  },
  {
    name: 'a waiver for a check that is not configured',
    yaml: `${minimal}waivers:\n  - {check: drift, reason: r, owner: "@a", expires: "2026-12-31"}\n`,
    expected:
      /`waivers\[0\]\.check`: "drift" is not a configured check; waive one of: numerical_stability/,
  },
  {
    name: 'no check at all (a gate that tests nothing must not pass)',
    yaml: 'gate:\n  minimum_score: 0\n',
    expected: /`checks`: no check is configured/,
  },
  { name: 'an empty file', yaml: '', expected: /^mlgate\.yml: the file is empty/ },
  {
    name: 'a YAML syntax error',
    yaml: 'checks: [1, 2\n',
    expected: /^mlgate\.yml:\d+: YAML syntax:/,
  },
  {
    name: 'a duplicated key',
    yaml: `${minimal}checks: {}\n`,
    expected: /^mlgate\.yml:5: YAML syntax: Map keys must be unique/,
  },
  {
    name: 'a wrong version',
    yaml: `version: 2\n${minimal}`,
    expected: /:1: `version`: the config format version is 1/,
  },
];

describe('parseConfig', () => {
  itRejectsEachConfig(cases);

  it('names the file, line and key of an error, and keeps the fix apart from the message', () => {
    const parsed = parseConfig(`gate:\n  minimum_scor: 1\n${minimal}`, '.github/mlgate.yml');
    assert.deepEqual(parsed.ok ? [] : parsed.errors, [
      {
        file: '.github/mlgate.yml',
        line: 2,
        key: 'gate.minimum_scor',
        message: 'unknown key',
        fix: 'did you mean `minimum_score`?',
      },
    ]);
  });

  it('leaves out the line and key of an error in no line of the file', () => {
    const parsed = parseConfig('', 'cfg/mlgate.yml');
    assert.deepEqual(parsed.ok ? [] : parsed.errors, [
      {
        file: 'cfg/mlgate.yml',
        message: 'the file is empty',
        fix: 'start from the example in the README',
      },
    ]);
  });

  it('leaves out the key of an error about the whole document', () => {
    const parsed = parseConfig('- a\n- b\n');
    assert.equal(parsed.ok, false);
    const [error] = parsed.ok ? [] : parsed.errors;
    assert.equal(error?.file, 'mlgate.yml');
    assert.equal(error?.line, 1);
    assert.ok(error && !('key' in error), JSON.stringify(error));
  });

  it('takes the fix a schema refinement hands over in its params', () => {
    const yaml = `${minimal}waivers:\n  - {check: drift, reason: r, owner: "@a", expires: "2026-12-31"}\n`;
    const parsed = parseConfig(yaml);
    assert.deepEqual(parsed.ok ? [] : parsed.errors, [
      {
        file: 'mlgate.yml',
        line: 6,
        key: 'waivers[0].check',
        message: '"drift" is not a configured check',
        fix: 'waive one of: numerical_stability',
      },
    ]);
  });

  it('accepts the example config and fills in the defaults', () => {
    const text = readFileSync(
      new URL('../../examples/penguins/mlgate.yml', import.meta.url),
      'utf8',
    );
    const parsed = parseConfig(text);
    assert.ok(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.errors));
    assert.equal(parsed.config.gate.block_on_warn, false);
    assert.equal(parsed.config.gate.minimum_section_scores.monitoring, 2);
  });

  it('parses a config as the schema of every check does, building only the checks it names', () => {
    const text = readFileSync(
      new URL('../../examples/penguins/mlgate.yml', import.meta.url),
      'utf8',
    );
    const parsed = parseConfig(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.config, configSchema.parse(parseYaml(text)));
    // A check the config does not name stands in the schema only as absent.
    const named = configSchemaFor(new Set(['numerical_stability']));
    const other = { pii_scan: { files: ['data/train.csv'] } };
    assert.ok(configSchema.safeParse({ checks: other }).success);
    assert.equal(named.safeParse({ checks: other }).success, false);
    assert.ok(named.safeParse(parseYaml(minimal)).success);
  });

  it('fills every default from a minimal config', () => {
    const parsed = parseConfig(minimal);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.config.gate, {
      minimum_score: 0,
      minimum_section_scores: { data: 0, model: 0, infrastructure: 0, monitoring: 0 },
      block_on_warn: false,
    });
    assert.deepEqual(parsed.config.waivers, []);
  });
});
