import assert from 'node:assert/strict';
import { test } from 'vitest';
import type { Waiver } from '../../src/config/config-schema.ts';
import { applyWaivers, listWaiverStates } from '../../src/engine/apply-waivers.ts';
import type { CheckStatus, Finding } from '../../src/model/check.ts';
import { checkResult, fail, ran, today, warn } from '../mocks/check-result.ts';

const check = { id: 'drift', title: 'Drift', rubric: ['monitor-2'] as const };

const waiver = (extra: Partial<Waiver> = {}): Waiver => ({
  check: 'drift',
  reason: 'known seasonal shift',
  owner: '@alice',
  expires: '2026-07-01',
  ...extra,
});

const statusCases: {
  name: string;
  findings: Finding[];
  waivers?: Waiver[];
  status: CheckStatus;
  waivedFrom?: 'warn' | 'fail';
}[] = [
  { name: 'no findings pass', findings: [], status: 'pass' },
  { name: 'a warning warns', findings: [warn('feature:a')], status: 'warn' },
  { name: 'fail beats warn', findings: [warn('feature:a'), fail('feature:b')], status: 'fail' },
  {
    name: 'a waived failure leaves the unwaived warning',
    findings: [warn('feature:a'), fail('feature:b')],
    waivers: [waiver({ finding: 'feature:b' })],
    status: 'warn',
    waivedFrom: 'fail',
  },
  {
    name: 'waiving every finding passes, remembering the worst',
    findings: [warn('feature:a'), fail('feature:b')],
    waivers: [waiver({ finding: 'feature:a' }), waiver({ finding: 'feature:b' })],
    status: 'pass',
    waivedFrom: 'fail',
  },
  {
    name: 'a whole-check waiver waives every finding',
    findings: [warn('feature:a'), fail('feature:b')],
    waivers: [waiver()],
    status: 'pass',
    waivedFrom: 'fail',
  },
  {
    name: 'a waiver holds on its expiry day',
    findings: [fail('feature:b')],
    waivers: [waiver({ finding: 'feature:b', expires: today })],
    status: 'pass',
    waivedFrom: 'fail',
  },
  {
    name: 'an expired waiver does not apply',
    findings: [fail('feature:b')],
    waivers: [waiver({ finding: 'feature:b', expires: '2026-06-14' })],
    status: 'fail',
  },
  {
    name: 'a waiver for another check does not apply',
    findings: [fail('feature:b')],
    waivers: [waiver({ check: 'slices', finding: 'feature:b' })],
    status: 'fail',
  },
  {
    name: 'a waiver for another finding does not apply',
    findings: [fail('feature:b')],
    waivers: [waiver({ finding: 'feature:c' })],
    status: 'fail',
  },
  {
    name: 'waiving the failure of a check with an equal warning keeps warn, from fail',
    findings: [fail('feature:b'), warn('feature:b2')],
    waivers: [waiver({ finding: 'feature:b' })],
    status: 'warn',
    waivedFrom: 'fail',
  },
  {
    name: 'waiving one of two failures keeps fail and no waivedFrom',
    findings: [fail('feature:a'), fail('feature:b')],
    waivers: [waiver({ finding: 'feature:b' })],
    status: 'fail',
  },
];

for (const c of statusCases) {
  test(c.name, () => {
    const result = applyWaivers(check, ran(c.findings), c.waivers ?? [], today, 5);
    assert.equal(result.status, c.status);
    assert.equal(result.waivedFrom, c.waivedFrom);
    assert.equal(result.findings.length, c.findings.length, 'waived findings stay visible');
  });
}

test('an expired waiver stays attached to its finding, marked expired', () => {
  const result = applyWaivers(
    check,
    ran([fail('feature:b')]),
    [waiver({ finding: 'feature:b', expires: '2026-01-31' })],
    today,
    5,
  );
  assert.deepEqual(result.findings[0]?.waiver, {
    check: 'drift',
    finding: 'feature:b',
    reason: 'known seasonal shift',
    owner: '@alice',
    expires: '2026-01-31',
    expired: true,
  });
});

test('an active waiver is preferred over an expired one for the same finding', () => {
  const result = applyWaivers(
    check,
    ran([fail('feature:b')]),
    [waiver({ finding: 'feature:b', expires: '2026-01-31' }), waiver({ finding: 'feature:b' })],
    today,
    5,
  );
  assert.equal(result.status, 'pass');
  assert.equal(result.findings[0]?.waiver?.expires, '2026-07-01');
});

test('an active whole-check waiver covers a finding whose own waiver expired', () => {
  const result = applyWaivers(
    check,
    ran([fail('feature:b')]),
    [waiver({ finding: 'feature:b', expires: '2026-01-31' }), waiver()],
    today,
    5,
  );
  assert.equal(result.status, 'pass');
  assert.equal(result.findings[0]?.waiver?.finding, undefined);
  assert.equal(result.waiver?.expired, false);
});

