/**
 * Named check instances end to end through the bundled CLI (`node dist/cli.js run`): two `drift`
 * instances (two serving feeds against one training reference), two `model_quality` instances
 * (two models' predictions) and a waiver on one instance's finding, on real penguin data
 * (test/fixtures/named-instances, see its README). Rebuild dist/ with `npm run bundle` after
 * changing src/.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { appendFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'vitest';
import { derivedFiles } from '../fixtures/named-instances/derive.ts';
import { waiverItems } from '../mocks/waiver-yaml.ts';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(repositoryRoot, 'test/fixtures/named-instances');
const nodeBinary = path.join(repositoryRoot, 'node_modules/.bin/node');
const cli = path.join(repositoryRoot, 'dist/cli.js');

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  markdown: string;
  // biome-ignore lint/suspicious/noExplicitAny: the JSON report as written
  json: any;
}

const driftTitle = 'Serving data has not drifted from the reference';
const qualityTitle = 'Candidate model is at least as good as production';
const bodyMassDrift =
  'body_mass_g: drift (KS D=0.463 (adjusted p=5.89×10⁻¹²), W/σ=1.02, PSI=2.2; rule: p ≤ 0.05 and W/σ ≥ 0.1)';
const flipperDrift =
  'flipper_length_mm: drift (KS D=0.371 (adjusted p=9.17×10⁻⁸), W/σ=0.662, PSI=1.59; rule: p ≤ 0.05 and W/σ ≥ 0.1)';
/** A drift finding as the check reports it: the message, where, the W/σ that broke its level, the fix. */
const driftFinding = (feed: string, feature: string, message: string, effect: number) => ({
  id: `feature:${feature}`,
  severity: 'fail',
  message,
  location: { path: `data/${feed}.csv`, feature },
  measure: { figure: 'W/σ', value: effect, bound: { comparator: '<', limit: 0.1 } },
  fix: `Retrain on recent data, or, if this shift is expected, waive the finding or change the threshold (\`numeric_effect_floor\`, or \`features.${feature}.threshold\` for this feature).`,
});
const servingAWaiver = {
  check: 'drift[serving-a]',
  finding: 'feature:body_mass_g',
  reason: 'Feed A weighs in the 1 kg transport crate; the tare fix ships next sprint.',
  owner: '@penguin-ml',
  expires: '2099-12-31',
  expired: false,
};

