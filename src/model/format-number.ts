/**
 * Numbers as reviewers read them: enough significant digits to compare with a
 * threshold, no float noise (0.30000000000000004), and nothing a narrow column
 * can break: `1.2×10⁻⁷` instead of `1.2e-7`, whose hyphen a browser wraps at.
 */

const superscripts: Readonly<Record<string, string>> = {
  '-': '⁻',
  '+': '',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** `digits` significant digits below 1000; above, one decimal keeps every integer digit. */
export function formatNumber(value: number, digits = 4): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  return unbreakable(String(roundForDisplay(value, digits)));
}

/** The number formatNumber shows: integers as they are, else `digits` significant digits. */
export function roundForDisplay(value: number, digits: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return value;
  return Math.abs(value) >= 1000
    ? Number(value.toFixed(Math.max(1, digits - 3)))
    : Number(value.toPrecision(digits));
}

function unbreakable(text: string): string {
  const [mantissa = text, exponent] = text.split('e');
  if (exponent === undefined) return text;
  const power = [...exponent].map((character) => superscripts[character] ?? character).join('');
  return `${mantissa}×10${power}`;
}
