/**
 * Parses a whole CSV (RFC 4180) or JSONL text into a Table. For files on disk
 * the streaming reader is used instead; this serves small inputs and tests.
 * Errors name the file, the line and what to fix.
 */
import type { Cell } from '../engine/check.ts';
import type { Table, TableFormat, TableReadOptions } from '../data/table.ts';
import { TableReadError } from './table-read-error.ts';

export function formatFromPath(source: string): TableFormat {
  const lower = source.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.parquet')) return 'parquet';
  return 'csv';
}

export function parseTableText(text: string, source: string, options: TableReadOptions = {}): Table {
  const format = options.format ?? formatFromPath(source);
  if (format === 'parquet') {
    throw new TableReadError(source, undefined, 'Parquet is binary; read it from a file');
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const built = format === 'jsonl' ? parseJsonl(body, source) : parseCsv(body, source, options);
  return selectColumns(built, options.columns);
}

interface Built {
  source: string;
  format: TableFormat;
  names: string[];
  columns: Cell[][];
  lines: number[];
}

function selectColumns(built: Built, wanted: readonly string[] | undefined): Table {
  const names = wanted ? [...wanted] : built.names;
  const byName = new Map<string, Cell[]>();
  for (const name of names) {
    const index = built.names.indexOf(name);
    if (index < 0) {
      throw new TableReadError(
        built.source,
        undefined,
        `no column named "${name}"; the file has: ${built.names.join(', ')}`,
      );
    }
    byName.set(name, built.columns[index]!);
  }
  return {
    source: built.source,
    format: built.format,
    columnNames: names,
    rowCount: built.lines.length,
    column: (name) => byName.get(name),
    lineOf: (row) => built.lines[row] ?? 0,
  };
}

function parseCsv(text: string, source: string, options: TableReadOptions): Built {
  const delimiter = options.delimiter ?? (source.toLowerCase().endsWith('.tsv') ? '\t' : ',');
  const missing = new Set(options.missingValues ?? ['']);
  const records = csvRecords(text, delimiter, source);
  const header = records.shift();
  if (!header) throw new TableReadError(source, undefined, 'the file is empty; it needs a header row');
  const names = header.fields;
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) {
      throw new TableReadError(source, header.line, `the header names column "${name}" twice`);
    }
    seen.add(name);
  }
  const columns: Cell[][] = names.map(() => []);
  const lines: number[] = [];
  for (const record of records) {
    if (record.fields.length !== names.length) {
      throw new TableReadError(
        source,
        record.line,
        `row has ${record.fields.length} fields but the header has ${names.length}; check for an unquoted delimiter or a missing field`,
      );
    }
    record.fields.forEach((field, i) => {
      columns[i]!.push(missing.has(field) ? null : field);
    });
    lines.push(record.line);
  }
  return { source, format: 'csv', names, columns, lines };
}

interface CsvRecord {
  fields: string[];
  line: number;
}

function csvRecords(text: string, delimiter: string, source: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let atFieldStart = true;
  const endRecord = () => {
    fields.push(field);
    // A blank line between records carries no data.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, line: recordLine });
    fields = [];
    field = '';
    atFieldStart = true;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          throw new TableReadError(
            source,
            line,
            'text follows a closing quote; inside a quoted field write a quote as ""',
          );
        }
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
      atFieldStart = true;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      recordLine = line;
    } else {
      field += ch;
      atFieldStart = false;
    }
    i++;
  }
  if (quoted) throw new TableReadError(source, recordLine, 'a quoted field is never closed');
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

function parseJsonl(text: string, source: string): Built {
  const names: string[] = [];
  const index = new Map<string, number>();
  const columns: Cell[][] = [];
  const lines: number[] = [];
  text.split('\n').forEach((raw, lineIndex) => {
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const line = lineIndex + 1;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      throw new TableReadError(source, line, `not valid JSON (${(error as Error).message})`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new TableReadError(source, line, 'each line must be one JSON object, e.g. {"id": 1, "score": 0.3}');
    }
    const row = lines.length;
    for (const [key, cell] of Object.entries(value)) {
      let column = index.get(key);
      if (column === undefined) {
        column = names.length;
        index.set(key, column);
        names.push(key);
        columns.push(new Array<Cell>(row).fill(null));
      }
      columns[column]![row] =
        cell === null || typeof cell === 'object' ? (cell === null ? null : JSON.stringify(cell)) : (cell as Cell);
    }
    lines.push(line);
    for (const column of columns) if (column.length === row) column.push(null);
  });
  if (lines.length === 0 && text.trim() === '') {
    throw new TableReadError(source, undefined, 'the file is empty; it needs one JSON object per line');
  }
  return { source, format: 'jsonl', names, columns, lines };
}
