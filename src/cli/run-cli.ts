/**
 * The `mlgate` command line: the same engine as the action, for local runs.
 * `mlgate help [command]`, `mlgate <command> --help|-h` and `mlgate --version|-V`
 * answer like the tools people know; the exit codes are in ./exit-codes.ts.
 */
import { didYouMean } from '../model/did-you-mean.ts';
import { mlgateVersion } from '../model/version.ts';
import { type CliCommand, cliCommands } from './cli-commands.ts';
import { type CliOutput, processOutput } from './cli-output.ts';
import { CliUsageError } from './cli-usage-error.ts';
import { type CommandName, commandHelp, isCommandName } from './command-help.ts';
import { exitCodes } from './exit-codes.ts';
import { commandHelpText, overviewText } from './help-text.ts';
import { internalFailureMessage } from './internal-failure.ts';

export async function runCli(
  argv: readonly string[],
  output: CliOutput = processOutput,
  commands: Record<CommandName, CliCommand> = cliCommands,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    output.err(`${overviewText(mlgateVersion)}\n`);
    return exitCodes.usage;
  }
  if (name === '--help' || name === '-h') return printed(output, overviewText(mlgateVersion));
  if (name === '--version' || name === '-V') return printed(output, `mlgate ${mlgateVersion}`);
  if (name === 'help') return help(rest, output);
  if (!isCommandName(name)) return unknownCommand(name, output);
  if (asksForHelp(rest)) return printed(output, commandHelpText(name));
  try {
    return await commands[name](rest, output);
  } catch (error) {
    if (error instanceof CliUsageError) {
      output.err(`mlgate ${name}: ${error.message}\n`);
      return exitCodes.usage;
    }
    output.err(internalFailureMessage(`mlgate ${name}`, error));
    return exitCodes.failure;
  }
}

/** `mlgate help` is the overview; `mlgate help <command>` that command's help. */
function help(names: readonly string[], output: CliOutput): number {
  const [name, ...extra] = names;
  if (name === undefined || name === 'help') return printed(output, overviewText(mlgateVersion));
  if (!isCommandName(name)) return unknownCommand(name, output);
  if (extra.length > 0) {
    output.err(`mlgate help: takes one command, not "${names.join(' ')}"\n`);
    return exitCodes.usage;
  }
  return printed(output, commandHelpText(name));
}

/** --help or -h before a `--` (after it, a file may be called that). */
function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

function unknownCommand(name: string, output: CliOutput): number {
  const names = Object.keys(commandHelp);
  const guess = didYouMean(name, names);
  output.err(
    `mlgate: unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}; the commands are ${names.join(', ')} (mlgate --help explains them)\n`,
  );
  return exitCodes.usage;
}

function printed(output: CliOutput, text: string): number {
  output.out(`${text}\n`);
  return exitCodes.passed;
}
