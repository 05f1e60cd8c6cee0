import assert from 'node:assert/strict';
import { test } from 'vitest';
import { renderDetailBlock } from '../../src/report/render-detail-block.ts';

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
