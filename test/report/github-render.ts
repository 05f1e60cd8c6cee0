/**
 * Reading rendered comments as a reviewer sees them on GitHub: the prose text
 * outside code, the parts of the page GitHub's sanitizer would cut, the table
 * rows GitHub pads or truncates, and the opening of a blocked report.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Element, Nodes, Properties } from 'hast';
import type { Nodes as MdastNodes } from 'mdast';

/** Text inside these is shown as typed, so Markdown markers there are content, not leaks. */
const literal = new Set(['code', 'pre']);

/** The text nodes a reader sees as prose: everything outside <code> and <pre>. */
export function proseTexts(node: Nodes): string[] {
  if (node.type === 'text') return [node.value];
  if (node.type === 'element' && literal.has(node.tagName)) return [];
  return 'children' in node ? node.children.flatMap((child) => proseTexts(child)) : [];
}

/** All the text of a node, code included, as textContent gives it. */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child)).join('') : '';
}

/** The elements under a node, in document order, the node itself first. */
export function elements(node: Nodes): Element[] {
  const own = node.type === 'element' ? [node] : [];
  const below = 'children' in node ? node.children.flatMap((child) => elements(child)) : [];
  return [...own, ...below];
}

/** Properties the sanitizer prefixes with `user-content-` so they can't clobber the page's. */
const clobbered = ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'];

/**
 * Where the sanitized tree differs from the tree before sanitizing, as
 * `path: what` lines, leaving out what GitHub always does: dropping comments
 * (the `<!-- mlgate:report … -->` marker) and prefixing ids with `user-content-`.
 * Empty when GitHub's allow-list keeps every tag and attribute the Markdown made.
 */
export function sanitizerCuts(before: Nodes, after: Nodes, path = 'root'): string[] {
  if (before.type !== after.type) return [`${path}: ${before.type} became ${after.type}`];
  const own: string[] = [];
  if (before.type === 'element' && after.type === 'element') {
    if (before.tagName !== after.tagName) return [`${path}: <${before.tagName}> removed`];
    const expected = unprefixed(after.properties);
    if (!isDeepStrictEqual(before.properties, expected)) {
      own.push(`${path}: attributes ${show(before.properties)} became ${show(expected)}`);
    }
  }
  if ('value' in before && 'value' in after && before.value !== after.value) {
    own.push(`${path}: text ${JSON.stringify(before.value)} changed`);
  }
  const kept = 'children' in before ? before.children.filter((c) => c.type !== 'comment') : [];
  const left = 'children' in after ? after.children : [];
  if (kept.length !== left.length) {
    return [...own, `${path}: ${kept.length - left.length} of ${kept.length} children removed`];
  }
  return [
    ...own,
    ...kept.flatMap((child, index) =>
      sanitizerCuts(child, left[index]!, `${path} > ${describe(child, index)}`),
    ),
  ];
}

function unprefixed(properties: Properties): Properties {
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [
      key,
      clobbered.includes(key) && typeof value === 'string'
        ? value.replace(/^user-content-/, '')
        : value,
    ]),
  );
}

function describe(node: Nodes, index: number): string {
  return node.type === 'element' ? `${node.tagName}[${index}]` : `${node.type}[${index}]`;
}

function show(properties: Properties): string {
  return JSON.stringify(properties);
}

/**
 * Each Markdown table row whose cells differ in number from its header's, as
 * `line N: M cells, header H`. GitHub pads short rows and drops extra cells
 * without a word, so the HTML always looks even: the count is only honest
 * in the Markdown's syntax tree (an unescaped `|` shows up here).
 */
export function unevenTableRows(node: MdastNodes): string[] {
  const own =
    node.type === 'table'
      ? node.children.slice(1).flatMap((row) => {
          const header = node.children[0]!.children.length;
          return row.children.length === header
            ? []
            : [`line ${row.position?.start.line}: ${row.children.length} cells, header ${header}`];
        })
      : [];
  const below = 'children' in node ? node.children.flatMap((child) => unevenTableRows(child)) : [];
  return [...own, ...below];
}

/** A comment whose verdict is blocked opens with the sticky marker, then the ❌ verdict heading. */
export function isBlockedReport(markdown: string): boolean {
  return /^<!-- mlgate:report[^\n]*-->\n## ❌/.test(markdown);
}

/** The top-level nodes of a page before its first table: what a reviewer reads before scrolling. */
export function beforeFirstTable(root: Nodes): Nodes[] {
  const children = 'children' in root ? root.children : [];
  const table = children.findIndex((child) =>
    elements(child).some((element) => element.tagName === 'table'),
  );
  return table < 0 ? children : children.slice(0, table);
}
