import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { CsvTokenizer, fieldText } from '../../src/formats/csv-tokenizer.ts';
import { TableReadError } from '../../src/formats/table-read-error.ts';

interface Record {
  line: number;
  fields: string[];
}

function tokenizeAll(text: string, delimiter = ','): Record[] {
  const bytes = Buffer.from(text);
  const tokenizer = new CsvTokenizer('t.csv', delimiter);
  const records: Record[] = [];
  const consumed = tokenizer.tokenize(bytes, 0, bytes.length, true, (count, line) => {
    records.push({
      line,
      fields: Array.from({ length: count }, (_, i) => fieldText(tokenizer, bytes, i)),
    });
  });
  assert.equal(consumed, bytes.length);
  return records;
}

/** Tokenizes as a stream would: the window first ends at `cut`, then the rest arrives. */
function tokenizeCut(text: string, cut: number): Record[] {
  const bytes = Buffer.from(text);
  const tokenizer = new CsvTokenizer('t.csv', ',');
  const records: Record[] = [];
  const onRecord = (count: number, line: number) => {
    records.push({
      line,
      fields: Array.from({ length: count }, (_, i) => fieldText(tokenizer, bytes, i)),
    });
  };
  const stopped = tokenizer.tokenize(bytes, 0, cut, cut === bytes.length, onRecord);
  tokenizer.tokenize(bytes, stopped, bytes.length, true, onRecord);
  return records;
}

const tricky =
  'id,text,n\r\n1,"a,b",2\r\n2,"say ""hi""",3\n3,"multi\nline\r\nfield",4\r\n\r\n4,,\r5,"",x\n6,ab"c,7';

describe('CsvTokenizer (RFC 4180)', () => {
  it('splits quoted delimiters, doubled quotes, embedded line breaks, CRLF/LF/CR endings', () => {
    assert.deepEqual(tokenizeAll(tricky), [
      { line: 1, fields: ['id', 'text', 'n'] },
      { line: 2, fields: ['1', 'a,b', '2'] },
      { line: 3, fields: ['2', 'say "hi"', '3'] },
      { line: 4, fields: ['3', 'multi\nline\r\nfield', '4'] },
      // line 7 is blank: no record
      { line: 8, fields: ['4', '', ''] },
      { line: 9, fields: ['5', '', 'x'] },
      // a quote inside an unquoted field is text, as pandas reads it
      { line: 10, fields: ['6', 'ab"c', '7'] },
    ]);
  });
  it('gives the same records wherever the window is cut', () => {
    const whole = tokenizeAll(tricky);
    for (let cut = 0; cut <= Buffer.byteLength(tricky); cut++) {
      assert.deepEqual(tokenizeCut(tricky, cut), whole, `cut at ${cut}`);
    }
  });
  it('keeps an empty quoted field on its own line as a record', () => {
    assert.deepEqual(tokenizeAll('a\n""\n\n'), [
      { line: 1, fields: ['a'] },
      { line: 2, fields: [''] },
    ]);
  });
  it('uses another delimiter', () => {
    assert.deepEqual(tokenizeAll('a;b\n"x;y";2\n', ';')[1], { line: 2, fields: ['x;y', '2'] });
    assert.deepEqual(tokenizeAll('a\tb\n1,5\t2\n', '\t')[1], { line: 2, fields: ['1,5', '2'] });
  });
  it('stops before the first record that starts at or after stopAt', () => {
    const bytes = Buffer.from('a,b\n1,2\n3,4\n');
    const tokenizer = new CsvTokenizer('t.csv', ',');
    let records = 0;
    assert.equal(
      tokenizer.tokenize(bytes, 0, bytes.length, true, () => records++, 5),
      8,
    );
    assert.equal(records, 2);
  });
  it('names the line of text after a closing quote and of a quote never closed', () => {
    assert.throws(
      () => tokenizeAll('a,b\n1,2\n"x"y,3\n'),
      (error: unknown) =>
        error instanceof TableReadError &&
        error.line === 3 &&
        /text follows a closing quote/.test(error.message),
    );
    assert.throws(
      () => tokenizeAll('a,b\n1,"never\nclosed\n'),
      /^TableReadError: t\.csv:2: a quoted field is never closed/,
    );
  });
  it('refuses a delimiter that cannot work', () => {
    for (const delimiter of ['"', '\n', ',,', '', 'é']) {
      assert.throws(
        () => new CsvTokenizer('t.csv', delimiter),
        /delimiter must be one ASCII character/,
      );
    }
  });
});
