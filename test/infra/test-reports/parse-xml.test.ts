import assert from 'node:assert/strict';
import { test } from 'vitest';
import { descendants, parseXml } from '../../../src/infra/test-reports/parse-xml.ts';

test('reads elements, attributes, entities, CDATA and lines; skips comments and PIs', () => {
  const root = parseXml(
    '<?xml version="1.0"?>\n<!-- c -->\n<a x="1 &lt; 2" y=\'&#65;&#x42;\'>\n  <b>t&amp;u<![CDATA[<raw>]]></b>\n  <b/>\n</a>\n',
    'r.xml',
  );
  assert.equal(root.name, 'a');
  assert.deepEqual(root.attributes, { x: '1 < 2', y: 'AB' });
  const bs = descendants(root, 'b');
  assert.deepEqual(
    bs.map((b) => [b.text, b.line]),
    [
      ['t&u<raw>', 4],
      ['', 5],
    ],
  );
});

test('refuses entity declarations instead of expanding them', () => {
  assert.throws(
    () => parseXml('<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>', 'bomb.xml'),
    /bomb\.xml:1: the DOCTYPE declares entities/,
  );
});

test('names the file and line of malformed XML', () => {
  assert.throws(
    () => parseXml('<a>\n<b>\n</a>', 'bad.xml'),
    /bad\.xml:3: <\/a> closes <b> \(opened on line 2\)/,
  );
  assert.throws(
    () => parseXml('<a>\n<b>', 'cut.xml'),
    /cut\.xml:2: <b> is never closed; is the file truncated\?/,
  );
  assert.throws(() => parseXml('<a>&nbsp;</a>', 'e.xml'), /unknown entity &nbsp;/);
});
