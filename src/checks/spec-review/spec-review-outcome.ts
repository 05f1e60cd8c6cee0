/**
 * Spec ownership as a check outcome: a CODEOWNERS file GitHub cannot use ends
 * the check with one finding; otherwise each spec file gets its deciding rule
 * and owners, unowned files fail (files left unowned by one rule share that
 * rule as their cause), and the owners of the changed specs are the reviewers
 * this change needs.
 */

import type { Codeowners, CodeownersRule } from '../../infra/codeowners/parse-codeowners.ts';
import { codeownersMaxBytes, ruleFor } from '../../infra/codeowners/parse-codeowners.ts';
import type { CheckOutcome, DetailBlock, Finding } from '../../model/check.ts';
import type { FoundCodeowners } from './find-codeowners.ts';

const key = 'checks.spec_review';

export type CodeownersVerdict =
  | { kind: 'usable'; found: FoundCodeowners }
  | { kind: 'unusable'; finding: Finding; summary: string };

/** Whether GitHub would load the CODEOWNERS file; when not, the finding and the summary it implies. */
export function codeownersVerdict(
  found: FoundCodeowners | undefined,
  looked: string,
): CodeownersVerdict {
  if (!found) {
    return {
      kind: 'unusable',
      finding: {
        id: 'codeowners:missing',
        severity: 'fail',
        message: `no CODEOWNERS file (looked for ${looked}); add one with a rule for the spec files, e.g. "/models/ @org/ml-reviewers"`,
        fix: `Add a CODEOWNERS file (e.g. .github/CODEOWNERS) with a rule that names owners for the spec files, or set \`${key}.codeowners\` to yours.`,
      },
      summary: 'no CODEOWNERS file, so no spec change requires review',
    };
  }
  const bytes = Buffer.byteLength(found.text, 'utf8');
  if (bytes < codeownersMaxBytes) return { kind: 'usable', found };
  return {
    kind: 'unusable',
    finding: {
      id: 'codeowners:size',
      severity: 'fail',
      message: `${found.path} is 3 MB or more; GitHub does not load it, so no review is requested`,
      location: { path: found.path },
      measure: {
        figure: 'CODEOWNERS size',
        value: bytes,
        bound: { comparator: '<', limit: codeownersMaxBytes },
        unit: 'bytes',
      },
      fix: `Shrink ${found.path} under 3 MB, e.g. by owning folders instead of single files.`,
    },
    summary: `${found.path} is too large for GitHub to load`,
  };
}

export interface Ownership {
  specFiles: string[];
  found: FoundCodeowners;
  codeowners: Codeowners;
  base: string | undefined;
  /** The files this change touches; undefined without a base revision. */
  changed: ReadonlySet<string> | undefined;
}

export function ownershipOutcome(ownership: Ownership, earlier: Finding[]): CheckOutcome {
  const { found, changed } = ownership;
  const files = [...ownership.specFiles].sort().map((file) => ({
    file,
    rule: ruleFor(ownership.codeowners, file),
    changed: changed?.has(file) ?? false,
  }));
  const needed = new Set(files.filter((f) => f.changed).flatMap((f) => f.rule?.owners ?? []));
  const findings = [
    ...earlier,
    ...codeownersFindings(ownership),
    ...files.flatMap(({ file, rule }) => unownedFinding(file, rule, found.path)),
  ];
  const changedSpecs = files.filter((f) => f.changed).length;
  const summary =
    changed === undefined
      ? `${files.length} spec files checked against ${found.path} (no base revision, so no change to review)`
      : changedSpecs === 0
        ? `${files.length} spec files tracked; this change touches none of them`
        : `this change touches ${changedSpecs} spec file${changedSpecs === 1 ? '' : 's'}; review needed from ${[...needed].sort().join(', ') || 'nobody (unowned)'}`;
  const from =
    found.from === 'base' ? `the base revision ${ownership.base?.slice(0, 12)}` : 'the checkout';
  const table: DetailBlock = {
    type: 'table',
    title: `Spec files and their code owners (${found.path}, read from ${from})`,
    header: ['File', 'Owners', 'Deciding rule', 'Changed here'],
    rows: files.map(({ file, rule, changed: isChanged }) => [
      file,
      rule?.owners.join(' ') || '—',
      rule ? `${found.path}:${rule.line} ${rule.pattern}` : 'no rule',
      changed === undefined ? '—' : isChanged ? 'yes' : 'no',
    ]),
  };
  return specReviewOutcome(ownership.specFiles, findings, [table], summary, [...needed]);
}

function codeownersFindings({ found, base, codeowners }: Ownership): Finding[] {
  const findings: Finding[] = [];
  if (found.from === 'head' && base) {
    findings.push({
      id: 'codeowners:not-on-base',
      severity: 'warn',
      message: `${found.path} is not on the base branch yet; GitHub reads CODEOWNERS from the base, so it requests reviews only after this change merges`,
      location: { path: found.path },
      fix: `Merge ${found.path} into the base branch first, in a change of its own.`,
    });
  }
  for (const problem of codeowners.problems) {
    findings.push({
      id: `codeowners:line:${problem.line}`,
      severity: 'warn',
      message: `${found.path}:${problem.line} \`${problem.text}\`: ${problem.problem}`,
      location: { path: found.path, line: problem.line },
      fix: `Rewrite line ${problem.line} of ${found.path} in a syntax GitHub reads, or delete it.`,
    });
  }
  return findings;
}

function unownedFinding(file: string, rule: CodeownersRule | undefined, path: string): Finding[] {
  if (rule && rule.owners.length > 0) return [];
  const base = { id: `unowned:${file}`, severity: 'fail' as const, location: { path: file } };
  if (!rule) {
    return [
      {
        ...base,
        message: `${file} has no code owner: no rule in ${path} matches it`,
        cause: 'codeowners:no-rule',
        fix: `Add a rule with owners for ${file} to ${path}.`,
      },
    ];
  }
  return [
    {
      ...base,
      message: `${file} has no code owner: ${path}:${rule.line} \`${rule.pattern}\` matches it last and lists no owners`,
      cause: `codeowners:rule:${rule.line}`,
      fix: `Give \`${rule.pattern}\` on line ${rule.line} of ${path} an owner, or add a later rule with owners for ${file}.`,
    },
  ];
}

export function specReviewOutcome(
  specFiles: readonly string[],
  findings: Finding[],
  details: DetailBlock[],
  summary: string,
  reviewers: string[] = [],
): CheckOutcome {
  return {
    kind: 'ran',
    summary,
    figures: [
      { name: 'spec files tracked', value: specFiles.length },
      {
        name: 'spec files without owners',
        value: findings.filter((f) => f.id.startsWith('unowned:')).length,
        threshold: '= 0',
        bound: { comparator: '==', limit: 0 },
      },
      { name: 'reviewers needed', value: reviewers.sort().join(', ') || '—' },
    ],
    findings,
    details,
  };
}
