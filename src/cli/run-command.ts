/**
 * `mlgate run --config <file> [--working-directory <dir>] [--out report.md] [--json report.json]
 *  [--html report.html] [--base REV] [--quiet]`:
 * the action's gate, locally. Prints the report to stdout and, even with
 * --quiet, the config errors and the verdict with its reasons to stderr.
 * Exit 0 passed, 1 blocked, 2 usage or config error.
 */

import path from 'node:path';
import { parseArgs } from 'node:util';
import { configProblem } from '../config/format-config-error.ts';
import { runGate } from '../engine/run-gate.ts';
import { threadResampleRunner } from '../io/bootstrap-threads.ts';
import { FileScanScheduler } from '../io/file-scan-scheduler.ts';
import { monotonicMs } from '../io/monotonic-clock.ts';
import { nodeWorkspace } from '../io/node-workspace.ts';
import { type SqlConnectionPool, sqlConnectionPool } from '../io/sql/sql-connection-pool.ts';
import type { ConfigError } from '../model/config-error.ts';
import { errorMessage } from '../model/error-message.ts';
import type { Report } from '../model/report-model.ts';
import { mlgateVersion } from '../model/version.ts';
import { renderSummary } from '../report/render-comment.ts';
import { renderJson } from '../report/render-json.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { parseOrUsage } from './cli-arguments.ts';
import { CliUsageError } from './cli-usage-error.ts';
import { exitCodes } from './exit-codes.ts';
import { commandUsage } from './help-text.ts';
import { writeOutputFile } from './write-output-file.ts';

const usage = commandUsage('run');
const defaultConfig = '.github/mlgate.yml';

export async function runCommand(
  argv: readonly string[],
  out: (text: string) => void = (text) => process.stdout.write(text),
  err: (text: string) => void = (text) => process.stderr.write(text),
): Promise<number> {
  const { values } = parseOptions(argv);
  const root = path.resolve(values['working-directory'] ?? '.');
  // --config is relative to the shell, as typed; the default, like the action's, to the root.
  const configPath = values.config ? path.resolve(values.config) : path.join(root, defaultConfig);
  // Query sources' connections: closed once the gate has run (an open socket would keep the process alive).
  const pool = sqlConnectionPool();
  // The workspace's scans and the drift checks' comparisons share these threads.
  const scans = new FileScanScheduler();
  const { report } = await runGate({
    // Checks' paths are relative to the root, and so is the config's for the workspace.
    configPath: path.relative(root, configPath),
    workspace: openWorkspace(root, pool, scans),
    event: { name: 'local', ...(values.base ? { baseSha: values.base } : {}) },
    now: new Date(),
    elapsedMs: monotonicMs,
    mlgateVersion,
    resampleRunner: threadResampleRunner(),
    scanThreads: scans,
  }).finally(() => pool.close());
  // Rendered when first shown or written: `--quiet` alone asks for the verdict and exit code only.
  let rendered: string | undefined;
  const markdown = () => (rendered ??= renderSummary(report, { commentKey: 'local' }));
  if (values.out) await writeOutputFile('--out', values.out, markdown());
  if (values.json) await writeOutputFile('--json', values.json, renderJson(report));
  if (values.html) {
    // The Markdown-to-HTML renderer (micromark, parse5, GitHub's CSS) is most of this command's
    // code: imported only when --html asks for a page.
    const { renderGitHubPage } = await import('../report/render-html.ts');
    await writeOutputFile('--html', values.html, renderGitHubPage(markdown(), 'mlgate report'));
  }
  if (!values.quiet) out(`${markdown()}\n`);
  const written = [values.out, values.json, values.html].filter(Boolean);
  err(verdictText(report, root, written.join(' and ')));
  if (report.configErrors.length > 0) return exitCodes.usage;
  return report.verdict.passed ? exitCodes.passed : exitCodes.blocked;
}

/** The working directory as a Workspace; one that does not exist is the user's to fix. */
function openWorkspace(root: string, pool: SqlConnectionPool, scans: FileScanScheduler): Workspace {
  try {
    return nodeWorkspace(root, undefined, scans, { pool });
  } catch (error) {
    throw new CliUsageError(`--working-directory ${root} can't be used: ${errorMessage(error)}`);
  }
}

/** Config errors, one a line, then the verdict and its reasons: what stderr always gets. */
function verdictText(report: Report, root: string, written: string): string {
  const verdict = report.verdict.passed ? 'mlgate: PASSED' : 'mlgate: BLOCKED';
  return (
    report.configErrors.map((error) => `${configErrorLine(error, root)}\n`).join('') +
    `${verdict} — rubric coverage (ML Test Score) ${report.score.final}` +
    `${written ? `; report written to ${written}` : ''}\n` +
    report.verdict.reasons.map((reason) => `  - ${reason}\n`).join('')
  );
}

/**
 * `file:line: key: message; fix`, the shape compilers print, with the file
 * relative to the shell rather than the root, so a terminal can open it.
 */
function configErrorLine(error: ConfigError, root: string): string {
  const file = path.relative(process.cwd(), path.resolve(root, error.file));
  const where = error.line === undefined ? file : `${file}:${error.line}`;
  const key = error.key === undefined ? '' : `${error.key}: `;
  return `${where}: ${key}${configProblem(error)}`;
}

function parseOptions(argv: readonly string[]) {
  return parseOrUsage(
    () =>
      parseArgs({
        args: [...argv],
        options: {
          config: { type: 'string', short: 'c' },
          'working-directory': { type: 'string', short: 'C' },
          out: { type: 'string', short: 'o' },
          json: { type: 'string' },
          html: { type: 'string' },
          quiet: { type: 'boolean', short: 'q' },
          base: { type: 'string' },
        },
        strict: true,
        allowPositionals: false,
      }),
    usage,
  );
}
