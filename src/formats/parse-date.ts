/**
 * Strict ISO 8601 dates and datetimes for table cells. `new Date('2014-02-30')`
 * silently rolls over to March 2; a gate must report the cell instead, so the
 * calendar day is checked (leap years included) and anything else is rejected.
 * Values are milliseconds since 1970-01-01T00:00:00Z, the same unit as Date.
 */
import type { Cell } from '../model/check.ts';
import { millisecondsPerDay } from '../model/milliseconds-per-day.ts';

const datetimeShape =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Epoch ms at UTC midnight, or undefined when the fields are not a real
 * calendar day: the days from 1970-01-01 in the proleptic Gregorian calendar
 * (Howard Hinnant's days_from_civil), what `Date` counts, without a `Date`
 * per cell (Date.UTC would also map years 0–99 to 1900–1999).
 */
function utcDay(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  // Years start in March, so that February's leap day ends one.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146_097 + dayOfEra - 719_468) * millisecondsPerDay;
}

/**
 * `YYYY-MM-DD` (surrounding whitespace allowed) → epoch ms; undefined when
 * not a real date. Read by character codes, not a regular expression: a
 * date column parses every distinct text, and a match per cell was most of
 * the garbage a PR-sized drift's date column made.
 */
export function parseIsoDate(text: string): number | undefined {
  const date = text.trim();
  if (date.length !== 10 || date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH) {
    return undefined;
  }
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 7);
  const day = digitsAt(date, 8, 10);
  return year < 0 || month < 0 || day < 0 ? undefined : utcDay(year, month, day);
}

const DASH = 0x2d;

/** The decimal number text[start, end) spells in ASCII digits, or −1 if another character is there. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * `YYYY-MM-DDTHH:MM[:SS[.fraction]][Z|±HH:MM]` (a space may replace the `T`,
 * as pandas writes) → epoch ms, or undefined. Without an offset the time is UTC.
 */
export function parseIsoDatetime(text: string): number | undefined {
  const match = datetimeShape.exec(text.trim());
  if (!match) return undefined;
  const day = utcDay(Number(match[1]), Number(match[2]), Number(match[3]));
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = Number(match[6] ?? 0);
  if (day === undefined || hour > 23 || minute > 59 || second > 59) return undefined;
  const fraction = match[7] === undefined ? 0 : Number(`0.${match[7]}`) * 1000;
  let offsetMinutes = 0;
  const zone = match[8];
  if (zone !== undefined && zone !== 'Z') {
    const digits = zone.replace(':', '');
    const hours = Number(digits.slice(1, 3));
    const minutes = Number(digits.slice(3, 5));
    if (hours > 23 || minutes > 59) return undefined;
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  return day + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + fraction;
}

/** A cell as a date: strings are parsed strictly; other cells are not dates (null stays missing). */
export function parseDateCell(cell: Cell): number | null | undefined {
  if (cell === null) return null;
  return typeof cell === 'string' ? parseIsoDate(cell) : undefined;
}

/** A cell as a datetime; see parseIsoDatetime. */
export function parseDatetimeCell(cell: Cell): number | null | undefined {
  if (cell === null) return null;
  return typeof cell === 'string' ? parseIsoDatetime(cell) : undefined;
}
