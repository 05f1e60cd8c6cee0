/**
 * A GitHub Markdown table. Cells must already be escaped (escape-markdown.ts):
 * markdown-table draws the grid but does not escape `|` or line breaks. The
 * delimiters are not padded to align: padding costs characters in a comment
 * capped at 65,536 and is invisible once rendered.
 */
import { markdownTable } from 'markdown-table';

export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly ('l' | 'r' | 'c')[],
): string {
  return markdownTable([header, ...rows], {
    alignDelimiters: false,
    ...(align === undefined ? {} : { align }),
  });
}
