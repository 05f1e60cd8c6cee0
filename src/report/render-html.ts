/**
 * The report's Markdown as GitHub shows it: GitHub Flavored Markdown parsed as
 * github.com parses a comment (tables, autolinks, task lists, strikethrough,
 * raw HTML such as <details>), then cut down to GitHub's allow-list of tags and
 * attributes (hast-util-sanitize's default schema follows GitHub's sanitizer:
 * no scripts, styles or event handlers; comments dropped; ids prefixed with
 * `user-content-`), then alerts (`> [!CAUTION]`) drawn as GitHub draws them.
 * For `mlgate run --html` and `npm run preview`, and for the tests that read
 * the goldens the way a reviewer will. Mermaid blocks stay code blocks: GitHub
 * draws them in the browser.
 */
import type { Element, ElementContent, Nodes } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import { githubMarkdownCss } from './github-markdown-css.ts';

/** The Markdown's syntax tree as GitHub parses GitHub Flavored Markdown. */
export function parseGitHubMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** The HTML tree GitHub builds from the Markdown, before its sanitizer runs. */
export function githubUnsanitizedHast(markdown: string): Nodes {
  // Raw HTML is kept as text by toHast, then parsed in place, as a browser would.
  return raw(toHast(parseGitHubMarkdown(markdown), { allowDangerousHtml: true }));
}

/** What GitHub's sanitizer leaves of a tree. */
export function sanitizeLikeGitHub(tree: Nodes): Nodes {
  return sanitize(tree, defaultSchema);
}

/** The Markdown as the HTML fragment GitHub puts in a comment's body. */
export function renderGitHubHtml(markdown: string): string {
  return toHtml(withAlerts(sanitizeLikeGitHub(githubUnsanitizedHast(markdown))));
}

/** `[!TYPE]` alone on a top-level blockquote's first line; GitHub ignores the case. */
const alertMarker = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\n|$)/i;

/**
 * Top-level blockquotes that open with an alert marker, as GitHub's styled
 * callouts (the classes github-markdown-css styles). GitHub adds them after
 * its sanitizer, which would strip their classes, and so does this.
 */
function withAlerts(tree: Nodes): Nodes {
  if (tree.type !== 'root') return tree;
  return {
    ...tree,
    children: tree.children.map((child) => (child.type === 'element' ? asAlert(child) : child)),
  };
}

function asAlert(node: Element): Element {
  const [opening, ...rest] = node.children.filter((child) => !isBlank(child));
  if (node.tagName !== 'blockquote' || opening?.type !== 'element' || opening.tagName !== 'p') {
    return node;
  }
  const [marker, ...inline] = opening.children;
  const type = marker?.type === 'text' ? alertMarker.exec(marker.value)?.[1] : undefined;
  if (marker?.type !== 'text' || type === undefined) return node;
  const firstLine = [{ ...marker, value: marker.value.replace(alertMarker, '') }, ...inline];
  const title = type[0]!.toUpperCase() + type.slice(1).toLowerCase();
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['markdown-alert', `markdown-alert-${type.toLowerCase()}`] },
    children: [
      {
        type: 'element',
        tagName: 'p',
        properties: { className: ['markdown-alert-title'] },
        children: [{ type: 'text', value: title }],
      },
      ...(firstLine.every(isBlank) ? [] : [{ ...opening, children: firstLine }]),
      ...rest,
    ],
  };
}

function isBlank(node: ElementContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/**
 * A standalone page showing the Markdown as a GitHub comment: the fragment in
 * an element of class `markdown-body`, styled by GitHub's own CSS (light or
 * dark, following the browser), laid out as github-markdown-css advises.
 */
export function renderGitHubPage(markdown: string, title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${toHtml({ type: 'text', value: title })}</title>
<style>
${githubMarkdownCss}
.markdown-body { box-sizing: border-box; min-width: 200px; max-width: 980px; margin: 0 auto; padding: 45px; }
@media (max-width: 767px) { .markdown-body { padding: 15px; } }
</style>
</head>
<body>
<article class="markdown-body">
${renderGitHubHtml(markdown)}
</article>
</body>
</html>
`;
}
