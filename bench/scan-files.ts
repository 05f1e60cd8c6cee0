/**
 * The reader alone, as a process: scans the benchmark files with the columns
 * the drift pipeline needs (numbers, categories, the id and the date), both
 * files at once, and prints the counts. `node bench/scan-files.ts A.csv B.csv`.
 */
import type { ScanKind } from '../src/data/table-scan.ts';
import { fileScanner } from '../src/io/file-scanner.ts';

const columns: Record<string, ScanKind> = { id: 'integer', date: 'date' };
for (let k = 1; k <= 14; k++) columns[`num_${String(k).padStart(2, '0')}`] = 'number';
for (const name of ['cat_a', 'cat_b', 'cat_c', 'cat_d']) columns[name] = 'category';

const files = process.argv.slice(2);
const scanFile = fileScanner();
const scans = await Promise.all(files.map((file) => scanFile(file, { columns })));
for (const scan of scans) {
  const missing = scan.columns.reduce((sum, column) => sum + column.missingCount, 0);
  const bad = scan.columns.reduce((sum, column) => sum + column.badCount, 0);
  process.stdout.write(
    `${scan.source}: ${scan.rowCount} rows, ${scan.columns.length} columns, ${missing} missing, ${bad} bad cells, ${scan.badRowCount} bad rows\n`,
  );
}
