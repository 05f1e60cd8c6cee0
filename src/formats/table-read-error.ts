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

const fileErrors: Record<string, string> = {
  ENOENT: 'file not found; check the path',
  EISDIR: 'is a directory, not a data file; name a file',
  EACCES: 'cannot be read (permission denied)',
  EPERM: 'cannot be read (permission denied)',
};

/** A file system error on a data file as a TableReadError naming the file; other errors as they are. */
export function asTableReadError(source: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined && code in fileErrors
    ? new TableReadError(source, undefined, fileErrors[code]!)
    : error;
}
