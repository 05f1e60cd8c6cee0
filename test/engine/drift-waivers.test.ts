import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { runGate } from '../../src/engine/run-gate.ts';
import { memoryWorkspace } from '../mocks/memory-workspace.ts';
import { stepClock } from '../mocks/step-clock.ts';
import { weatherCsv } from './weather-csv.ts';

// The distribution shifts, "hail" and "sleet" appear, and "fog" vanishes.
const files = {
  'data/reference.csv': weatherCsv({ rain: 100, sun: 80, fog: 20 }),
  'data/current.csv': weatherCsv({ rain: 60, sun: 100, hail: 20, sleet: 20 }),
};

const shift = 'feature:weather';
const appeared = 'feature:weather:new-categories';
const vanished = 'feature:weather:vanished-categories';

async function gate(waived: readonly string[]) {
  const waivers = waived.map(
    (finding) =>
      `  - {check: drift, finding: "${finding}", reason: known, owner: "@alice", expires: "2026-12-31"}\n`,
  );
  const config = `checks:\n  drift:\n    reference: data/reference.csv\n    current: data/current.csv\n${
    waivers.length > 0 ? `waivers:\n${waivers.join('')}` : ''
  }`;
  const { report } = await runGate({
    configPath: 'mlgate.yml',
    workspace: memoryWorkspace({ files: { ...files, 'mlgate.yml': config } }),
    event: { name: 'local' },
    now: new Date('2026-06-15T09:30:00Z'),
    elapsedMs: stepClock(),
    mlgateVersion: 'test',
  });
  assert.deepEqual(report.configErrors, []);
  const drift = report.checks.find((check) => check.id === 'drift')!;
  const unwaived = drift.findings.filter((f) => f.waiver === undefined).map((f) => f.id);
  return { report, drift, unwaived };
}

describe('drift waivers cover exactly one anomaly', () => {
  it('a shift, new categories and vanished categories are three failing findings', async () => {
    const { drift, report } = await gate([]);
    assert.deepEqual(
      drift.findings.map((f) => [f.id, f.severity]),
      [
        [shift, 'fail'],
        [appeared, 'fail'],
        [vanished, 'fail'],
      ],
    );
    assert.equal(report.verdict.passed, false);
  });

  it('waiving the shift leaves the new categories failing, and the gate blocks on them', async () => {
    const { drift, report, unwaived } = await gate([shift]);
    assert.deepEqual(unwaived, [appeared, vanished]);
    assert.equal(drift.status, 'fail');
    assert.equal(drift.waivedFrom, undefined);
    assert.equal(report.verdict.passed, false);
    assert.deepEqual(
      report.verdict.blocking.flatMap((reason) =>
        reason.kind === 'findings' ? reason.findings : [],
      ),
      [appeared, vanished],
    );
    assert.equal(report.waivers[0]?.note, 'Waived 1 finding of check `drift`.');
  });

  for (const id of [appeared, vanished]) {
    it(`\`${id}\` can be waived on its own`, async () => {
      const { unwaived } = await gate([id]);
      assert.deepEqual(
        unwaived,
        [shift, appeared, vanished].filter((other) => other !== id),
      );
    });
  }

  it('waiving all three lets the change through', async () => {
    const { drift, report } = await gate([shift, appeared, vanished]);
    assert.equal(drift.status, 'pass');
    assert.equal(drift.waivedFrom, 'fail');
    assert.equal(report.verdict.passed, true);
  });

  it('a misspelt waiver waives nothing, and its note suggests the id', async () => {
    const { report, unwaived } = await gate(['feature:weather:new-categores']);
    assert.deepEqual(unwaived, [shift, appeared, vanished]);
    assert.equal(report.waivers[0]?.effect, 'unused');
    assert.match(report.waivers[0]!.note, /Did you mean `feature:weather:new-categories`\?/);
  });
});
