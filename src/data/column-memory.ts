/**
 * Memory for the typed columns of a scan. Columns live in resizable
 * ArrayBuffers: V8 maps those pages directly (reserving address space for the
 * room asked for), so a column grows and shrinks in place without a copy, and
 * freeing it returns the memory to the system at once. Plain buffers come from
 * malloc, and glibc keeps freed blocks of a few megabytes in its heap once its
 * adaptive mmap threshold has risen (about 100 MB more peak memory on the
 * bench pair). A column's view tracks its buffer's length, and after
 * `resizeColumn` it owns its whole buffer, so it can be transferred to a
 * worker without a copy.
 */
type Column = Float64Array | Int32Array | Uint32Array | Uint8Array;
type ColumnType<T extends Column> = { new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number };

/** A zero-filled column of `length` elements with room to grow to `room` in place. */
export function allocateColumn<T extends Column>(
  type: ColumnType<T>,
  length: number,
  room = length,
): T {
  const size = type.BYTES_PER_ELEMENT;
  return new type(new ArrayBuffer(length * size, { maxByteLength: Math.max(length, room) * size }));
}

/**
 * The column with `length` elements: resized in place when its buffer has
 * room (new elements are zero), else moved to a buffer with twice the room.
 */
export function resizeColumn<T extends Column>(array: T, length: number): T {
  const buffer = array.buffer;
  const bytes = length * array.BYTES_PER_ELEMENT;
  if (
    buffer instanceof ArrayBuffer &&
    buffer.resizable &&
    bytes <= buffer.maxByteLength &&
    array.byteOffset === 0
  ) {
    buffer.resize(bytes);
    // A view over a resizable buffer tracks its length; a fixed one needs remaking.
    return array.length * array.BYTES_PER_ELEMENT === bytes
      ? array
      : (new (array.constructor as ColumnType<T>)(buffer) as T);
  }
  const moved = allocateColumn(array.constructor as ColumnType<T>, length, length * 2);
  moved.set(array.subarray(0, Math.min(length, array.length)) as never);
  return moved;
}

/** Frees a column's memory now; the array must not be used afterwards. */
export function releaseColumn(array: Column): void {
  if (array.byteOffset === 0 && array.buffer instanceof ArrayBuffer && !array.buffer.detached) {
    array.buffer.transfer(0);
  }
}
