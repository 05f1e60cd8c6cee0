import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { CsvSimpleRecords, LANE_HASH, LANE_NUMBER } from '../../src/formats/csv-simple-records.ts';

/** FNV-1a of a text's bytes, as ByteDictionary hashes them. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text)) hash = Math.imul(hash ^ byte, 0x01000193);
  // As an Int32Array holds it.
  return hash | 0;
}

/** What the lane must give a field: Number(text) for -?digits[.digits] of 1 to 15 digits (then exact), else nothing. */
function laneNumber(text: string): number | undefined {
  const plain = /^-?(\d*)\.?(\d*)$/.exec(text);
  const digits = plain ? plain[1]!.length + plain[2]!.length : 0;
  return plain && digits > 0 && digits <= 15 ? Number(text) : undefined;
}

interface Cell {
  start: number;
  end: number;
  number: number | undefined;
  hash: number;
}

/** Runs the lane over bytes[pos, filled) until it stops, collecting every field of every batch. */
function runAll(lane: CsvSimpleRecords, bytes: Buffer, pos: number, filled: number) {
  const cells: Cell[][] = [];
  const fields = lane.modes.length;
  const stop = lane.run(bytes, pos, filled, Number.POSITIVE_INFINITY, 1, (count) => {
    for (let r = 0; r < count; r++) {
      const row: Cell[] = [];
      for (let f = 0; f < fields; f++) {
        const at = f * lane.batch + r;
        row.push({
          start: lane.starts[at]!,
          end: lane.ends[at]!,
          number: lane.parsed[at] === 1 ? lane.numbers[at] : undefined,
          hash: (lane.modes[f]! & LANE_HASH) !== 0 ? lane.hashes[at]! : 0,
        });
      }
      cells.push(row);
    }
  });
  return { cells, stop };
}

const shapes = [
  '1',
  '-0',
  '-12.5',
  '.5',
  '5.',
  '-',
  '',
  '1e5',
  '123456789012345',
  '1234567890123456',
  '0.000000000000001',
  'abc',
  '7.25',
];
const rows = Array.from({ length: 1000 }, (_, i) => [
  shapes[i % 13]!,
  `k${i % 7}`,
  shapes[(i * 5) % 13]!,
]);
const text = `${rows.map((row) => row.join(',')).join('\n')}\n`;

function lane(): CsvSimpleRecords {
  const made = new CsvSimpleRecords(',', 3);
  made.modes.set([LANE_NUMBER, LANE_HASH, LANE_NUMBER | LANE_HASH]);
  return made;
}

describe('the CSV fast lane', () => {
  it('splits records, parses plain decimals exactly and hashes fields, at the positions of the buffer given', () => {
    const prefix = 'x,y\n'.repeat(3);
    for (const offset of [0, prefix.length]) {
      const bytes = Buffer.from(prefix.slice(0, offset) + text);
      const read = runAll(lane(), bytes, offset, bytes.length);
      assert.equal(read.stop, bytes.length);
      assert.equal(read.cells.length, rows.length);
      let start = offset;
      read.cells.forEach((row, r) => {
        row.forEach((cell, f) => {
          const field = rows[r]![f]!;
          assert.equal(cell.start, start, `record ${r} field ${f}`);
          assert.equal(cell.end, start + field.length);
          assert.ok(Object.is(cell.number, laneNumber(field)), `${field}: ${cell.number}`);
          if (f > 0) assert.equal(cell.hash, fnv1a(field));
          start = cell.end + 1;
        });
      });
    }
  });

  it('reads more lines than its input holds (256 KB) in one run, piece by piece', () => {
    const line = '12.5,key,-7\n';
    const many = Buffer.from(line.repeat(Math.ceil((1 << 20) / line.length)));
    const { cells, stop } = runAll(lane(), many, 0, many.length);
    assert.equal(stop, many.length);
    assert.equal(cells.length, many.length / line.length);
    cells.forEach((row, r) => {
      assert.equal(row[0]!.start, r * line.length);
      assert.equal(row[2]!.number, -7);
    });
    // A record that is not simple past the first piece: the run stops at it.
    many.write('"', line.length * 30_000);
    assert.equal(runAll(lane(), many, 0, many.length).stop, line.length * 30_000);
  });

  it('stops before a record that is not simple: a quote, a lone CR, too few or too many fields, a blank line', () => {
    for (const bad of ['"a",1,2', '1,2\r3', '1,2', '1,2,3,4', '']) {
      const input = Buffer.from(`1,a,2\n${bad}\n4,b,5\n`);
      const { cells, stop } = runAll(lane(), input, 0, input.length);
      assert.equal(cells.length, 1, JSON.stringify(bad));
      assert.equal(stop, 6);
    }
    const crlf = Buffer.from('1,a,2\r\n3,b,4\r\n');
    assert.equal(runAll(lane(), crlf, 0, crlf.length).stop, crlf.length);
  });

  it("reuses a released lane's memory on the same thread, its modes cleared", () => {
    const first = lane();
    const memory = first.starts.buffer;
    first.release();
    first.release();
    const second = new CsvSimpleRecords(',', 3);
    assert.equal(second.starts.buffer, memory);
    assert.deepEqual([...second.modes], [0, 0, 0]);
    second.release();
    // A lane of more fields than the kept memory holds grows it, and so does a record longer than
    // its input (256 KB): this one is 288,890 bytes.
    const wide = new CsvSimpleRecords(',', 50_000);
    wide.modes.fill(LANE_NUMBER);
    const record = Buffer.from(`${Array.from({ length: 50_000 }, (_, i) => i).join(',')}\n`);
    const { cells, stop } = runAll(wide, record, 0, record.length);
    assert.equal(stop, record.length);
    assert.deepEqual(
      cells[0]!.map((cell) => cell.number),
      Array.from({ length: 50_000 }, (_, i) => i),
    );
    // Longer than 4 MB: left to the tokenizer (the run takes nothing).
    const huge = Buffer.from(`${'9'.repeat(5 << 20)},${record.subarray(2)}`);
    assert.equal(runAll(wide, huge, 0, huge.length).stop, 0);
    wide.release();
  });
});
