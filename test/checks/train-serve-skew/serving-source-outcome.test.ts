import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { StepServing } from '../../../src/checks/train-serve-skew/serving-source.ts';
import { servingPart } from '../../../src/checks/train-serve-skew/serving-source-outcome.ts';
import { code, day, logs } from './committed-logs.ts';

const fresh: StepServing = {
  kind: 'step',
  role: 'features',
  step: 'serve',
  file: 'out/serving_features.csv',
  command: 'node serve.mjs data/train.csv',
};

describe('the serving part of the report', () => {
  it('logs older than their code warn, naming the file, the newest change and the step that writes them', () => {
    const part = servingPart([
      logs({
        writer: { step: 'serve', command: 'node serve.mjs' },
        code: code([
          ['serve.mjs', '2026-11-20'],
          ['serving/a.mjs', '2026-11-10'],
        ]),
      }),
    ]);
    assert.equal(part.findings.length, 1);
    const [finding] = part.findings;
    assert.equal(finding?.id, 'serving-logs:predictions/serving-log.csv:older-than-code');
    assert.equal(finding?.severity, 'warn');
    assert.equal(
      finding?.message,
      'predictions/serving-log.csv was last committed 2026-11-02, before serve.mjs and 1 other file(s) of the serving code changed (2026-11-20): the logs may not show what the serving code computes now',
    );
    assert.deepEqual(finding?.location, { path: 'predictions/serving-log.csv' });
    // 2026-11-02 09:00 to 2026-11-20 09:00: 18 days.
    assert.deepEqual(finding?.measure, {
      figure: 'serving code newer than the logs by',
      value: 18,
      bound: { comparator: '<=', limit: 0 },
      unit: 'days',
    });
    assert.equal(finding?.cause, 'serving-logs-older-than-code');
    // Under two days the gap is counted in hours, under one in minutes.
    const hours = servingPart([
      logs({ loggedAt: day('2026-11-19'), code: code([['serve.mjs', '2026-11-20']]) }),
    ]).findings[0]?.measure;
    assert.deepEqual([hours?.value, hours?.unit], [24, 'hours']);
    assert.match(
      finding?.fix ?? '',
      /^Regenerate the logs with step `serve` \(`node serve\.mjs`\)/,
    );
    assert.equal(
      part.summary,
      'serving predictions from committed serving logs predictions/serving-log.csv (older than the serving code)',
    );
    assert.deepEqual(part.details, [
      {
        type: 'list',
        title: 'Serving data',
        items: [
          'serving predictions: committed serving logs predictions/serving-log.csv, last committed 2026-11-02, before the serving code changed (serve.mjs, serving/a.mjs; latest 2026-11-20)',
        ],
      },
    ]);
  });

  it('without a step that writes them, the fix is to declare them as an output', () => {
    const part = servingPart([
      logs({ code: code([['serve.mjs', '2026-11-20']], 'checks.train_serve_skew.serving_code') }),
    ]);
    assert.match(
      part.findings[0]?.message ?? '',
      /^predictions\/serving-log\.csv was last committed 2026-11-02, before serve\.mjs changed \(2026-11-20\)/,
    );
    assert.match(part.findings[0]?.fix ?? '', /declare predictions\/serving-log\.csv as an output/);
  });

  it('on one day the times are shown to the minute, so that "before" reads true', () => {
    const part = servingPart([
      logs({
        loggedAt: new Date('2026-11-02T08:15:00Z'),
        code: code([['serve.mjs', '2026-11-02']]),
      }),
    ]);
    assert.match(
      part.findings[0]?.message ?? '',
      /last committed 2026-11-02 08:15 UTC, before serve\.mjs changed \(2026-11-02 09:00 UTC\)/,
    );
  });

  it("a step's fresh output is named with its command; logs git has no history for do not warn", () => {
    const part = servingPart([
      fresh,
      logs({ loggedAt: null, code: code([['serve.mjs', '2026-11-20']]) }),
    ]);
    assert.deepEqual(part.findings, []);
    assert.equal(
      part.summary,
      'serving features produced now by step `serve`; serving predictions from committed serving logs predictions/serving-log.csv',
    );
    const block = part.details[0];
    assert.ok(block?.type === 'list');
    assert.deepEqual(block.items, [
      'serving features: produced now by step `serve` (`node serve.mjs data/train.csv`), its output out/serving_features.csv',
      'serving predictions: committed serving logs predictions/serving-log.csv; git has no history for them, so whether they are older than the serving code (`steps.serve.inputs`) is not known',
    ]);
  });

  it('the summary names the step; the detail gives its whole command', () => {
    const command = `node serve.mjs ${'--flag '.repeat(12)}`.trim();
    const part = servingPart([{ ...fresh, command }]);
    assert.equal(part.summary, 'serving features produced now by step `serve`');
    assert.ok(part.details[0]?.type === 'list' && part.details[0].items[0]?.includes(command));
  });

  it('serving_code that matches no tracked file warns; unknown code is a detail with the fix', () => {
    const none = servingPart([logs({ code: code([], 'checks.train_serve_skew.serving_code') })]);
    assert.deepEqual(
      none.findings.map((f) => [f.id, f.severity]),
      [['serving-code:no-files', 'warn']],
    );
    const unknown = servingPart([logs({})]);
    assert.deepEqual(unknown.findings, []);
    assert.ok(unknown.details[0]?.type === 'list');
    assert.match(unknown.details[0].items[0] ?? '', /set `checks\.train_serve_skew\.serving_code`/);
  });
});
