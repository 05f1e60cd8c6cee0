import assert from 'node:assert/strict';
import { marked } from 'marked';
import { expect, test } from 'vitest';
import { commentLimit } from '../../src/report/fit-comment.ts';
import { commentMarker, renderComment, renderSummary } from '../../src/report/render-comment.ts';
import { scenarios } from './scenarios.ts';

/**
 * Rendered comments are vitest file snapshots, test/report/golden/<scenario>.md, so
 * every change a reviewer would see shows up as a diff; `npx vitest run -u` rewrites them.
 */
for (const [name, scenario] of Object.entries(scenarios)) {
  test(`golden: ${name}`, async () => {
    const rendered = renderComment(scenario(), { commentKey: 'default' });
    await expect(rendered).toMatchFileSnapshot(`./golden/${name}.md`);
  });
}

test('the comment starts with the sticky marker and the verdict', () => {
  const passed = renderComment(scenarios['all-pass']!(), { commentKey: 'model-a' });
  assert.ok(passed.startsWith(`${commentMarker('model-a')}\n## ✅ mlgate: passed`));
  const blocked = renderComment(scenarios.blocked!(), { commentKey: 'default' });
  assert.ok(blocked.startsWith(`${commentMarker('default')}\n## ❌ mlgate: blocked`));
});

test('every verdict reason is in the comment', () => {
  const report = scenarios.blocked!();
  const rendered = renderComment(report, { commentKey: 'default' });
  assert.equal(report.verdict.reasons.length, 5);
  for (const reason of report.verdict.reasons) {
    const start = reason.slice(0, 20).replaceAll('_', '\\_');
    assert.ok(rendered.includes(`- ${start}`), reason);
  }
});

test('config errors come right after the verdict heading, before the reasons', () => {
  const rendered = renderComment(scenarios['config-error']!(), { commentKey: 'default' });
  const caution = rendered.indexOf('> [!CAUTION]');
  assert.ok(caution > rendered.indexOf('## ❌ mlgate: blocked'));
  assert.ok(caution < rendered.indexOf('**This change is blocked because:**'));
  assert.match(
    rendered,
    /> - \.github\/mlgate\.yml:9: `checks\.drfit`: unknown key; did you mean `drift`\?/,
  );
});

test('hostile strings: one marker, balanced details, no live HTML, no mention, tables keep their columns', () => {
  const rendered = renderComment(scenarios.hostile!(), { commentKey: 'default' });
  assert.equal(rendered.split('<!-- mlgate:report').length, 2, 'the forged marker is escaped');
  const html = marked.parse(rendered, { async: false, gfm: true });
  assert.equal((html.match(/<details>/g) ?? []).length, 2);
  assert.equal((html.match(/<\/details>/g) ?? []).length, 2);
  assert.doesNotMatch(html, /<(script|img|h1|b|i|u)\b|href="javascript/);
  // GitHub links no mentions inside code blocks, so only text outside them must be neutralised.
  assert.doesNotMatch(html.replace(/<pre>[\s\S]*?<\/pre>/g, ''), /@[A-Za-z0-9]/);
  for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
    const widths = (table.match(/<tr>[\s\S]*?<\/tr>/g) ?? []).map(
      (row) => (row.match(/<t[dh][ >]/g) ?? []).length,
    );
    assert.equal(
      new Set(widths).size,
      1,
      `every row has the header's width: ${table.slice(0, 300)}`,
    );
  }
});

test('the oversized report is cut to the comment limit, keeping verdict, scores, note and footer', () => {
  const report = scenarios.oversized!();
  const rendered = renderComment(report, { commentKey: 'default' });
  assert.ok(rendered.length <= 65_536);
  assert.ok(commentLimit.measure(rendered) <= commentLimit.maximum);
  assert.match(rendered, /## ❌ mlgate: blocked/);
  assert.match(rendered, /### ML Test Score/);
  assert.match(
    rendered,
    /\*\*This report is cut short\*\*.*\[job summary\]\(https:\/\/github\.com\/acme/,
  );
  assert.match(rendered, /<sub>mlgate 0\.1\.0 · commit 9f2c4e1/);
  assert.equal(
    (rendered.match(/<details>/g) ?? []).length,
    (rendered.match(/<\/details>/g) ?? []).length,
  );
});

test('the job summary holds the full oversized report: every check detail, under 1 MiB', () => {
  const report = scenarios.oversized!();
  const summary = renderSummary(report);
  assert.ok(new TextEncoder().encode(summary).length <= 1_048_576);
  assert.equal((summary.match(/<details>\n<summary>/g) ?? []).length, report.checks.length + 1);
  assert.doesNotMatch(summary, /cut short|To fit/);
  assert.ok(!summary.includes('<!-- mlgate:report'), 'the summary has no sticky marker');
});

test('a report read back from an untrusted artifact cannot inject markup through any field', () => {
  const report = structuredClone(scenarios.waived!());
  const evil = '<img src=x onerror=alert(1)> @root | [x](javascript:alert(1))';
  // biome-ignore lint/suspicious/noExplicitAny: the test tampers with the report on purpose
  const tampered = report as unknown as Record<string, any>;
  tampered.mlgateVersion = evil;
  tampered.event = { name: evil, sha: `<b>${evil}`, runUrl: 'javascript:alert(1)' };
  tampered.score.final = evil;
  tampered.score.band = { range: evil, meaning: evil };
  tampered.score.sections[0].section = evil;
  tampered.score.tests[0].id = evil;
  tampered.score.tests[1].state = { kind: 'uncovered', why: evil };
  tampered.score.tests[1].howToCover = evil;
  tampered.checks[0].id = evil;
  tampered.checks[0].title = evil;
  tampered.checks[0].status = evil;
  tampered.checks[0].rubric = [evil];
  tampered.checks[0].figures = [{ name: evil, value: evil, threshold: evil, unit: evil }];
  tampered.waivers[0].effect = evil;
  tampered.waivers[0].owner = evil;
  const rendered = renderComment(report, { commentKey: 'default' });
  const html = marked.parse(rendered, { async: false, gfm: true });
  assert.doesNotMatch(html, /<img|href="javascript|<b>/);
  assert.doesNotMatch(html.replace(/<pre>[\s\S]*?<\/pre>/g, ''), /@[A-Za-z0-9]/);
  assert.ok(!rendered.includes('[workflow run]'), 'a non-http run URL is not linked');
});
