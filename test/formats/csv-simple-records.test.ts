import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import {
  CsvSimpleRecords,
  LANE_CODE,
  LANE_HASH,
  LANE_NUMBER,
} from '../../src/formats/csv-simple-records.ts';

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

/**
 * Runs a lane whose fields all have LANE_CODE over `text`, each field's codes
 * those of a dictionary of its own (a Map from text to code), remembering
 * every miss as ScanColumnBuilder does; per record and field, the code the
 * cache gave (or −1) and the code the dictionary gives.
 */
function runCoded(made: CsvSimpleRecords, text: string, owners: object[]) {
  const bytes = Buffer.from(text);
  const dictionaries = owners.map(() => new Map<string, number>());
  const seen: { cached: number; code: number; text: string }[][] = [];
  made.run(bytes, 0, bytes.length, Number.POSITIVE_INFINITY, 1, (count) => {
    const first = seen.length;
    for (let r = 0; r < count; r++) seen.push([]);
    owners.forEach((owner, f) => {
      const codes = made.codesOf(f, owner);
      for (let r = 0, at = f * made.batch; r < count; r++, at++) {
        const field = bytes.toString('latin1', made.starts[at], made.ends[at]);
        const dictionary = dictionaries[f]!;
        if (!dictionary.has(field)) dictionary.set(field, dictionary.size);
        const code = dictionary.get(field)!;
        const cached = codes === null ? -1 : codes[at]!;
        if (codes !== null && cached < 0) {
          made.remember(f, at, code, bytes, made.starts[at]!, made.ends[at]!);
        }
        seen[first + r]!.push({ cached, code, text: field });
      }
    });
  });
  return seen;
}

/** A lane of `fields` fields, each hashed and coded as the dictionary `owners[f]`'s. */
function codedLane(owners: object[]): CsvSimpleRecords {
  const made = new CsvSimpleRecords(',', owners.length);
  owners.forEach((owner, f) => {
    made.setMode(f, LANE_HASH | LANE_CODE, owner);
  });
  return made;
}

