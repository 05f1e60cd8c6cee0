/** Parquet bytes in memory as the AsyncBuffer hyparquet reads, for the pure Parquet readers' tests. */
import { readFileSync } from 'node:fs';
import type { AsyncBuffer } from 'hyparquet';

export const weatherParquet = 'test/fixtures/io/seattle-weather-30.parquet';

export function memoryParquet(bytes: Uint8Array | ArrayBuffer): AsyncBuffer {
  const buffer = bytes instanceof ArrayBuffer ? bytes : Uint8Array.from(bytes).buffer;
  return { byteLength: buffer.byteLength, slice: (start, end) => buffer.slice(start, end) };
}

export function fixtureParquet(file = weatherParquet): AsyncBuffer {
  return memoryParquet(readFileSync(file));
}

/** A file of test/fixtures/parquet/ (its README names each file's source). */
export function testingParquet(name: string): AsyncBuffer {
  return fixtureParquet(`test/fixtures/parquet/${name}`);
}
