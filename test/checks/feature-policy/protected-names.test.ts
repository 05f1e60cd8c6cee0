import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { findProtectedAttributes } from '../../../src/checks/feature-policy/find-protected-attributes.ts';
import {
  gluedPrefixes,
  gluedSuffixes,
  type ProtectedCategoryId,
  protectedCategories,
  protectedCategoryIds,
  unprotectedPhrases,
} from '../../../src/checks/feature-policy/protected-attributes.ts';
import { parseTableText } from '../../../src/formats/parse-table-text.ts';

/**
 * test/fixtures/feature-policy/protected-names.csv: column names of public data
 * sets (sources in the README beside it), each with the protected category it
 * denotes or none. A name's prediction is the set of categories the preset
 * finds in it: a category found and listed is a true positive, found and not
 * listed a false positive, listed and not found a false negative.
 */
const table = parseTableText(
  readFileSync(
    new URL('../../fixtures/feature-policy/protected-names.csv', import.meta.url),
    'utf8',
  ),
  'protected-names.csv',
  { missingValues: [''] },
);
const names = table.column('column')!.map(String);
const expected = table.column('category')!.map((cell) => (cell === null ? null : String(cell)));

interface Tally {
  truePositives: number;
  falsePositives: string[];
  falseNegatives: string[];
}

function tally(): Map<ProtectedCategoryId, Tally> {
  const byCategory = new Map(
    protectedCategoryIds.map((id) => [
      id,
      { truePositives: 0, falsePositives: [], falseNegatives: [] } as Tally,
    ]),
  );
  names.forEach((name, i) => {
    const found = new Set(findProtectedAttributes(name).map((m) => m.category.id));
    for (const [id, counts] of byCategory) {
      const listed = expected[i] === id;
      if (listed && found.has(id)) counts.truePositives++;
      else if (found.has(id)) counts.falsePositives.push(name);
      else if (listed) counts.falseNegatives.push(name);
    }
  });
  return byCategory;
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`;

describe('protected_attributes preset on real column names', () => {
  it('has at least 60 protected and 60 unprotected names, every category known', () => {
    const positives = expected.filter((category) => category !== null);
    assert.ok(positives.length >= 60, `${positives.length} protected names`);
    assert.ok(expected.length - positives.length >= 60, 'unprotected names');
    for (const category of positives)
      assert.ok(protectedCategoryIds.includes(category as ProtectedCategoryId), category!);
    assert.equal(new Set(names).size, names.length, 'each name once');
  });

  it('precision and recall are 100 % in every category', () => {
    const byCategory = tally();
    const rows = [...byCategory].map(([id, t]) => {
      const found = t.truePositives + t.falsePositives.length;
      const listed = t.truePositives + t.falseNegatives.length;
      return `${id.padEnd(20)} ${String(listed).padStart(6)} ${String(t.truePositives).padStart(4)} ${String(t.falsePositives.length).padStart(4)} ${String(t.falseNegatives.length).padStart(4)}  ${percent(t.truePositives, found).padStart(9)} ${percent(t.truePositives, listed).padStart(9)}`;
    });
    const all = [...byCategory.values()];
    const tp = all.reduce((sum, t) => sum + t.truePositives, 0);
    const fp = all.reduce((sum, t) => sum + t.falsePositives.length, 0);
    const fn = all.reduce((sum, t) => sum + t.falseNegatives.length, 0);
    console.log(
      [
        `protected_attributes on ${names.length} column names`,
        `${'category'.padEnd(20)} listed   TP   FP   FN  precision    recall`,
        ...rows,
        `${'all'.padEnd(20)} ${String(tp + fn).padStart(6)} ${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)}  ${percent(tp, tp + fp).padStart(9)} ${percent(tp, tp + fn).padStart(9)}`,
      ].join('\n'),
    );
    for (const [id, t] of byCategory) {
      assert.deepEqual(t.falsePositives, [], `${id}: flagged but not ${id}`);
      assert.deepEqual(t.falseNegatives, [], `${id}: missed`);
    }
  });

  it('the examples of issue #19 are flagged, or not, as stated', () => {
    const categoryOf = (name: string) => findProtectedAttributes(name).map((m) => m.category.id);
    const flagged: [string, ProtectedCategoryId][] = [
      ['is_female', 'sex_gender'],
      ['female', 'sex_gender'],
      ['male', 'sex_gender'],
      ['transgender', 'sex_gender'],
      ['racial_group', 'race_ethnicity'],
      ['skin_tone', 'race_ethnicity'],
      ['political_party', 'political_opinion'],
      ['union_member', 'trade_union'],
      ['is_union_member', 'trade_union'],
      ['unionMember', 'trade_union'],
      ['citizen', 'national_origin'],
      ['AGEGROUP', 'age'],
    ];
    for (const [name, category] of flagged) assert.deepEqual(categoryOf(name), [category], name);
    assert.deepEqual(categoryOf('genetic_algo_seed'), []);
  });
});

describe('docs/feature-policy.md', () => {
  const docs = readFileSync(new URL('../../../docs/feature-policy.md', import.meta.url), 'utf8');
  const codes = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

  it('lists every category with exactly the terms the preset matches', () => {
    for (const category of protectedCategories) {
      const row = docs.split('\n').find((line) => line.startsWith(`| \`${category.id}\` |`));
      assert.ok(row, `docs table row for ${category.id}`);
      assert.deepEqual(codes(row).slice(1), [...category.terms], category.id);
    }
  });

  it('lists the glued prefixes and suffixes', () => {
    const item = docs.slice(docs.indexOf('**Glued words.**'), docs.indexOf('**Terms.**'));
    const listed = new Set(codes(item));
    for (const word of [...gluedPrefixes, ...gluedSuffixes]) assert.ok(listed.has(word), word);
  });

  it('lists every unprotected phrase', () => {
    const paragraph = docs.slice(docs.indexOf('**unprotected phrases**'));
    const listed = new Set(codes(paragraph.slice(0, paragraph.indexOf('So `'))));
    for (const phrase of unprotectedPhrases) assert.ok(listed.has(phrase), phrase);
  });
});
