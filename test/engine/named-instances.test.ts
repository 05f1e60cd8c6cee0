import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { runGate } from '../../src/engine/run-gate.ts';
import { renderComment } from '../../src/report/render-comment.ts';
import { renderJson } from '../../src/report/render-json.ts';
import { fixtureText } from '../metrics/fixture-table.ts';
import { memoryWorkspace } from '../mocks/memory-workspace.ts';
import { stepClock } from '../mocks/step-clock.ts';
import { weatherCsv } from './weather-csv.ts';

const files = {
  'data/reference.csv': weatherCsv({ rain: 100, sun: 80, fog: 20 }),
  // The EU feed drifts (a shift, new and vanished categories); the US feed does not.
  'data/eu.csv': weatherCsv({ rain: 60, sun: 100, hail: 20, sleet: 20 }),
  'data/us.csv': weatherCsv({ rain: 100, sun: 80, fog: 20 }),
  'eval/penguins.csv': fixtureText('model/penguins-sex.csv'),
};

const model = (name: string, minimum: number) =>
  `    - name: ${name}\n      predictions: eval/penguins.csv\n      task: binary\n      label_column: sex\n      score_column: score\n      positive_label: MALE\n      thresholds: {roc_auc: {red: {min: ${minimum}}}}\n`;

const config = (waivers: string) =>
  `checks:\n  drift:\n    - {name: serving-eu, reference: data/reference.csv, current: data/eu.csv}\n    - {name: serving-us, reference: data/reference.csv, current: data/us.csv}\n  model_quality:\n${model('churn', 0.5)}${model('upsell', 0.999)}${waivers}`;

async function gate(yaml: string) {
  return runGate({
    configPath: 'mlgate.yml',
    workspace: memoryWorkspace({ files: { ...files, 'mlgate.yml': yaml } }),
    event: { name: 'local' },
    now: new Date('2026-06-15T09:30:00Z'),
    elapsedMs: stepClock(),
    mlgateVersion: 'test',
  });
}

describe('a check configured as a list of named instances', () => {
  it('runs each instance, and a waiver on one instance waives only its finding', async () => {
    const { report } = await gate(
      config(
        'waivers:\n  - {check: "drift[serving-eu]", finding: "feature:weather", reason: known, owner: "@alice", expires: "2026-12-31"}\n',
      ),
    );
    assert.deepEqual(report.configErrors, []);
    assert.deepEqual(
      report.checks.map((check) => [check.id, check.instance, check.status]),
      [
        ['model_quality', 'churn', 'pass'],
        ['model_quality', 'upsell', 'fail'],
        ['drift', 'serving-eu', 'fail'],
        ['drift', 'serving-us', 'pass'],
      ],
    );
    const eu = report.checks.find((check) => check.instance === 'serving-eu');
    assert.deepEqual(
      eu?.findings.map((finding) => [finding.id, finding.waiver?.check]),
      [
        ['feature:weather', 'drift[serving-eu]'],
        ['feature:weather:new-categories', undefined],
        ['feature:weather:vanished-categories', undefined],
      ],
    );
    assert.equal(report.waivers[0]?.effect, 'waived');
    assert.equal(report.waivers[0]?.note, 'Waived 1 finding of check `drift[serving-eu]`.');
    // An instance that fails blocks like a check; the others pass.
    assert.deepEqual(
      [...new Set(report.verdict.blocking.map((reason) => 'check' in reason && reason.check))],
      ['model_quality[upsell]', 'drift[serving-eu]'],
    );
    // A rubric test is automated when any instance ran.
    const monitor2 = report.score.tests.find((test) => test.id === 'monitor-2');
    assert.deepEqual(monitor2?.state, {
      kind: 'automated',
      checks: ['drift[serving-eu]', 'drift[serving-us]'],
    });

    const comment = renderComment(report, { commentKey: 'default' });
    for (const key of ['churn', 'upsell', 'serving-eu', 'serving-us']) {
      assert.ok(comment.includes(`[${key}]`), `the comment names ${key}`);
    }
    assert.match(comment, /`drift\[serving-eu\]`: /);
    const json = JSON.parse(renderJson(report));
    assert.deepEqual(
      json.checks.map((check: { instance?: string }) => check.instance),
      ['churn', 'upsell', 'serving-eu', 'serving-us'],
    );
  });

  it('a waiver on the plain check id covers every instance', async () => {
    const { report } = await gate(
      config(
        'waivers:\n  - {check: drift, reason: known feed changes, owner: "@alice", expires: "2026-12-31"}\n',
      ),
    );
    const drift = report.checks.filter((check) => check.id === 'drift');
    assert.deepEqual(
      drift.map((check) => [check.instance, check.status, check.waiver?.check]),
      [
        ['serving-eu', 'pass', 'drift'],
        ['serving-us', 'pass', 'drift'],
      ],
    );
    assert.equal(report.waivers[0]?.note, 'Waived 3 findings of check `drift`.');
  });

  it('counts for each waiver only the findings it waived when two match the same one', async () => {
    const { report } = await gate(
      config(
        'waivers:\n  - {check: "drift[serving-eu]", finding: "feature:weather", reason: eu, owner: "@alice", expires: "2026-12-31"}\n  - {check: drift, finding: "feature:weather", reason: all, owner: "@bob", expires: "2026-12-31"}\n',
      ),
    );
    assert.deepEqual(
      report.waivers.map((waiver) => [waiver.effect, waiver.note]),
      [
        ['waived', 'Waived 1 finding of check `drift[serving-eu]`.'],
        [
          'unused',
          'Every finding it matches is waived by another waiver (one that names the finding wins over one for the whole check, then the first in `waivers:`); remove one of them.',
        ],
      ],
    );
  });

  it('a check configured once has no instance, as before', async () => {
    const { report } = await gate(
      'checks:\n  drift: {reference: data/reference.csv, current: data/us.csv}\n',
    );
    assert.deepEqual(report.configErrors, []);
    assert.equal('instance' in report.checks[0]!, false);
  });
});

