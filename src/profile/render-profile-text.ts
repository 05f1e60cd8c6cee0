/**
 * A plain-text overview of a profile for the terminal, one line per column,
 * like pandas' describe(): kind, counts, spread, quantiles and top categories.
 * Approximate figures are marked with `~`.
 */
import type { ColumnProfile, TableProfile } from './profile-types.ts';

export function renderProfileText(profile: TableProfile): string {
  return renderProfileRows(
    profile,
    profile.columns.map(profileTextRow),
    profile.columns.some(isApproximate),
  );
}

/**
 * The overview from each column's row (profileTextRow) and whether any column
 * is approximate, for a caller that profiles the columns one at a time.
 */
export function renderProfileRows(
  profile: Pick<TableProfile, 'sources' | 'rowCount'>,
  rows: readonly string[][],
  approximate: boolean,
): string {
  const sources = profile.sources.map((s) => s.path).join(', ');
  const header = [
    'column',
    'kind',
    'count',
    'missing',
    'distinct',
    'mean',
    'std',
    'min',
    'median',
    'max',
    'top',
  ];
  // A fold, not Math.max(...rows): a wide table has more rows than a call takes arguments.
  const widths = header.map((h, i) =>
    rows.reduce((width, r) => Math.max(width, r[i]!.length), h.length),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [
    `${sources}: ${profile.rowCount} rows, ${rows.length} columns`,
    line(header),
    ...rows.map(line),
    ...(approximate ? ['~ approximate (see the profile JSON for each error bound)'] : []),
  ].join('\n');
}

/** Whether a figure of the column is estimated (marked `~`). */
export function isApproximate(c: ColumnProfile): boolean {
  return (
    !c.distinct.exact ||
    Boolean(c.numeric && !c.numeric.accuracy.exact) ||
    Boolean(c.categories && !c.categories.exact)
  );
}

/** The column's line of the overview, cell by cell. */
export function profileTextRow(column: ColumnProfile): string[] {
  const numbers = column.kind === 'datetime' ? column.datetime : column.numeric;
  const approx = (exact: boolean) => (exact ? '' : '~');
  const median = numbers?.quantiles.find((q) => q.p === 0.5)?.value;
  const show = (value: number | null | undefined) => {
    if (value === null || value === undefined) return '';
    if (column.kind === 'datetime')
      return new Date(value).toISOString().replace('T00:00:00.000Z', '');
    return Number.isInteger(value) ? String(value) : value.toPrecision(6).replace(/\.?0+$/, '');
  };
  const top = column.categories?.items[0];
  return [
    column.name,
    column.kind,
    String(column.count),
    String(column.missing),
    `${approx(column.distinct.exact)}${column.distinct.value}`,
    column.kind === 'datetime' ? '' : show(numbers?.mean),
    column.kind === 'datetime' ? '' : show(numbers?.std),
    show(numbers?.min),
    median === undefined ? '' : `${approx(numbers!.accuracy.exact)}${show(median)}`,
    show(numbers?.max),
    top ? `${top.value} (${approx(column.categories!.exact)}${top.count})` : '',
  ];
}
