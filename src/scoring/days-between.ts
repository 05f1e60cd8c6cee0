import { millisecondsPerDay } from '../model/milliseconds-per-day.ts';

/** Whole calendar days from one `YYYY-MM-DD` date to another (negative when `to` is earlier). */

export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / millisecondsPerDay);
}

function utcMidnight(date: string): number {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(time)) {
    throw new RangeError(`expected a date written YYYY-MM-DD, got "${date}"`);
  }
  return time;
}
