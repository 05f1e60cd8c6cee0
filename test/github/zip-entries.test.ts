import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { listZipEntries, readZipEntry, ZipFormatError } from '../../src/github/zip-entries.ts';
import { writeZip } from '../mocks/zip-archive.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/github/zip/${name}`, import.meta.url));
const entry = (archive: Uint8Array, name: string) => {
  const found = listZipEntries(archive).find((e) => e.name === name);
  assert.ok(found, `${name} is in the archive`);
  return found;
};

describe('zip entries', () => {
  it('lists and reads what Python zipfile wrote: stored, deflated, directories, UTF-8 names', () => {
    const archive = fixture('mixed.zip');
    // zipfile.ZipFile('mixed.zip').infolist() → names, compress_type, file_size, CRC
    assert.deepEqual(
      listZipEntries(archive).map((e) => [e.name, e.method, e.size, e.crc32]),
      [
        ['reports/', 0, 0, 0],
        ['reports/mlgate-report.json', 8, 400, 0x137675b7],
        ['notes.txt', 0, 23, 0x3efe7299],
        ['profiles/café.json', 8, 2, 0xa3a6bf43],
      ],
    );
    const report = readZipEntry(archive, entry(archive, 'reports/mlgate-report.json'), 1000);
    assert.equal(report.toString('utf8'), '{"hello": "wörld"}\n'.repeat(20));
    assert.equal(
      readZipEntry(archive, entry(archive, 'notes.txt'), 100).toString(),
      'stored, not compressed\n',
    );
    assert.equal(readZipEntry(archive, entry(archive, 'profiles/café.json'), 100).toString(), '{}');
  });

  it('takes sizes from the central directory when they follow in a data descriptor', () => {
    const archive = fixture('streamed.zip');
    const streamed = entry(archive, 'streamed.txt');
    assert.equal(streamed.size, 5000);
    assert.equal(readZipEntry(archive, streamed, 5000).toString(), 'line\n'.repeat(1000));
  });

  it('refuses an entry larger than the cap before inflating it', () => {
    const archive = fixture('bomb.zip');
    assert.throws(
      () => readZipEntry(archive, entry(archive, 'mlgate-report.json'), 1_000_000),
      /"mlgate-report.json" is 52428800 bytes; at most 1000000 are read/,
    );
  });

  it('stops inflating at the cap when the directory lies about the size', () => {
    const archive = Buffer.from(fixture('bomb.zip'));
    const bomb = entry(archive, 'mlgate-report.json');
    // Patch the central directory's uncompressed size (offset 24 of its header) to 100 bytes.
    const central = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    archive.writeUInt32LE(100, central + 24);
    assert.throws(
      () => readZipEntry(archive, { ...bomb, size: 100 }, 1_000_000),
      /inflates to more than 1000000 bytes/,
    );
    assert.throws(() => readZipEntry(archive, entry(archive, 'mlgate-report.json'), 1_000_000), {
      name: 'ZipFormatError',
    });
  });

  it('refuses an archive that holds one name twice', () => {
    assert.throws(
      () => listZipEntries(fixture('duplicate.zip')),
      /holds "mlgate-report.json" twice/,
    );
  });

  it('detects a flipped byte by the CRC-32', () => {
    const archive = writeZip({ 'a.json': '{"passed": false}' });
    const stored = entry(archive, 'a.json');
    const tampered = Buffer.from(archive);
    // Recompress a different text of the same length in place of the original data.
    const other = writeZip({ 'a.json': '{"passed": true }' });
    const data = 30 + 'a.json'.length;
    other.copy(tampered, data, data, data + stored.compressedSize);
    assert.throws(
      () => readZipEntry(tampered, stored, 100),
      /does not match its recorded size and CRC-32/,
    );
  });

  it('refuses what is not a zip archive, and truncated archives', () => {
    assert.throws(() => listZipEntries(Buffer.from('{"not": "a zip"}')), ZipFormatError);
    const archive = fixture('mixed.zip');
    assert.throws(() => listZipEntries(archive.subarray(0, archive.length - 30)), ZipFormatError);
  });

  it('reads back what the test writer wrote', () => {
    const archive = writeZip({ 'x/y.txt': 'hello', 'z.bin': new Uint8Array([0, 1, 2]) });
    assert.equal(readZipEntry(archive, entry(archive, 'x/y.txt'), 10).toString(), 'hello');
    assert.deepEqual([...readZipEntry(archive, entry(archive, 'z.bin'), 10)], [0, 1, 2]);
  });
});
