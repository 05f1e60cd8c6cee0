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
 * A small column (room for less than SMALL_BYTES) takes a plain buffer: a
 * resizable one is a mapping of its own, at least a whole page once written,
 * which a table of 50,000 short columns pays 50,000 times over.
 * Resizable buffers have a price when read: V8 loads their elements about 2.5
 * times slower than a plain buffer's (1.7 against 0.7 ms per million in a
 * summing loop), so an array that never grows, such as the block a counted
 * column fills (src/formats/scan-column-builder.ts), takes a plain one.
 */
type Column = Float64Array | Int32Array | Uint32Array | Uint8Array;
export type ColumnType<T extends Column> = {
  new (buffer: ArrayBuffer, byteOffset?: number, length?: number): T;
  BYTES_PER_ELEMENT: number;
};

/** Columns with less room than this live in plain (malloc'd) buffers, copied when they grow. */
const SMALL_BYTES = 1 << 16;

/** A zero-filled column of `length` elements with room to grow to `room` in place. */
export function allocateColumn<T extends Column>(
  type: ColumnType<T>,
  length: number,
  room = length,
): T {
  const size = type.BYTES_PER_ELEMENT;
  const maxByteLength = Math.max(length, room) * size;
  if (maxByteLength < SMALL_BYTES) return new type(new ArrayBuffer(length * size));
  return new type(new ArrayBuffer(length * size, { maxByteLength }));
}

/** A transparent huge page: 2 MiB on x86-64, and on arm64 with 4 KiB pages. */
const HUGE_PAGE_BYTES = 2 ** 21;
/** Bytes kept off a block's size so that glibc's header (8 bytes, rounded to 16) leaves its mapping a whole number of pages. */
const MALLOC_HEADER_ROOM = 64;

/**
 * Room for `count` elements of `bytesPer` bytes each, raised to fill whole
 * 2 MiB pages when that costs at most an eighth more. glibc maps a block of
 * megabytes on its own, at a length of the block plus its header rounded up
 * to 4 KiB, on huge pages where the kernel gives them to every large mapping
 * (transparent huge pages `[always]`, as on RHEL) or malloc asks for them
 * (`GLIBC_TUNABLES=glibc.malloc.hugetlb=1`, which mlgate's restart set until
 * src/io/malloc-restart.ts found it slower on cold memory). The kernel (6.18
 * on the bench machine) starts such a mapping on a 2 MiB boundary when its
 * length is a multiple of 2 MiB, and otherwise wherever it fits, its first
 * and last 2 MiB then partly on 4 KiB pages. A key list of 1,042,504 keys
 * (4.17 MB, the bench's 1M-row files) lay about half on 4 KiB pages, each a
 * fault; at 1,048,560 keys it is two huge pages: the 1M-row drift, on huge
 * pages, took 15,000–17,000 faults instead of 20,000–23,000, and 1.27
 * instead of 1.30 s, at the same peak (6 runs alternating). The eighth
 * bounds what an array may hold and never use; on 4 KiB pages that part is
 * never written, so it costs no memory.
 */
export function roomOnWholeHugePages(count: number, bytesPer: number): number {
  const bytes = count * bytesPer;
  const pages = Math.ceil((bytes + MALLOC_HEADER_ROOM) / HUGE_PAGE_BYTES);
  const whole = pages * HUGE_PAGE_BYTES - MALLOC_HEADER_ROOM;
  return whole - bytes <= bytes / 8 ? Math.floor(whole / bytesPer) : count;
}

/**
 * Small columns carved out of shared slabs, for a table of many short columns
 * (50,000 columns × 20 rows): a typed array with a buffer of its own costs
 * about 700 bytes besides its data (the buffer object, its backing store, the
 * allocator's header) and a copy when it is cut to size; a view into a slab
 * costs only the view. A view never starts at its slab's first byte, so
 * `releaseColumn` and the worker pools (which hand on only buffers a view owns
 * whole) leave the slab alone; a view that must grow moves to a buffer of its
 * own (`resizeColumn`). The slabs live as long as any of their views, so the
 * columns a reader hands on are copied (`keep`) into slabs of their own,
 * apart from the working arrays (room for rows not read, blocks already
 * counted): those slabs are freed with the reader's last builder, not held
 * by the scan (about 12 MB per file of 50,000 columns × 20 rows). One arena serves one reader.
 */
export class ColumnArena {
  /** Only columns of at most this many bytes are carved; longer ones take buffers of their own. */
  static readonly maxBytes = 1 << 10;
  private readonly working = new Slabs();
  private readonly kept = new Slabs();

