/**
 * A plain-text overview of a profile for the terminal, one line per column,
 * like pandas' describe(): kind, counts, spread, quantiles and top categories.
 * Approximate figures are marked with `~`.
 */
import type { ColumnProfile, TableProfile } from './profile-types.ts';

export function renderProfileText(profile: TableProfile): string {
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
  const rows = profile.columns.map(columnRow);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const approximate = profile.columns.some(
    (c) =>
      !c.distinct.exact ||
      (c.numeric && !c.numeric.accuracy.exact) ||
      (c.categories && !c.categories.exact),
  );
  return [
    `${sources}: ${profile.rowCount} rows, ${profile.columns.length} columns`,
    line(header),
    ...rows.map(line),
    ...(approximate ? ['~ approximate (see the profile JSON for each error bound)'] : []),
  ].join('\n');
}

function columnRow(column: ColumnProfile): string[] {
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
