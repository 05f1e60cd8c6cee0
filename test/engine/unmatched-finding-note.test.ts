import assert from 'node:assert/strict';
import { test } from 'vitest';
import { unmatchedFindingNote } from '../../src/engine/unmatched-finding-note.ts';

const weather = [
  'feature:weather',
  'feature:weather:new-categories',
  'feature:weather:vanished-categories',
  'feature:wind',
];

test('a misspelt finding id gets the closest id the check reported', () => {
  assert.equal(
    unmatchedFindingNote('drift', 'feature:wether', weather),
    'Check `drift` reported no finding `feature:wether` in this run. Did you mean `feature:weather`? Otherwise remove the waiver if it is no longer needed.',
  );
  assert.match(
    unmatchedFindingNote('drift', 'feature:weather:new-categorie', weather),
    /Did you mean `feature:weather:new-categories`\?/,
  );
  assert.match(
    unmatchedFindingNote('drift', 'feature:Weather', weather),
    /Did you mean `feature:weather`\?/,
    'ids match case-sensitively, so a case slip is a typo too',
  );
  assert.match(
    unmatchedFindingNote('drift', 'featrue:wind', weather),
    /Did you mean `feature:wind`\?/,
  );
});

test('another anomaly of the same column is not offered as a typo', () => {
  const note = unmatchedFindingNote('drift', 'feature:weather:vanished-categories', [
    'feature:weather',
    'feature:weather:new-categories',
  ]);
  assert.doesNotMatch(note, /Did you mean/);
  assert.equal(
    note,
    'Check `drift` reported no finding `feature:weather:vanished-categories` in this run (it reported `feature:weather`, `feature:weather:new-categories`); remove the waiver if it is no longer needed.',
  );
  assert.doesNotMatch(
    unmatchedFindingNote('slices', 'slice:region=EU:roc_auc:gap', ['slice:region=EU:roc_auc']),
    /Did you mean/,
    'nor is the finding a waiver id refines',
  );
});

test('findings that refine the waived id are named as findings of their own', () => {
  assert.equal(
    unmatchedFindingNote('slices', 'slice:region=EU:roc_auc', [
      'slice:region=EU:roc_auc:gap',
      'slice:region=Asia:roc_auc',
    ]),
    'Check `slices` reported no finding `slice:region=EU:roc_auc` in this run. It reported `slice:region=EU:roc_auc:gap`, a finding of its own that this waiver does not cover; waive it by its id if it is acceptable too. Otherwise remove the waiver if it is no longer needed.',
  );
});

test('several refinements are named together', () => {
  assert.match(
    unmatchedFindingNote('drift', 'feature:sky', [
      'feature:sky:new-categories',
      'feature:sky:vanished-categories',
    ]),
    /It reported `feature:sky:new-categories`, `feature:sky:vanished-categories`, findings of their own that this waiver does not cover; waive them by their ids if they are acceptable too\./,
  );
});

test('nothing close: a few reported ids are listed', () => {
  const reported = Array.from({ length: 7 }, (_, i) => `feature:f${i + 10}`);
  assert.equal(
    unmatchedFindingNote('drift', 'feature:age', [...reported, 'feature:f10']),
    'Check `drift` reported no finding `feature:age` in this run (it reported `feature:f10`, `feature:f11`, `feature:f12`, `feature:f13`, `feature:f14` and 2 more); remove the waiver if it is no longer needed.',
  );
});

test('a check that reported nothing has nothing to suggest', () => {
  assert.equal(
    unmatchedFindingNote('drift', 'feature:age', []),
    'Check `drift` reported no finding `feature:age` in this run; remove the waiver if it is no longer needed.',
  );
});
