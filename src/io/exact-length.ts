/**
 * Column buffers sized and freed on purpose rather than by the garbage
 * collector: ArrayBuffer#transfer moves the bytes to a buffer of the exact size
 * (or to none) and frees the old one at once, so big scans do not hold two
 * copies of a column while waiting for a collection.
 */
type Grown = Float64Array | Int32Array | Uint8Array;

/**
 * The first `length` elements in a buffer of exactly that size, which the
 * result owns whole (so it can be transferred to a worker without a copy).
 */
export function exactLength<T extends Grown>(array: T, length: number): T {
  if (array.length === length) return array;
  const make = array.constructor as new (buffer: ArrayBuffer) => T;
  if (array.byteOffset !== 0 || !(array.buffer instanceof ArrayBuffer)) {
    return array.slice(0, length) as T;
  }
  return new make(array.buffer.transfer(length * array.BYTES_PER_ELEMENT));
}

/** Frees an array's memory now; the array must not be used afterwards. */
export function releaseBuffer(array: Grown): void {
  if (array.byteOffset === 0 && array.buffer instanceof ArrayBuffer && !array.buffer.detached) {
    array.buffer.transfer(0);
  }
}
