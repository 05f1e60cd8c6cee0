/**
 * Data 5, "the data pipeline has appropriate privacy controls": scans every
 * cell of the configured files for e-mail addresses, phone numbers, payment
 * card numbers, US SSNs, UK National Insurance numbers, Canadian SINs and
 * IBANs, and fails for each column that holds a kind it is not declared to
 * hold. The report counts cells per column and kind and shows masked
 * examples with their row; the personal data itself is never printed.
 * Each distinct text is examined once (the scan dictionary-encodes text
 * columns); number columns are checked for card numbers only, dates skipped.
 */

import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import {
  CELL_PRESENT,
  type ScanCategoryColumn,
  type ScanNumericColumn,
} from '../../data/table-scan.ts';
import type { DetailBlock, Finding } from '../../model/check.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { detectPii, maskPii, type PiiKind, piiKinds } from './pii-detectors.ts';
import { piiScanConfig } from './pii-scan-config.ts';

interface Hit {
  column: string;
  kind: PiiKind;
  cells: number;
  files: Set<string>;
  examples: { path: string; row: number; line: number | undefined; masked: string }[];
  firstLine: { path: string; line: number | undefined } | undefined;
}

const kindNames: Record<PiiKind, string> = {
  email: 'e-mail address',
  phone: 'phone number',
  card: 'payment card number (passes Luhn)',
  us_ssn: 'US Social Security number',
  uk_nino: 'UK National Insurance number',
  ca_sin: 'Canadian Social Insurance number',
  iban: 'IBAN (valid check digits)',
};

export const piiScan: CheckDefinition<typeof piiScanConfig> = {
  id: 'pii_scan',
  title: 'No undeclared personal data',
  rubric: ['data-5'],
  config: piiScanConfig,
  async run(config, { workspace }) {
    const kinds = new Set(config.kinds);
    const ignored = new Set(config.ignore_columns);
    const hits = new Map<string, Hit>();
    let cellsScanned = 0;
    const columnsSeen = new Set<string>();
    for (const [index, file] of config.files.entries()) {
      const { path, options } = tableFileOptions(file);
      const scan = await workspace.scanTable(path, `checks.pii_scan.files[${index}]`, {
        format: options.format,
        delimiter: options.delimiter,
        missingValues: options.missingValues,
        otherColumns: 'auto',
      });
      for (const column of scan.columns) {
        if (ignored.has(column.name)) continue;
        columnsSeen.add(column.name);
        cellsScanned += column.presentCount;
        const record: Report = (kind, cells, examplesFor) => {
          const key = `${column.name}\u0000${kind}`;
          const hit = hits.get(key) ?? {
            column: column.name,
            kind,
            cells: 0,
            files: new Set<string>(),
            examples: [],
            firstLine: undefined,
          };
          hit.cells += cells;
          hit.files.add(path);
          for (const example of examplesFor(config.max_examples - hit.examples.length)) {
            const line = scan.lineOf(example.index);
            hit.examples.push({
              path,
              row: scan.dataRowOf(example.index),
              line,
              masked: example.masked,
            });
            hit.firstLine ??= { path, line };
          }
          hits.set(key, hit);
        };
        if (column.kind === 'category') scanTexts(column, kinds, config.max_examples, record);
        else scanNumbers(column, kinds, config.max_examples, record);
      }
    }
    for (const column of Object.keys(config.allowed)) {
      if (!columnsSeen.has(column) && !ignored.has(column)) {
        throw new Error(
          `checks.pii_scan.allowed.${column}: no scanned file has a column "${column}"; fix the name or remove it`,
        );
      }
    }

    const findings: Finding[] = [];
    const rows: (string | number)[][] = [];
    const sorted = [...hits.values()].sort(
      (a, b) =>
        a.column.localeCompare(b.column) || piiKinds.indexOf(a.kind) - piiKinds.indexOf(b.kind),
    );
    for (const hit of sorted) {
      const allowed = config.allowed[hit.column]?.includes(hit.kind) ?? false;
      const below = hit.cells < config.min_cells;
      const verdict = allowed ? 'allowed' : below ? `below min_cells ${config.min_cells}` : 'fail';
      rows.push([
        hit.column,
        hit.kind,
        hit.cells,
        [...hit.files].join(', '),
        hit.examples.map((e) => e.masked).join(', '),
        verdict,
      ]);
      if (allowed || below) continue;
      const first = hit.examples[0];
      findings.push({
        id: `column:${hit.column}:${hit.kind}`,
        severity: 'fail',
        message: `column "${hit.column}" holds ${hit.cells} cell(s) with a ${kindNames[hit.kind]} (e.g. ${first?.masked} at ${first?.path} row ${first?.row}); remove or pseudonymise it, or declare it under checks.pii_scan.allowed.${hit.column}`,
        location: {
          path: hit.firstLine?.path ?? [...hit.files][0]!,
          column: hit.column,
          ...(hit.firstLine?.line === undefined ? {} : { line: hit.firstLine.line }),
        },
      });
    }
    const details: DetailBlock[] = [
      {
        type: 'table',
        title: 'Personal data found (examples masked)',
        header: ['column', 'kind', 'cells', 'files', 'examples', 'verdict'],
        rows,
        ...(rows.length === 0
          ? { note: `no ${config.kinds.join(', ')} found in ${cellsScanned} cells` }
          : {}),
      },
    ];
    const examples = sorted.flatMap((hit) =>
      hit.examples.map((e) => [hit.column, hit.kind, e.path, e.row, e.line ?? null, e.masked]),
    );
    if (examples.length > 0) {
      details.push({
        type: 'table',
        title: 'Where (masked)',
        header: ['column', 'kind', 'file', 'row', 'line', 'masked value'],
        rows: examples,
      });
    }
    const flagged = new Set(findings.map((f) => f.location?.column));
    return {
      kind: 'ran',
      summary:
        findings.length === 0
          ? `${cellsScanned} cells in ${columnsSeen.size} column(s) scanned: no undeclared personal data`
          : `undeclared personal data in ${flagged.size} column(s): ${[...flagged].join(', ')}`,
      figures: [
        { name: 'cells scanned', value: cellsScanned },
        { name: 'columns with undeclared personal data', value: flagged.size, threshold: '= 0' },
      ],
      findings,
      details,
    };
  },
};

