import assert from 'node:assert/strict';
import { marked } from 'marked';
import { test } from 'vitest';
import {
  clip,
  code,
  codeBlock,
  codeHtml,
  escapeHtml,
  escapeMarkdown,
  escapeSummary,
  showInvisible,
} from '../../src/report/escape-markdown.ts';

const zwsp = '\u200B';
const wj = '\u2060';

const cases: [string, string, string][] = [
  ['plain text', 'age in years', 'age in years'],
  ['a table pipe', 'a | b', 'a \\| b'],
  ['HTML', '<script>x</script>', '&lt;script&gt;x&lt;/script&gt;'],
  ['an entity stays literal', '&lt; &amp;', '&amp;lt; &amp;amp;'],
  ['emphasis and strikethrough', '*a* _b_ ~c~', '\\*a\\* \\_b\\_ \\~c\\~'],
  ['a link', '[x](http://e)', `\\[x\\](http:${wj}//e)`],
  ['an image', '![x](http://e)', `!\\[x\\](http:${wj}//e)`],
  ['a bare URL', 'https://evil.example', `https:${wj}//evil.example`],
  ['a www host', 'www.evil.example', `www${wj}.evil.example`],
  ['an upper-case www host', 'WWW.EVIL.EXAMPLE', `WWW${wj}.EVIL.EXAMPLE`],
  ['an e-mail address', 'a@b.co', `a@${zwsp}b.co`],
  ['an e-mail domain starting with _', 'a@_b.co', `a@${zwsp}\\_b.co`],
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
  ['newlines become spaces', 'a\nb\r\nc\rd', 'a b c d'],
  ['a Unicode line separator is shown', 'c\u2028d\u2029e', 'c\\[U+2028\\]d\\[U+2029\\]e'],
  [
    'control characters are shown',
    'a\u0000b\u001bc\u0085',
    'a\\[U+0000\\]b\\[U+001B\\]c\\[U+0085\\]',
  ],
  ['a right-to-left override is shown', '\u202Egnp.exe', '\\[U+202E\\]gnp.exe'],
  [
    'every bidi control is shown',
    '\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C',
    ['202A', '202B', '202C', '202D', '2066', '2067', '2068', '2069', '200E', '200F', '061C']
      .map((hex) => `\\[U+${hex}\\]`)
      .join(''),
  ],
  [
    'zero-width characters are shown',
    'a\u200Bb\uFEFFc\u2060d',
    'a\\[U+200B\\]b\\[U+FEFF\\]c\\[U+2060\\]d',
  ],
  ['a stray zero-width joiner is shown', 'a \u200D b', 'a \\[U+200D\\] b'],
  ['tag characters (ASCII smuggling) are shown', 'x\u{E0041}', 'x\\[U+E0041\\]'],
  ['a tab stays', 'a\tb', 'a\tb'],
  ['emoji ZWJ sequences stay', '👨\u200D👩\u200D👧', '👨\u200D👩\u200D👧'],
  ['a ZWNJ between letters stays', 'می\u200Cخواهم', 'می\u200Cخواهم'],
  [
    'a flag tag sequence stays',
    '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
    '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
  ],
  ['a safe code span with a URL stays (code is never linked)', '`https://x.y`', '`https://x.y`'],
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

test('escapeMarkdown escapes a block start on every line, not only the first', () => {
  assert.equal(
    escapeMarkdown('error:\n- item\n  - nested\n2. two\n# h', { newline: '<br>' }),
    'error:<br>\\- item<br>  \\- nested<br>2\\. two<br>\\# h',
  );
  assert.equal(escapeMarkdown('error:\n- item', {}), 'error: \\- item');
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

test('escapeHtml shows invisible characters and defuses links', () => {
  assert.equal(
    escapeHtml('\u202Egnp.exe\u0000 https://evil.example www.evil.example a@b.co'),
    `[U+202E]gnp.exe[U+0000] https:${wj}//evil.example www${wj}.evil.example a@${zwsp}b.co`,
  );
});

test('escapeSummary renders code spans as <code>, HTML-escaped, for <summary>', () => {
  assert.equal(
    escapeSummary('key `gate.minimum_score` is `a|<b>` @x'),
    `key <code>gate.minimum_score</code> is <code>a|&lt;b&gt;</code> @${zwsp}x`,
  );
  assert.equal(escapeSummary('a lone ` backtick'), 'a lone ` backtick');
  assert.equal(escapeSummary('`https://evil.example`'), `<code>https:${wj}//evil.example</code>`);
  assert.equal(escapeSummary('abcdef `x`', { maxLength: 4 }), 'abc…');
  assert.equal(codeHtml('column:a|b<script>'), '<code>column:a|b&lt;script&gt;</code>');
  const html = marked.parse(
    `<details>\n<summary>${escapeSummary('check `x` failed: </summary>`@bob`')}</summary>\n\nbody\n\n</details>`,
    { async: false, gfm: true },
  );
  assert.equal((html.match(/<\/summary>/g) ?? []).length, 1, html);
  assert.match(html, /<code>x<\/code>/);
  assert.doesNotMatch(html, /`/);
  assert.doesNotMatch(html, /@[A-Za-z0-9]/);
});

test('showInvisible leaves visible text alone', () => {
  assert.equal(showInvisible('naïve 🧪 日本語 a\tb\nc'), 'naïve 🧪 日本語 a\tb\nc');
});

test('codeBlock shows invisible characters instead of passing them on', () => {
  assert.equal(codeBlock('a\u202Eb\u0000\r\nc'), '```\na[U+202E]b[U+0000]\nc\n```');
});

const linkBait = [
  'https://evil.example',
  'see https://evil.example/path?q=1.',
  'www.evil.example',
  '(www.evil.example)',
  '_www.evil.example_',
  'HTTP://EVIL.EXAMPLE',
  'ftp://evil.example',
  'a@b.co',
  'mailto:a@b.co',
  'xmpp:a@b.co',
  '[x](https://evil.example) ![t](https://evil.example/t.png)',
  '\u202Egnp.exe \u0000 \u2028 <https://evil.example>',
];

for (const input of linkBait) {
  test(`data text never becomes a link: ${JSON.stringify(input)}`, () => {
    for (const markdown of [
      escapeMarkdown(input),
      `- ${escapeMarkdown(input, { newline: '<br>' })}`,
      `| h |\n| - |\n| ${escapeMarkdown(input, { newline: '<br>' })} |`,
      `<details>\n<summary>${escapeSummary(input)}</summary>\n\nbody\n\n</details>`,
    ]) {
      const html = marked.parse(markdown, { async: false, gfm: true });
      assert.doesNotMatch(html, /<a\s/, html);
      assert.doesNotMatch(html, /[\u0000\u2028\u202E]/u, html);
    }
  });
}

test('multi-line data with "- item" lines stays in one list item and one table cell', () => {
  const input = 'the check failed:\n- item one\n- item two\n  - nested\n1. first';
  const item = marked.parse(`- ${escapeMarkdown(input, { newline: '<br>' })}\n- next`, {
    async: false,
    gfm: true,
  });
  assert.equal((item.match(/<li>/g) ?? []).length, 2, item);
  assert.equal((item.match(/<ul>|<ol>/g) ?? []).length, 1, item);
  const cell = marked.parse(`| h |\n| - |\n| ${escapeMarkdown(input, { newline: '<br>' })} |\n`, {
    async: false,
    gfm: true,
  });
  assert.equal((cell.match(/<td/g) ?? []).length, 1, cell);
  assert.doesNotMatch(cell, /<ul>|<ol>|<li>/);
  const spaced = marked.parse(`- ${escapeMarkdown(input)}`, { async: false, gfm: true });
  assert.equal((spaced.match(/<li>/g) ?? []).length, 1, spaced);
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
  'www.evil.example a@b.co HTTPS://EVIL.EXAMPLE/x',
  '\u202Egnp.exe\u0000\u2028\u200B\uFEFF',
  'failed:\n- item\n  - nested\n1. one',
];

/**
 * The tags a hostile text may produce: the table (or paragraph) around it, our
 * own <br> and a safe code span kept on purpose; no link, not even a bare URL's.
 */
function tagsOf(html: string): string[] {
  assert.doesNotMatch(html, /<a\s|href=/, 'no data text becomes a link');
  assert.doesNotMatch(html, /@[A-Za-z0-9]/, 'no mention survives');
  const tags = [...html.matchAll(/<\/?([a-z0-9]+)|<!--/gi)].map((m) => m[1] ?? '<!--');
  return [...new Set(tags)].filter((tag) => tag !== 'code').sort();
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

test('a joiner between ASCII letters and the Hangul fillers are shown, so an id cannot pass for another', () => {
  assert.equal(showInvisible('feature:ag\u200Ce'), 'feature:ag[U+200C]e');
  assert.equal(showInvisible('x\u3164y\uFFA0z\u034F'), 'x[U+3164]y[U+FFA0]z[U+034F]');
  // Between non-ASCII letters a joiner is part of the script and stays.
  assert.equal(showInvisible('می\u200Cخواهم'), 'می\u200Cخواهم');
});

test('clip never leaves a code span open: it cuts before the span the limit falls in', () => {
  assert.equal(
    clip('run by step `serve` (`node serve.mjs data/x.csv`)', 30),
    'run by step `serve` (…',
  );
  assert.equal(clip('`a` and `b` then more words', 14), '`a` and `b` t…');
});
