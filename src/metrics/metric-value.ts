/**
 * A metric's value, or why it has none. ROC AUC on a single class, precision
 * with no predicted positives, R² on constant labels: these are undefined, and
 * the report says why instead of printing NaN or a convention such as 0.
 */
export type MetricValue = { defined: true; value: number } | { defined: false; reason: string };

export function definedMetric(value: number): MetricValue {
  return { defined: true, value };
}

export function undefinedMetric(reason: string): MetricValue {
  return { defined: false, reason };
}

/** The number, or null when undefined: for figures and JSON. */
export function metricNumber(metric: MetricValue | undefined): number | null {
  return metric?.defined ? metric.value : null;
}

/** `0.9473` or `undefined (only one class among the labels)`, for tables and messages. */
export function formatMetric(metric: MetricValue | undefined, digits = 4): string {
  if (metric === undefined) return '—';
  return metric.defined ? formatNumber(metric.value, digits) : `undefined (${metric.reason})`;
}

/** Rounds to `digits` significant decimals without trailing zeros; large values keep their integer part. */
export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && Math.abs(value) < 10 ** -digits) return value.toExponential(2);
  return String(Number(value.toFixed(digits)));
}

/** `+0.012`, `−0.03` (a true minus sign) or `0`, for deltas. */
export function formatSigned(value: number, digits = 4): string {
  if (value === 0) return '0';
  const text = formatNumber(Math.abs(value), digits);
  return value < 0 ? `−${text}` : `+${text}`;
}
