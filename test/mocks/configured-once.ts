import assert from 'node:assert/strict';

/** A check's entry under `checks:` configured once (not as a list of instances). */
export function configuredOnce<Config extends object>(
  entry: Config | readonly (Config & { name: string })[] | undefined,
): Config {
  assert.ok(entry !== undefined && !Array.isArray(entry), 'expected one configuration');
  return entry as Config;
}
