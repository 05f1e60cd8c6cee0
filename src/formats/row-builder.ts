/**
 * The column builders of a file read row by row whose columns appear as the
 * rows arrive (JSONL: a key first seen on row 1000 is a column whose first
 * 1000 cells are missing). Each column is read as the settings say
 * (src/formats/column-plans.ts); a row that does not mention a column gets a
 * missing cell there.
 */
import { addLooseValue } from './add-loose-value.ts';
import { type ColumnPlan, columnKind, columnPlan } from './column-plans.ts';
import { ScanColumnBuilder } from './scan-column-builder.ts';
import type { TableScanSettings } from './table-scan-settings.ts';

export class RowBuilder {
  /** Every column seen, read or skipped, in order of first appearance. */
  readonly names: string[] = [];
  /** The columns read, with their builders at the same index. */
  readonly plans: ColumnPlan[] = [];
  readonly builders: ScanColumnBuilder[] = [];
  private readonly byName = new Map<string, ScanColumnBuilder | null>();
  rows = 0;
  private readonly settings: TableScanSettings;
  private readonly missing: ReadonlySet<string>;

  constructor(settings: TableScanSettings) {
    this.settings = settings;
    this.missing = new Set(settings.missingValues);
  }

  /** The builder of a column (added, with missing cells for earlier rows, when new); null when skipped. */
  builder(name: string): ScanColumnBuilder | null {
    let builder = this.byName.get(name);
    if (builder === undefined) {
      const kind = columnKind(name, this.settings);
      this.names.push(name);
      builder = null;
      if (kind !== 'skip') {
        const plan = columnPlan(name, this.names.length - 1, kind, this.settings);
        builder = new ScanColumnBuilder(
          kind,
          1024,
          this.settings.badCellsPerColumn,
          this.settings.layout,
          undefined,
          plan.checks,
        );
        for (let i = 0; i < this.rows; i++) builder.addMissing();
        this.plans.push(plan);
        this.builders.push(builder);
      }
      this.byName.set(name, builder);
    }
    return builder;
  }

  add(builder: ScanColumnBuilder, value: unknown, record: number, line: number | undefined): void {
    addLooseValue(builder, value, this.missing, false, record, line);
  }

  /** Ends a row: columns it did not mention get a missing cell. */
  endRow(): void {
    this.rows++;
    for (const builder of this.builders) builder.padTo(this.rows);
  }
}
