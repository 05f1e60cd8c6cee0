/**
 * Runs `mlgate ARGS…` in this process, as src/cli.ts does, and keeps what it
 * prints: the exit code, stdout and stderr. `commands` stands in for the real
 * ones, to make a command fail in a way no real input does.
 */
import type { CliCommand } from '../../src/cli/cli-commands.ts';
import type { CommandName } from '../../src/cli/command-help.ts';
import { runCli } from '../../src/cli/run-cli.ts';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function mlgate(
  argv: readonly string[],
  commands?: Record<CommandName, CliCommand>,
): Promise<CliRun> {
  let out = '';
  let err = '';
  const output = {
    out: (text: string) => {
      out += text;
    },
    err: (text: string) => {
      err += text;
    },
  };
  const code = await runCli(argv, output, commands);
  return { code, out, err };
}
