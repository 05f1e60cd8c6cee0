/**
 * Numbers and cell values as reviewers read them: enough digits to compare with
 * a threshold, no float noise (0.30000000000000004), and Markdown-safe text for
 * anything that is not a number.
 */
import type { Cell, Figure } from '../model/check.ts';
import { escapeMarkdown } from './escape-markdown.ts';

export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (Number.isInteger(value)) return String(value);
  // Four significant digits below 1000; above, one decimal keeps every integer digit.
  return Math.abs(value) >= 1000
    ? String(Number(value.toFixed(1)))
    : String(Number(value.toPrecision(4)));
}

/** A table cell or figure value, escaped for a Markdown table cell. */
export function formatCell(value: Cell | undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return escapeMarkdown(String(value), { newline: '<br>' });
}

/** `0.12 %` — a figure's value with its unit. */
export function formatFigureValue(figure: Figure): string {
  const value = formatCell(figure.value);
  return figure.unit === undefined || figure.value === null
    ? value
    : `${value} ${escapeMarkdown(figure.unit)}`;
}
