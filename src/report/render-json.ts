/**
 * The JSON report file: the Report object as it is, documented field by field in
 * docs/report-json.md. Keys keep the order buildReport gives them, so the file
 * diffs cleanly between runs.
 */
import type { Report } from '../model/report-model.ts';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, keepNonFinite, 2)}\n`;
}

/** JSON has no NaN or Infinity and JSON.stringify would write null; a figure of NaN must stay visible. */
function keepNonFinite(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
}
