/**
 * Subcommands of `mlgate`: each takes its arguments and returns the exit code.
 * Each is loaded when it runs, so a command starts without compiling the
 * others' code (the gate's config schemas, GitHub client, Parquet reader).
 */
export type CliCommand = (argv: readonly string[]) => Promise<number>;

export const cliCommands: Record<string, CliCommand> = {
  run: async (argv) => (await import('./run-command.ts')).runCommand(argv),
  metrics: async (argv) => (await import('./metrics-command.ts')).metricsCommand(argv),
  profile: async (argv) => (await import('./profile-command.ts')).profileCommand(argv),
  schema: async (argv) => (await import('./schema-command.ts')).schemaCommand(argv),
  validate: async (argv) => (await import('./validate-command.ts')).validateCommand(argv),
  drift: async (argv) => (await import('./drift-command.ts')).driftCommand(argv),
};
