/**
 * Named check instances end to end with the bundled action (dist/index.js) on a pull request:
 * two `drift` instances (two serving feeds against one training reference), two `model_quality`
 * instances (two models' predictions) and a waiver on one instance's finding, on real penguin data
 * (test/fixtures/named-instances, see its README). The PR comment, the check run's annotations and
 * the JSON report name each instance; the waiver covers exactly drift[serving-a]'s finding.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, it } from 'vitest';
import { type FakeGitHub, startFakeGitHub } from '../mocks/fake-github-full.ts';
import { fixtureRepository } from '../mocks/fixture-repository.ts';
import type { TempGitRepository } from '../mocks/temp-git-repository.ts';
import { waiverItems } from '../mocks/waiver-yaml.ts';
import { type ActionRun, repositoryRoot, runBundledAction } from './run-bundled-action.ts';

const fixtures = path.join(repositoryRoot, 'test/fixtures');
const owner = 'Codertocat';
const repo = 'Hello-World';
const headSha = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const driftTitle = 'Serving data has not drifted from the reference';
const qualityTitle = 'Candidate model is at least as good as production';
/** One reason per drifted feature of serving-b, each with the statistic that broke its level. */
const blockedFor = [
  '`drift[serving-b]`: W/σ 1.018 ≥ 0.1 — data/serving-b.csv, feature `body_mass_g`',
  '`drift[serving-b]`: W/σ 0.6622 ≥ 0.1 — data/serving-b.csv, feature `flipper_length_mm`',
];
const explain = (result: ActionRun) => `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`;

