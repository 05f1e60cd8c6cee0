import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { drift } from '../../../src/checks/drift/drift.ts';
import { driftConfig } from '../../../src/checks/drift/drift-config.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { profileTable } from '../../../src/profile/profile-table.ts';
import {
  fixtureText,
  scanFixture,
  seattleDays,
  seattleShardsProfile,
  unreadableNumberTokens,
  withCell,
} from '../../drift/drift-fixtures.ts';
import { csvOf, runWithAndWithoutThreads } from '../../drift/numeric-pair-fixtures.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';
import { assertClose } from '../../statistics/fixture-samples.ts';

/** A `sky` column with each value repeated as often as its count. */
function skyCsv(counts: Record<string, number>): string {
  const values = Object.entries(counts).flatMap(([value, n]) => Array<string>(n).fill(value));
  return `sky\n${values.join('\n')}\n`;
}

const files: Record<string, string> = {
  'data/seattle.csv': fixtureText('weather-seattle-2012.csv'),
  'data/new-york.csv': fixtureText('weather-new-york-2012.csv'),
  'data/cars-early.csv': fixtureText('cars-1970-1975.csv'),
  'data/cars-late.csv': fixtureText('cars-1976-1982.csv'),
  'data/cars-early.profile.json': JSON.stringify(profileTable(scanFixture('cars-1970-1975.csv'))),
  'data/seattle-2012-2013.profile.json': JSON.stringify(seattleShardsProfile()),
  'data/seattle-2015-feb-jul.csv': seattleDays(/^2015-0[2-7]-/),
  'data/ragged.csv': 'temp_max,weather\n10.0,rain\n11.0\n12.5,sun\n',
  ...Object.fromEntries(
    unreadableNumberTokens.map((token, i) => [
      `data/seattle-unreadable-${i}.csv`,
      withCell(fixtureText('weather-seattle-2012.csv'), 11, 'temp_max', token.written),
    ]),
  ),
  // Two unreadable cells in temp_max of the reference, one in wind of current data.
  'data/seattle-reference-unreadable.csv': withCell(
    withCell(fixtureText('weather-seattle-2012.csv'), 11, 'temp_max', '15.6C'),
    40,
    'temp_max',
    '1_000',
  ),
  'data/seattle-current-unreadable.csv': withCell(
    fixtureText('weather-seattle-2012.csv'),
    100,
    'wind',
    '"12,5"',
  ),
  // temp_max 10 °C warmer on every day: one drifted feature among stable ones.
  'data/seattle-warmer.csv': fixtureText('weather-seattle-2012.csv')
    .split('\n')
    .map((line, i) => {
      const cells = line.split(',');
      if (i > 0 && line) cells[2] = String(Number(cells[2]) + 10);
      return cells.join(',');
    })
    .join('\n'),
  'data/sky-before.csv': skyCsv({ rain: 100, sun: 80, fog: 20 }),
  'data/sky-after.csv': skyCsv({ rain: 60, sun: 100, hail: 20, sleet: 20 }),
  'data/sky-one-hail.csv': skyCsv({ rain: 100, sun: 80, fog: 20, hail: 1 }),
  'schema.json': JSON.stringify({
    fields: [
      { name: 'date', type: 'date', constraints: { unique: true } },
      { name: 'temp_max', type: 'number' },
      { name: 'weather', type: 'string' },
      { name: 'visibility', type: 'number' },
    ],
  }),
};

async function run(config: Record<string, unknown>) {
  const outcome = await drift.run(driftConfig.parse(config), {
    workspace: memoryWorkspace({ files }),
    event: { name: 'local' },
    now: new Date('2026-11-23T00:00:00Z'),
  });
  assert.equal(outcome.kind, 'ran');
  return outcome as Extract<CheckOutcome, { kind: 'ran' }>;
}

