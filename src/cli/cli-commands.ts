/**
 * Subcommands of `mlgate`: each takes its arguments and where to print, and
 * returns the exit code. Each is loaded when it runs, so a command starts
 * without compiling the others' code (the gate's config schemas, GitHub
 * client, Parquet reader).
 */
import type { CliOutput } from './cli-output.ts';
import type { CommandName } from './command-help.ts';

export type CliCommand = (argv: readonly string[], output: CliOutput) => Promise<number>;

export const cliCommands: Record<CommandName, CliCommand> = {
  run: async (argv, { out, err }) => {
    (await import('./zod-without-jit.ts')).useZodWithoutJit();
    return (await import('./run-command.ts')).runCommand(argv, out, err);
  },
  metrics: async (argv, { out }) =>
    (await import('./metrics-command.ts')).metricsCommand(argv, out),
  profile: async (argv, { out, err }) =>
    (await import('./profile-command.ts')).profileCommand(argv, out, err),
  schema: async (argv, { out, err }) =>
    (await import('./schema-command.ts')).schemaCommand(argv, out, err),
  validate: async (argv, { out }) =>
    (await import('./validate-command.ts')).validateCommand(argv, out),
  drift: async (argv, { out, err }) =>
    (await import('./drift-command.ts')).driftCommand(argv, out, err),
};
