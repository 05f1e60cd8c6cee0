/**
 * A finding's measure as one phrase: "`roc_auc` 0.691 < 0.9 (production
 * 0.972)". The comparison shown is the one the value makes, so a value that
 * breaks `>= 0.9` reads `< 0.9`, and value and limit carry enough digits that
 * rounding never makes them contradict it.
 */
import { comparatorSymbol, formatBeside, negateComparator } from '../model/bound.ts';
import type { FindingLocation, Measure } from '../model/check.ts';
import { formatNumber } from '../model/format-number.ts';
import { isSafeCodeText } from '../model/safe-code-text.ts';

export function measureText(measure: Measure): string {
  const { figure, value, bound, reference, unit } = measure;
  const suffix = unit === undefined ? '' : ` ${unit}`;
  const name = codeName(figure);
  const referenceText =
    reference === undefined ? '' : ` (${reference.label} ${plain(reference.value)}${suffix})`;
  if (bound === undefined) return `${name} ${plain(value)}${suffix}${referenceText}`;
  const [shownValue, shownLimit] =
    typeof value === 'number' && typeof bound.limit === 'number'
      ? formatBeside(value, bound.limit)
      : [plain(value), plain(bound.limit)];
  const comparison = comparatorSymbol(negateComparator(bound.comparator));
  return `${name} ${shownValue}${suffix} ${comparison} ${shownLimit}${suffix}${referenceText}`;
}

/** "data/serving.csv line 12, column `age`", or the feature, slice or document key it concerns. */
export function locationText(location: FindingLocation): string {
  const parts = [location.path];
  if (location.line !== undefined) parts.push(`line ${location.line}`);
  else if (location.row !== undefined) parts.push(`row ${location.row}`);
  const where = parts.join(' ');
  const what = [
    location.column === undefined ? undefined : `column ${codeName(location.column)}`,
    location.feature === undefined || location.feature === location.column
      ? undefined
      : `feature ${codeName(location.feature)}`,
    location.slice === undefined ? undefined : `slice ${codeName(location.slice)}`,
    location.key === undefined ? undefined : `key ${codeName(location.key)}`,
  ].filter((part) => part !== undefined);
  return [where, ...what].join(', ');
}

function plain(value: number | string | boolean | null): string {
  if (typeof value === 'number') return formatNumber(value);
  if (value === null) return 'missing';
  return String(value);
}

/**
 * A name as a code span when the report keeps it as one (identifier-like text
 * without spaces;
 * src/report/escape-markdown.ts), else as plain text, which the report escapes:
 * a backtick around a name it can't keep would show as a literal backtick.
 */
export function codeName(name: string): string {
  // A phrase ("cells above maximum") reads as words; only a name is code.
  return isSafeCodeText(name) && !name.includes(' ') ? `\`${name}\`` : name;
}