test('the result keeps the outcome, the check identity and the duration', () => {
  const result = applyWaivers(
    check,
    ran([], {
      summary: 'no drift',
      figures: [{ name: 'max PSI', value: 0.02, threshold: '≤ 0.2' }],
    }),
    [],
    today,
    42,
  );
  assert.deepEqual(result, {
    id: 'drift',
    title: 'Drift',
    rubric: ['monitor-2'],
    durationMs: 42,
    status: 'pass',
    summary: 'no drift',
    figures: [{ name: 'max PSI', value: 0.02, threshold: '≤ 0.2' }],
    findings: [],
    details: [],
  });
});

test('a skipped check is skip, whatever the waivers', () => {
  const result = applyWaivers(
    check,
    { kind: 'skipped', reason: 'no serving data yet' },
    [waiver()],
    today,
    1,
  );
  assert.equal(result.status, 'skip');
  assert.equal(result.summary, 'no serving data yet');
});

test('an error can never be waived, and the summary says so when a waiver tried', () => {
  const message = 'data/current.csv: file not found';
  const plain = applyWaivers(check, { kind: 'error', message }, [], today, 1);
  assert.equal(plain.status, 'error');
  assert.equal(plain.summary, message);
  const waived = applyWaivers(check, { kind: 'error', message }, [waiver()], today, 1);
  assert.equal(waived.status, 'error');
  assert.equal(waived.waiver, undefined);
  assert.match(
    waived.summary,
    /^data\/current\.csv: file not found\. A waiver targets this check, but an error cannot be waived/,
  );
});

test('listWaiverStates tells what every waiver did, including the ones that matched nothing', () => {
  const waivers: Waiver[] = [
    waiver({ finding: 'feature:age' }),
    waiver({ finding: 'feature:gone' }),
    waiver({ finding: 'feature:age', expires: '2026-06-01' }),
    waiver({ check: 'staleness' }),
    waiver({ check: 'slices' }),
    waiver({ check: 'fairness' }),
    waiver({ check: 'canary' }),
    waiver({ check: 'rollback' }),
  ];
  const results = [
    checkResult('drift', ['monitor-2'], ran([fail('feature:age')]), waivers),
    checkResult('staleness', ['model-4'], ran([warn('age'), warn('age2')]), waivers),
    checkResult('slices', ['model-6'], ran()),
    checkResult('fairness', ['model-7'], { kind: 'error', message: 'boom' }, waivers),
    checkResult('canary', ['infra-6'], { kind: 'skipped', reason: 'not on main' }),
  ];
  const listed = listWaiverStates(waivers, today, results);
  assert.deepEqual(
    listed.map((w) => [w.check, w.finding ?? '*', w.effect, w.note]),
    [
      ['drift', 'feature:age', 'waived', 'Waived 1 finding of check `drift`.'],
      [
        'drift',
        'feature:gone',
        'unused',
        'Check `drift` reported no finding `feature:gone` in this run (it reported `feature:age`); remove the waiver if it is no longer needed.',
      ],
      [
        'drift',
        'feature:age',
        'expired',
        'Expired on 2026-06-01; it no longer applies. Renew it or fix the finding.',
      ],
      ['staleness', '*', 'waived', 'Waived 2 findings of check `staleness`.'],
      [
        'slices',
        '*',
        'unused',
        'Check `slices` had no findings, so there was nothing to waive; remove the waiver if it is no longer needed.',
      ],
      [
        'fairness',
        '*',
        'refused',
        'Check `fairness` ended in an error, and an error cannot be waived.',
      ],
      ['canary', '*', 'unused', 'Check `canary` was skipped, so there was nothing to waive.'],
      [
        'rollback',
        '*',
        'unused',
        'No check `rollback` ran in this run; is it configured under `checks:`?',
      ],
    ],
  );
  assert.equal(listed[2]?.expired, true);
  assert.equal(listed[0]?.expired, false);
});

test('a waiver whose finding id has a typo is unused, and its note suggests the reported id', () => {
  const waivers = [waiver({ finding: 'feature:agee' })];
  const results = [checkResult('drift', ['monitor-2'], ran([fail('feature:age')]), waivers)];
  assert.equal(results[0]?.status, 'fail');
  const [listed] = listWaiverStates(waivers, today, results);
  assert.equal(listed?.effect, 'unused');
  assert.equal(
    listed?.note,
    'Check `drift` reported no finding `feature:agee` in this run. Did you mean `feature:age`? Otherwise remove the waiver if it is no longer needed.',
  );
});
