/**
 * The spec and config files the check covers: the tracked files each pattern
 * of `paths` matches, and a finding for each pattern that matches none (the
 * file is on disk but not committed, or the pattern is wrong).
 */
import { globToRegExp, pathMatches } from '../../infra/path-glob.ts';
import type { Finding } from '../../model/check.ts';
import type { Workspace } from '../../workspace/workspace.ts';

const key = 'checks.spec_review.paths';

export interface TrackedSpecs {
  files: string[];
  findings: Finding[];
}

export async function trackedSpecs(
  patterns: readonly string[],
  workspace: Workspace,
): Promise<TrackedSpecs> {
  const tracked = await workspace.listTrackedFiles();
  const files = new Set<string>();
  const findings: Finding[] = [];
  for (const pattern of patterns) {
    const glob = globToRegExp(pattern);
    const matched = tracked.filter((file) => pathMatches(glob, file));
    for (const file of matched) files.add(file);
    if (matched.length > 0) continue;
    const onDisk = !/[*?{]/.test(pattern) && (await workspace.exists(pattern, key));
    findings.push(untrackedFinding(pattern, onDisk));
  }
  return { files: [...files], findings };
}

function untrackedFinding(pattern: string, onDisk: boolean): Finding {
  const id = `not-tracked:${pattern}`;
  if (onDisk) {
    return {
      id,
      severity: 'fail',
      message: `${pattern} exists but is not tracked by git: commit it so that it is reviewed and versioned`,
      location: { path: pattern },
      fix: `Commit ${pattern}.`,
    };
  }
  return {
    id,
    severity: 'fail',
    message: `no file tracked by git matches ${pattern}; fix the path or commit the spec`,
    fix: `Correct \`${pattern}\` in \`${key}\`, or commit the spec it names.`,
  };
}
