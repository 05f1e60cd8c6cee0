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
