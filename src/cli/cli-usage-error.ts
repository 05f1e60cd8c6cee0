/** Wrong arguments or an unusable config: the CLI exits 2 with this message. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}
