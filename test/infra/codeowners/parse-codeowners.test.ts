import assert from 'node:assert/strict';
import { test } from 'vitest';
import { parseCodeowners, ruleFor } from '../../../src/infra/codeowners/parse-codeowners.ts';

const file = [
  '# default owners',
  '*       @global-owner1 @global-owner2',
  '*.js    @js-owner #This is an inline comment.',
  '/models/ @acme/ml-leads',
  '/models/experimental',
  '!/models/legacy/ @nobody',
  '\\#notes.md @someone',
  '/configs/[ab].yaml @range-owner',
  '/configs/ @acme/ml-leads data-team@example.com',
  '/configs/prod.yaml @alice TODO',
].join('\n');

const codeowners = parseCodeowners(file);
const owners = (path: string) => {
  const rule = ruleFor(codeowners, path);
  return rule ? rule.owners : undefined;
};

test('the last matching rule decides', () => {
  assert.deepEqual(owners('README.md'), ['@global-owner1', '@global-owner2']);
  assert.deepEqual(owners('src/app.js'), ['@js-owner']);
  assert.deepEqual(owners('models/churn/spec.yaml'), ['@acme/ml-leads']);
  assert.deepEqual(owners('configs/train.yaml'), ['@acme/ml-leads', 'data-team@example.com']);
});

test('a rule with no owners leaves its paths unowned', () => {
  assert.deepEqual(owners('models/experimental/spec.yaml'), []);
  assert.equal(ruleFor(codeowners, 'models/experimental/spec.yaml')?.line, 5);
});

test('! negation does not work: the line is skipped, so the earlier rule still owns the path', () => {
  assert.deepEqual(owners('models/legacy/spec.yaml'), ['@acme/ml-leads']);
});

test('lines GitHub skips are reported with their line and why', () => {
  assert.deepEqual(
    codeowners.problems.map((p) => [p.line, p.problem.split(';')[0]]),
    [
      [6, 'negation with ! does not work in CODEOWNERS'],
      [7, 'escaping a leading # with \\ does not work in CODEOWNERS'],
      [8, 'character ranges [ ] do not work in CODEOWNERS'],
      [10, '"TODO" is not an owner (@user, @org/team or an e-mail address)'],
    ],
  );
  // Line 10 is skipped whole, so @alice does not own prod.yaml: /configs/ does.
  assert.deepEqual(owners('configs/prod.yaml'), ['@acme/ml-leads', 'data-team@example.com']);
  // The skipped \# line leaves notes.md with the default owners.
  assert.deepEqual(owners('#notes.md'), ['@global-owner1', '@global-owner2']);
});

test('no rule at all is different from a rule without owners', () => {
  assert.equal(ruleFor(parseCodeowners('/src/ @a'), 'README.md'), undefined);
});
