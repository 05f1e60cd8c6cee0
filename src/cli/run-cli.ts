/**
 * The `mlgate` command line: the same engine as the action, for local runs.
 * Exit codes: 0 passed, 1 blocked, 2 usage or config error.
 */
import { cliCommands } from './cli-commands.ts';
import { CliUsageError } from './cli-usage-error.ts';

export async function runCli(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const usage = `usage: mlgate <command> [options]\ncommands: ${Object.keys(cliCommands).join(', ')}\n`;
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(usage);
    return name === undefined ? 2 : 0;
  }
  const command = cliCommands[name];
  if (!command) {
    process.stderr.write(`mlgate: unknown command "${name}"\n${usage}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    if (error instanceof CliUsageError) {
      process.stderr.write(`mlgate ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
