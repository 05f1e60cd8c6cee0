import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import {
  githubUnsanitizedHast,
  parseGitHubMarkdown,
  renderGitHubHtml,
  renderGitHubPage,
  sanitizeLikeGitHub,
} from '../../src/report/render-html.ts';
import {
  beforeFirstTable,
  elements,
  isBlockedReport,
  proseTexts,
  sanitizerCuts,
  textOf,
  unevenTableRows,
} from './github-render.ts';

describe('renderGitHubHtml', () => {
  it('renders a GFM table with its alignment', () => {
    assert.equal(
      renderGitHubHtml('| a | b |\n| :- | -: |\n| 1 | 2 |'),
      '<table>\n<thead>\n<tr>\n<th align="left">a</th>\n<th align="right">b</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td align="left">1</td>\n<td align="right">2</td>\n</tr>\n</tbody>\n</table>',
    );
  });

  it('keeps <details> and <summary> and renders the Markdown between them', () => {
    assert.equal(
      renderGitHubHtml('<details>\n<summary>More</summary>\n\n**bold**\n\n</details>'),
      '<details>\n<summary>More</summary>\n<p><strong>bold</strong></p>\n</details>',
    );
  });

  it('links a bare URL, as GitHub autolinks', () => {
    assert.equal(
      renderGitHubHtml('see https://example.com/a?b=1.'),
      '<p>see <a href="https://example.com/a?b=1">https://example.com/a?b=1</a>.</p>',
    );
  });

  it('strips a script with its content, event handlers and javascript: links', () => {
    assert.equal(
      renderGitHubHtml(
        'a <script>alert(1)</script><img src="x.png" onerror="alert(2)"> [b](javascript:alert(3))',
      ),
      '<p>a <img src="x.png"> <a>b</a></p>',
    );
  });

  it('drops comments such as the sticky marker and prefixes ids', () => {
    assert.equal(
      renderGitHubHtml('<!-- mlgate:report key=default -->\n<a id="x">y</a>'),
      '\n<p><a id="user-content-x">y</a></p>',
    );
  });

  it('draws a top-level alert as GitHub does, and leaves other blockquotes alone', () => {
    assert.equal(
      renderGitHubHtml('> [!CAUTION]\n> **Stop** here\n\n> [!TIP] not alone on its line'),
      '<div class="markdown-alert markdown-alert-caution"><p class="markdown-alert-title">Caution</p>' +
        '<p><strong>Stop</strong> here</p></div>\n<blockquote>\n<p>[!TIP] not alone on its line</p>\n</blockquote>',
    );
  });

  it('leaves a mermaid block a code block (GitHub draws it in the browser)', () => {
    assert.equal(
      renderGitHubHtml('```mermaid\ngraph TD\n```'),
      '<pre><code class="language-mermaid">graph TD\n</code></pre>',
    );
  });
});

