/**
 * Where a command prints: `out` is its result (stdout), `err` its errors,
 * progress and verdict (stderr). Tests pass a sink that keeps the text.
 */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};
