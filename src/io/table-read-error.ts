/** A data file that can't be read as a table: names the file, the line and the fix. */
export class TableReadError extends Error {
  readonly source: string;
  readonly line: number | undefined;
  /** The message without the `file:line: ` prefix. */
  readonly problem: string;

  constructor(source: string, line: number | undefined, problem: string) {
    super(`${source}${line === undefined ? '' : `:${line}`}: ${problem}`);
    this.name = 'TableReadError';
    this.source = source;
    this.line = line;
    this.problem = problem;
  }
}
