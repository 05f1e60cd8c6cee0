/**
 * One structured detail block of a check (table, text, list, code, mermaid) as
 * Markdown. Every piece of text is escaped; code and diagrams go in fences that
 * their content can't close.
 */
import type { Cell, DetailBlock } from '../model/check.ts';
import { codeBlock, escapeMarkdown } from './escape-markdown.ts';
import { formatCell } from './format-value.ts';
import { renderTable } from './render-table.ts';

export interface DetailBlockOptions {
  /** Show at most this many table rows or list items, saying how many were left out. */
  maxItems?: number;
}

export function renderDetailBlock(block: DetailBlock, options: DetailBlockOptions = {}): string {
  return [...detailBlockPieces(block, options)].join('');
}

/**
 * renderDetailBlock's text in consecutive pieces, a table's rows a few
 * thousand at a time: a drift of 50,000 columns writes its table without
 * holding it whole (its rows' cells, formatted, were 30 MB besides the text).
 */
export function* detailBlockPieces(
  block: DetailBlock,
  options: DetailBlockOptions = {},
): Generator<string> {
  if (block.title !== undefined) yield `**${escapeMarkdown(block.title)}**\n\n`;
  switch (block.type) {
    case 'table': {
      yield* detailTablePieces(block.header, block.rows, options.maxItems);
      if (block.note !== undefined) yield `\n\n_${escapeMarkdown(block.note)}_`;
      break;
    }
    case 'text':
      yield escapeMarkdown(block.text, { newline: '<br>' });
      break;
    case 'list': {
      const { shown, leftOut } = limit(block.items, options.maxItems);
      const items = shown.map((item) => `- ${escapeMarkdown(item, { newline: '<br>' })}`);
      if (leftOut > 0) items.push(`- … ${leftOut} more (in the full report)`);
      yield items.length > 0 ? items.join('\n') : '_(empty list)_';
      break;
    }
    case 'code':
      yield codeBlock(block.text);
      break;
    case 'mermaid':
      yield codeBlock(block.source, 'mermaid');
      break;
    default:
      yield escapeMarkdown(`(unknown detail block ${JSON.stringify(block)})`, { maxLength: 200 });
  }
}

/** Table rows formatted and drawn per piece; rows are drawn alone (renderTable does not align them). */
export const TABLE_ROWS_PER_PIECE = 500;

function* detailTablePieces(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  maxItems: number | undefined,
): Generator<string> {
  if (rows.length === 0) {
    yield '_(no rows)_';
    return;
  }
  const { shown, leftOut } = limit(rows, maxItems);
  // A row longer than the header still shows all its cells, under blank headings.
  let width = header.length;
  for (const row of shown) width = Math.max(width, row.length);
  const heading = Array.from({ length: width }, (_, column) =>
    escapeMarkdown(header[column] ?? '', { newline: '<br>' }),
  );
  for (let start = 0; start < shown.length; start += TABLE_ROWS_PER_PIECE) {
    const piece = shown
      .slice(start, start + TABLE_ROWS_PER_PIECE)
      .map((row) => Array.from({ length: width }, (_, column) => formatCell(row[column])));
    const table = renderTable(heading, piece);
    // Each piece after the first: its rows only, without the heading and delimiter lines.
    yield start === 0 ? table : `\n${table.split('\n').slice(2).join('\n')}`;
  }
  if (leftOut > 0) yield `\n\n_… ${leftOut} more rows (in the full report)._`;
}

function limit<T>(
  items: readonly T[],
  max: number | undefined,
): { shown: readonly T[]; leftOut: number } {
  if (max === undefined || items.length <= max) return { shown: items, leftOut: 0 };
  return { shown: items.slice(0, max), leftOut: items.length - max };
}
