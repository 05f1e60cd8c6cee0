import assert from 'node:assert/strict';
import { test } from 'vitest';
import type { DetailLevel } from '../../src/report/detail-level.ts';
import {
  closeOpenBlocks,
  commentLimit,
  cutText,
  fitSections,
  jobSummaryLimit,
  type ReportSection,
  type SizeLimit,
  utf8Length,
} from '../../src/report/fit-comment.ts';

const section = (
  markdown: string,
  required: boolean,
  group = 'part',
  dropPriority = 1,
): ReportSection => ({ markdown, required, group, dropPriority });

const tiny = (maximum: number): SizeLimit => ({
  maximum,
  measure: (text) => text.length,
  description: 'the test limit',
});

/** A renderer whose detail shrinks by level, like renderReportSections. */
function render(sizes: Record<DetailLevel, number>) {
  const levels: DetailLevel[] = [];
  const fn = (level: DetailLevel) => {
    levels.push(level);
    return [
      section('VERDICT', true),
      section(`details:${'x'.repeat(sizes[level])}`, false, 'check details', 4),
      section('waivers', false, 'waivers', 2),
      section('FOOTER', true),
    ];
  };
  return { fn, levels };
}

test('a report that fits is returned whole, without a note', () => {
  const { fn, levels } = render({ full: 10, 'failing-only': 5, 'findings-only': 1 });
  const text = fitSections(fn, tiny(1000), 'See the summary.');
  assert.equal(text, `VERDICT\n\ndetails:${'x'.repeat(10)}\n\nwaivers\n\nFOOTER`);
  assert.deepEqual(levels, ['full']);
});

test('detail is dropped first, with a note right under the verdict', () => {
  const { fn, levels } = render({ full: 500, 'failing-only': 300, 'findings-only': 20 });
  const text = fitSections(fn, tiny(200), 'See the summary.');
  assert.deepEqual(levels, ['full', 'failing-only', 'findings-only']);
  assert.match(
    text,
    /^VERDICT\n\n> \[!NOTE\]\n> To fit the test limit, check details are left out.*See the summary\.\n\ndetails:x{20}\n\nwaivers\n\nFOOTER$/s,
  );
  assert.ok(text.length <= 200);
});

test('then whole sections go, highest drop priority first, and the note says which', () => {
  const { fn } = render({ full: 500, 'failing-only': 400, 'findings-only': 300 });
  const text = fitSections(fn, tiny(250), 'See the summary.');
  assert.ok(!text.includes('details:'));
  assert.match(text, /waivers/);
  assert.match(text, /Left out: check details\. /);
  assert.ok(text.endsWith('FOOTER'));
  assert.ok(text.length <= 250);
});

test('among sections of equal priority the later ones go first, and the note counts them', () => {
  const sections = [
    section('VERDICT', true),
    ...[1, 2, 3, 4].map((n) => section(`check ${n} ${'y'.repeat(120)}`, false, 'check details', 4)),
    section('FOOTER', true),
  ];
  const text = fitSections(() => sections, tiny(480), 'Hint.');
  assert.match(text, /check 1 .*check 2 /s);
  assert.ok(!text.includes('check 3') && !text.includes('check 4'));
  assert.match(text, /Left out: check details \(2 of 4\)/);
  assert.ok(text.length <= 480);
});

test('required sections too long on their own are cut at a line, keeping note and footer', () => {
  const verdict = Array.from({ length: 100 }, (_, n) => `- reason ${n}`).join('\n');
  const text = fitSections(
    () => [section(verdict, true), section('FOOTER', true)],
    tiny(300),
    'Hint.',
  );
  assert.ok(text.length <= 300);
  assert.match(text, /^- reason 0\n- reason 1\n/);
  assert.match(
    text,
    /- reason \d+\n\n> \[!WARNING\]\n> \*\*This report is cut short\*\*.*Hint\.\n\nFOOTER$/s,
  );
});

test('cutText keeps whole lines when it can, and never splits a surrogate pair', () => {
  const length = (text: string) => text.length;
  assert.equal(cutText('ab\ncd\nef', 6, length), 'ab\ncd');
  assert.equal(cutText('ab\ncd', 100, length), 'ab\ncd');
  assert.equal(cutText('a🧪b', 2, length), 'a');
  assert.equal(cutText('a🧪b', 3, length), 'a🧪');
  assert.equal(cutText('日本語', 6, utf8Length), '日本');
});

test('utf8Length counts bytes as TextEncoder does, lone surrogates included', () => {
  for (const text of ['', 'abc', 'naïve', '日本語', '🧪🧪', 'a\uD800b', '\uDC00', 'x\uD83E']) {
    assert.equal(utf8Length(text), new TextEncoder().encode(text).length, JSON.stringify(text));
  }
});

test('the comment limit counts UTF-16 units and newlines twice, within 65,536', () => {
  assert.equal(commentLimit.measure('a\nb'), 4);
  assert.equal(commentLimit.measure('🧪'), 2);
  assert.ok(commentLimit.maximum < 65_536);
  assert.ok(jobSummaryLimit.maximum < 1_048_576);
  assert.equal(jobSummaryLimit.measure('日'), 3);
});

test('a multi-byte-heavy report stays under both limits', () => {
  const line = `- ${'日本語🧪'.repeat(50)}`;
  const big = Array.from({ length: 4000 }, () => line).join('\n');
  const sections = () => [section('VERDICT', true), section(big, false), section('FOOTER', true)];
  const comment = fitSections(sections, commentLimit, 'Hint.');
  assert.ok(comment.length <= 65_536);
  assert.ok([...comment].length <= 65_536);
  const summary = fitSections(sections, jobSummaryLimit, 'Hint.');
  assert.ok(new TextEncoder().encode(summary).length <= 1_048_576);
  assert.ok(!summary.includes('\uFFFD'));
});

test('a cut that ends inside a code fence or a details block closes them, so the footer stays the footer', () => {
  assert.equal(closeOpenBlocks('a\n```yaml\n- x'), 'a\n```yaml\n- x\n```');
  assert.equal(
    closeOpenBlocks('<details>\n<summary>s</summary>\n\ntext'),
    '<details>\n<summary>s</summary>\n\ntext\n</details>',
  );
  assert.equal(
    closeOpenBlocks('```\nx\n```\n<details></details>'),
    '```\nx\n```\n<details></details>',
  );
});
