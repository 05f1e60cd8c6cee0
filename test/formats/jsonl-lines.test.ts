import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { type ByteSource, bufferByteSource } from '../../src/formats/byte-source.ts';
import { forEachJsonlLine } from '../../src/formats/jsonl-lines.ts';

/** A source that hands out at most `step` bytes per read, as a slow file might. */
function trickle(text: string, step: number): ByteSource {
  const whole = bufferByteSource(Buffer.from(text));
  return {
    ...whole,
    read: (target, offset, length, position) =>
      whole.read(target, offset, Math.min(step, length), position),
  };
}

function lines(input: ByteSource) {
  const seen: (string | number)[][] = [];
  forEachJsonlLine(input, 'l.jsonl', {
    record: (value, line) => seen.push([line, JSON.stringify(value)]),
    badLine: (line, problem) => seen.push([line, problem.slice(0, 20)]),
  });
  return seen;
}

describe('forEachJsonlLine', () => {
  const text = '\ufeff{"a": 1}\r\n\n  \n[2]\n{"b": "x"}';
  const expected = [
    [1, '{"a":1}'],
    [4, 'is not a JSON object'],
    [5, '{"b":"x"}'],
  ];

  it('parses each non-blank line with its number, after a BOM, with CRLF or LF, the last without a break', () => {
    assert.deepEqual(lines(bufferByteSource(Buffer.from(text))), expected);
  });

  it('gives the same lines however few bytes each read returns', () => {
    for (const step of [1, 2, 3, 7]) assert.deepEqual(lines(trickle(text, step)), expected);
  });

  it('reads a line that spans many reads whole', () => {
    const long = `{"k": "${'x'.repeat(5000)}"}\n{"k": 2}\n`;
    const seen = lines(trickle(long, 1000));
    assert.equal(seen.length, 2);
    assert.equal((seen[0]![1] as string).length, 5000 + 8);
  });

  it('names the line of bytes that are not UTF-8', () => {
    const bytes = Buffer.concat([
      Buffer.from('{"a": 1}\n{"a": "'),
      Buffer.from([0xe9]),
      Buffer.from('"}\n'),
    ]);
    assert.throws(() => lines(bufferByteSource(bytes)), /^TableReadError: l\.jsonl:2: byte 0xE9/);
  });
});
