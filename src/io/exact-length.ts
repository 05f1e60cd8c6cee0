/**
 * Cuts a typed array grown with spare room down to its used length without
 * holding two copies: ArrayBuffer#transfer hands the bytes to a buffer of the
 * exact size and frees the old one at once (no wait for the garbage
 * collector), and the result owns its whole buffer, so it can be transferred
 * to a worker without a copy.
 */
type Grown = Float64Array | Int32Array | Uint8Array;

export function exactLength<T extends Grown>(array: T, length: number): T {
  if (array.length === length) return array;
  const make = array.constructor as new (buffer: ArrayBuffer) => T;
  if (array.byteOffset !== 0 || !(array.buffer instanceof ArrayBuffer)) {
    return array.slice(0, length) as T;
  }
  return new make(array.buffer.transfer(length * array.BYTES_PER_ELEMENT));
}
