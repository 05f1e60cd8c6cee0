import assert from 'node:assert/strict';
import { test } from 'vitest';
import type { DetailBlock, Finding } from '../../src/model/check.ts';
import { renderCheckDetails } from '../../src/report/render-check-details.ts';
import { checkResult, fail, ran, warn } from '../mocks/check-result.ts';

const table: DetailBlock = {
  type: 'table',
  title: 'Per feature',
  header: ['feature', 'PSI'],
  rows: Array.from({ length: 40 }, (_, n) => [`f${n}`, n / 100]),
};
const findings: Finding[] = Array.from({ length: 30 }, (_, n) =>
  n % 2 === 0 ? warn(`feature:f${n}`) : fail(`feature:f${n}`),
);
const failing = checkResult('drift', ['monitor-2'], ran(findings, { details: [table] }));
const passing = checkResult('slices', ['model-6'], ran([], { details: [table] }));

test('full detail shows every finding and every table row', () => {
  const text = renderCheckDetails(failing, 'full');
  assert.equal((text.match(/^- \S+ (fail|warn) · /gm) ?? []).length, 30);
  assert.match(text, /\| f39 \| 0\.39 \|/);
});

test('failing-only keeps problem checks (cut to 25 items) and drops passing checks’ details', () => {
  const text = renderCheckDetails(failing, 'failing-only');
  assert.equal((text.match(/^- \S+ (fail|warn) · /gm) ?? []).length, 25);
  assert.match(text, /… 5 more findings/);
  assert.match(text, /\| f24 \| 0\.24 \|/);
  assert.doesNotMatch(text, /\| f25 \|/);
  assert.match(text, /… 15 more rows/);
  assert.doesNotMatch(renderCheckDetails(passing, 'failing-only'), /Per feature/);
  assert.match(renderCheckDetails(passing, 'full'), /Per feature/);
});

test('findings-only drops detail blocks and lists unwaived failures first, at most 10', () => {
  const text = renderCheckDetails(failing, 'findings-only');
  assert.doesNotMatch(text, /Per feature/);
  const listed = text.match(/^- \S+ (fail|warn) · /gm) ?? [];
  assert.equal(listed.length, 10);
  assert.ok(
    listed.every((line) => line.endsWith(' fail · ')),
    'the 15 failures come before warnings',
  );
  assert.match(text, /\*\*Findings\*\* \(15 fail, 15 warn\)/);
});

test('an error says the check could not run and is never waived', () => {
  const text = renderCheckDetails(
    checkResult('drift', ['monitor-2'], { kind: 'error', message: 'data/x.csv: not found' }),
    'full',
  );
  assert.match(
    text,
    /<summary>💥 error · Drift \(<code>drift<\/code>\) — data\/x\.csv: not found<\/summary>/,
  );
  assert.match(
    text,
    /\*\*The check could not run\*\*, so the gate blocks \(an error is never waived\)/,
  );
});

test('a long summary is cut in <summary> and repeated in full below', () => {
  const long = `${'word '.repeat(60)}end`;
  const text = renderCheckDetails(
    checkResult('drift', ['monitor-2'], ran([], { summary: long })),
    'full',
  );
  assert.match(text, /<summary>[^\n]*…<\/summary>/);
  assert.ok(text.includes(`${'word '.repeat(59)}word end`));
});
