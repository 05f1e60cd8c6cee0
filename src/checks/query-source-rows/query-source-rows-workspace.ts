/**
 * The rows of a query source for the checks that pair rows: a `sql:` path
 * (src/sql/query-source.ts) in a table input reads the source's rows through
 * the engine, and the check gets the same TableScan or Table a file would give. Drift
 * and schema validation never come here: they compute where the data lives.
 * A source has no file in the repository, so it has no history either: at
 * an earlier revision it reads as absent, and its commit time is unknown.
 */
import type { TableScan } from '../../data/table-scan.ts';
import { parseTableText } from '../../formats/parse-table-text.ts';
import { scanTableText } from '../../formats/scan-table-bytes.ts';
import { parseQuerySourcePath, type QuerySource, sourceLabel } from '../../sql/query-source.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import { rowsAsCsv } from './rows-as-csv.ts';

/** The rows arrive as CSV text whatever the source: a file's format options do not apply. */
const csv = { format: 'csv', delimiter: ',' } as const;

export function withQuerySourceRows(workspace: Workspace): Workspace {
  // Every column, as a file holds them all: a check's missing-column message lists the others.
  const rows = async (source: QuerySource, key: string) => {
    const opened = await workspace.openQuerySource(source, key);
    return rowsAsCsv(await opened.connection.query(`SELECT * FROM ${opened.relation}`));
  };
  const readAs = <T>(
    path: string,
    onFile: () => Promise<T>,
    onSource: (source: QuerySource) => Promise<T>,
  ) => {
    const source = parseQuerySourcePath(path);
    return source ? onSource(source) : onFile();
  };
  return {
    ...workspace,
    resolve(path, key) {
      if (parseQuerySourcePath(path) === undefined) return workspace.resolve(path, key);
      throw new Error(
        `${key}: a query source is read through its engine; it has no path in the repository`,
      );
    },
    exists: (path, key) =>
      readAs(
        path,
        () => workspace.exists(path, key),
        async () => true,
      ),
    readText: (path, key) =>
      readAs(
        path,
        () => workspace.readText(path, key),
        async () => {
          throw new Error(`${key}: a query source holds a table, not a text file`);
        },
      ),
    scanTable: (path, key, options) =>
      readAs(
        path,
        () => workspace.scanTable(path, key, options),
        async (source) =>
          withoutLines(
            scanTableText(await rows(source, key), sourceLabel(source), { ...options, ...csv }),
          ),
      ),
    readTable: (path, key, options) =>
      readAs(
        path,
        () => workspace.readTable(path, key, options),
        async (source) => ({
          ...parseTableText(await rows(source, key), sourceLabel(source), { ...options, ...csv }),
          // Named by data row, as a Parquet file's rows are (parquet-table.ts): the CSV text's lines are no place a reader can look.
          format: 'parquet' as const,
          lineOf: (row: number) => row + 1,
        }),
      ),
    hashFile: (path, key) =>
      readAs(
        path,
        () => workspace.hashFile(path, key),
        async () => null,
      ),
    readTextAtRevision: (revision, path, key) =>
      readAs(
        path,
        () => workspace.readTextAtRevision(revision, path, key),
        async () => null,
      ),
    commitTimeOf: (path, key) =>
      readAs(
        path,
        () => workspace.commitTimeOf(path, key),
        async () => null,
      ),
  };
}

/**
 * The scan without the lines of the CSV text the rows travelled as: a query's
 * rows have no lines, so findings name the data row, as for Parquet.
 */
function withoutLines(scan: TableScan): TableScan {
  return {
    ...scan,
    format: 'parquet',
    lineOf: () => undefined,
    badCells: scan.badCells.map((cell) => ({ ...cell, line: undefined })),
    badRows: scan.badRows.map((row) => ({ ...row, line: undefined })),
  };
}
