import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';
import { numeric, texts } from './table-scan-fixtures.ts';

describe('scanTableText: JSONL', () => {
  const lines = [
    '{"id": 1, "score": 0.5, "city": "Oslo", "ok": true}',
    '',
    '{"id": 2, "score": "0.25", "tags": ["a"], "ok": false}',
    '{"id": 3, "score": "15.6C", "city": null}',
    'not json',
    '[1, 2]',
    '{"id": 4, "score": true, "city": "Bergen"}',
  ].join('\n');
  const scan = scanTableText(lines, 'rows.jsonl', {
    columns: { id: 'integer', score: 'number', city: 'category', ok: 'boolean' },
    otherColumns: 'category',
  });

  it('reads typed JSON values, absent keys as missing, nested values as JSON text', () => {
    assert.deepEqual(scan.columnNames, ['id', 'score', 'city', 'ok', 'tags']);
    assert.deepEqual(Array.from(numeric(scan, 'id').values), [1, 2, 3, 4]);
    assert.deepEqual(texts(scan.column('city')!), ['Oslo', null, null, 'Bergen']);
    assert.deepEqual(texts(scan.column('tags')!), [null, '["a"]', null, null]);
    assert.deepEqual(Array.from(numeric(scan, 'ok').values), [1, 0, Number.NaN, Number.NaN]);
  });

  it('reports bad cells and bad lines with their line numbers', () => {
    assert.deepEqual(
      scan.badCells.map((cell) => [cell.row, cell.line, cell.column, cell.value]),
      [
        [3, 4, 'score', '15.6C'],
        [6, 7, 'score', 'true'],
      ],
    );
    assert.deepEqual(
      scan.badRows.map((bad) => [bad.row, bad.line, bad.problem.slice(0, 30)]),
      [
        [4, 5, 'line is not valid JSON (Unexpe'],
        [5, 6, 'line is not a JSON object; wri'],
      ],
    );
    assert.deepEqual(
      Array.from({ length: scan.rowCount }, (_, i) => scan.lineOf(i)),
      [1, 3, 4, 7],
    );
  });
});
