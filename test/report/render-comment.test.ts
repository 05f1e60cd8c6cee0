import assert from 'node:assert/strict';
import { marked } from 'marked';
import { expect, test } from 'vitest';
import { escapeMarkdown } from '../../src/report/escape-markdown.ts';
import { commentLimit } from '../../src/report/fit-comment.ts';
import { commentMarker, renderComment, renderSummary } from '../../src/report/render-comment.ts';
import { shownReasons } from '../../src/report/render-verdict.ts';
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

test('the first screen lists five blocking reasons with their numbers, then how many more', () => {
  const report = scenarios.blocked!();
  const rendered = renderComment(report, { commentKey: 'default' });
  assert.equal(report.verdict.reasons.length, 6);
  const firstScreen = rendered.slice(0, rendered.indexOf('### How to unblock'));
  for (const reason of shownReasons(report.verdict.blocking)) {
    assert.ok(
      firstScreen.includes(`- ${escapeMarkdown(reason.text, { maxLength: 600 })}\n`),
      reason.text,
    );
  }
  assert.match(
    firstScreen,
    /- `model_quality`: `roc_auc` 0\.6913 &lt; 0\.9 \(production 0\.9721\) — predictions\/candidate\.csv\n/,
  );
  // Every blocking check has a line before any check has two: accuracy waits, slices shows.
  assert.match(firstScreen, /`slices` could not run/);
  assert.doesNotMatch(firstScreen, /`accuracy`/);
  assert.match(firstScreen, /- … and 1 more, in the checks below\./);
  assert.ok(rendered.indexOf('### How to unblock') < rendered.indexOf('### Checks'));
});

test('one cause is one reason, however many findings it produced', () => {
  const rendered = renderComment(scenarios.blocked!(), { commentKey: 'default' });
  assert.equal(rendered.split('`unit_tests`: test\\_one\\_hot failed').length, 2);
  assert.match(
    rendered,
    /tests\/test\\_features\.py line 14; and 2 more findings with the same cause/,
  );
});

test('how to unblock: each fix once, and a waiver to paste for each waivable reason, 14 days out', () => {
  const rendered = renderComment(scenarios.blocked!(), { commentKey: 'default' });
  const unblock = rendered.slice(
    rendered.indexOf('### How to unblock'),
    rendered.indexOf('### Checks'),
  );
  assert.match(unblock, /1\. Retrain or fix the model so that roc\\_auc ≥ 0\.9/);
  assert.doesNotMatch(unblock, /accuracy/);
  assert.match(unblock, /Fix what `unit_tests` found/);
  assert.match(
    unblock,
    /- \{check: "model_quality", finding: "metric:roc_auc", reason: "TODO", owner: "@your-team", expires: "2026-06-29"\}/,
  );
  // Several findings of one cause: one waiver for the check.
  assert.match(unblock, /- \{check: "unit_tests", reason: "TODO"/);
  // An error can't be waived, so it is never offered one.
  assert.doesNotMatch(unblock, /check: "slices"/);
});

test('a passing comment is one screen: passes folded, no details, no rubric tables', () => {
  const rendered = renderComment(scenarios['all-pass']!(), { commentKey: 'default' });
  assert.ok(rendered.length < 3000, `${rendered.length} characters`);
  assert.match(rendered, /✅ 2 passed: `numerical_stability`, `schema_validation`/);
  assert.doesNotMatch(rendered, /<details>|Rubric tests without points|✅ met/);
  assert.match(rendered, /\*\*Rubric coverage\*\*.*not the tests that passed/);
});

test('a blocked comment never shows a column of ✅ beside its verdict', () => {
  const rendered = renderComment(scenarios.blocked!(), { commentKey: 'default' });
  assert.doesNotMatch(rendered, /✅ met|\| ✅ pass \|/);
});

test('with a config error, nothing ran: rubric coverage is n/a, not 0 and a band', () => {
  const rendered = renderComment(scenarios['config-error']!(), { commentKey: 'default' });
  assert.match(rendered, /\*\*Rubric coverage\*\* \(ML Test Score\): n\/a, since no check ran\./);
  assert.doesNotMatch(rendered, /research project|Table V/);
});

test('config errors come right after the verdict heading, before the reasons', () => {
  const rendered = renderComment(scenarios['config-error']!(), { commentKey: 'default' });
  const caution = rendered.indexOf('> [!CAUTION]');
  assert.ok(caution > rendered.indexOf('## ❌ mlgate: blocked'));
  assert.ok(caution < rendered.indexOf('**Blocked because:**'));
  assert.match(
    rendered,
    /> - \.github\/mlgate\.yml:9: `checks\.drfit`: unknown key; did you mean `drift`\?/,
  );
});

test('hostile strings: one marker, balanced details, no live HTML, no mention, tables keep their columns', () => {
  const rendered = renderComment(scenarios.hostile!(), { commentKey: 'default' });
  assert.equal(rendered.split('<!-- mlgate:report').length, 2, 'the forged marker is escaped');
  const html = marked.parse(rendered, { async: false, gfm: true });
  assert.equal((html.match(/<details>/g) ?? []).length, 1);
  assert.equal((html.match(/<\/details>/g) ?? []).length, 1);
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

test('the oversized report is cut to the comment limit, keeping verdict, unblock steps, note and footer', () => {
  const report = scenarios.oversized!();
  const rendered = renderComment(report, { commentKey: 'default' });
  assert.ok(rendered.length <= 65_536);
  assert.ok(commentLimit.measure(rendered) <= commentLimit.maximum);
  assert.match(rendered, /## ❌ mlgate: blocked/);
  assert.match(rendered, /### How to unblock/);
  // The size notice sits right under the verdict, not at the bottom.
  assert.match(
    rendered,
    /\*\*Blocked because:\*\*[^#]*\n\n> \[!(WARNING|NOTE)\]\n> (\*\*This report is cut short\*\*|To fit).*\[job summary\]\(https:\/\/github\.com\/acme/,
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
