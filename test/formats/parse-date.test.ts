import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import {
  parseDateCell,
  parseDatetimeCell,
  parseIsoDate,
  parseIsoDatetime,
} from '../../src/formats/parse-date.ts';

describe('parseIsoDate', () => {
  it('reads real calendar days as UTC midnight', () => {
    assert.equal(parseIsoDate('2014-02-28'), Date.UTC(2014, 1, 28));
    assert.equal(parseIsoDate(' 2016-02-29 '), Date.UTC(2016, 1, 29));
    assert.equal(parseIsoDate('2000-02-29'), Date.UTC(2000, 1, 29));
    assert.equal(parseIsoDate('1970-01-01'), 0);
  });
  it('rejects days that do not exist instead of rolling over like Date', () => {
    for (const text of [
      '2014-02-30',
      '2015-02-29',
      '1900-02-29',
      '2014-04-31',
      '2014-13-01',
      '2014-00-10',
      '2014-01-00',
    ]) {
      assert.equal(parseIsoDate(text), undefined, text);
    }
  });
  it('rejects other shapes', () => {
    for (const text of ['2014-2-3', '02/03/2014', '2014-02-03T00:00', '20140203', '', 'unknown']) {
      assert.equal(parseIsoDate(text), undefined, text);
    }
  });
  it('keeps years below 100 (Date.UTC would map them to 19xx)', () => {
    assert.equal(new Date(parseIsoDate('0050-06-01')!).getUTCFullYear(), 50);
  });
});

describe('parseIsoDate against Date', () => {
  /** What `Date` counts for a calendar day, as parseIsoDate computed it before it counted days itself. */
  const dateDay = (year: number, month: number, day: number) => {
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    return date.getTime();
  };
  const text = (year: number, month: number, day: number) =>
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

  it('gives the same milliseconds for every day of the years around each century and era edge', () => {
    for (const first of [0, 96, 396, 1596, 1896, 1966, 1996, 2096, 2396, 9996]) {
      for (let year = first; year < first + 4; year++) {
        for (let month = 1; month <= 12; month++) {
          for (let day = 1; day <= 31; day++) {
            const real = new Date(dateDay(year, month, day)).getUTCDate() === day;
            const expected = real ? dateDay(year, month, day) : undefined;
            assert.equal(parseIsoDate(text(year, month, day)), expected, text(year, month, day));
          }
        }
      }
    }
  });

  it('refuses non-digits and other lengths where the pattern stood', () => {
    for (const bad of [
      '2014-0a-01',
      '2014-01-0 ',
      '+014-01-01',
      '2014/01/01',
      '2014-01-011',
      '２０１４-01-01',
    ]) {
      assert.equal(parseIsoDate(bad), undefined, bad);
    }
    assert.equal(parseIsoDate('\t2014-01-01\n'), Date.UTC(2014, 0, 1));
  });
});

describe('parseIsoDatetime', () => {
  it('reads times with and without seconds, fraction and offset', () => {
    assert.equal(parseIsoDatetime('2014-02-03T04:05:06Z'), Date.UTC(2014, 1, 3, 4, 5, 6));
    assert.equal(parseIsoDatetime('2014-02-03 04:05'), Date.UTC(2014, 1, 3, 4, 5));
    assert.equal(parseIsoDatetime('2014-02-03T04:05:06.25'), Date.UTC(2014, 1, 3, 4, 5, 6, 250));
    assert.equal(parseIsoDatetime('2014-02-03T04:05:06+02:00'), Date.UTC(2014, 1, 3, 2, 5, 6));
    assert.equal(parseIsoDatetime('2014-02-03T04:05:06-0130'), Date.UTC(2014, 1, 3, 5, 35, 6));
  });
  it('agrees with Date.parse on valid instants', () => {
    const text = '2021-07-09T23:59:59.123+05:30';
    assert.equal(parseIsoDatetime(text), Date.parse(text));
  });
  it('rejects impossible days and times', () => {
    for (const text of [
      '2014-02-30T00:00:00',
      '2014-02-03T24:00:00',
      '2014-02-03T12:60',
      '2014-02-03T12:00:61',
      '2014-02-03',
      '2014-02-03T12',
    ]) {
      assert.equal(parseIsoDatetime(text), undefined, text);
    }
  });
});

describe('date cells', () => {
  it('keeps null missing and refuses typed non-strings', () => {
    assert.equal(parseDateCell(null), null);
    assert.equal(parseDatetimeCell(null), null);
    assert.equal(parseDateCell(20140203), undefined);
    assert.equal(parseDatetimeCell(true), undefined);
    assert.equal(parseDateCell('2014-02-03'), Date.UTC(2014, 1, 3));
  });
});
