import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { parseIntegerCell, parseNumberCell } from '../../src/formats/parse-number.ts';
import { parseIntegerBytes, parseNumberBytes } from '../../src/formats/parse-number-bytes.ts';

const cases = [
  '0',
  '-0',
  '+0',
  '1',
  '12.5',
  ' 12.5 ',
  '\t-3\r',
  '1.',
  '.5',
  '-.5e-3',
  '1e22',
  '1e23',
  '1e-22',
  '1e-23',
  '123456789012345',
  '1234567890123456',
  '12345678901234567890',
  '0.1',
  '0.30000000000000004',
  '9007199254740993',
  '2.2250738585072014e-308',
  '1e400',
  '-1e400',
  '5e-324',
  '1E5',
  '1e+5',
  '00012',
  '0.000000000000000000000001',
  '179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000',
  'nan',
  'NaN',
  '-nan',
  'inf',
  '-Infinity',
  '+inf',
  'INF',
  'Inf',
  'nane',
  'infinit',
  '12,8',
  '15.6C',
  'unknown',
  '',
  ' ',
  '.',
  '+',
  '-',
  'e5',
  '1e',
  '1e+',
  '1.2.3',
  '--1',
  '+-1',
  '0x1A',
  '1_000',
  '١٢',
  '12\u00a0',
  '\u00a012',
  '1\u00a02',
  '12\t\u00a0',
  '\u2003-4.5\u2003',
  '\ufeff7',
  '7 8',
];

function bytesOf(text: string): Buffer {
  // Surround with other bytes so offsets are exercised.
  return Buffer.from(`#${text}#`);
}

describe('parseNumberBytes', () => {
  it('agrees with parseNumberCell on edge cases', () => {
    for (const text of cases) {
      const bytes = bytesOf(text);
      assert.deepEqual(
        parseNumberBytes(bytes, 1, bytes.length - 1),
        parseNumberCell(text) ?? undefined,
        JSON.stringify(text),
      );
    }
  });
  it('agrees with parseNumberCell on 20,000 seeded random decimals, bit for bit', () => {
    let state = 12345;
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    for (let i = 0; i < 20000; i++) {
      const digits = 1 + Math.floor(random() * 19);
      let text = random() < 0.3 ? '-' : '';
      for (let d = 0; d < digits; d++) text += Math.floor(random() * 10);
      const point = Math.floor(random() * (digits + 1));
      text =
        random() < 0.8
          ? `${text.slice(0, text.length - point)}.${text.slice(text.length - point)}`
          : text;
      if (random() < 0.3) text += `e${Math.floor(random() * 60) - 30}`;
      const bytes = bytesOf(text);
      assert.ok(
        Object.is(parseNumberBytes(bytes, 1, bytes.length - 1), parseNumberCell(text) ?? undefined),
        text,
      );
    }
  });
});

describe('parseIntegerBytes', () => {
  it('agrees with parseIntegerCell', () => {
    for (const text of [...cases, '42', '-42', '+42', ' 7 ', '1.0', '99999999999999999999']) {
      const bytes = bytesOf(text);
      assert.deepEqual(
        parseIntegerBytes(bytes, 1, bytes.length - 1),
        parseIntegerCell(text) ?? undefined,
        JSON.stringify(text),
      );
    }
  });
});
