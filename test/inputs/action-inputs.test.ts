import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { inputNames, parseActionInputs } from '../../src/inputs/action-inputs.ts';

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