describe('named check instances, bundled action end to end', () => {
  let github: FakeGitHub;
  /** The fixture committed as the PR's base: model_quality compares with production there. */
  let git: TempGitRepository;
  let baseSha: string;
  let workspace: string;

  const run = async (): Promise<ActionRun> => {
    // pull_request.opened.json with its base moved to the fixture's commit.
    const payload = JSON.parse(
      await readFile(path.join(fixtures, 'github/pull_request.opened.json'), 'utf8'),
    );
    payload.pull_request.base.sha = baseSha;
    return runBundledAction({
      workspace,
      eventName: 'pull_request',
      payload,
      apiUrl: github.server.apiUrl,
      resultsUrl: github.server.url,
      inputs: {
        config: 'mlgate.yml',
        'github-token': 'ghs_e2eInstallationToken',
        'working-directory': 'model-service',
      },
    });
  };
  const comments = () => github.server.commentsOn(owner, repo, 2);
  /** The JSON report the action wrote, at the path of its `report-json-path` output. */
  // biome-ignore lint/suspicious/noExplicitAny: the JSON report as written
  const jsonReport = async (result: ActionRun): Promise<any> => {
    const file = result.outputs['report-json-path'];
    assert.ok(file, explain(result));
    return JSON.parse(await readFile(path.resolve(workspace, file), 'utf8'));
  };

  beforeAll(async () => {
    assert.ok(
      existsSync(path.join(repositoryRoot, 'dist/index.js')),
      'dist/index.js is missing: run `npm run bundle`',
    );
    github = await startFakeGitHub({ pathPrefix: '/api/v3' });
  });
  afterAll(() => github.server.close());
  beforeEach(async () => {
    github.server.reset();
    github.pulls.seedPull({
      number: 2,
      headSha,
      // The PR brings in both serving feeds, so their findings are annotated.
      files: ['model-service/data/serving-a.csv', 'model-service/data/serving-b.csv'],
    });
    git = fixtureRepository(path.join(fixtures, 'named-instances/repo'));
    baseSha = git.git('rev-parse', 'HEAD');
    workspace = git.root;
  });
  afterEach(() => git.remove());

  it('comments every instance, waives only drift[serving-a]’s finding, and blocks on drift[serving-b]', async () => {
    const result = await run();
    assert.equal(result.exitCode, 1, explain(result));
    assert.equal(result.outputs.passed, 'false');
    assert.match(result.stdout, /::error::mlgate blocked this change/);

    // The PR comment: one row per instance, each instance's findings, the waiver's effect.
    assert.equal(comments().length, 1);
    const body = comments()[0]!.body;
    assert.match(body, /^## ❌ mlgate: blocked$/m);
    assert.ok(
      body.includes(`**Blocked because:**\n\n${blockedFor.map((r) => `- ${r}`).join('\n')}\n`),
      body,
    );
    // Failures first; the plain pass folds into one line.
    assert.ok(
      body.includes(
        [
          '| Check | Status | Key figure |',
          '| - | - | - |',
          `| ${driftTitle} (\`drift[serving-b]\`) | ❌ fail | share with drift: 0.3333 (threshold &lt; 0.15) |`,
          `| ${qualityTitle} (\`model_quality[mass]\`) | ⚠️ warn | \`mae\` 308.6 &gt; 300 (production 308.6) |`,
          `| ${driftTitle} (\`drift[serving-a]\`) | ✅ pass (fail waived) | share with drift: 0.1667 (threshold &lt; 0.15) |`,
          '',
          '✅ 1 passed: `model_quality[sex]`',
        ].join('\n'),
      ),
      body,
    );
    const details = (instance: string) => {
      const start = body.indexOf(`(<code>${instance}</code>)`);
      assert.ok(start >= 0, `no details for ${instance}`);
      return body.slice(start, body.indexOf('</details>', start));
    };
    assert.match(
      details('drift[serving-a]'),
      /\*\*Findings\*\* \(1 fail, 1 waived\)\n\n- ❌ fail · `feature:body_mass_g` — body\\_mass\\_g: drift \(KS D=0\.463 \(adjusted p=5\.89×10⁻¹²\), W\/σ=1\.02, PSI=2\.2;.*· data\/serving-a\.csv\n {2}- ✅ waived by @​penguin-ml until 2099-12-31: Feed A weighs in the 1 kg transport crate/,
    );
    // serving-b's table has a row per drifted feature, so its findings are not listed again.
    assert.match(
      details('drift[serving-b]'),
      /\| body\\_mass\\_g \| W\/σ \| 1\.018 \| ≥ 0\.1 \| 5\.89×10⁻¹² \| fail \|[\s\S]*\| flipper\\_length\\_mm \| W\/σ \| 0\.6622 \|/,
    );
    assert.doesNotMatch(details('drift[serving-b]'), /waived|\*\*Findings\*\*/);
    // A warning shows its findings in the comment; its tables are in the job summary.
    assert.ok(
      details('model_quality[mass]').includes(
        '- ⚠️ warn · `metric:mae` — mae warns: 308.5547 is above the ceiling 300 (`amber` bound) · eval/mass.csv',
      ),
      details('model_quality[mass]'),
    );
    assert.doesNotMatch(details('model_quality[mass]'), /Production: eval\/mass\.csv/);
    assert.ok(!body.includes('(<code>model_quality[sex]</code>)'), 'a plain pass has no details');
    // How to unblock: a waiver to paste for each finding, owned by the PR's author.
    assert.ok(
      body.includes(
        '- {check: "drift[serving-b]", finding: "feature:flipper_length_mm", reason: "TODO", owner: "@Codertocat", expires: ',
      ),
      body,
    );
    assert.ok(
      body.includes(
        '| `drift[serving-a]`<br>`feature:body_mass_g` | ✅ waived | @​penguin-ml, until 2099-12-31: Feed A weighs in the 1 kg transport crate; the tare fix ships next sprint.<br>_Waived 1 finding of check `drift[serving-a]`._ |',
      ),
      body,
    );

    // The check run: serving-b's findings fail, serving-a's waived one is a notice.
    const [checkRun] = github.checks.on(headSha);
    assert.equal(checkRun?.conclusion, 'failure');
    assert.deepEqual(
      checkRun?.annotations.map((a) => [a.path, a.annotation_level, a.title]),
      [
        [
          'model-service/data/serving-b.csv',
          'failure',
          `${driftTitle} (drift[serving-b]: feature:body_mass_g) (whole file)`,
        ],
        [
          'model-service/data/serving-b.csv',
          'failure',
          `${driftTitle} (drift[serving-b]: feature:flipper_length_mm) (whole file)`,
        ],
        [
          'model-service/data/serving-a.csv',
          'notice',
          `${driftTitle} (drift[serving-a]: feature:body_mass_g) (whole file)`,
        ],
      ],
    );

    // The JSON report: `instance` on each result, the waiver on serving-a's finding alone.
    const json = await jsonReport(result);
    assert.equal(json.verdict.passed, false);
    assert.deepEqual(json.verdict.reasons, blockedFor);
    assert.deepEqual(
      json.checks.map(
        (check: {
          id: string;
          instance: string;
          status: string;
          findings: { id: string; waiver?: { check: string } }[];
        }) => [
          check.id,
          check.instance,
          check.status,
          check.findings.map((f) => (f.waiver ? `${f.id} (waived: ${f.waiver.check})` : f.id)),
        ],
      ),
      [
        ['model_quality', 'sex', 'pass', []],
        ['model_quality', 'mass', 'warn', ['metric:mae']],
        ['drift', 'serving-a', 'pass', ['feature:body_mass_g (waived: drift[serving-a])']],
        ['drift', 'serving-b', 'fail', ['feature:body_mass_g', 'feature:flipper_length_mm']],
      ],
    );
    assert.equal(json.checks[0].figures[0].value.toFixed(4), '0.9473');
    assert.equal(json.checks[1].figures[0].value.toFixed(4), '308.5547');
    assert.equal(json.checks[2].waivedFrom, 'fail');
    assert.deepEqual(
      json.waivers.map((w: { check: string; finding: string; effect: string }) => [
        w.check,
        w.finding,
        w.effect,
      ]),
      [['drift[serving-a]', 'feature:body_mass_g', 'waived']],
    );
  });

  it('passes, and edits the comment, once drift[serving-b]’s findings are waived too', async () => {
    assert.equal((await run()).exitCode, 1);
    const [first] = comments();
    await appendFile(
      path.join(workspace, 'model-service/mlgate.yml'),
      waiverItems(
        'drift[serving-b]',
        ['feature:body_mass_g', 'feature:flipper_length_mm'],
        'Feed B is recalibrated next sprint.',
      ),
    );
    const result = await run();
    assert.equal(result.exitCode, 0, explain(result));
    assert.equal(result.outputs.passed, 'true');
    assert.equal(comments().length, 1);
    const body = comments()[0]!.body;
    assert.equal(comments()[0]?.id, first?.id);
    assert.match(body, /^## ✅ mlgate: passed$/m);
    assert.ok(
      body.includes(
        `| ${driftTitle} (\`drift[serving-b]\`) | ✅ pass (fail waived) | share with drift: 0.3333 (threshold &lt; 0.15) |`,
      ),
      body,
    );
    assert.ok(
      body.includes(
        `| ${qualityTitle} (\`model_quality[mass]\`) | ⚠️ warn | \`mae\` 308.6 &gt; 300 (production 308.6) |`,
      ),
    );
    assert.ok(!body.includes('How to unblock'), body);
    assert.equal(github.checks.on(headSha)[1]?.conclusion, 'success');
    const json = await jsonReport(result);
    assert.deepEqual(json.verdict, { passed: true, reasons: [], blocking: [] });
  });
});
