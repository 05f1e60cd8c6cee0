import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { parse } from 'yaml';
import { inputNames, parseActionInputs } from '../../src/inputs/action-inputs.ts';
import { emptyOutputs } from '../../src/modes/mode-context.ts';

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8'));
const defaults: Record<string, string> = Object.fromEntries(
  Object.entries(action.inputs as Record<string, { default: string }>).map(([k, v]) => [
    k,
    v.default,
  ]),
);

describe('action inputs', () => {
  it('action.yml declares exactly the inputs the schema reads, each described with a default', () => {
    assert.deepEqual(Object.keys(action.inputs).sort(), Object.values(inputNames).sort());
    for (const [name, input] of Object.entries(
      action.inputs as Record<string, Record<string, unknown>>,
    )) {
      assert.equal(typeof input.description, 'string', `${name} has a description`);
      assert.equal(typeof input.default, 'string', `${name} has a quoted default`);
    }
    assert.equal(action.runs.using, 'node24');
    assert.equal(action.runs.main, 'dist/index.js');
  });

  it('parses the defaults of action.yml', () => {
    const parsed = parseActionInputs((name) => defaults[name] ?? '');
    assert.ok(parsed.success);
    assert.equal(parsed.data.comment, 'update');
    assert.equal(parsed.data['comment-key'], 'default');
  });

  it('names the input and the allowed values on a bad `comment`', () => {
    const parsed = parseActionInputs((name) =>
      name === 'comment' ? 'always' : (defaults[name] ?? ''),
    );
    assert.equal(parsed.success, false);
    assert.match(parsed.error!.issues[0]!.message, /`comment` input must be `update`.*or `off`/);
  });

  it('refuses a comment-key that could break the hidden marker', () => {
    const parsed = parseActionInputs((name) =>
      name === 'comment-key' ? 'a -->' : (defaults[name] ?? ''),
    );
    assert.equal(parsed.success, false);
    assert.match(parsed.error!.issues[0]!.message, /comment-key/);
  });
});

describe('inputs of the GitHub modes', () => {
  const parse = (overrides: Record<string, string>) =>
    parseActionInputs((name) => overrides[name] ?? defaults[name] ?? '');

  it('defaults to one-workflow gate mode with artifact, check run and monitoring issue', () => {
    const parsed = parse({});
    assert.ok(parsed.success);
    assert.equal(parsed.data.mode, 'gate');
    assert.equal(parsed.data.artifact, 'upload');
    assert.equal(parsed.data['retention-days'], undefined);
    assert.equal(parsed.data['check-run'], 'create');
    assert.equal(parsed.data.issue, 'update');
    assert.deepEqual(parsed.data['baseline-files'], []);
  });

  it('takes retention days from 1 to 90 and refuses others with the range', () => {
    assert.equal(parse({ 'retention-days': '1' }).data?.['retention-days'], 1);
    assert.equal(parse({ 'retention-days': ' 90 ' }).data?.['retention-days'], 90);
    for (const bad of ['0', '91', '7.5', 'week']) {
      const parsed = parse({ 'retention-days': bad });
      assert.equal(parsed.success, false, bad);
      assert.match(
        parsed.error!.issues[0]!.message,
        /`retention-days` input is (a whole number of days from 1 to 90|at most 90)/,
      );
    }
  });

  it('reads baseline files one per line or comma-separated, normalised, without repeats', () => {
    const parsed = parse({
      'baseline-files': './metrics/eval.json\n\n  predictions/holdout.csv, metrics/eval.json\n',
    });
    assert.deepEqual(parsed.data?.['baseline-files'], [
      'metrics/eval.json',
      'predictions/holdout.csv',
    ]);
    const escaping = parse({ 'baseline-files': 'metrics/eval.json\n../secrets.env' });
    assert.equal(escaping.success, false);
    assert.match(
      escaping.error!.issues[0]!.message,
      /`baseline-files` input lists "..\/secrets.env"/,
    );
  });

  it('names the modes on a bad `mode`', () => {
    const parsed = parse({ mode: 'comment' });
    assert.match(parsed.error!.issues[0]!.message, /`mode` input is `gate`.*`evaluate`.*`publish`/);
  });

  it('action.yml declares exactly the outputs every mode sets', () => {
    assert.deepEqual(Object.keys(action.outputs).sort(), Object.keys(emptyOutputs()).sort());
  });
});
