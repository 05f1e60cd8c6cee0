/**
 * The environment a config command runs with: the runner's, minus anything
 * that would let PR code act as the workflow. Tokens go (GITHUB_TOKEN,
 * GH_TOKEN, the Actions runtime and OIDC request tokens), and so do the action's
 * own inputs (INPUT_*, which hold the `github-token` input) and the files
 * through which a step sets outputs, env and PATH for later steps
 * (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH, GITHUB_STATE, GITHUB_STEP_SUMMARY):
 * with those a command could forge mlgate's outputs or inject code into the
 * steps after it.
 */

const droppedNames = new Set([
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GH_ENTERPRISE_TOKEN',
  'GITHUB_ENTERPRISE_TOKEN',
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
]);
const droppedPrefixes = ['ACTIONS_', 'INPUT_'];

export function isDroppedVariable(name: string): boolean {
  const upper = name.toUpperCase();
  return droppedNames.has(upper) || droppedPrefixes.some((prefix) => upper.startsWith(prefix));
}

/** A copy of `environment` without the dropped variables, plus `extra` (which may not re-add them). */
export function commandEnvironment(
  environment: Readonly<Record<string, string | undefined>>,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...environment, ...extra })) {
    if (value !== undefined && !isDroppedVariable(name)) result[name] = value;
  }
  return result;
}
