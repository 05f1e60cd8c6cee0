import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';
import { mlgate } from './mlgate-in-process.ts';

const predictions = new URL('../fixtures/numerical-stability/healthy.csv', import.meta.url);

/** A repository with the README's minimal config; `minimumScore` 4 blocks it. */
async function repository(config = minimalConfig(0)): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'mlgate-run-'));
  await mkdir(path.join(root, 'predictions'));
  await writeFile(path.join(root, 'predictions/candidate.csv'), await readFile(predictions));
  await writeFile(path.join(root, 'mlgate.yml'), config);
  return root;
}

function minimalConfig(minimumScore: number): string {
  return [
    'version: 1',
    'gate:',
    `  minimum_score: ${minimumScore}`,
    '  minimum_section_scores:',
    '    monitoring: 1',
    'checks:',
    '  numerical_stability:',
    '    predictions: predictions/candidate.csv',
    '    columns: [score]',
    '    probability_columns: [score]',
    '',
  ].join('\n');
}

const run = (root: string, ...argv: string[]) =>
  mlgate(['run', '-C', root, '--config', path.join(root, 'mlgate.yml'), ...argv]);

describe('mlgate run exit codes', () => {
  it('0 when the gate passes: the report on stdout, the verdict on stderr', async () => {
    const { code, out, err } = await run(await repository());
    assert.equal(code, 0);
    assert.match(out, /numerical_stability/);
    assert.match(err, /^mlgate: PASSED — rubric coverage \(ML Test Score\) /);
  });

  it('1 when it blocks, with the reasons on stderr', async () => {
    const { code, err } = await run(await repository(minimalConfig(4)));
    assert.equal(code, 1);
    assert.match(
      err,
      /^mlgate: BLOCKED — rubric coverage \(ML Test Score\) .*\n {2}- Rubric coverage is below its minimum: .*final score/,
    );
  });

  it('2 for a config error', async () => {
    const { code } = await run(await repository('chekcs: {}\n'));
    assert.equal(code, 2);
  });
});

describe('mlgate run --quiet', () => {
  it('prints no report but still lists each config error, then the verdict, on stderr', async () => {
    const root = await repository('chekcs: {}\n');
    const { code, out, err } = await run(root, '--quiet');
    assert.equal(code, 2);
    assert.equal(out, '');
    const lines = err.split('\n');
    const file = path.relative(process.cwd(), path.join(root, 'mlgate.yml'));
    assert.equal(lines[0], `${file}:1: chekcs: unknown key; did you mean \`checks\`?`);
    assert.match(
      lines[1] ?? '',
      new RegExp(`^${escapeRegExp(file)}:1: checks: no check is configured`),
    );
    assert.match(lines[2] ?? '', /^mlgate: BLOCKED/);
    assert.match(lines[3] ?? '', /^ {2}- The configuration has 2 errors, so no check ran\.$/);
  });

  it('prints the blocking reasons', async () => {
    const { code, out, err } = await run(await repository(minimalConfig(4)), '-q');
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.match(err, /\n {2}- Rubric coverage is below its minimum: .*final score \d+ < 4 /);
  });
});

describe('mlgate run --out and --json', () => {
  it('create the folders they write into', async () => {
    const root = await repository();
    const markdown = path.join(root, 'missing/dir/report.md');
    const json = path.join(root, 'other/report.json');
    const { code, err } = await run(root, '--out', markdown, '--json', json, '-q');
    assert.equal(code, 0);
    assert.match(await readFile(markdown, 'utf8'), /numerical_stability/);
    assert.equal(JSON.parse(await readFile(json, 'utf8')).verdict.passed, true);
    assert.match(
      err,
      new RegExp(`report written to ${escapeRegExp(markdown)} and ${escapeRegExp(json)}`),
    );
  });

  it('exit 2 with one line naming the file when the write still fails', async () => {
    const root = await repository();
    for (const [option, file] of [
      ['--out', path.join(root, 'mlgate.yml', 'report.md')],
      ['--json', path.join(root, 'mlgate.yml', 'deeper', 'report.json')],
      ['--html', path.join(root, 'mlgate.yml', 'report.html')],
      ['--out', root],
    ] as const) {
      const { code, out, err } = await run(root, option, file, '-q');
      assert.equal(code, 2);
      assert.equal(out, '');
      const reason = file === root ? 'it is a folder' : 'a folder on its path is a file';
      assert.equal(err, `mlgate run: cannot write ${option} ${file}: ${reason}\n`);
    }
  });
});

describe('mlgate run --html', () => {
  it('writes the report as GitHub shows it, a standalone page, and says so', async () => {
    const root = await repository();
    const html = path.join(root, 'missing/report.html');
    const { code, err } = await run(root, '--html', html, '-q');
    assert.equal(code, 0);
    const page = await readFile(html, 'utf8');
    assert.match(page, /^<!doctype html>/);
    assert.match(page, /<article class="markdown-body">\s*<h2>✅ mlgate: passed<\/h2>/);
    assert.match(page, /<code>numerical_stability<\/code>/);
    // GitHub drops comments: the sticky marker is not on the page.
    assert.doesNotMatch(page, /mlgate:report/);
    assert.match(err, new RegExp(`report written to ${escapeRegExp(html)}\n`));
  });

  it('is in the help of mlgate run', async () => {
    const { code, out } = await mlgate(['run', '--help']);
    assert.equal(code, 0);
    assert.match(out, /--html FILE +also write the report as GitHub shows it/);
  });
});

describe('mlgate run --config', () => {
  it('refuses a config outside the working directory, saying why and what to do', async () => {
    const root = await repository();
    const inside = path.join(root, 'project');
    await mkdir(inside);
    const { code, err } = await mlgate([
      'run',
      '-C',
      inside,
      '--config',
      path.join(root, 'mlgate.yml'),
      '-q',
    ]);
    assert.equal(code, 2);
    assert.match(err, /mlgate\.yml: not inside the working directory .*project: /);
    assert.match(err, /mlgate reads only files inside the repository it gates/);
    assert.match(err, /so a pull request can't point it at the runner's files/);
    assert.match(err, /move it into the working directory, or pass --working-directory/);
    assert.doesNotMatch(err, /create it/);
  });

  it('tells a missing config from an outside one', async () => {
    const root = await repository();
    const { code, err } = await mlgate(['run', '-C', root, '-q']);
    assert.equal(code, 2);
    assert.match(err, /\.github\/mlgate\.yml: config: file not found: .*; create it/);
  });

  it('refuses a working directory that does not exist, exit 2', async () => {
    const root = await repository();
    const { code, err } = await mlgate(['run', '-C', path.join(root, 'nowhere'), '-q']);
    assert.equal(code, 2);
    assert.match(err, /^mlgate run: --working-directory .*nowhere can't be used: ENOENT/);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
