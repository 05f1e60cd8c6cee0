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
  const parts: string[] = [];
  if (block.title !== undefined) parts.push(`**${escapeMarkdown(block.title)}**`);
  switch (block.type) {
    case 'table': {
      parts.push(renderDetailTable(block.header, block.rows, options.maxItems));
      if (block.note !== undefined) parts.push(`_${escapeMarkdown(block.note)}_`);
      break;
    }
    case 'text':
      parts.push(escapeMarkdown(block.text, { newline: '<br>' }));
      break;
    case 'list': {
      const { shown, leftOut } = limit(block.items, options.maxItems);
      const items = shown.map((item) => `- ${escapeMarkdown(item, { newline: '<br>' })}`);
      if (leftOut > 0) items.push(`- … ${leftOut} more (in the full report)`);
      parts.push(items.length > 0 ? items.join('\n') : '_(empty list)_');
      break;
    }
    case 'code':
      parts.push(codeBlock(block.text));
      break;
    case 'mermaid':
      parts.push(codeBlock(block.source, 'mermaid'));
      break;
    default:
      parts.push(
        escapeMarkdown(`(unknown detail block ${JSON.stringify(block)})`, { maxLength: 200 }),
      );
  }
  return parts.join('\n\n');
}

function renderDetailTable(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  maxItems: number | undefined,
): string {
  if (rows.length === 0) return '_(no rows)_';
  const { shown, leftOut } = limit(rows, maxItems);
  // A row longer than the header still shows all its cells, under blank headings.
  const width = Math.max(header.length, ...shown.map((row) => row.length));
  const table = renderTable(
    Array.from({ length: width }, (_, column) =>
      escapeMarkdown(header[column] ?? '', { newline: '<br>' }),
    ),
    shown.map((row) => Array.from({ length: width }, (_, column) => formatCell(row[column]))),
  );
  return leftOut > 0 ? `${table}\n\n_… ${leftOut} more rows (in the full report)._` : table;
}

function limit<T>(
  items: readonly T[],
  max: number | undefined,
): { shown: readonly T[]; leftOut: number } {
  if (max === undefined || items.length <= max) return { shown: items, leftOut: 0 };
  return { shown: items.slice(0, max), leftOut: items.length - max };
}