describe('drift (Monitor 2)', () => {
  it('passes data against itself, with every figure in the details', async () => {
    const outcome = await run({ reference: 'data/seattle.csv', current: 'data/seattle.csv' });
    assert.deepEqual(outcome.findings, []);
    assert.equal(outcome.summary, '0 of 5 tested features drifted (0%); fails from 50%');
    const table = outcome.details[0]!;
    assert.equal(table.type, 'table');
    assert.equal(table.type === 'table' && table.rows.length, 5);
  });

  it('fails when most features drift; one waivable finding per feature, worst first', async () => {
    const outcome = await run({ reference: 'data/cars-early.csv', current: 'data/cars-late.csv' });
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [
        ['feature:miles_per_gallon', 'fail'],
        ['feature:displacement', 'fail'],
        ['feature:horsepower', 'fail'],
        ['feature:acceleration', 'fail'],
        ['feature:cylinders', 'fail'],
        ['feature:weight_in_lbs', 'fail'],
        ['feature:origin', 'fail'],
      ],
    );
    assert.match(
      outcome.findings[0]!.message,
      /^miles_per_gallon: drift \(KS D=0\.406 \(adjusted p=2\.91×10⁻¹⁴\), W\/σ=1\.29, PSI=1\.78; rule: p ≤ 0\.05 and W\/σ ≥ 0\.1\)$/,
    );
    const [first] = outcome.findings;
    assert.deepEqual(first!.location, { path: 'data/cars-late.csv', feature: 'miles_per_gallon' });
    // The gated statistic of `auto` is the effect; the bound is what a stable feature meets.
    assert.equal(first!.measure?.figure, 'W/σ');
    assertClose(Number(first!.measure?.value), 1.29, 0.01);
    assert.deepEqual(first!.measure?.bound, { comparator: '<', limit: 0.1 });
    assert.match(
      first!.fix!,
      /^Retrain on recent data, .*`numeric_effect_floor`.*`features\.miles_per_gallon\.threshold`/,
    );
    assert.deepEqual(outcome.figures.slice(0, 2), [
      { name: 'features with drift', value: '7 of 7', threshold: 'fail from 50%' },
      {
        name: 'share with drift',
        value: 1,
        threshold: '< 0.5',
        bound: { comparator: '<', limit: 0.5 },
      },
    ]);
    const table = outcome.details[0]!;
    assert.ok(table.type === 'table');
    assert.equal(table.listsFindings, true);
  });

  it('a shift, new categories and vanished categories are findings of their own', async () => {
    const outcome = await run({ reference: 'data/sky-before.csv', current: 'data/sky-after.csv' });
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity, f.message]),
      [
        [
          'feature:sky',
          'fail',
          'sky: drift (χ²=72.2 (adjusted p=7.7×10⁻¹⁵), JS=0.415, L∞=0.2; rule: p ≤ 0.05 and JS ≥ 0.1)',
        ],
        [
          'feature:sky:new-categories',
          'fail',
          'sky: 2 categories new in current data ("hail", "sleet"): 40 of 200 current values (20%); the reference has none of them',
        ],
        [
          'feature:sky:vanished-categories',
          'fail',
          'sky: 1 category of the reference gone from current data ("fog"): 20 of 200 reference values (10%)',
        ],
      ],
    );
    for (const finding of outcome.findings) {
      assert.deepEqual(finding.location, { path: 'data/sky-after.csv', feature: 'sky' });
    }
  });

  it('a merged profile that cannot decide a feature warns that it is uncertain, with the range', async () => {
    const outcome = await run({
      reference: { profile: 'data/seattle-2012-2013.profile.json' },
      current: 'data/seattle-2015-feb-jul.csv',
      features: { wind: { method: 'ks' } },
    });
    const wind = outcome.findings.find((f) => f.id === 'feature:wind');
    assert.ok(wind);
    assert.equal(wind.severity, 'warn');
    assert.match(
      wind.message,
      /^wind: drift undecided: against the reference profile data\/seattle-2012-2013\.profile\.json, adjusted p \(KS\) is 0\.0304, within 0\.00149 to 0\.306, which reaches both sides of the rule p ≤ 0\.05; a profile with a larger sketch size \(--sketch-size\) or the raw reference decides it$/,
    );
    assert.deepEqual(wind.location, { path: 'data/seattle-2015-feb-jul.csv', feature: 'wind' });
    assert.equal(wind.measure?.figure, 'adjusted p (KS)');
    assert.deepEqual(wind.measure?.bound, { comparator: '>', limit: 0.05 });
    assert.match(
      wind.fix!,
      /larger sketch size \(`mlgate profile --sketch-size`\), or compare with the raw reference data/,
    );
    assert.deepEqual(
      outcome.figures.find((f) => f.name === 'features undecided'),
      {
        name: 'features undecided',
        value: 2,
        threshold: '= 0',
        bound: { comparator: '==', limit: 0 },
      },
    );
    const table = outcome.details[0]!;
    assert.ok(table.type === 'table');
    assert.equal(table.header[3], 'Error range');
    const row = table.rows.find((r) => r[0] === 'wind')!;
    assert.deepEqual(
      [row[1], row[3], row[4], row[6]],
      ['adjusted p (KS)', '0.00149…0.306', '≤ 0.05', 'uncertain'],
    );
    assert.match(
      table.note!,
      /a profile with a larger sketch size \(--sketch-size\) or the raw reference decides it/,
    );
  });

  it('a new category in a feature that did not drift is no finding, as before', async () => {
    const outcome = await run({
      reference: 'data/sky-before.csv',
      current: 'data/sky-one-hail.csv',
    });
    assert.deepEqual(outcome.findings, []);
    const changes = outcome.details.find((block) => block.title === 'Category changes');
    assert.ok(changes?.type === 'list');
    assert.deepEqual(changes.items, ['sky: new in current data: "hail"']);
  });

  it('warns below the fail share', async () => {
    const outcome = await run({
      reference: 'data/cars-early.csv',
      current: 'data/cars-late.csv',
      ignore: ['miles_per_gallon', 'displacement', 'horsepower', 'acceleration', 'cylinders'],
      features: { weight_in_lbs: { method: 'wasserstein', threshold: 1 } },
      fail_share: 0.6,
    });
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [['feature:origin', 'warn']],
    );
    assert.match(outcome.summary, /^1 of 2 tested features drifted \(50%\)/);
  });

  it('runs against a committed profile of the reference', async () => {
    const outcome = await run({
      reference: { profile: 'data/cars-early.profile.json' },
      current: 'data/cars-late.csv',
    });
    assert.equal(outcome.findings.length, 7);
    assert.match(outcome.summary, /\(reference: a profile\)$/);
  });

  it('keeps the raw share of drifted features beside its bound', async () => {
    const outcome = await run({
      reference: 'data/seattle.csv',
      current: 'data/seattle-warmer.csv',
      ignore: ['date', 'wind', 'weather'],
    });
    // 1 of 3 drifted: the figure is 1/3, not 0.3333 rounded before the report compares it.
    assert.deepEqual(outcome.figures.slice(0, 2), [
      { name: 'features with drift', value: '1 of 3', threshold: 'fail from 50%' },
      {
        name: 'share with drift',
        value: 1 / 3,
        threshold: '< 0.5',
        bound: { comparator: '<', limit: 0.5 },
      },
    ]);
  });

  it('reads the schema: declared types, unique fields skipped, absent fields ignored', async () => {
    const outcome = await run({
      reference: 'data/seattle.csv',
      current: 'data/new-york.csv',
      schema: 'schema.json',
    });
    const table = outcome.details[0]!;
    assert.ok(table.type === 'table');
    assert.deepEqual(table.rows.map((row) => row[0]).sort(), ['temp_max', 'weather']);
    const skipped = outcome.details.find((b) => b.title === 'Not compared');
    assert.ok(skipped?.type === 'list');
    assert.match(skipped.items.join('\n'), /date: skipped — declared unique in the schema/);
  });

  it('a ragged row is a failing finding naming the file and line', async () => {
    const outcome = await run({ reference: 'data/seattle.csv', current: 'data/ragged.csv' });
    const bad = outcome.findings.find((f) => f.id === 'file:current:bad-rows');
    assert.ok(bad);
    assert.equal(bad.severity, 'fail');
    assert.match(bad.message, /^data\/ragged\.csv: 1 row\(s\) could not be split .*line 3/);
    // The feature table has no row for this finding, so the report must still list it.
    const table = outcome.details[0]!;
    assert.ok(table.type === 'table');
    assert.equal(table.listsFindings, false);
  });

  it('each number it cannot read fails, located, with its share against the bound and a fix', async () => {
    for (const [i, token] of unreadableNumberTokens.entries()) {
      const path = `data/seattle-unreadable-${i}.csv`;
      const outcome = await run({ reference: 'data/seattle.csv', current: path });
      assert.deepEqual(
        outcome.findings,
        [
          {
            id: 'unreadable:current:temp_max',
            severity: 'fail',
            message: `${path}, column "temp_max": 1 of 366 cell(s) (0.273%) are not a number: line 11 (row 10) ${JSON.stringify(token.value)}; left out of drift`,
            location: { path, line: 11, column: 'temp_max', row: 10, feature: 'temp_max' },
            measure: {
              figure: 'unreadable cells share',
              value: 1 / 366,
              bound: { comparator: '<=', limit: 0 },
            },
            cause: `unreadable:${path}:temp_max`,
            fix: `Write the cells of \`temp_max\` in ${path} as plain decimals such as 1000 or 12.5 (no hex, units, digit separators or decimal commas), or declare the column with the type it holds in the Table Schema; to accept a share of unreadable cells, raise \`checks.drift.max_unreadable_share\`.`,
          },
        ],
        token.value,
      );
      assert.match(
        outcome.summary,
        /1 cell\(s\) in 1 file column\(s\) could not be read \(any fails\)$/,
      );
      assert.deepEqual(
        outcome.figures.find((f) => f.name === 'unreadable cells'),
        {
          name: 'unreadable cells',
          value: 1,
          threshold: '= 0',
          bound: { comparator: '==', limit: 0 },
        },
      );
    }
  });

  it('unreadable cells of either file, typed by the schema, warn within max_unreadable_share', async () => {
    const outcome = await run({
      reference: 'data/seattle-reference-unreadable.csv',
      current: 'data/seattle-current-unreadable.csv',
      schema: 'schema.json',
      max_unreadable_share: 0.004,
      ignore: ['visibility'],
    });
    // temp_max: 2 of 366 in the reference (0.55%) is above 0.4%; wind is not in the schema, so
    // not compared. Without the schema it is, read again as numbers: 1 of 366 (0.27%) warns.
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity, f.location, f.measure]),
      [
        [
          'unreadable:reference:temp_max',
          'fail',
          {
            path: 'data/seattle-reference-unreadable.csv',
            line: 11,
            column: 'temp_max',
            row: 10,
            feature: 'temp_max',
          },
          {
            figure: 'unreadable cells share',
            value: 2 / 366,
            bound: { comparator: '<=', limit: 0.004 },
          },
        ],
      ],
    );
    assert.match(
      outcome.findings[0]!.message,
      /line 11 \(row 10\) "15\.6C"; line 40 \(row 39\) "1_000"/,
    );
    const warned = await run({
      reference: 'data/seattle.csv',
      current: 'data/seattle-current-unreadable.csv',
      max_unreadable_share: 0.004,
    });
    assert.deepEqual(
      warned.findings.map((f) => [f.id, f.severity, f.location?.line, f.measure, f.fix]),
      [
        [
          'unreadable:current:wind',
          'warn',
          100,
          { figure: 'unreadable cells', value: 1, bound: { comparator: '==', limit: 0 } },
          'Write the cells of `wind` in data/seattle-current-unreadable.csv as plain decimals such as 1000 or 12.5 (no hex, units, digit separators or decimal commas), or declare the column with the type it holds in the Table Schema; they warn while their share stays within `checks.drift.max_unreadable_share`.',
        ],
      ],
    );
    const listed = warned.details.find(
      (b) => b.title === 'Cells that could not be read (left out)',
    );
    assert.ok(listed?.type === 'list');
    assert.deepEqual(listed.items, [
      'warn: data/seattle-current-unreadable.csv, column "wind": 1 of 366 cell(s) (0.273%) are not a number: line 100 (row 99) "12,5"',
    ]);
  });

  it('a method that does not fit the feature is an error naming the key', async () => {
    await assert.rejects(
      run({
        reference: 'data/cars-early.csv',
        current: 'data/cars-late.csv',
        features: { origin: { method: 'wasserstein' } },
      }),
      /^DriftRuleError: checks\.drift\.features\.origin\.method: "wasserstein" does not apply to a categorical feature; use one of auto, chi_square, psi, jensen_shannon, l_infinity$/,
    );
  });

  it('the config rejects bad values with a fix', () => {
    const bad = driftConfig.safeParse({
      reference: 'a.csv',
      current: 'b.csv',
      warn_share: 0.6,
      fail_share: 0.5,
    });
    assert.equal(bad.success, false);
    assert.match(JSON.stringify(bad.error?.issues), /warn_share must not exceed fail_share/);
    const method = driftConfig.safeParse({
      reference: 'a.csv',
      current: 'b.csv',
      features: { x: { method: 'magic' } },
    });
    assert.match(JSON.stringify(method.error?.issues), /method is one of auto, ks, chi_square/);
  });
});

describe("drift on the run's scan threads", () => {
  it('compares its large features on a held thread, with the outcome of comparing all here', async () => {
    const workspace = memoryWorkspace({ files: { 'ref.csv': csvOf(0), 'cur.csv': csvOf(3) } });
    const config = driftConfig.parse({ reference: 'ref.csv', current: 'cur.csv' });
    const now = new Date('2026-12-04');
    const { shared, alone, calls, sent } = await runWithAndWithoutThreads((threads) =>
      drift.run(config, { workspace, event: { name: 'local' }, now, ...threads }),
    );
    assert.deepEqual(calls, ['hold', 'compare checks.drift.current', 'release']);
    assert.deepEqual(sent, [['wide']]);
    assert.deepEqual(shared, alone);
  });
});
