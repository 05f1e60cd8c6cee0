import assert from 'node:assert/strict';
import { test } from 'vitest';
import { formatCell } from '../../src/report/format-value.ts';
import {
  detailBlockPieces,
  renderDetailBlock,
  TABLE_ROWS_PER_PIECE,
} from '../../src/report/render-detail-block.ts';
import { renderTable } from '../../src/report/render-table.ts';

test('a table block: title, escaped header and cells, note', () => {
  assert.equal(
    renderDetailBlock({
      type: 'table',
      title: 'Slices',
      header: ['slice', 'AUC', 'ok'],
      rows: [
        ['region=EU|UK', 0.81234, true],
        ['region=US', null, false],
      ],
      note: 'AUC ≥ 0.8 passes',
    }),
    [
      '**Slices**',
      '| slice | AUC | ok |\n| - | - | - |\n| region=EU\\|UK | 0.8123 | yes |\n| region=US | — | no |',
      '_AUC ≥ 0.8 passes_',
    ].join('\n\n'),
  );
});

test('a row longer than its header keeps every cell', () => {
  const text = renderDetailBlock({ type: 'table', header: ['a'], rows: [[1, 2]] });
  assert.equal(text, '| a | |\n| - | - |\n| 1 | 2 |');
});

test('an empty table, list and a capped list say so', () => {
  assert.equal(renderDetailBlock({ type: 'table', header: ['a'], rows: [] }), '_(no rows)_');
  assert.equal(renderDetailBlock({ type: 'list', items: [] }), '_(empty list)_');
  assert.equal(
    renderDetailBlock({ type: 'list', items: ['a', 'b', 'c'] }, { maxItems: 2 }),
    '- a\n- b\n- … 1 more (in the full report)',
  );
});

test('text keeps its line breaks; code and mermaid are fenced', () => {
  assert.equal(renderDetailBlock({ type: 'text', text: 'one\ntwo' }), 'one<br>two');
  assert.equal(renderDetailBlock({ type: 'code', text: 'x = 1' }), '```\nx = 1\n```');
  assert.equal(
    renderDetailBlock({ type: 'mermaid', title: 'Flow', source: 'graph TD\n A-->B' }),
    '**Flow**\n\n```mermaid\ngraph TD\n A-->B\n```',
  );
});

test('a long table comes in pieces of rows that join into the table drawn whole', () => {
  const rows = Array.from({ length: 2 * TABLE_ROWS_PER_PIECE + 7 }, (_, i) => [
    `feature_${i}|x`,
    i / 7,
    i % 3 === 0,
  ]);
  // The last piece's row is longer than the header: every row gets its blank heading.
  rows.push(['long', 1, true, 'extra']);
  const block = {
    type: 'table' as const,
    title: 'Features',
    header: ['f', 'v', 'ok'],
    rows,
    note: 'n',
  };
  const pieces = [...detailBlockPieces(block)];
  assert.ok(pieces.length >= 5, 'title, three pieces of rows, note');
  const whole = renderTable(
    ['f', 'v', 'ok', ''],
    rows.map((row) => Array.from({ length: 4 }, (_, c) => formatCell(row[c]))),
  );
  assert.equal(pieces.join(''), `**Features**\n\n${whole}\n\n_n_`);
  assert.equal(renderDetailBlock(block), pieces.join(''));
  // Capped: the rows shown, then how many are left out.
  assert.match(
    renderDetailBlock(block, { maxItems: 3 }),
    /\| feature\\_2\\\|x \| 0\.2857 \| no \|\n\n_… 1005 more rows \(in the full report\)\._\n\n_n_$/,
  );
});
