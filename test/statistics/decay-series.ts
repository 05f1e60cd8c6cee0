import { fixtureText } from '../metrics/fixture-table.ts';

/** The age_days and roc_auc columns of a decay fixture CSV (plain numbers, no quoting). */
export function decaySeries(file: string): { ages: number[]; values: number[] } {
  const [header = '', ...rows] = fixtureText(file).trim().split('\n');
  const columns = header.split(',');
  const cells = rows.map((row) => row.split(','));
  const column = (name: string) => cells.map((cell) => Number(cell[columns.indexOf(name)]));
  return { ages: column('age_days'), values: column('roc_auc') };
}
