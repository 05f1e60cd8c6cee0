/**
 * The CODEOWNERS file GitHub would apply to a PR: the first of its locations
 * (or the configured one) at the base revision, or in the checkout when there
 * is no base or the base has none.
 */
import { codeownersLocations } from '../../infra/codeowners/parse-codeowners.ts';
import type { Workspace } from '../../workspace/workspace.ts';

const key = 'checks.spec_review.codeowners';

export interface FoundCodeowners {
  path: string;
  text: string;
  /** Where it was read: the base revision, or the checkout when there is no base or it lacks one. */
  from: 'base' | 'head';
}

export async function findCodeowners(
  workspace: Workspace,
  configured: string | undefined,
  base: string | undefined,
): Promise<FoundCodeowners | undefined> {
  const locations = configured ? [configured] : [...codeownersLocations];
  if (base) {
    for (const path of locations) {
      const text = await workspace.readTextAtRevision(base, path, key);
      if (text !== null) return { path, text, from: 'base' };
    }
  }
  for (const path of locations) {
    if (await workspace.exists(path, key)) {
      return { path, text: await workspace.readText(path, key), from: 'head' };
    }
  }
  return undefined;
}
