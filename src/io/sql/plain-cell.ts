/**
 * Cells as the engines send them in text or JSON (PostgreSQL's text protocol,
 * the warehouses' JSON results) turned into the port's plain values: numbers
 * as numbers (NaN and ±Infinity included), integers exact up to 2^53 and as
 * text beyond, dates and timestamps as milliseconds since the epoch (UTC
 * unless the text names an offset).
 */
import type { SqlColumnType, SqlValue } from '../../workspace/sql-source.ts';

/** Counts and integer columns as numbers; beyond 2^53 as exact text rather than a rounded number. */
export function safeInteger(value: bigint): number | string {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
}

const special: Record<string, number> = {
  nan: Number.NaN,
  infinity: Number.POSITIVE_INFINITY,
  '+infinity': Number.POSITIVE_INFINITY,
  inf: Number.POSITIVE_INFINITY,
  '-infinity': Number.NEGATIVE_INFINITY,
  '-inf': Number.NEGATIVE_INFINITY,
};

/** A float or decimal written as text; floats round-trip (the engines send the shortest exact digits). */
export function numberFromText(text: string): number {
  return special[text.toLowerCase()] ?? Number(text);
}

/** `2012-01-31` → midnight UTC. */
export function dateFromText(text: string): number {
  return Date.parse(`${text.slice(0, 10)}T00:00:00Z`);
}

/**
 * `2012-01-31 08:00:00[.fff…][+hh[:mm] | Z | UTC]` → ms; without an offset the
 * time is read as UTC (a timestamp without time zone). Past milliseconds the
 * digits are cut, as the port keeps milliseconds.
 */
export function timestampFromText(text: string): number {
  const match = /^(\d{4,}-\d\d-\d\d)[ T](\d\d:\d\d(?::\d\d)?)(?:\.(\d+))?\s*(.*)$/.exec(
    text.trim(),
  );
  if (!match) return Date.parse(text);
  const [, date, time, fraction = '', zone = ''] = match;
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  return Date.parse(`${date}T${time}.${millis}${offsetOf(zone)}`);
}

function offsetOf(zone: string): string {
  if (zone === '' || zone === 'Z' || zone === 'UTC') return 'Z';
  const match = /^([+-])(\d\d):?(\d\d)?$/.exec(zone);
  return match ? `${match[1]}${match[2]}:${match[3] ?? '00'}` : zone;
}

/**
 * A JSON cell of a column of `type` as the port's value: strings are parsed
 * (the warehouses send big numbers, dates and timestamps as text), nested
 * values (arrays, structs, maps) become their JSON text.
 */
export function plainCell(type: SqlColumnType, raw: unknown): SqlValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return cellFromText(type, raw);
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return JSON.stringify(raw);
}

/** A cell sent as text, read as its column's type. */
export function cellFromText(type: SqlColumnType, text: string): SqlValue {
  switch (type) {
    case 'integer':
      return /^[+-]?\d+$/.test(text) ? safeInteger(BigInt(text)) : numberFromText(text);
    case 'number':
      return numberFromText(text);
    case 'boolean':
      return text === 't' || text.toLowerCase() === 'true';
    case 'date':
      return dateFromText(text);
    case 'datetime':
      return timestampFromText(text);
    default:
      return text;
  }
}
