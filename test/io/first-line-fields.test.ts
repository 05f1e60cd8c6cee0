/**
 * The field count of a file's first line that picks how a table command runs
 * (src/io/first-line-fields.ts): any common delimiter, only the first line,
 * and 0 for what is not a readable file.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { firstLineFields } from '../../src/io/first-line-fields.ts';

const directory = mkdtempSync(join(tmpdir(), 'mlgate-first-line-'));
const file = (name: string, text: string) => {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
};

describe('firstLineFields', () => {
  it('counts the fields of the header, whichever common delimiter separates them', () => {
    assert.equal(firstLineFields(file('comma.csv', 'a,b,c\n1,2,3,4,5,6\n')), 3);
    assert.equal(firstLineFields(file('tab.tsv', 'a\tb\tc\td\r\n1\t2\t3\t4\n')), 4);
    assert.equal(firstLineFields(file('semicolon.csv', 'a;b\n')), 2);
    assert.equal(firstLineFields(file('one.csv', 'only\n')), 1);
  });

  it('counts a header without a line end, and a wide one', () => {
    const names = Array.from({ length: 5_000 }, (_, k) => `column_${k}`);
    assert.equal(firstLineFields(file('wide.csv', names.join(','))), 5_000);
  });

  it('reads on past its first 16 KB to the line end, and stops there', () => {
    // 3,000 names of 9 to 12 bytes: about 32 KB, then a second line of more fields.
    const names = Array.from({ length: 3_000 }, (_, k) => `column_${k}`);
    const rows = Array.from({ length: 9_000 }, (_, k) => k);
    assert.equal(
      firstLineFields(file('long.csv', `${names.join(',')}\n${rows.join(',')}\n`)),
      3_000,
    );
    // A header past 256 KB is counted in its first 256 KB, which hold 26,214 commas.
    const many = Array.from({ length: 40_000 }, () => 'abcdefghi');
    assert.equal(firstLineFields(file('longer.csv', `${many.join(',')}\n`)), 26_215);
  });

  it('counts 0 for an empty file, a folder and a path that is not there', () => {
    assert.equal(firstLineFields(file('empty.csv', '')), 0);
    assert.equal(firstLineFields(directory), 0);
    assert.equal(firstLineFields(join(directory, 'missing.csv')), 0);
  });
});
