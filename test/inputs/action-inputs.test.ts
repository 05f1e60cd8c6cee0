import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { parse } from 'yaml';
import { inputNames, parseActionInputs } from '../../src/inputs/action-inputs.ts';
import { formatInputWarning, renamedInputs } from '../../src/inputs/renamed-inputs.ts';
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
    assert.deepEqual(parsed.data['production-files'], []);
    assert.deepEqual(parsed.warnings, []);
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

  it('reads production files one per line or comma-separated, normalised, without repeats', () => {
    const parsed = parse({
      'production-files': './metrics/eval.json\n\n  predictions/holdout.csv, metrics/eval.json\n',
    });
    assert.deepEqual(parsed.data?.['production-files'], [
      'metrics/eval.json',
      'predictions/holdout.csv',
    ]);
    assert.deepEqual(parsed.warnings, []);
    const escaping = parse({ 'production-files': 'metrics/eval.json\n../secrets.env' });
    assert.equal(escaping.success, false);
    assert.match(
      escaping.error!.issues[0]!.message,
      /`production-files` input lists "..\/secrets.env"/,
    );
  });

  it('still takes the old `baseline-files` as production files, with a warning naming the new input', () => {
    const parsed = parse({ 'baseline-files': 'metrics/eval.json' });
    assert.ok(parsed.success);
    assert.deepEqual(parsed.data['production-files'], ['metrics/eval.json']);
    assert.equal('baseline-files' in parsed.data, false);
    assert.deepEqual(parsed.warnings, [
      {
        input: 'baseline-files',
        message:
          'the `baseline-files` input is deprecated; it is called `production-files` now ("baseline" means the simple model a candidate must beat)',
        fix: "rename `baseline-files:` to `production-files:` under the step's `with:`",
      },
    ]);
    assert.equal(
      formatInputWarning(parsed.warnings[0]!),
      'mlgate: the `baseline-files` input is deprecated; it is called `production-files` now ("baseline" means the simple model a candidate must beat). ' +
        "Fix: rename `baseline-files:` to `production-files:` under the step's `with:`.",
    );
  });

  it('names the old input when its paths leave the working directory', () => {
    const parsed = parse({ 'baseline-files': '../secrets.env' });
    assert.equal(parsed.success, false);
    assert.deepEqual(parsed.warnings, []);
    assert.match(
      parsed.error!.issues[0]!.message,
      /`baseline-files` input lists "..\/secrets.env"/,
    );
  });

  it('refuses `baseline-files` and `production-files` together', () => {
    const parsed = parse({
      'baseline-files': 'metrics/old.json',
      'production-files': 'metrics/eval.json',
    });
    assert.equal(parsed.success, false);
    assert.deepEqual(
      parsed.error!.issues.map((issue) => issue.message),
      [
        'the `baseline-files` and `production-files` inputs are both set; `baseline-files` is the old name of `production-files`, so keep only `production-files`',
      ],
    );
  });

  it('does not warn about a blank old input', () => {
    const parsed = parse({ 'baseline-files': ' \n', 'production-files': 'metrics/eval.json' });
    assert.ok(parsed.success);
    assert.deepEqual(parsed.data['production-files'], ['metrics/eval.json']);
    assert.deepEqual(parsed.warnings, []);
  });

  it('names the modes on a bad `mode`', () => {
    const parsed = parse({ mode: 'comment' });
    assert.match(parsed.error!.issues[0]!.message, /`mode` input is `gate`.*`evaluate`.*`publish`/);
  });

  it('action.yml declares exactly the outputs every mode sets', () => {
    assert.deepEqual(Object.keys(action.outputs).sort(), Object.keys(emptyOutputs()).sort());
  });

  it('action.yml describes each renamed input as deprecated, pointing at its new name', () => {
    for (const [old, current] of Object.entries(renamedInputs)) {
      assert.match(action.inputs[old].description, new RegExp(`^Deprecated: .*\`${current}\``));
      assert.ok(action.inputs[current], `${current} is declared`);
    }
  });
});
