/**
 * What a reviewer reads (issue #13), end to end: `mlgate run` on the bundled
 * example (examples/penguins, passes) and on a blocked pull request built from
 * the same real data (examples/penguins-blocked: a degraded model and a bad
 * serving batch), then the PR comment rendered from the JSON report the run
 * wrote, as publish mode renders it. A passing comment fits one screen; a
 * blocked one says why and what to do within its first screen.
 * Both comments are golden files, test/e2e/golden/*.md; `npx vitest run -u` rewrites them.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseUntrustedReport } from '../../src/github/untrusted-report.ts';
import { renderComment } from '../../src/report/render-comment.ts';
import { mlgate } from '../cli/mlgate-in-process.ts';
import { stableComment } from './stable-comment.ts';

/** The first screen of a comment, and the most a passing comment may take (issue #13, "Done when"). */
const firstScreen = 1500;
const passingLimit = 3000;

// `mlgate run` dates the report and ages attestations with the clock; a fixed one keeps
// the goldens still. Only Date is faked: the checks' child processes keep real timers.
const now = new Date('2026-11-02T09:30:00Z');

/**
 * Each blocking condition of examples/penguins-blocked (see its README): a line of the
 * first screen that names what was measured and carries its value and its threshold.
 * Numbers may be rounded differently (0.6899 or 0.690); a condition may be said two ways (`either`).
 */
const blockingConditions: {
  check: string;
  what: string;
  either: { line: RegExp; value: RegExp; limit: RegExp }[];
}[] = [
  {
    check: 'model_quality',
    what: 'roc_auc 0.690 below the floor 0.9 (production 0.972)',
    either: [{ line: /roc_auc/, value: /0\.6(9|899)/, limit: /0\.90*(?!\d)/ }],
  },
  {
    check: 'model_quality',
    what: 'accuracy 0.690 below the floor 0.85 (production 0.917)',
    either: [{ line: /accuracy/, value: /0\.69/, limit: /0\.850*(?!\d)/ }],
  },
  {
    check: 'schema_validation',
    what: '8 cells of data/serving.csv break the schema, 0 allowed (e.g. body_mass_g 46000 > 7500)',
    either: [
      { line: /serving/, value: /(?<![\d.])8(?![\d.])/, limit: /(?<![\d.])0(?![\d.])/ },
      { line: /body_mass_g/, value: /46,?000|(?<![\d.])3(?![\d.])/, limit: /7,?500/ },
    ],
  },
  {
    check: 'drift',
    what: 'flipper_length_mm drifted (KS D 0.424, adjusted p 7.2e-10 ≤ 0.05; W/σ 0.878 ≥ 0.1)',
    either: [
      {
        line: /flipper_length_mm/,
        value: /0\.42|7\.2\d*(e-10|×10⁻¹⁰)|0\.88|0\.878|2\.71/,
        limit: /0\.050*(?!\d)/,
      },
      { line: /flipper_length_mm/, value: /0\.88|0\.87[78]|0\.42/, limit: /0\.10*(?!\d)/ },
      { line: /flipper_length_mm/, value: /16\.7|0\.167/, limit: /10 ?%|0\.10*(?!\d)/ },
    ],
  },
];

describe('the comment a reviewer reads, from real runs of mlgate run', () => {
  let scratch: string;
  const comments: Record<string, string> = {};

  /** `mlgate run` on an example folder, then the comment from the JSON report it wrote. */
  async function commentOf(
    example: string,
  ): Promise<{ code: number; err: string; comment: string }> {
    const json = path.join(scratch, `${example}.json`);
    const folder = fileURLToPath(new URL(`../../examples/${example}`, import.meta.url));
    const run = await mlgate([
      'run',
      ...['--working-directory', folder, '--config', path.join(folder, 'mlgate.yml')],
      ...['--json', json, '--quiet'],
    ]);
    assert.ok(run.code <= 1, `mlgate run on ${folder} ended ${run.code}:\n${run.err}`);
    const parsed = parseUntrustedReport(readFileSync(json, 'utf8'), json);
    assert.ok(parsed.ok, parsed.ok ? '' : `${parsed.problem}\n${run.err}`);
    // The version comes from package.json; a release must not rewrite the goldens.
    const report = { ...parsed.report, mlgateVersion: '0.0.0-test' };
    return { ...run, comment: renderComment(report, { commentKey: 'default' }) };
  }

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now });
    scratch = mkdtempSync(path.join(tmpdir(), 'mlgate-reviewer-comment-'));
    const passing = await commentOf('penguins');
    const blocked = await commentOf('penguins-blocked');
    assert.equal(passing.code, 0, `examples/penguins passes:\n${passing.err}`);
    assert.equal(blocked.code, 1, `examples/penguins-blocked is blocked:\n${blocked.err}`);
    comments.passing = passing.comment;
    comments.blocked = blocked.comment;
  });
  afterAll(() => {
    vi.useRealTimers();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('golden file: the passing comment', async () => {
    await expect(stableComment(comments.passing!)).toMatchFileSnapshot('./golden/penguins-pass.md');
  });

  it('golden file: the blocked comment', async () => {
    await expect(stableComment(comments.blocked!)).toMatchFileSnapshot(
      './golden/penguins-blocked.md',
    );
  });

  it(`the passing example's comment is under ${passingLimit} characters`, () => {
    const size = characters(comments.passing!).length;
    assert.ok(size < passingLimit, `the passing comment has ${size} characters`);
  });

  it('the blocked comment leads with the verdict', () => {
    assert.match(plain(head(comments.blocked!)), /^#+ .*\bblocked\b/im);
  });

  for (const condition of blockingConditions) {
    it(`the first screen of the blocked comment shows ${condition.check}: ${condition.what}`, () => {
      const screen = plain(head(comments.blocked!));
      const shown = screen
        .split('\n')
        .some((line) =>
          condition.either.some(
            (way) => way.line.test(line) && way.value.test(line) && way.limit.test(line),
          ),
        );
      assert.ok(shown, `no line says ${condition.what}:\n${screen}`);
    });
  }

  it('the first screen of the blocked comment says how to unblock, with a step', () => {
    assert.match(plain(head(comments.blocked!)), /how to unblock[^\n]*\n+\s*(\d+\.|[-*]) \S/i);
  });
});

/** A string's characters (code points, so an emoji counts once). */
function characters(text: string): string[] {
  return Array.from(text);
}

function head(comment: string): string {
  return characters(comment).slice(0, firstScreen).join('');
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Markdown as it reads: no escapes, entities, code marks, emphasis or tags, so patterns match the words. */
function plain(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<[^>\n]+>/g, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/[`*]/g, '')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return entities[name.toLowerCase()] ?? entity;
    });
}

/**
 * The comment with what changes between identical runs replaced: the seconds a
 * command took ("0.4 s", "under 1 s") and the runner's log file names. Issue #13 asks the comment to
 * round or drop them; once it does, this changes nothing.
 */