describe('config errors of named instances', () => {
  const errors = async (yaml: string) => (await gate(yaml)).report.configErrors;

  it('a repeated name is refused with a fix', async () => {
    const found = await errors(
      'checks:\n  drift:\n    - {name: eu, reference: data/reference.csv, current: data/eu.csv}\n    - {name: eu, reference: data/reference.csv, current: data/us.csv}\n',
    );
    assert.deepEqual(found, [
      {
        file: 'mlgate.yml',
        line: 4,
        key: 'checks.drift[1].name',
        message: 'the name "eu" is already used by entry 1 of the list',
        fix: 'give each instance its own name, e.g. `name: eu-2`; findings and waivers address an instance by it',
      },
    ]);
  });

  it('a name with other characters is refused with an example', async () => {
    const found = await errors(
      'checks:\n  drift:\n    - {name: serving eu, reference: data/reference.csv, current: data/eu.csv}\n',
    );
    assert.deepEqual(found, [
      {
        file: 'mlgate.yml',
        line: 3,
        key: 'checks.drift[0].name',
        message: 'an instance name uses only letters, digits, `-` and `_`',
        fix: 'write it like `name: serving-eu`',
      },
    ]);
  });

  it('a waiver naming an unknown instance gets a did-you-mean', async () => {
    const found = await errors(
      config(
        'waivers:\n  - {check: "drift[servng-eu]", reason: r, owner: "@alice", expires: "2026-12-31"}\n',
      ),
    );
    assert.deepEqual(
      found.map(({ key, message, fix }) => ({ key, message, fix })),
      [
        {
          key: 'waivers[0].check',
          message: '`drift` has no instance "servng-eu"',
          fix: 'did you mean `drift[serving-eu]`?',
        },
      ],
    );
  });

  it('a waiver naming an instance of a check configured once says how to name the check', async () => {
    const found = await errors(
      'checks:\n  drift: {reference: data/reference.csv, current: data/us.csv}\nwaivers:\n  - {check: "drift[eu]", reason: r, owner: "@alice", expires: "2026-12-31"}\n',
    );
    assert.deepEqual(
      found.map(({ message, fix }) => ({ message, fix })),
      [
        {
          message: '`drift` is configured once, without instances, so it has no instance "eu"',
          fix: 'write `check: drift`',
        },
      ],
    );
  });
});
