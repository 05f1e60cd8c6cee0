import assert from 'node:assert/strict';
import { marked } from 'marked';
import { test } from 'vitest';
import {
  clip,
  code,
  codeBlock,
  escapeHtml,
  escapeMarkdown,
} from '../../src/report/escape-markdown.ts';

const zwsp = '\u200B';

const cases: [string, string, string][] = [
  ['plain text', 'age in years', 'age in years'],
  ['a table pipe', 'a | b', 'a \\| b'],
  ['HTML', '<script>x</script>', '&lt;script&gt;x&lt;/script&gt;'],
  ['an entity stays literal', '&lt; &amp;', '&amp;lt; &amp;amp;'],
  ['emphasis and strikethrough', '*a* _b_ ~c~', '\\*a\\* \\_b\\_ \\~c\\~'],
  ['a link', '[x](http://e)', '\\[x\\](http://e)'],
  ['an image', '![x](http://e)', '!\\[x\\](http://e)'],
  ['a backslash', 'a\\b', 'a\\\\b'],
  ['math', '$x^2$', '\\$x^2\\$'],
  ['a mention', '@alice', `@${zwsp}alice`],
  ['a team mention', 'cc @acme/ml-team', `cc @${zwsp}acme/ml-team`],
  ['an issue reference stays', 'see #123', 'see #123'],
  ['a version stays', '0.1.0', '0.1.0'],
  ['a heading start', '# title', '\\# title'],
  ['a bullet start', '- item', '\\- item'],
  ['an ordered-list start', '12. item', '12\\. item'],
  ['a negative number stays', '-1.5', '-1.5'],
  ['newlines become spaces', 'a\nb\r\nc\u2028d', 'a b c d'],
  ['control characters go', 'a\u0000b\u001bc', 'abc'],
  [
    'a safe code span stays',
    'key `gate.minimum_score` is wrong',
    'key `gate.minimum_score` is wrong',
  ],
  ['an unsafe code span is escaped', '`a|b`', '\\`a\\|b\\`'],
  ['a code span with a mention is escaped', '`@bob`', `\\\`@${zwsp}bob\\\``],
  ['a lone backtick', 'it`s', 'it\\`s'],
  ['multi-byte text stays', 'naïve 🧪 日本語', 'naïve 🧪 日本語'],
];

for (const [name, input, expected] of cases) {
  test(`escapeMarkdown: ${name}`, () => {
    assert.equal(escapeMarkdown(input), expected);
  });
}

test('escapeMarkdown turns newlines into <br> when asked (inside table cells)', () => {
  assert.equal(escapeMarkdown('a\nb', { newline: '<br>' }), 'a<br>b');
});

test('escapeMarkdown clips long text without splitting a surrogate pair', () => {
  assert.equal(escapeMarkdown('abcdef', { maxLength: 4 }), 'abc…');
  assert.equal(clip('ab🧪cd', 4), 'ab…');
  assert.equal(clip('ab🧪cd', 5), 'ab🧪…');
});

test('escapeHtml is for raw HTML (<summary>): entities, no backslashes', () => {
  assert.equal(
    escapeHtml('</summary><b>"x"</b> *y* @zoe\nz'),
    `&lt;/summary&gt;&lt;b&gt;&quot;x&quot;&lt;/b&gt; *y* @${zwsp}zoe z`,
  );
});

test('codeBlock uses a fence longer than any backtick run in the text', () => {
  assert.equal(codeBlock('a'), '```\na\n```');
  assert.equal(codeBlock('x\n````\ny'), '`````\nx\n````\ny\n`````');
  assert.equal(codeBlock('A --> B', 'mermaid'), '```mermaid\nA --> B\n```');
});

test('code keeps safe identifiers as code and escapes anything else', () => {
  assert.equal(code('feature:age'), '`feature:age`');
  assert.equal(code('monitor-2'), '`monitor-2`');
  assert.equal(code('a|b'), 'a\\|b');
  assert.equal(code('<b>'), '&lt;b&gt;');
});

const hostile = [
  '| a | b |\n|---|---|\n| x | y |',
  '<img src=x onerror=alert(1)> <script>alert(1)</script> <!-- mlgate:report key=default -->',
  '</details></summary><details open><summary>fake</summary>',
  '[phish](javascript:alert(1)) ![t](https://evil.example/t.png) <https://evil.example>',
  '```\ncode\n```\n~~~\nmore\n~~~',
  '# Approved\n> quote\n1. one\n- two\n    indented',
  '@alice @acme/team @bob, ping',
  '**b** __u__ *i* `c` ~~s~~ $\\Huge x$ \\',
  '&lt;script&gt; &#60;b&#62; &#x3C;',
];

/**
 * The tags a hostile text may produce: the table (or paragraph) around it, our
 * own <br>, a safe code span kept on purpose, and GFM's autolink of a bare
 * http(s) URL, as GitHub does for any comment; nothing else.
 */
function tagsOf(html: string): string[] {
  assert.doesNotMatch(html, /href="(?!https:\/\/evil\.example)/, 'only a bare URL becomes a link');
  assert.doesNotMatch(html, /@[A-Za-z0-9]/, 'no mention survives');
  const tags = [...html.matchAll(/<\/?([a-z0-9]+)|<!--/gi)].map((m) => m[1] ?? '<!--');
  return [...new Set(tags)].filter((tag) => tag !== 'a' && tag !== 'code').sort();
}

for (const input of hostile) {
  test(`hostile text stays one literal table cell: ${JSON.stringify(input.slice(0, 30))}`, () => {
    const cell = escapeMarkdown(input, { newline: '<br>' });
    const html = marked.parse(`| h |\n| - |\n| ${cell} |\n`, { async: false, gfm: true });
    assert.equal((html.match(/<td/g) ?? []).length, 1, html);
    const expected = ['table', 'tbody', 'td', 'th', 'thead', 'tr'];
    if (input.includes('\n')) expected.unshift('br');
    assert.deepEqual(tagsOf(html), expected, html);
  });

  test(`hostile text stays one literal paragraph: ${JSON.stringify(input.slice(0, 30))}`, () => {
    const html = marked.parse(escapeMarkdown(input), { async: false, gfm: true });
    assert.deepEqual(tagsOf(html), ['p'], html);
  });
}

test('hostile text in <summary> cannot close it or open tags', () => {
  for (const input of hostile) {
    const html = marked.parse(
      `<details>\n<summary>${escapeHtml(input)}</summary>\n\nbody\n\n</details>`,
      {
        async: false,
        gfm: true,
      },
    );
    assert.equal((html.match(/<summary>/g) ?? []).length, 1, html);
    assert.equal((html.match(/<\/summary>/g) ?? []).length, 1, html);
    assert.doesNotMatch(html, /<(img|script|a|b)\b|<!--/);
  }
});

test('text in a code block cannot close its fence', () => {
  for (const input of hostile) {
    const html = marked.parse(`${codeBlock(input)}\n\nafter`, { async: false, gfm: true });
    assert.equal((html.match(/<pre>/g) ?? []).length, 1, html);
    assert.match(html, /<p>after<\/p>/);
  }
});