  /** A zero-filled working column of `length` elements, from a slab when it is small. */
  take<T extends Column>(type: ColumnType<T>, length: number, room = length): T {
    const bytes = length * type.BYTES_PER_ELEMENT;
    if (bytes > ColumnArena.maxBytes) return allocateColumn(type, length, room);
    return this.working.carve(type, length);
  }

  /** A zero-filled column of `length` elements that the reader hands on. */
  takeKept<T extends Column>(type: ColumnType<T>, length: number): T {
    const bytes = length * type.BYTES_PER_ELEMENT;
    if (bytes > ColumnArena.maxBytes) return allocateColumn(type, length);
    return this.kept.carve(type, length);
  }

  /** A column this arena gave, cut to `length` elements to be handed on: a slab's view copied out of the working slabs. */
  keep<T extends Column>(array: T, length: number): T {
    if (array.byteOffset === 0 || length > array.length) return cutColumn(array, length);
    const copy = this.takeKept(array.constructor as ColumnType<T>, length);
    copy.set(array.subarray(0, length) as never);
    return copy;
  }
}

/**
 * Slabs that views are carved from, one after the other. The first is small and
 * each next one twice the last, up to 1 MB: a scan of a few short columns (a
 * PR's CSV, read by each check of a run) took a megabyte per arena, and the
 * fresh memory and the collections it set off were a tenth of a PR-sized
 * `mlgate run`; a wide table reaches the full size after a few slabs.
 */
class Slabs {
  private static readonly firstSlabBytes = 1 << 13;
  private static readonly maxSlabBytes = 1 << 20;
  private slab = new ArrayBuffer(0);
  private used = 0;

  carve<T extends Column>(type: ColumnType<T>, length: number): T {
    const bytes = length * type.BYTES_PER_ELEMENT;
    // Eight-byte aligned, and never at offset 0 (see ColumnArena).
    const start = this.used === 0 ? 8 : this.used;
    if (start + bytes > this.slab.byteLength) {
      const next = Math.min(
        Slabs.maxSlabBytes,
        Math.max(Slabs.firstSlabBytes, 2 * this.slab.byteLength),
      );
      this.slab = new ArrayBuffer(next);
      this.used = 0;
      return this.carve(type, length);
    }
    this.used = start + Math.ceil(bytes / 8) * 8;
    return new type(this.slab, start, length);
  }
}

/** The column cut to `length` elements: a view into a slab (ColumnArena) without a copy, else `resizeColumn`. */
export function cutColumn<T extends Column>(array: T, length: number): T {
  if (array.byteOffset === 0 || length > array.length) return resizeColumn(array, length);
  return array.length === length ? array : (array.subarray(0, length) as T);
}

/**
 * The column with `length` elements: resized in place when its buffer has
 * room (new elements are zero), else moved to a buffer with twice the room.
 */
export function resizeColumn<T extends Column>(array: T, length: number): T {
  const buffer = array.buffer;
  const bytes = length * array.BYTES_PER_ELEMENT;
  if (array.byteOffset === 0 && buffer.byteLength === bytes && array.length === length) {
    return array;
  }
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

/**
 * Frees a column's memory now; the array must not be used afterwards. Only a
 * view that owns its whole buffer is freed: a slab's views (ColumnArena) and
 * a slice of Node's shared Buffer pool are left alone.
 */
export function releaseColumn(array: Column): void {
  const buffer = array.buffer;
  if (
    array.byteOffset === 0 &&
    buffer instanceof ArrayBuffer &&
    !buffer.detached &&
    array.byteLength === buffer.byteLength
  ) {
    buffer.transfer(0);
  }
}

/**
 * Empty columns shared by every column that has no values of a kind (the
 * `distribution` layout's per-row arrays, a counter's unused arrays), so a
 * table of 50,000 columns does not hold 50,000 empty buffers. Their views
 * start past their buffer's start, so `releaseColumn` and the worker pool
 * (which hand on only buffers a view owns whole) never detach them; nothing
 * can write into a view of length 0.
 */
const emptyBacking = new ArrayBuffer(8);
export const emptyFloat64s = new Float64Array(emptyBacking, 8, 0);
export const emptyBytes = new Uint8Array(emptyBacking, 8, 0);
export const emptyInt32s = new Int32Array(emptyBacking, 8, 0);
export const emptyUint32s = new Uint32Array(emptyBacking, 8, 0);
