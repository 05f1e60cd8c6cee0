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
    await withoutZodJit();
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

/**
 * zod compiles a fast parser for each object schema (`new Function`) the first time it parses
 * with it: worth it in a server that parses many documents, not in a command that parses one
 * config once (about 7% of the instructions of a small `mlgate run`). Each schema reads the
 * setting when it is built, so this runs before run-command.ts and the config's schemas load.
 */
async function withoutZodJit(): Promise<void> {
  (await import('zod')).config({ jitless: true });
}
