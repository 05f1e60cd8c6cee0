/**
 * Issue 18's done-when, through the bundled action: drift whose reference is
 * a PostgreSQL table (the real engine: PGlite served on 127.0.0.1) and whose
 * current data is a Parquet file DuckDB reads, against the same data as CSV
 * files. The figures must be equal, and the connection's password (given as
 * the `connections` input, as a workflow fills it from a secret) must appear in
 * no output: stdout, stderr, the job summary, the reports, the outputs, or any
 * request the action sent to GitHub.
 */
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type FakeGitHub, startFakeGitHub } from '../mocks/fake-github-full.ts';
import {
  copyCsvToPostgres,
  duckDbConnection,
  startPostgres,
  type TestPostgres,
} from '../mocks/sql-engines.ts';
import { type TempGitRepository, tempGitRepository } from '../mocks/temp-git-repository.ts';
import { type ActionRun, repositoryRoot, runBundledAction } from './run-bundled-action.ts';

const statistics = path.join(repositoryRoot, 'test/fixtures/statistics');
const reference = path.join(statistics, 'cars-1970-1975.csv');
const current = path.join(statistics, 'cars-1976-1982.csv');

const sqlConfig = `version: 1
checks:
  drift:
    reference: { engine: postgres, table: cars_reference, connection: { input: warehouse } }
    current: { engine: duckdb, table: data/current.parquet }
`;
/** A server that is not there: the check ends in error and the gate fails closed. */
const brokenConfig = `version: 1
checks:
  drift:
    reference: { engine: postgres, table: cars_reference, connection: { input: closed } }
    current: data/current.csv
`;
const fileConfig = `version: 1
checks:
  drift:
    reference: data/reference.csv
    current: data/current.csv
`;

interface Report {
  checks: {
    id: string;
    status: string;
    figures: unknown[];
    findings: { id: string; measure?: unknown }[];
    details: unknown[];
  }[];
}

describe('query sources through the bundled action', () => {
  let github: FakeGitHub;
  let postgres: TestPostgres;
  let git: TempGitRepository;
  const runs: Record<string, ActionRun> = {};
  const reports: Record<string, Report> = {};

  beforeAll(async () => {
    github = await startFakeGitHub({ pathPrefix: '/api/v3' });
    postgres = await startPostgres();
    const connection = await postgres.connect();
    await copyCsvToPostgres(connection, 'cars_reference', reference);
    await connection.close();
    git = tempGitRepository({
      'sql.yml': sqlConfig,
      'files.yml': fileConfig,
      'broken.yml': brokenConfig,
    });
    git.write({ 'data/.keep': '' });
    copyFileSync(reference, path.join(git.root, 'data/reference.csv'));
    copyFileSync(current, path.join(git.root, 'data/current.csv'));
    const duck = await duckDbConnection();
    await duck.query(
      `COPY (SELECT * FROM read_csv('${current}')) TO '${path.join(git.root, 'data/current.parquet')}' (FORMAT parquet)`,
    );
    await duck.close();
    git.commit('cars');
    const payload = JSON.parse(
      readFileSync(
        path.join(repositoryRoot, 'test/fixtures/github/pull_request.opened.json'),
        'utf8',
      ),
    );
    for (const config of ['sql', 'files', 'broken']) {
      runs[config] = await runBundledAction({
        workspace: git.root,
        apiUrl: github.server.apiUrl,
        eventName: 'pull_request',
        payload,
        inputs: {
          config: `${config}.yml`,
          'github-token': 'ghs_e2eInstallationToken',
          'check-run': 'off',
          connections: `warehouse=${postgres.url}\nclosed=${postgres.url.replace(/:\d+\//, ':1/')}`,
        },
      });
      reports[config] = JSON.parse(
        readFileSync(runs[config]!.outputs['report-json-path']!, 'utf8'),
      );
    }
  }, 120_000);
  afterAll(async () => {
    github.server.close();
    await postgres.stop();
    git.remove();
  });

  const drift = (config: string) => {
    const check = reports[config]!.checks.find((entry) => entry.id === 'drift');
    assert.ok(check, `${config}: the report has a drift check:\n${runs[config]!.stdout}`);
    return check;
  };
  /** The report's drift figures with the sources' names (which differ by design) taken out. */
  const figures = (config: string) =>
    JSON.stringify({ ...drift(config), durationMs: 0 })
      .replaceAll('postgres:cars_reference', 'REFERENCE')
      .replaceAll('data/reference.csv', 'REFERENCE')
      .replaceAll('duckdb:data/current.parquet', 'CURRENT')
      .replaceAll('data/current.csv', 'CURRENT');

  it('gives the figures of the same data read as CSV files', () => {
    assert.notEqual(drift('sql').status, 'error', runs.sql!.stdout);
    assert.equal(drift('sql').status, drift('files').status);
    assert.ok(drift('files').findings.length > 0, 'the cars of 1976–82 drifted from 1970–75');
    assert.equal(figures('sql'), figures('files'));
  });

  it('fails closed when the engine cannot be reached, and says where to look', () => {
    const run = runs.broken!;
    assert.equal(run.exitCode, 1, run.stdout);
    assert.equal(run.outputs.passed, 'false');
    assert.equal(drift('broken').status, 'error');
    assert.match(run.stdout, /checks\.drift\.reference/);
  });

  it.each(['sql', 'broken'])('never shows the connection secret (%s)', (config) => {
    const run = runs[config]!;
    // `::add-mask::<secret>` is how an action asks the runner to mask a value: the runner
    // consumes those lines, so they are left out; every other line counts.
    const masked = (text: string) =>
      text
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
    assert.match(run.stdout, new RegExp(`::add-mask::${postgres.password}`));
    const outputs = [
      masked(run.stdout),
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
      readFileSync(run.outputs['report-json-path']!, 'utf8'),
      readFileSync(
        run.outputs['report-path'] ?? run.outputs['report-json-path']!.replace(/json$/, 'md'),
        'utf8',
      ),
      JSON.stringify(github.server.apiRequests()),
    ];
    for (const output of outputs) {
      assert.ok(!output.includes(postgres.password), 'the password appears in an output');
      assert.ok(!output.includes(postgres.url), 'the connection URL appears in an output');
    }
  });
});
