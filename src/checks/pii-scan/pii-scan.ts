/**
 * Data 5, "the data pipeline has appropriate privacy controls": scans every
 * cell of the configured files for e-mail addresses, phone numbers, payment
 * card numbers, US SSNs, UK National Insurance numbers, Canadian SINs and
 * IBANs (pii-column-scan.ts), and fails for each column that holds a kind it
 * is not declared to hold (pii-scan-outcome.ts). The personal data itself is
 * never printed.
 */

import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { emptyPiiScan, scanFileForPii } from './pii-column-scan.ts';
import { type PiiScanConfig, piiScanConfig } from './pii-scan-config.ts';
import { piiScanOutcome } from './pii-scan-outcome.ts';

export const piiScan: CheckDefinition<typeof piiScanConfig> = {
  id: 'pii_scan',
  title: 'No undeclared personal data',
  rubric: ['data-5'],
  config: piiScanConfig,
  async run(config, { workspace }) {
    const settings = {
      kinds: new Set(config.kinds),
      ignored: new Set(config.ignore_columns),
      maxExamples: config.max_examples,
    };
    const scanned = emptyPiiScan();
    for (const [index, file] of config.files.entries()) {
      const { path, options } = tableFileOptions(file);
      const scan = await workspace.scanTable(path, `checks.pii_scan.files[${index}]`, {
        format: options.format,
        delimiter: options.delimiter,
        missingValues: options.missingValues,
        otherColumns: 'auto',
      });
      scanFileForPii(scan, path, settings, scanned);
    }
    assertAllowedColumnsExist(config, scanned.columnsSeen);
    return piiScanOutcome(config, scanned);
  },
};

function assertAllowedColumnsExist(config: PiiScanConfig, seen: ReadonlySet<string>): void {
  for (const column of Object.keys(config.allowed)) {
    if (!seen.has(column) && !config.ignore_columns.includes(column)) {
      throw new Error(
        `checks.pii_scan.allowed.${column}: no scanned file has a column "${column}"; fix the name or remove it`,
      );
    }
  }
}
