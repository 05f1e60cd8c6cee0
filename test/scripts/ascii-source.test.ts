/**
 * The bundle's JavaScript is pure ASCII (scripts/ascii-source.ts), so Node
 * decodes each module on its fast path; the escapes mean what the characters
 * meant, in comments and in regular expressions with and without the u flag.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { escapeNonAscii } from '../../scripts/ascii-source.ts';

/** The value of one JavaScript expression. */
const evaluate = (expression: string): unknown => new Function(`return (${expression});`)();

describe('escapeNonAscii', () => {
  it('escapes every UTF-16 unit of a comment and leaves ASCII alone', () => {
    assert.equal(escapeNonAscii('a // Table I — Data\n'), 'a // Table I \\u2014 Data\n');
    assert.equal(escapeNonAscii('x = "\\u00e9"; // ok'), 'x = "\\u00e9"; // ok');
  });

  it('keeps what a regular expression matches, astral characters and the u flag included', () => {
    const texts = ['  ● failed', '● x', 'é', '😀', '😀😀', 'a'];
    for (const literal of ['/^\\s*●.*$/m', '/^[à-ü]$/', '/^😀$/u', '/^😀+$/u', '/^(?:😀)+$/']) {
      const escaped = escapeNonAscii(literal);
      assert.match(escaped, /^[\x00-\x7f]*$/);
      const before = evaluate(literal) as RegExp;
      const after = evaluate(escaped) as RegExp;
      assert.deepEqual(
        texts.map((text) => after.test(text)),
        texts.map((text) => before.test(text)),
        `${literal} → ${escaped}`,
      );
    }
  });

  it('has left the committed dist/ pure ASCII', () => {
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.js'),
    );
    assert.ok(files.length > 10, 'dist/ was not found');
    const nonAscii = files.filter(
      (file) => !/^[\x00-\x7f]*$/.test(readFileSync(path.join('dist', file), 'latin1')),
    );
    assert.deepEqual(nonAscii, []);
  });
});