describe('named check instances through the bundled CLI', () => {
  let workspace: string;
  let service: string;

  const run = async (): Promise<CliResult> => {
    const markdownFile = path.join(workspace, 'report.md');
    const jsonFile = path.join(workspace, 'report.json');
    const args = [
      cli,
      'run',
      '--working-directory',
      service,
      '--config',
      path.join(service, 'mlgate.yml'),
      '--out',
      markdownFile,
      '--json',
      jsonFile,
    ];
    const { code, stdout, stderr } = await new Promise<{
      code: number;
      stdout: string;
      stderr: string;
    }>((resolve, reject) => {
      execFile(
        nodeBinary,
        args,
        { cwd: workspace, encoding: 'utf8', timeout: 60_000 },
        (error, stdout, stderr) => {
          if (error && typeof error.code !== 'number') reject(error);
          else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
        },
      );
    });
    return {
      code,
      stdout,
      stderr,
      markdown: await readFile(markdownFile, 'utf8'),
      json: JSON.parse(await readFile(jsonFile, 'utf8')),
    };
  };
  const explain = (result: CliResult) => `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`;
  const addWaivers = (yaml: string) => appendFile(path.join(service, 'mlgate.yml'), yaml);
  /** Each result's check, instance, status and finding ids with what waived them. */
  const outline = (result: CliResult) =>
    result.json.checks.map(
      (check: {
        id: string;
        instance?: string;
        status: string;
        waivedFrom?: string;
        findings: { id: string; severity: string; waiver?: { check: string } }[];
      }) => ({
        check: `${check.id}[${check.instance}]`,
        status: check.waivedFrom ? `${check.status} (${check.waivedFrom} waived)` : check.status,
        findings: check.findings.map(
          (f) => `${f.severity} ${f.id}${f.waiver ? ` waived by ${f.waiver.check}` : ''}`,
        ),
      }),
    );

  beforeEach(async () => {
    assert.ok(existsSync(cli), 'dist/cli.js is missing: run `npm run bundle`');
    workspace = await mkdtemp(path.join(os.tmpdir(), 'mlgate-named-instances-'));
    await cp(path.join(fixture, 'repo'), workspace, { recursive: true });
    service = path.join(workspace, 'model-service');
  });
  afterEach(() => rm(workspace, { recursive: true, force: true }));

  it('the committed fixture files are what derive.ts makes of the real data', () => {
    for (const [file, text] of Object.entries(derivedFiles())) {
      assert.equal(
        readFileSync(path.join(fixture, 'repo/model-service', file), 'utf8'),
        text,
        `${file} differs from what derive.ts derives: run node test/fixtures/named-instances/derive.ts`,
      );
    }
  });

  it('reports both instances of each check, waives only drift[serving-a], and blocks on drift[serving-b]', async () => {
    const result = await run();
    assert.equal(result.code, 1, explain(result));
    // One reason per drifted feature of serving-b, each with the statistic that broke its level.
    const blockedFor = [
      '`drift[serving-b]`: W/σ 1.018 ≥ 0.1 — data/serving-b.csv, feature `body_mass_g`',
      '`drift[serving-b]`: W/σ 0.6622 ≥ 0.1 — data/serving-b.csv, feature `flipper_length_mm`',
    ];
    assert.deepEqual(result.stderr.split('\n'), [
      `mlgate: BLOCKED — rubric coverage (ML Test Score) 0; report written to ${path.join(workspace, 'report.md')} and ${path.join(workspace, 'report.json')}`,
      ...blockedFor.map((reason) => `  - ${reason}`),
      '',
    ]);

    // The JSON report: one result per instance, `instance` set, the waiver on serving-a's finding only.
    const { json } = result;
    assert.equal(json.verdict.passed, false);
    assert.deepEqual(json.verdict.reasons, blockedFor);
    assert.deepEqual(outline(result), [
      { check: 'model_quality[sex]', status: 'pass', findings: [] },
      { check: 'model_quality[mass]', status: 'warn', findings: ['warn metric:mae'] },
      {
        check: 'drift[serving-a]',
        status: 'pass (fail waived)',
        findings: ['fail feature:body_mass_g waived by drift[serving-a]'],
      },
      {
        check: 'drift[serving-b]',
        status: 'fail',
        findings: ['fail feature:body_mass_g', 'fail feature:flipper_length_mm'],
      },
    ]);
    const [sex, mass, servingA, servingB] = json.checks;
    assert.equal(sex.title, qualityTitle);
    assert.deepEqual(
      sex.figures.map((f: { name: string }) => f.name),
      ['roc_auc'],
    );
    assert.equal(sex.figures[0].value.toFixed(4), '0.9473');
    assert.equal(sex.figures[0].threshold, '≥ 0.9');
    assert.equal(mass.figures[0].name, 'mae');
    assert.equal(mass.figures[0].value.toFixed(4), '308.5547');
    assert.equal(
      mass.findings[0].message,
      'mae warns: 308.5547 is above the ceiling 300 (`amber` bound)',
    );
    assert.equal(servingA.title, driftTitle);
    assert.deepEqual(servingA.figures[0], {
      name: 'features with drift',
      value: '1 of 6',
      threshold: 'fail from 15%',
    });
    assert.deepEqual(servingA.findings[0], {
      ...driftFinding(
        'serving-a',
        'body_mass_g',
        bodyMassDrift,
        servingA.findings[0].measure.value,
      ),
      waiver: servingAWaiver,
    });
    assert.equal(servingA.findings[0].measure.value.toFixed(3), '1.018');
    assert.deepEqual(servingB.figures[0], {
      name: 'features with drift',
      value: '2 of 6',
      threshold: 'fail from 15%',
    });
    // The same finding as serving-a's, from the other feed, not waived.
    assert.deepEqual(servingB.findings, [
      driftFinding('serving-b', 'body_mass_g', bodyMassDrift, servingB.findings[0].measure.value),
      driftFinding(
        'serving-b',
        'flipper_length_mm',
        flipperDrift,
        servingB.findings[1].measure.value,
      ),
    ]);
    assert.equal(servingB.findings[1].measure.value.toFixed(4), '0.6622');
    assert.deepEqual(json.waivers, [
      {
        ...servingAWaiver,
        effect: 'waived',
        note: 'Waived 1 finding of check `drift[serving-a]`.',
      },
    ]);
    // A rubric test counts as automated when any instance ran.
    const test = (id: string) => json.score.tests.find((t: { id: string }) => t.id === id);
    assert.equal(test('monitor-2').points, 1);
    assert.equal(test('infra-4').points, 1);

    // The Markdown report (the PR comment's body): a row per instance, findings under each.
    const { markdown } = result;
    assert.match(markdown, /^## ❌ mlgate: blocked$/m);
    assert.ok(
      markdown.includes(`**Blocked because:**\n\n${blockedFor.map((r) => `- ${r}`).join('\n')}\n`),
      markdown,
    );
    assert.ok(
      markdown.includes(
        [
          '| Check | Status | Key figure | Rubric tests |',
          '| - | - | - | - |',
          `| ${driftTitle} (\`drift[serving-b]\`) | ❌ fail | share with drift: 0.3333 (threshold &lt; 0.15) | \`monitor-2\` |`,
          `| ${qualityTitle} (\`model_quality[mass]\`) | ⚠️ warn | \`mae\` 308.6 &gt; 300 | \`infra-4\`, \`monitor-7\` |`,
          `| ${driftTitle} (\`drift[serving-a]\`) | ✅ pass (fail waived) | share with drift: 0.1667 (threshold &lt; 0.15) | \`monitor-2\` |`,
          `| ${qualityTitle} (\`model_quality[sex]\`) | ✅ pass | roc\\_auc: 0.9473 (threshold ≥ 0.9) | \`infra-4\`, \`monitor-7\` |`,
        ].join('\n'),
      ),
      markdown,
    );
    const details = (instance: string) => {
      const start = markdown.indexOf(`(<code>${instance}</code>)`);
      assert.ok(start >= 0, `no details for ${instance}`);
      return markdown.slice(start, markdown.indexOf('</details>', start));
    };
    // The features table has a row per drifted feature, so only the waived finding is listed again.
    assert.ok(
      details('drift[serving-a]').includes(
        [
          '**Findings** (1 fail, 1 waived)',
          '',
          `- ❌ fail · \`feature:body_mass_g\` — ${bodyMassDrift.replaceAll('_', '\\_')} · data/serving-a.csv`,
          '  - ✅ waived by @​penguin-ml until 2099-12-31: Feed A weighs in the 1 kg transport crate; the tare fix ships next sprint.',
        ].join('\n'),
      ),
      details('drift[serving-a]'),
    );
    assert.match(
      details('drift[serving-b]'),
      /\| body\\_mass\\_g \| W\/σ \| 1\.018 \| ≥ 0\.1 \| 5\.89×10⁻¹² \| fail \|/,
    );
    assert.match(
      details('drift[serving-b]'),
      /\| flipper\\_length\\_mm \| W\/σ \| 0\.6622 \| ≥ 0\.1 \| 9\.169×10⁻⁸ \| fail \|/,
    );
    assert.doesNotMatch(details('drift[serving-b]'), /waived|\*\*Findings\*\*/);
    assert.ok(
      details('model_quality[mass]').includes(
        '- ⚠️ warn · `metric:mae` — mae warns: 308.5547 is above the ceiling 300 (`amber` bound)',
      ),
    );
    assert.ok(
      markdown.includes(
        '| `drift[serving-a]`<br>`feature:body_mass_g` | ✅ waived | @​penguin-ml, until 2099-12-31: Feed A weighs in the 1 kg transport crate; the tare fix ships next sprint.<br>_Waived 1 finding of check `drift[serving-a]`._ |',
      ),
      markdown,
    );
  });

  it('a plain `drift` waiver covers the finding in both instances; serving-b still blocks on flipper length', async () => {
    await addWaivers(
      [
        '  - check: drift',
        '    finding: "feature:body_mass_g"',
        '    reason: "Both feeds use the crate."',
        '    owner: "@penguin-ml"',
        '    expires: "2099-12-31"',
        '',
      ].join('\n'),
    );
    const result = await run();
    assert.equal(result.code, 1, explain(result));
    assert.deepEqual(result.json.verdict.reasons, [
      '`drift[serving-b]`: W/σ 0.6622 ≥ 0.1 — data/serving-b.csv, feature `flipper_length_mm`',
    ]);
    const drift = outline(result).slice(2);
    assert.deepEqual(drift, [
      {
        check: 'drift[serving-a]',
        status: 'pass (fail waived)',
        // The instance's own waiver comes first in the config.
        findings: ['fail feature:body_mass_g waived by drift[serving-a]'],
      },
      {
        check: 'drift[serving-b]',
        status: 'fail',
        findings: ['fail feature:body_mass_g waived by drift', 'fail feature:flipper_length_mm'],
      },
    ]);
    assert.deepEqual(
      result.json.waivers.map((w: { check: string; effect: string }) => [w.check, w.effect]),
      [
        ['drift[serving-a]', 'waived'],
        ['drift', 'waived'],
      ],
    );
  });

  it('passes once serving-b’s two findings are waived too; model_quality[mass] only warns', async () => {
    await addWaivers(
      waiverItems(
        'drift[serving-b]',
        ['feature:body_mass_g', 'feature:flipper_length_mm'],
        'Feed B is recalibrated next sprint.',
      ),
    );
    const result = await run();
    assert.equal(result.code, 0, explain(result));
    assert.deepEqual(result.json.verdict, { passed: true, reasons: [], blocking: [] });
    assert.match(result.stderr, /^mlgate: PASSED — rubric coverage \(ML Test Score\) 0/);
    assert.deepEqual(
      outline(result).map((check: { check: string; status: string }) => [
        check.check,
        check.status,
      ]),
      [
        ['model_quality[sex]', 'pass'],
        ['model_quality[mass]', 'warn'],
        ['drift[serving-a]', 'pass (fail waived)'],
        ['drift[serving-b]', 'pass (fail waived)'],
      ],
    );
    assert.deepEqual(
      result.json.waivers.map((w: { check: string; finding: string; effect: string }) => [
        w.check,
        w.finding,
        w.effect,
      ]),
      [
        ['drift[serving-a]', 'feature:body_mass_g', 'waived'],
        ['drift[serving-b]', 'feature:body_mass_g', 'waived'],
        ['drift[serving-b]', 'feature:flipper_length_mm', 'waived'],
      ],
    );
    assert.match(result.markdown, /^## ✅ mlgate: passed$/m);
  });
});
