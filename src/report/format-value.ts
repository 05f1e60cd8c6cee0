/**
 * Cell and figure values as reviewers read them: numbers through formatNumber
 * (src/model/format-number.ts), and Markdown-safe text for anything else.
 */
import type { Cell, Figure } from '../model/check.ts';
import { formatNumber } from '../model/format-number.ts';
import { escapeMarkdown } from './escape-markdown.ts';

/** A table cell or figure value, escaped for a Markdown table cell. */
export function formatCell(value: Cell | undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return escapeMarkdown(String(value), { newline: '<br>' });
}

/**
 * Units of measured time: a timing differs on every run, so two significant
 * digits keep an unchanged re-run's comment unchanged (the JSON keeps the value).
 */
const volatileUnits = new Set(['ms', 's', 'seconds', 'minutes']);

/** `0.12 %` — a figure's value with its unit; timings rounded to two significant digits. */
export function formatFigureValue(figure: Figure): string {
  const value =
    typeof figure.value === 'number' && figure.unit !== undefined && volatileUnits.has(figure.unit)
      ? formatNumber(figure.value, 2)
      : formatCell(figure.value);
  return figure.unit === undefined || figure.value === null
    ? value
    : `${value} ${escapeMarkdown(figure.unit)}`;
}
