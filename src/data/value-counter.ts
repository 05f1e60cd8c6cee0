/**
 * Counts a long column of numbers block by block, in memory that does not
 * grow with the rows: what a scan does with a numeric column while reading it
 * (src/io/scan-column-builder.ts), so the values never wait for a later pass.
 *
 * While every value is k / 10^d for one d ≤ 6 and the integers k span at most
 * max(2^16, 4 × the values so far) and 2^22, the k are counted in one array
 * that widens with their range: nothing is sorted and nothing merged, and
 * the table comes from one walk of the array at the end. A block that breaks
 * this (a value with more decimals, a range too wide for the values, doubles
 * in full precision) turns the counter to tables for good: each block is
 * counted on its own (count-values.ts) and the tables merge like a binary
 * counter, equal sizes first.
 * Cost: O(block) per block and O(span) at the end while counting integers;
 * else O(n log(n / block)) for the merges.
 */

import { momentsOf } from '../profile/moments.ts';
import {
  decimalsOf,
  keyCountsTable,
  maxDecimals,
  mergeValueCounts,
  separateFinite,
  type Table,
  tableOf,
} from './count-values.ts';
import type { ValueCounts } from './table-scan.ts';

/** At most 16 MB of counts per column. */
const maxSpan = 1 << 22;
/** A widened range takes this share of its span again on the side it grew, so a slowly widening range is not copied for every block. */
const slack = 1 / 4;

export class ValueCounter {
  /** Counts of k − low, while counting integer keys. */
  private keyCounts: Uint32Array | null = null;
  private scale = 1;
  private low = 0;
  /** False once a block did not fit the keys: blocks are tables from then on. */
  private keyed = true;
  /** Finite values counted. */
  private total = 0;
  /** Tables of blocks; level i holds 2^i blocks' worth, or nothing. */
  private levels: (ValueCounts | null)[] = [];
  private nan = 0;
  private positiveInfinity = 0;
  private negativeInfinity = 0;

  /** Counts `values[0, length)`, which it may reorder and overwrite. */
  add(values: Float64Array, length: number): void {
    const { finite, min, max, ...specials } = separateFinite(values, length);
    this.nan += specials.nan;
    this.positiveInfinity += specials.positiveInfinity;
    this.negativeInfinity += specials.negativeInfinity;
    if (finite.length === 0) return;
    if (this.keyed && this.addKeys(finite, min, max)) {
      this.total += finite.length;
      return;
    }
    if (this.keyCounts) {
      this.carry(keyCountsTable(this.keyCounts, this.low, this.scale));
      this.keyCounts = null;
    }
    this.keyed = false;
    this.carry(tableOf(finite, min, max));
    this.total += finite.length;
  }

  /** Everything added, counted, with the moments of the finite values. */
  finish(): ValueCounts {
    const parts = this.levels.filter((level) => level !== null);
    if (this.keyCounts)
      parts.push(withoutSpecials(keyCountsTable(this.keyCounts, this.low, this.scale)));
    this.keyCounts = null;
    this.levels = [];
    const { values, weights } = mergeValueCounts(parts);
    return {
      values,
      weights,
      moments: momentsOf(values, weights),
      nan: this.nan,
      positiveInfinity: this.positiveInfinity,
      negativeInfinity: this.negativeInfinity,
    };
  }

  private carry(table: Table): void {
    let carry = withoutSpecials(table);
    for (let level = 0; ; level++) {
      const held = this.levels[level];
      if (!held) {
        this.levels[level] = carry;
        return;
      }
      carry = mergeValueCounts([held, carry]);
      this.levels[level] = null;
    }
  }

  /** Counts the block's keys; false (and nothing counted) when they do not fit. */
  private addKeys(finite: Float64Array, min: number, max: number): boolean {
    if (this.keyCounts === null) {
      // The first block picks the decimals.
      for (let decimals = decimalsOf(finite); decimals <= maxDecimals; decimals++) {
        this.scale = 10 ** decimals;
        this.low = Math.round(min * this.scale);
        const span = Math.round(max * this.scale) - this.low + 1;
        if (!this.fits(this.low, span, finite.length)) return false;
        this.keyCounts = new Uint32Array(span);
        if (this.tally(finite)) return true;
        this.keyCounts = null;
      }
      return false;
    }
    const held = this.keyCounts;
    const low = Math.round(min * this.scale);
    const high = Math.round(max * this.scale);
    const heldHigh = this.low + held.length - 1;
    if (low < this.low || high > heldHigh) {
      const extra = Math.ceil(held.length * slack);
      let from = low < this.low ? low - extra : this.low;
      let to = high > heldHigh ? high + extra : heldHigh;
      if (!this.fits(from, to - from + 1, finite.length)) {
        from = Math.min(low, this.low);
        to = Math.max(high, heldHigh);
        if (!this.fits(from, to - from + 1, finite.length)) return false;
      }
      const widened = new Uint32Array(to - from + 1);
      widened.set(held, this.low - from);
      this.keyCounts = widened;
      this.low = from;
    }
    return this.tally(finite);
  }

  private fits(low: number, span: number, added: number): boolean {
    return (
      Number.isSafeInteger(low) &&
      span <= maxSpan &&
      span <= Math.max(1 << 16, 4 * (this.total + added))
    );
  }

  /** Counts each k after checking that k / scale gives the value back; on a value that does not, undoes the block. */
  private tally(finite: Float64Array): boolean {
    const counts = this.keyCounts!;
    const scale = this.scale;
    const low = this.low;
    for (let i = 0; i < finite.length; i++) {
      const value = finite[i]!;
      const k = Math.round(value * scale);
      if (k / scale !== value) {
        for (let j = 0; j < i; j++) counts[Math.round(finite[j]! * scale) - low]!--;
        return false;
      }
      counts[k - low]!++;
    }
    return true;
  }
}

function withoutSpecials(table: Table): ValueCounts {
  return { ...table, nan: 0, positiveInfinity: 0, negativeInfinity: 0 };
}
