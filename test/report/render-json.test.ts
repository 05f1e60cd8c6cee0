import assert from 'node:assert/strict';
import { expect, test } from 'vitest';
import { renderJson } from '../../src/report/render-json.ts';
import { checkResult, ran } from '../mocks/check-result.ts';
import { blocked } from './scenarios.ts';

test('the JSON report is the Report object, parseable back to the same data', () => {
  const report = blocked();
  const json = renderJson(report);
  assert.ok(json.endsWith('}\n'));
  assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(report)));
});

test('non-finite figures stay visible as strings instead of becoming null', () => {
  const result = checkResult(
    'numerical_stability',
    ['monitor-5'],
    ran([], {
      figures: [
        { name: 'mean', value: Number.NaN },
        { name: 'max', value: Number.POSITIVE_INFINITY },
        { name: 'min', value: Number.NEGATIVE_INFINITY },
      ],
    }),
  );
  const report = { ...blocked(), checks: [result] };
  const parsed = JSON.parse(renderJson(report));
  assert.deepEqual(
    parsed.checks[0].figures.map((f: { value: unknown }) => f.value),
    ['NaN', 'Infinity', '-Infinity'],
  );
});

test('golden: the JSON shape of the blocked scenario (docs/report-json.md documents it)', async () => {
  await expect(renderJson(blocked())).toMatchFileSnapshot('./golden/blocked.json');
});
