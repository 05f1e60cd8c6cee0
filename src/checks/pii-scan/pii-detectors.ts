/**
 * Detectors of personal data in a cell's text. Each finds candidates with a
 * pattern and confirms them with the identifier's own check where it has one,
 * so that ids and measurements are not mistaken for personal data:
 * - email: RFC 5321-style local@domain.tld;
 * - phone: E.164 (`+` and 8–15 digits, separators allowed), North-American
 *   `(415) 555-2671` / `415-555-2671`, UK national `020 7946 0958`; a bare run of
 *   digits is not taken for a phone number;
 * - card: 13–19 digits (groups of digits separated by spaces or dashes) with
 *   a known issuer prefix (Visa, Mastercard, Amex, Discover, JCB, Diners,
 *   UnionPay, Maestro) that pass the Luhn check (ISO/IEC 7812);
 * - us_ssn: `123-45-6789`, excluding numbers the SSA never issues (000, 666,
 *   9xx areas, 00 group, 0000 serial);
 * - uk_nino: UK National Insurance number (HMRC prefix rules, suffix A–D);
 * - ca_sin: Canadian Social Insurance Number `046 454 286` (grouped, Luhn);
 * - iban: IBAN with its ISO 13616 mod-97 check digits.
 * A match other than an e-mail counts only when it stands alone: not part of
 * a longer run of digits joined by spaces, dashes or dots (the 16 digits that
 * start `ref 5555 5555 5555 4444 5555` are a reference, not a card).
 * Cost: O(length) per text; texts without the characters a kind needs are
 * skipped before any pattern runs.
 */
export const piiKinds = ['email', 'phone', 'card', 'us_ssn', 'uk_nino', 'ca_sin', 'iban'] as const;
export type PiiKind = (typeof piiKinds)[number];

export interface PiiMatch {
  kind: PiiKind;
  /** The matched text: never print it; print `maskPii(match)` instead. */
  text: string;
}

const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/g;
const e164 = /(?<![\w+])\+[1-9](?:[ .-]?\(?\d\)?){7,14}(?![\w])/g;
const northAmerican =
  /(?<![\w+])(?:\(\s?[2-9]\d{2}\s?\)\s?|[2-9]\d{2}[ .-])[2-9]\d{2}[ .-]\d{4}(?!\d)/g;
const ukNational = /(?<![\w+])0\d{2,4} \d{3,4} ?\d{3,4}(?!\d)/g;
const cardCandidate = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
const ssn = /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/g;
const nino =
  /(?<![A-Za-z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/g;
const sin = /(?<![\d-])[1-79]\d{2}[ -]\d{3}[ -]\d{3}(?![\d-])/g;
const iban = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])/g;

export function detectPii(text: string, kinds: ReadonlySet<PiiKind>): PiiMatch[] {
  const matches: PiiMatch[] = [];
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  const add = (
    kind: PiiKind,
    pattern: RegExp,
    confirm: (match: string) => boolean = () => true,
  ) => {
    if (!kinds.has(kind)) return;
    for (const found of text.matchAll(pattern)) {
      const alone = kind === 'email' || standsAlone(text, found.index, found[0].length);
      if (alone && confirm(found[0])) matches.push({ kind, text: found[0] });
    }
  };
  if (text.includes('@')) add('email', email);
  if (digits >= 8) {
    add('phone', e164, (m) => digitCount(m) >= 8 && digitCount(m) <= 15);
    add('phone', northAmerican);
    add('phone', ukNational, (m) => digitCount(m) >= 10 && digitCount(m) <= 11);
    add('us_ssn', ssn);
    add('ca_sin', sin, (m) => luhn(onlyDigits(m)));
  }
  if (digits >= 13) add('card', cardCandidate, (m) => isCardNumber(onlyDigits(m)));
  if (digits >= 6 && text.length >= 9) add('uk_nino', nino);
  if (digits >= 4 && text.length >= 15)
    add('iban', iban, (m) => ibanChecksumValid(m.replaceAll(' ', '')));
  return matches;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isJoiner = (c: string | undefined) => c === ' ' || c === '-' || c === '.';

/** No digit touches the match, directly or across one space, dash or dot. */
function standsAlone(text: string, start: number, length: number): boolean {
  const end = start + length;
  const before =
    isDigit(text[start - 1]) || (isJoiner(text[start - 1]) && isDigit(text[start - 2]));
  const after = isDigit(text[end]) || (isJoiner(text[end]) && isDigit(text[end + 1]));
  return !before && !after;
}

const onlyDigits = (text: string) => text.replace(/\D/g, '');
const digitCount = (text: string) => onlyDigits(text).length;

/** Luhn (ISO/IEC 7812-1 annex B) check digit. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 1 && sum % 10 === 0;
}

/** Issuer prefixes and lengths of the major card schemes, then Luhn. */
function isCardNumber(digits: string): boolean {
  const n = digits.length;
  const prefix = (k: number) => Number(digits.slice(0, k));
  const issuer =
    (digits[0] === '4' && (n === 13 || n === 16 || n === 19)) || // Visa
    (((prefix(2) >= 51 && prefix(2) <= 55) || (prefix(4) >= 2221 && prefix(4) <= 2720)) &&
      n === 16) || // Mastercard
    ((prefix(2) === 34 || prefix(2) === 37) && n === 15) || // American Express
    ((prefix(4) === 6011 || prefix(2) === 65 || (prefix(3) >= 644 && prefix(3) <= 649)) &&
      n >= 16) || // Discover
    (prefix(4) >= 3528 && prefix(4) <= 3589 && n >= 16) || // JCB
    ((prefix(3) >= 300 && prefix(3) <= 305) || prefix(2) === 36 || prefix(2) === 38
      ? n === 14
      : false) || // Diners
    (prefix(2) === 62 && n >= 16) || // UnionPay
    ((prefix(4) === 5018 ||
      prefix(4) === 5020 ||
      prefix(4) === 5038 ||
      prefix(4) === 6304 ||
      prefix(4) === 6759) &&
      n >= 12); // Maestro
  return issuer && luhn(digits);
}

/** ISO 13616: move the first four characters to the end, letters to 10–35, mod 97 must be 1. */
export function ibanChecksumValid(compact: string): boolean {
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/**
 * A match made safe to print: each letter and digit becomes `*` except a few
 * at the end (the last 4 digits of a card, as PCI DSS allows; fewer for short
 * ids); an e-mail keeps its first character, the `@` and the top-level domain.
 */
export function maskPii(match: PiiMatch): string {
  if (match.kind === 'email')
    return `${match.text[0]}***@***${match.text.slice(match.text.lastIndexOf('.'))}`;
  const keep = match.kind === 'card' ? 4 : 2;
  let kept = 0;
  const chars = [...match.text];
  for (let i = chars.length - 1; i >= 0; i--) {
    if (!/[A-Za-z0-9]/.test(chars[i]!)) continue;
    if (kept < keep) kept++;
    else chars[i] = '*';
  }
  return chars.join('');
}