describe("the CSV fast lane's code cache", () => {
  // Equal FNV-1a hashes and lengths, found by hashing k0000000 … k1999999 (−2105830110) and
  // category0000000 … category2999999 (608255075): the second pair differs after its first 8 bytes.
  const twins = ['k0174628', 'k1872066', 'category0717786', 'category1456240'];

  it('gives each field the code its dictionary gave the same bytes in an earlier batch, and −1 for anything else', () => {
    assert.equal(fnv1a(twins[0]!), fnv1a(twins[1]!));
    assert.equal(fnv1a(twins[2]!), fnv1a(twins[3]!));
    const values = ['red', 'blue', 'red ', '', ...twins, 'x'.repeat(300)];
    const lines = Array.from({ length: 3000 }, (_, i) => {
      const a = values[i % values.length]!;
      // The second field holds the first's texts in another order: the same bytes, other codes.
      const b = values[(i * 3 + 1) % values.length]!;
      return `${a},${b}`;
    });
    const owners = [{}, {}];
    const made = codedLane(owners);
    const seen = runCoded(made, `${lines.join('\n')}\n`, owners);
    assert.equal(seen.length, lines.length);
    let hits = 0;
    seen.forEach((row, r) => {
      for (const { cached, code, text } of row) {
        // Never another text's code, even of the same hash and length.
        if (cached >= 0) assert.equal(cached, code, `record ${r}: ${text}`);
        hits += cached >= 0 ? 1 : 0;
        // Longer than 255 bytes: never cached.
        if (text.length > 255) assert.equal(cached, -1);
        // Every short text is cached from the second batch on.
        else if (r >= made.batch) assert.equal(cached, code, `record ${r}: ${text}`);
      }
    });
    assert.ok(hits > 4000);
    made.release();
  });

  it('starts over for a field given another dictionary, and in a new lane on the same thread', () => {
    const line = 'a,b\n'.repeat(600);
    const first = codedLane([{}, {}]);
    runCoded(first, line, [{}, {}]);
    first.release();
    // The kept memory holds the last lane's cache: a new lane must not find its codes.
    const owners = [{}, {}];
    const second = codedLane(owners);
    const seen = runCoded(second, line, owners);
    assert.ok(seen.slice(0, second.batch).every((row) => row.every(({ cached }) => cached === -1)));
    // Another dictionary for field 0: no codes until the lane has its own.
    const other = {};
    assert.equal(second.codesOf(0, other), null);
    // What a caller reads instead of a field's codes when it has none: −1 in every cell.
    assert.equal(second.uncached.length, 2 * second.batch);
    assert.ok(second.uncached.every((code) => code === -1));
    second.setMode(0, LANE_HASH | LANE_CODE, other);
    const again = runCoded(second, line, [other, owners[1]!]);
    assert.equal(again[0]![0]!.cached, -1);
    assert.equal(again[0]![1]!.cached, 0);
    assert.equal(again[second.batch]![0]!.cached, 0);
    second.release();
  });

  it('stops caching a field that has had 4,096 codes cached, and caches nothing for a wide table or a field without a dictionary', () => {
    const owners = [{}];
    const many = codedLane(owners);
    const distinct = Array.from({ length: 5000 }, (_, i) => `v${i}`);
    runCoded(many, `${distinct.join('\n')}\n`, owners);
    assert.equal(many.modes[0], LANE_HASH);
    assert.equal(many.codesOf(0, owners[0]!), null);
    many.setMode(0, LANE_HASH | LANE_CODE, owners[0]!);
    assert.equal(many.modes[0], LANE_HASH);
    many.release();
    // 2,000 fields: batches of 131 records. 5,000 fields: 52, fewer than 64.
    const narrow = new CsvSimpleRecords(',', 2000);
    narrow.setMode(0, LANE_HASH | LANE_CODE, {});
    narrow.setMode(1, LANE_HASH | LANE_CODE, null);
    assert.deepEqual([...narrow.modes.subarray(0, 2)], [LANE_HASH | LANE_CODE, LANE_HASH]);
    narrow.release();
    const wide = new CsvSimpleRecords(',', 5000);
    wide.setMode(0, LANE_HASH | LANE_CODE, {});
    assert.equal(wide.modes[0], LANE_HASH);
    wide.release();
  });

  it("compares a cached key near the end of its input, where the module's memory ends", () => {
    // A lane alive at the same time takes the thread's kept instance, whose memory earlier tests
    // grew; this one gets a new instance, whose memory ends 8 bytes after its input (about 300 KB).
    const other = codedLane([{}]);
    const owners = [{}, {}];
    const made = codedLane(owners);
    // More than the input holds, so it is filled to within a line of its end, and the last key
    // copied in is compared 8 bytes at a time, reading past the input (READ_AHEAD).
    const seen = runCoded(made, 'a,b\n'.repeat(100_000), owners);
    assert.equal(seen.length, 100_000);
    assert.ok(
      seen.slice(made.batch).every((row) => row.every(({ cached, code }) => cached === code)),
    );
    made.release();
    other.release();
  });

  it('clears the cache when its texts fill their 64 KB, and caches again after', () => {
    // 1,200 distinct texts of 60 bytes: 72,000 bytes, more than the keys hold; then two texts.
    const owners = [{}];
    const made = codedLane(owners);
    const texts = Array.from({ length: 1200 }, (_, i) => `${i}`.padStart(60, '0'));
    const repeated = Array.from({ length: 1000 }, (_, i) => (i % 2 ? 'a' : 'b'));
    const seen = runCoded(made, `${[...texts, ...repeated].join('\n')}\n`, owners).map(
      ([cell]) => cell!,
    );
    seen.forEach(({ cached, code }, r) => {
      if (cached >= 0) assert.equal(cached, code, `record ${r}`);
    });
    // The last batch of 60-byte texts begins after the clear: those before it were cleared.
    assert.ok(seen.slice(0, 1200).every(({ cached }) => cached === -1));
    const last = seen.slice(1200 + 2 * made.batch);
    assert.ok(last.every(({ cached, code }) => cached === code));
    made.release();
  });
});
