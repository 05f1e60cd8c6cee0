/** Subcommands of `mlgate`: each takes its arguments and returns the exit code. */
import { driftCommand } from './drift-command.ts';
import { metricsCommand } from './metrics-command.ts';
import { profileCommand } from './profile-command.ts';
import { runCommand } from './run-command.ts';
import { schemaCommand } from './schema-command.ts';
import { validateCommand } from './validate-command.ts';

export type CliCommand = (argv: readonly string[]) => Promise<number>;

export const cliCommands: Record<string, CliCommand> = {
  run: runCommand,
  metrics: metricsCommand,
  profile: profileCommand,
  schema: schemaCommand,
  validate: validateCommand,
  drift: driftCommand,
};
