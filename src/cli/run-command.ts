/**
 * `mlgate run --config <file> [--working-directory <dir>] [--out report.md] [--json report.json]
 *  [--base REV]`:
 * the action's gate, locally. Prints the report; exit 0 passed, 1 blocked, 2 config error.
 */

import path from 'node:path';
import { parseArgs } from 'node:util';
import { runGate } from '../engine/run-gate.ts';
import { nodeWorkspace } from '../io/node-workspace.ts';
import { writeTextFile } from '../io/write-text-file.ts';
import { mlgateVersion } from '../model/version.ts';
import { renderSummary } from '../report/render-comment.ts';
import { renderJson } from '../report/render-json.ts';
import { parseOrUsage } from './cli-arguments.ts';

export async function runCommand(argv: readonly string[]): Promise<number> {
  const { values } = parseOptions(argv);
  const root = path.resolve(values['working-directory'] ?? '.');
  const configPath = values.config ?? '.github/mlgate.yml';
  const { report } = await runGate({
    // The config path is given relative to the shell, checks' paths relative to the root.
    configPath: path.relative(root, path.resolve(configPath)),
    workspace: nodeWorkspace(root),
    event: { name: 'local', ...(values.base ? { baseSha: values.base } : {}) },
    now: new Date(),
    mlgateVersion,
  });
  const markdown = renderSummary(report, { commentKey: 'local' });
  if (values.out) await writeTextFile(values.out, markdown);
  if (values.json) await writeTextFile(values.json, renderJson(report));
  if (!values.quiet) process.stdout.write(`${markdown}\n`);
  const where = [values.out, values.json].filter(Boolean).join(' and ');
  process.stderr.write(
    `${report.verdict.passed ? 'mlgate: PASSED' : 'mlgate: BLOCKED'} — ML Test Score ${report.score.final} (${report.score.band.range})` +
      `${where ? `; report written to ${where}` : ''}\n` +
      report.verdict.reasons.map((reason) => `  - ${reason}\n`).join(''),
  );
  if (report.configErrors.length > 0) return 2;
  return report.verdict.passed ? 0 : 1;
}

const usage =
  'usage: mlgate run [--config mlgate.yml] [--working-directory DIR] [--out report.md] [--json report.json] [--base REV] [--quiet]';

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
          quiet: { type: 'boolean', short: 'q' },
          base: { type: 'string' },
        },
        strict: true,
        allowPositionals: false,
      }),
    usage,
  );
}
