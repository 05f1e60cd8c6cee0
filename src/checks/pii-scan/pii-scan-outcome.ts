/**
 * What pii_scan found, as a check outcome: one fail finding per column and
 * kind it is not declared to hold (from `min_cells` cells on), a table of
 * every column and kind found with its verdict, and where the masked examples
 * are. Pure: the scanning is in pii-column-scan.ts.
 */

import type { CheckOutcome, DetailBlock, Finding } from '../../model/check.ts';
import type { PiiHit, PiiScanned } from './pii-column-scan.ts';
import { type PiiKind, piiKinds } from './pii-detectors.ts';
import type { PiiScanConfig } from './pii-scan-config.ts';

const kindNames: Record<PiiKind, string> = {
  email: 'e-mail address',
  phone: 'phone number',
  card: 'payment card number (passes Luhn)',
  us_ssn: 'US Social Security number',
  uk_nino: 'UK National Insurance number',
  ca_sin: 'Canadian Social Insurance number',
  iban: 'IBAN (valid check digits)',
};

type Verdict = 'allowed' | 'below' | 'fail';

export function piiScanOutcome(config: PiiScanConfig, scanned: PiiScanned): CheckOutcome {
  const hits = [...scanned.hits.values()].sort(
    (a, b) =>
      a.column.localeCompare(b.column) || piiKinds.indexOf(a.kind) - piiKinds.indexOf(b.kind),
  );
  const verdictOf = (hit: PiiHit): Verdict =>
    (config.allowed[hit.column]?.includes(hit.kind) ?? false)
      ? 'allowed'
      : hit.cells < config.min_cells
        ? 'below'
        : 'fail';
  const findings = hits
    .filter((hit) => verdictOf(hit) === 'fail')
    .map((hit) => finding(hit, config));
  const flagged = new Set(hits.filter((hit) => verdictOf(hit) === 'fail').map((hit) => hit.column));
  return {
    kind: 'ran',
    summary:
      findings.length === 0
        ? `${scanned.cellsScanned} cells in ${scanned.columnsSeen.size} column(s) scanned: no undeclared personal data`
        : `undeclared personal data in ${flagged.size} column(s): ${[...flagged].join(', ')}`,
    figures: [
      { name: 'cells scanned', value: scanned.cellsScanned },
      {
        name: 'columns with undeclared personal data',
        value: flagged.size,
        threshold: '= 0',
        bound: { comparator: '==', limit: 0 },
      },
    ],
    findings,
    details: details(hits, verdictOf, config, scanned.cellsScanned),
  };
}

function finding(hit: PiiHit, config: PiiScanConfig): Finding {
  const first = hit.examples[0];
  const path = first?.path ?? [...hit.files][0] ?? '';
  const example = first === undefined ? '' : ` (e.g. ${first.masked} at ${path} row ${first.row})`;
  return {
    id: `column:${hit.column}:${hit.kind}`,
    severity: 'fail',
    message: `column "${hit.column}" holds ${hit.cells} cell(s) with a ${kindNames[hit.kind]}${example}, and checks.pii_scan.allowed does not declare it`,
    location: {
      path,
      column: hit.column,
      ...(first?.line === undefined ? {} : { line: first.line }),
      ...(first === undefined ? {} : { row: first.row }),
    },
    measure: {
      figure: `cells with a ${kindNames[hit.kind]}`,
      value: hit.cells,
      bound: { comparator: '<', limit: config.min_cells },
    },
    fix: `Remove or pseudonymise the ${hit.kind} values in column "${hit.column}", or declare them with checks.pii_scan.allowed.${hit.column}: [${hit.kind}].`,
  };
}

function details(
  hits: readonly PiiHit[],
  verdictOf: (hit: PiiHit) => Verdict,
  config: PiiScanConfig,
  cellsScanned: number,
): DetailBlock[] {
  const shown: Record<Verdict, string> = {
    allowed: 'allowed',
    below: `below min_cells ${config.min_cells}`,
    fail: 'fail',
  };
  const rows = hits.map((hit) => [
    hit.column,
    hit.kind,
    hit.cells,
    [...hit.files].join(', '),
    hit.examples.map((e) => e.masked).join(', '),
    shown[verdictOf(hit)],
  ]);
  const blocks: DetailBlock[] = [
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
  const examples = hits.flatMap((hit) =>
    hit.examples.map((e) => [hit.column, hit.kind, e.path, e.row, e.line ?? null, e.masked]),
  );
  if (examples.length > 0) {
    blocks.push({
      type: 'table',
      title: 'Where (masked)',
      header: ['column', 'kind', 'file', 'row', 'line', 'masked value'],
      rows: examples,
    });
  }
  return blocks;
}
