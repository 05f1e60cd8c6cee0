import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { parseTableBytes, parseTableText } from '../../src/formats/parse-table-text.ts';

describe('parseTableText: CSV', () => {
  it('reads RFC 4180 quoting, CRLF, a BOM and embedded line breaks, with the line of each row', () => {
    const table = parseTableText(
      '\ufeffid,note\r\n1,"a, ""b"""\r\n2,"two\r\nlines"\r\n3,\r\n',
      'n.csv',
    );
    assert.deepEqual(table.columnNames, ['id', 'note']);
    assert.deepEqual(table.column('id'), ['1', '2', '3']);
    assert.deepEqual(table.column('note'), ['a, "b"', 'two\r\nlines', null]);
    assert.deepEqual(
      [0, 1, 2].map((row) => table.lineOf(row)),
      [2, 3, 5],
    );
    assert.equal(table.column('missing'), undefined);
  });

  it('keeps cells as text, exactly as written', () => {
    const table = parseTableText('x\n 1.50 \n007\n', 'x.csv');
    assert.deepEqual(table.column('x'), [' 1.50 ', '007']);
  });

  it('selects columns in the order asked and names one the file lacks', () => {
    const table = parseTableText('a,b,c\n1,2,3\n', 'abc.csv', { columns: ['c', 'a'] });
    assert.deepEqual(table.columnNames, ['c', 'a']);
    assert.deepEqual(table.column('c'), ['3']);
    assert.equal(table.column('b'), undefined);
    assert.throws(
      () => parseTableText('a\n1\n', 'a.csv', { columns: ['z'] }),
      /a\.csv: no column named "z"; the file has: a/,
    );
  });

  it('fails on ragged rows, counting all and locating the first ones', () => {
    const rows = ['a,b,c', '1,2,3', '1,2', '1,2,3,4', ...Array.from({ length: 8 }, () => '9')];
    assert.throws(
      () => parseTableText(rows.join('\n'), 'r.csv'),
      /^TableReadError: r\.csv:3: 10 rows cannot be read: row 2 \(line 3\) has 2 fields but the header has 3: no value for "c"; an empty value still needs its delimiter; row 3 \(line 4\) has 4 fields but the header has 3; quote a value that contains the delimiter; .*; and 5 more$/,
    );
  });

  it('gives an empty table for a header without rows: its user says what the file was for', () => {
    const table = parseTableText('a,b\n', 'h.csv');
    assert.equal(table.rowCount, 0);
    assert.deepEqual(table.column('a'), []);
  });

  it('refuses an empty file, duplicate names and bytes that are not UTF-8', () => {
    assert.throws(
      () => parseTableText('', 'e.csv'),
      /e\.csv: the file is empty; it needs a header row/,
    );
    assert.throws(
      () => parseTableText('a,a\n1,2\n', 'd.csv'),
      /d\.csv:1: the header names column "a" twice/,
    );
    assert.throws(
      () => parseTableBytes(Buffer.from([0x61, 0x0a, 0xe9, 0x0a]), 'l.csv'),
      /l\.csv:2: byte 0xE9 is not valid UTF-8/,
    );
  });

  it('applies missing-value tokens', () => {
    const table = parseTableText('a\nNA\n\nx\n', 'm.csv', { missingValues: ['NA'] });
    assert.deepEqual(table.column('a'), [null, 'x']);
  });
});

describe('parseTableText: JSONL', () => {
  it('keeps JSON types, fills absent keys with null and gives each row its line', () => {
    const table = parseTableText(
      '{"a": 1, "b": "x"}\r\n\n{"b": true, "c": {"d": [1]}}\n',
      'r.jsonl',
    );
    assert.deepEqual(table.columnNames, ['a', 'b', 'c']);
    assert.deepEqual(table.column('a'), [1, null]);
    assert.deepEqual(table.column('b'), ['x', true]);
    assert.deepEqual(table.column('c'), [null, '{"d":[1]}']);
    assert.deepEqual([table.lineOf(0), table.lineOf(1)], [1, 3]);
  });

  it('fails on lines that are not JSON objects, with their line numbers', () => {
    assert.throws(
      () => parseTableText('{"a": 1}\n{"a": 2,}\n"text"\n', 'b.jsonl'),
      /^TableReadError: b\.jsonl:2: 2 rows cannot be read: row 2 \(line 2\) line is not valid JSON \(.*\); write one JSON object per line; row 3 \(line 3\) line is not a JSON object/,
    );
    assert.throws(
      () => parseTableText('\n\n', 'e.jsonl'),
      /e\.jsonl: the file is empty; it needs one JSON object per line/,
    );
  });
});
