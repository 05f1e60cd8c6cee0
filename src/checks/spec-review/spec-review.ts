/**
 * Model 1 — model specs are reviewed and submitted. Every model spec and
 * config file must be tracked in git (submitted) and covered by a CODEOWNERS
 * rule with owners (reviewed). CODEOWNERS is read as GitHub reads it: from the
 * PR's base branch, at the first of its three locations, with its own
 * matching rules. The report names the owners whose review this change needs.
 */

import { baseRevision } from '../../infra/base-revision.ts';
import {
  codeownersLocations,
  codeownersMaxBytes,
  parseCodeowners,
  ruleFor,
} from '../../infra/codeowners/parse-codeowners.ts';
import { globToRegExp, pathMatches } from '../../infra/path-glob.ts';
import type { DetailBlock, Finding } from '../../model/check.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { specReviewConfig } from './spec-review-config.ts';

const key = 'checks.spec_review';

interface FoundCodeowners {
  path: string;
  text: string;
  /** Where it was read: the base revision, or the checkout when there is no base or it lacks one. */
  from: 'base' | 'head';
}

export const specReview: CheckDefinition<typeof specReviewConfig> = {
  id: 'spec_review',
  title: 'Model specs are reviewed and submitted',
  rubric: ['model-1'],
  config: specReviewConfig,
  async run(config, { workspace, event }) {
    const findings: Finding[] = [];
    const tracked = await workspace.listTrackedFiles();
    const specFiles = new Set<string>();
    for (const pattern of config.paths) {
      const glob = globToRegExp(pattern);
      const matched = tracked.filter((file) => pathMatches(glob, file));
      for (const file of matched) specFiles.add(file);
      if (matched.length > 0) continue;
      const onDisk = !/[*?{]/.test(pattern) && (await workspace.exists(pattern, `${key}.paths`));
      findings.push({
        id: `not-tracked:${pattern}`,
        severity: 'fail',
        message: onDisk
          ? `${pattern} exists but is not tracked by git: commit it so that it is reviewed and versioned`
          : `no file tracked by git matches ${pattern}; fix the path or commit the spec`,
        ...(onDisk ? { location: { path: pattern } } : {}),
      });
    }
    const base = baseRevision(config.base_revision, event);
    const found = await findCodeowners(workspace, config.codeowners, base);
    if (!found) {
      findings.push({
        id: 'codeowners:missing',
        severity: 'fail',
        message: `no CODEOWNERS file (looked for ${config.codeowners ?? codeownersLocations.join(', ')}); add one with a rule for the spec files, e.g. "/models/ @org/ml-reviewers"`,
      });
      return result(
        [...specFiles],
        findings,
        [],
        'no CODEOWNERS file, so no spec change requires review',
      );
    }
    if (Buffer.byteLength(found.text, 'utf8') >= codeownersMaxBytes) {
      findings.push({
        id: 'codeowners:size',
        severity: 'fail',
        message: `${found.path} is 3 MB or more; GitHub does not load it, so no review is requested`,
        location: { path: found.path },
      });
      return result([...specFiles], findings, [], `${found.path} is too large for GitHub to load`);
    }
    if (found.from === 'head' && base) {
      findings.push({
        id: 'codeowners:not-on-base',
        severity: 'warn',
        message: `${found.path} is not on the base branch yet; GitHub reads CODEOWNERS from the base, so it requests reviews only after this change merges`,
        location: { path: found.path },
      });
    }
    const codeowners = parseCodeowners(found.text);
    for (const problem of codeowners.problems) {
      findings.push({
        id: `codeowners:line:${problem.line}`,
        severity: 'warn',
        message: `${found.path}:${problem.line} \`${problem.text}\`: ${problem.problem}`,
        location: { path: found.path, line: problem.line },
      });
    }
    const changed = base
      ? new Set((await workspace.listChangedFiles(base)).map((file) => file.path))
      : undefined;
    const rows: Array<Array<string>> = [];
    const needed = new Set<string>();
    for (const file of [...specFiles].sort()) {
      const rule = ruleFor(codeowners, file);
      const isChanged = changed?.has(file) ?? false;
      if (!rule || rule.owners.length === 0) {
        findings.push({
          id: `unowned:${file}`,
          severity: 'fail',
          message: rule
            ? `${file} has no code owner: ${found.path}:${rule.line} \`${rule.pattern}\` matches it last and lists no owners`
            : `${file} has no code owner: no rule in ${found.path} matches it`,
          location: { path: file },
        });
      } else if (isChanged) {
        for (const owner of rule.owners) needed.add(owner);
      }
      rows.push([
        file,
        rule?.owners.join(' ') || '—',
        rule ? `${found.path}:${rule.line} ${rule.pattern}` : 'no rule',
        changed === undefined ? '—' : isChanged ? 'yes' : 'no',
      ]);
    }
    const changedSpecs = rows.filter((row) => row[3] === 'yes').length;
    const summary =
      changed === undefined
        ? `${specFiles.size} spec files checked against ${found.path} (no base revision, so no change to review)`
        : changedSpecs === 0
          ? `${specFiles.size} spec files tracked; this change touches none of them`
          : `this change touches ${changedSpecs} spec file${changedSpecs === 1 ? '' : 's'}; review needed from ${[...needed].sort().join(', ') || 'nobody (unowned)'}`;
    return result(
      [...specFiles],
      findings,
      [
        {
          type: 'table',
          title: `Spec files and their code owners (${found.path}, read from ${found.from === 'base' ? `the base revision ${base?.slice(0, 12)}` : 'the checkout'})`,
          header: ['File', 'Owners', 'Deciding rule', 'Changed here'],
          rows,
        },
      ],
      summary,
      [...needed],
    );
  },
};

function result(
  specFiles: string[],
  findings: Finding[],
  details: DetailBlock[],
  summary: string,
  reviewers: string[] = [],
) {
  return {
    kind: 'ran' as const,
    summary,
    figures: [
      { name: 'spec files tracked', value: specFiles.length },
      {
        name: 'spec files without owners',
        value: findings.filter((f) => f.id.startsWith('unowned:')).length,
        threshold: '= 0',
      },
      { name: 'reviewers needed', value: reviewers.sort().join(', ') || '—' },
    ],
    findings,
    details,
  };
}

async function findCodeowners(
  workspace: Workspace,
  configured: string | undefined,
  base: string | undefined,
): Promise<FoundCodeowners | undefined> {
  const locations = configured ? [configured] : [...codeownersLocations];
  if (base) {
    for (const path of locations) {
      const text = await workspace.readTextAtRevision(base, path, `${key}.codeowners`);
      if (text !== null) return { path, text, from: 'base' };
    }
  }
  for (const path of locations) {
    if (await workspace.exists(path, `${key}.codeowners`)) {
      return { path, text: await workspace.readText(path, `${key}.codeowners`), from: 'head' };
    }
  }
  return undefined;
}
