/** Subcommands of `mlgate`: each takes its arguments and returns the exit code. */
import { metricsCommand } from './metrics-command.ts';
import { profileCommand } from './profile-command.ts';
import { runCommand } from './run-command.ts';

export type CliCommand = (argv: readonly string[]) => Promise<number>;

export const cliCommands: Record<string, CliCommand> = {
  run: runCommand,
  metrics: metricsCommand,
  profile: profileCommand,
};
