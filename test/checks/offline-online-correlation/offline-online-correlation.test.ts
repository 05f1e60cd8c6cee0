import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { offlineOnlineCorrelation } from '../../../src/checks/offline-online-correlation/offline-online-correlation.ts';
import { offlineOnlineCorrelationConfig } from '../../../src/checks/offline-online-correlation/offline-online-correlation-config.ts';
import { formatConfigError } from '../../../src/config/format-config-error.ts';
import { parseConfig } from '../../../src/config/parse-config.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';

type Ran = Extract<CheckOutcome, { kind: 'ran' }>;

const offline = [0.71, 0.74, 0.69, 0.8, 0.77, 0.83, 0.79, 0.85, 0.81, 0.88];
const online = [0.02, 0.022, 0.021, 0.025, 0.022, 0.027, 0.026, 0.026, 0.028, 0.031];
const history = [
  'version,offline_auc,online_ctr',
  ...offline.map((x, i) => `v${i},${x},${online[i]}`),
  'v10,0.9,',
].join('\n');

async function run(config: Record<string, unknown>, text = history): Promise<Ran> {
  const outcome = await offlineOnlineCorrelation.run(
    offlineOnlineCorrelationConfig.parse({
      history: 'h.csv',
      offline_column: 'offline_auc',
      online_column: 'online_ctr',
      ...config,
    }),
    {
      workspace: memoryWorkspace({ files: { 'h.csv': text } }),
      event: { name: 'local' },
      now: new Date(),
    },
  );
  assert.equal(outcome.kind, 'ran');
  return outcome as Ran;
}

describe('offline_online_correlation (Model 2)', () => {
  it('passes when Spearman clears the threshold, and shows both with Fisher-z intervals', async () => {
    const outcome = await run({});
    assert.deepEqual(outcome.findings, []);
    const table = outcome.details[0];
    assert.ok(table?.type === 'table');
    // scipy.stats.spearmanr → 0.9024558013122741, Bonett–Wright interval (0.5416727525831881, 0.982469401146142);
    // scipy.stats.pearsonr → 0.9168925444547559, confidence_interval(0.95) (0.6795978552723348, 0.9804851186213209)
    assert.deepEqual(table.rows, [
      ['Spearman ρ', '0.902', '[0.542, 0.982] (95%)', '≥ 0.5'],
      ['Pearson r', '0.917', '[0.68, 0.98] (95%)', 'not gated'],
    ]);
    assert.match(table.note ?? '', /^10 pairs from h\.csv; 1 row\(s\) missing a value left out\.$/);
  });
  it('can gate on the lower bound of the interval', async () => {
    const outcome = await run({ min_correlation: 0.6, gate_on: 'lower_bound' });
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [['correlation:spearman', 'fail']],
    );
    assert.match(
      outcome.findings[0]!.message,
      /^Spearman ρ 0\.902 \[0\.542, 0\.982\] \(95%\) over 10 pairs: the interval’s bound is not ≥ 0\.6/,
    );
    // The gated number is the interval's lower bound (0.5416727525831881, Bonett–Wright, see above).
    const measure = outcome.findings[0]?.measure;
    assert.equal(measure?.figure, 'lower bound of the 95% interval of Spearman ρ');
    assert.ok(Math.abs(Number(measure?.value) - 0.5416727525831881) < 1e-9);
    assert.deepEqual(measure?.bound, { comparator: '>=', limit: 0.6 });
    assert.equal(measure?.reference?.label, 'estimate');
    assert.ok(Math.abs(Number(measure?.reference?.value) - 0.9024558013122741) < 1e-12);
    assert.deepEqual(outcome.findings[0]?.location, { path: 'h.csv' });
    assert.match(
      outcome.findings[0]?.fix ?? '',
      /`checks\.offline_online_correlation\.min_correlation`/,
    );
    assert.deepEqual(outcome.figures[0]?.bound, { comparator: '>=', limit: 0.6 });
  });
  it('expects a negative relation when asked, and warns on too few pairs', async () => {
    const negative = await run({ expect: 'negative' });
    assert.deepEqual(
      negative.findings.map((f) => f.id),
      ['correlation:spearman'],
    );
    assert.match(negative.findings[0]!.message, /is not ≤ -0\.5/);
    assert.equal(negative.findings[0]?.measure?.figure, 'Spearman ρ');
    assert.ok(Math.abs(Number(negative.findings[0]?.measure?.value) - 0.9024558013122741) < 1e-12);
    assert.deepEqual(negative.findings[0]?.measure?.bound, { comparator: '<=', limit: -0.5 });
    const few = await run({}, history.split('\n').slice(0, 6).join('\n'));
    assert.deepEqual(
      few.findings.map((f) => [f.id, f.severity]),
      [['pairs', 'warn']],
    );
    // Lines 2–6 of the history: 5 pairs against the default min_pairs 8; the broken figure leads.
    assert.deepEqual(few.findings[0]?.measure, {
      figure: 'complete pairs',
      value: 5,
      bound: { comparator: '>=', limit: 8 },
    });
    assert.equal(few.figures[0]?.name, 'pairs');
  });
  it('an undefined correlation is a finding apart from a weak one', async () => {
    const flat = ['offline_auc,online_ctr', ...offline.map((x) => `${x},0.02`)].join('\n');
    const outcome = await run({}, flat);
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [['correlation:spearman:undefined', 'fail']],
    );
    assert.deepEqual(outcome.findings[0]?.measure, { figure: 'Spearman ρ', value: null });
  });
  it('names a bad cell and rejects a bad config', async () => {
    await assert.rejects(
      run({}, 'offline_auc,online_ctr\n0.7,0.02\n0.8,2%\n'),
      /^Error: h\.csv:3: "2%" in column "online_ctr" is not a finite number/,
    );
    const cases: [string, RegExp][] = [
      [
        '    min_pairs: 3\n',
        /`checks\.offline_online_correlation\.min_pairs`: a Fisher-z interval needs at least 4 pairs/,
      ],
      [
        '    min_correlation: -0.5\n',
        /`checks\.offline_online_correlation\.min_correlation`: min_correlation is at least 0 \(set expect for a negative relation\)/,
      ],
      [
        '    method: kendall\n',
        /`checks\.offline_online_correlation\.method`: method is spearman or pearson/,
      ],
    ];
    for (const [extra, expected] of cases) {
      const parsed = parseConfig(
        `checks:\n  offline_online_correlation:\n    history: h.csv\n    offline_column: a\n    online_column: b\n${extra}`,
      );
      const messages = parsed.ok ? [] : parsed.errors.map((e) => formatConfigError(e));
      assert.ok(
        messages.some((m) => expected.test(m)),
        `expected ${expected} among:\n${messages.join('\n')}`,
      );
    }
  });
});
