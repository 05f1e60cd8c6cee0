/**
 * Dictionary encoding of CSV fields straight from their bytes: a field's code
 * is found by hashing its bytes (FNV-1a) into an open-addressing table and
 * comparing bytes, so a categorical column costs no string per cell, only one
 * per distinct value. Codes are dense, in order of first appearance.
 * Cost: O(field length) per lookup on average; memory O(distinct bytes),
 * starting small (a wide table has one dictionary per column).
 */
export class ByteDictionary {
  private keys = Buffer.allocUnsafe(64);
  private keyEnd = 0;
  /** Where each code's bytes end in `keys`; they start where the previous code's bytes end. */
  private keyEnds: number[] = [];
  private hashes: number[] = [];
  /** Open addressing: a code per slot, -1 when empty; a plain array, as a typed one costs a buffer of its own per column. */
  private table: number[] = new Array(32).fill(-1);
  /** Made on the first text (CSV fields mostly come as bytes). */
  private byText: Map<string, number> | null = null;

  get size(): number {
    return this.hashes.length;
  }

  /** The distinct values decoded as UTF-8, by code (decoded now: numbers probed in `auto` never are). */
  values(): string[] {
    return this.hashes.map((_, code) =>
      this.keys.toString('utf8', this.keyStart(code), this.keyEnds[code]),
    );
  }

  /** The code of a text (fields that had to be unescaped, JSON/Parquet strings); cached by text. */
  codeOfText(text: string): number {
    this.byText ??= new Map();
    let code = this.byText.get(text);
    if (code === undefined) {
      const bytes = Buffer.from(text);
      code = this.codeOf(bytes, 0, bytes.length);
      this.byText.set(text, code);
    }
    return code;
  }

  /**
   * The code of bytes[start, end), adding it when new. `knownHash` is their
   * FNV-1a hash when the caller computed it on the way (the CSV fast lane).
   */
  codeOf(bytes: Buffer, start: number, end: number, knownHash?: number): number {
    const hash = knownHash ?? fnv1a(bytes, start, end);
    const mask = this.table.length - 1;
    let slot = hash & mask;
    const length = end - start;
    for (;;) {
      const code = this.table[slot]!;
      if (code < 0) break;
      if (this.hashes[code] === hash) {
        const keyStart = this.keyStart(code);
        if (
          this.keyEnds[code]! - keyStart === length &&
          this.sameBytes(bytes, start, keyStart, length)
        ) {
          return code;
        }
      }
      slot = (slot + 1) & mask;
    }
    const code = this.hashes.length;
    this.store(bytes, start, end);
    this.hashes.push(hash);
    this.table[slot] = code;
    if (this.hashes.length * 2 > this.table.length) this.rehash();
    return code;
  }

  private keyStart(code: number): number {
    return code === 0 ? 0 : this.keyEnds[code - 1]!;
  }

  private sameBytes(bytes: Buffer, start: number, keyStart: number, length: number): boolean {
    const keys = this.keys;
    for (let i = 0; i < length; i++) if (bytes[start + i] !== keys[keyStart + i]) return false;
    return true;
  }

  private store(bytes: Buffer, start: number, end: number): void {
    const length = end - start;
    if (this.keyEnd + length > this.keys.length) {
      const keys = Buffer.allocUnsafe(Math.max(this.keys.length * 2, this.keyEnd + length));
      this.keys.copy(keys, 0, 0, this.keyEnd);
      this.keys = keys;
    }
    bytes.copy(this.keys, this.keyEnd, start, end);
    this.keyEnd += length;
    this.keyEnds.push(this.keyEnd);
  }

  private rehash(): void {
    const table: number[] = new Array(this.table.length * 2).fill(-1);
    const mask = table.length - 1;
    for (let code = 0; code < this.hashes.length; code++) {
      let slot = this.hashes[code]! & mask;
      while (table[slot]! >= 0) slot = (slot + 1) & mask;
      table[slot] = code;
    }
    this.table = table;
  }
}

/** FNV-1a (32 bits, as a signed integer) of bytes[start, end). */
export function fnv1a(bytes: Buffer, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash;
}
