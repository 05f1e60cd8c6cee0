/** Cells sent as text by PostgreSQL and the warehouses, as the port's plain values. */
import { describe, expect, it } from 'vitest';
import { cellFromText, timestampFromText } from '../../../src/io/sql/plain-cell.ts';

describe('cellFromText', () => {
  it('reads numbers, the special floats and integers beyond 2^53', () => {
    expect(cellFromText('number', '0.1')).toBe(0.1);
    expect(cellFromText('number', 'NaN')).toBeNaN();
    expect(cellFromText('number', '-Infinity')).toBe(Number.NEGATIVE_INFINITY);
    expect(cellFromText('integer', '9007199254740993')).toBe('9007199254740993');
    expect(cellFromText('integer', '-12')).toBe(-12);
    expect(cellFromText('boolean', 't')).toBe(true);
    expect(cellFromText('boolean', 'false')).toBe(false);
  });

  it('reads dates and timestamps in UTC unless an offset is given', () => {
    expect(cellFromText('date', '2012-01-31')).toBe(Date.UTC(2012, 0, 31));
    expect(timestampFromText('2012-01-31 08:30:00')).toBe(Date.UTC(2012, 0, 31, 8, 30));
    expect(timestampFromText('2012-01-31 08:30:00.123456')).toBe(
      Date.UTC(2012, 0, 31, 8, 30, 0, 123),
    );
    expect(timestampFromText('2012-01-31 08:30:00+01')).toBe(Date.UTC(2012, 0, 31, 7, 30));
    expect(timestampFromText('2012-01-31T08:30:00.5-0530')).toBe(
      Date.UTC(2012, 0, 31, 14, 0, 0, 500),
    );
    expect(timestampFromText('2012-01-31 08:30:00.000 UTC')).toBe(Date.UTC(2012, 0, 31, 8, 30));
  });
});