describe('renderGitHubPage', () => {
  const page = renderGitHubPage('# Hi', 'mlgate <report>');

  it('is a standalone page with GitHub Markdown styles and the body in .markdown-body', () => {
    assert.match(page, /^<!doctype html>/);
    assert.match(page, /<title>mlgate &#x3C;report></);
    assert.match(page, /\.markdown-body \{/);
    assert.match(page, /<article class="markdown-body">\n<h1>Hi<\/h1>\n<\/article>/);
  });

  it('embeds the CSS of the installed github-markdown-css (regenerate the module when this fails)', () => {
    const check = spawnSync(process.execPath, ['scripts/write-github-markdown-css.ts', '--check'], {
      encoding: 'utf8',
    });
    assert.equal(check.status, 0, check.stderr);
  });
});

describe('reading a page as GitHub shows it', () => {
  it('names what the sanitizer cuts, but not the comments and id prefixes GitHub always changes', () => {
    const tree = githubUnsanitizedHast(
      '<!-- marker -->\n<div style="color:red" id="a">x<iframe src="y"></iframe></div>',
    );
    assert.deepEqual(sanitizerCuts(tree, sanitizeLikeGitHub(tree)), [
      'root > div[1]: attributes {"style":"color:red","id":"a"} became {"id":"a"}',
      'root > div[1]: 1 of 2 children removed',
    ]);
  });

  it('takes prose text from outside code only', () => {
    assert.deepEqual(proseTexts(githubUnsanitizedHast('a `b` **c**\n\n```\nd\n```')), [
      'a ',
      ' ',
      'c',
      '\n',
    ]);
  });

  it('counts the cells of each Markdown table row against its header', () => {
    assert.deepEqual(unevenTableRows(parseGitHubMarkdown('| a | b |\n| - | - |\n| 1 | 2 | 3 |')), [
      'line 3: 3 cells, header 2',
    ]);
  });
});

/**
 * Markers the hostile scenario (test/report/scenarios.ts) types into its own
 * text, summary and cells: a reviewer must see them as typed, so they are not
 * leaks. Markers mlgate adds around that text (code spans) still count.
 */
const typedByHostileScenario = ['```', '**bold**', '`code`', '**x**', '`a|b`'];

function withoutHostileText(text: string): string {
  return typedByHostileScenario.reduce((left, typed) => left.replaceAll(typed, ''), text);
}

/**
 * The golden comments, read as GitHub shows them: a Markdown marker or a cut
 * tag here is something a reviewer sees broken on the pull request.
 */
const goldens = ['test/report/golden', 'test/e2e/golden']
  .filter((directory) => existsSync(directory))
  .flatMap((directory) =>
    readdirSync(directory)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => path.join(directory, name)),
  )
  .map((file) => ({ file, markdown: readFileSync(file, 'utf8') }));

describe.each(goldens)('$file as GitHub shows it', ({ file, markdown }) => {
  const unsanitized = githubUnsanitizedHast(markdown);
  const sanitized = sanitizeLikeGitHub(unsanitized);

  it('shows no Markdown markers as text: no backticks, no ** or __', () => {
    const leaks = proseTexts(sanitized).filter((text) =>
      /`|\*\*|__/.test(withoutHostileText(text)),
    );
    assert.deepEqual(leaks, [], `${file}: text shown with literal Markdown markers`);
  });

  it("uses only HTML on GitHub's allow-list (the sanitizer cuts nothing)", () => {
    assert.deepEqual(sanitizerCuts(unsanitized, sanitized), [], `${file}: the sanitizer cut`);
  });

  it('has as many cells in every table row as in its header', () => {
    assert.deepEqual(unevenTableRows(parseGitHubMarkdown(markdown)), [], `${file}: uneven rows`);
  });

  if (!isBlockedReport(markdown)) return;
  describe('blocked: before the first table', () => {
    const lead = beforeFirstTable(sanitized).flatMap((node) => elements(node));

    it('lists the blocking reasons, each finding with its number against its bound', () => {
      const heading = lead.findIndex(
        (element) => element.tagName === 'strong' && /blocked because/i.test(textOf(element)),
      );
      const reasons = lead
        .slice(heading + 1)
        .find((element) => element.tagName === 'ul' || element.tagName === 'ol');
      assert.ok(
        heading >= 0 && reasons,
        `${file}: no list of blocking reasons before the first table`,
      );
      const items = elements(reasons).filter((element) => element.tagName === 'li');
      const texts = items.map((item) => textOf(item));
      // The old form named finding ids and no number; no reason may read like that again.
      const idsOnly = texts.filter((text) => /unwaived (failing|warning) findings? \(/.test(text));
      assert.deepEqual(idsOnly, [], `${file}: reasons that name finding ids but no number`);
      // A config error, a check that could not run or a failed test has no bound to show;
      // a measured finding does. (The hostile scenario's findings carry no measure.)
      if (file.endsWith('hostile.md')) return;
      const unmeasured = texts
        .filter((text) => !/could not run|configuration has|failed|^… and \d+ more/.test(text))
        .filter((text) => !/\d\s*[<>≤≥≠=]\s*[-−]?\d/.test(text));
      assert.deepEqual(unmeasured, [], `${file}: reasons without a value compared with its bound`);
    });

    it('says how to unblock, in a heading or in bold', () => {
      const unblock = lead.filter(
        (element) =>
          /^(h[1-6]|strong)$/.test(element.tagName) && /how to unblock/i.test(textOf(element)),
      );
      assert.ok(unblock.length > 0, `${file}: no heading or bold "How to unblock"`);
    });
  });
});