type Report = (
  kind: PiiKind,
  cells: number,
  examplesFor: (wanted: number) => { index: number; masked: string }[],
) => void;

/** Runs the detectors once per distinct text, then finds example rows only for kinds found. */
function scanTexts(
  column: ScanCategoryColumn,
  kinds: ReadonlySet<PiiKind>,
  maxExamples: number,
  report: Report,
): void {
  const found = new Map<PiiKind, Map<number, string>>();
  column.dictionary.forEach((text, code) => {
    for (const match of detectPii(text, kinds)) {
      const codes = found.get(match.kind) ?? new Map<number, string>();
      if (!codes.has(code)) codes.set(code, maskPii(match));
      found.set(match.kind, codes);
    }
  });
  for (const [kind, codes] of found) {
    let cells = 0;
    for (const code of codes.keys()) cells += column.counts[code]!;
    report(kind, cells, (wanted) => {
      const examples: { index: number; masked: string }[] = [];
      for (
        let i = 0;
        i < column.codes.length && examples.length < Math.min(wanted, maxExamples);
        i++
      ) {
        const masked = codes.get(column.codes[i]!);
        if (masked !== undefined) examples.push({ index: i, masked });
      }
      return examples;
    });
  }
}

/**
 * A column of numbers can hold only card numbers (written without
 * separators): whole numbers of 13 or more digits are checked as their text.
 * Dates and other numbers cannot be personal data of the kinds scanned for.
 */
function scanNumbers(
  column: ScanNumericColumn,
  kinds: ReadonlySet<PiiKind>,
  maxExamples: number,
  report: Report,
): void {
  if (!kinds.has('card') || (column.kind !== 'number' && column.kind !== 'integer')) return;
  const cardOnly = new Set<PiiKind>(['card']);
  const rows: { index: number; masked: string }[] = [];
  let cells = 0;
  const { values, status } = column;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (status[i] !== CELL_PRESENT || !(value >= 1e12) || !Number.isInteger(value)) continue;
    const match = detectPii(String(value), cardOnly)[0];
    if (!match) continue;
    cells++;
    if (rows.length < maxExamples) rows.push({ index: i, masked: maskPii(match) });
  }
  if (cells > 0) report('card', cells, (wanted) => rows.slice(0, wanted));
}
