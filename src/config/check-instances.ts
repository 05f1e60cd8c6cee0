/**
 * The configurations a check runs with: the one object of `checks.<id>`, or
 * each entry of its list with the entry's `name` taken off. Configs are
 * objects, never lists, so a list always means instances.
 */
export interface CheckInstance {
  /** Absent for a check configured once. */
  name?: string;
  config: unknown;
}

export function checkInstances(entry: unknown): CheckInstance[] {
  if (!Array.isArray(entry)) return [{ config: entry }];
  return entry.map(({ name, ...config }: { name: string }) => ({ name, config }));
}

/** Each configured check's instance names; undefined for a check configured once. */
export function configuredInstances(
  checks: Record<string, unknown>,
): Map<string, string[] | undefined> {
  return new Map(
    Object.entries(checks).map(([id, entry]) => [
      id,
      Array.isArray(entry) ? entry.map((instance: { name: string }) => instance.name) : undefined,
    ]),
  );
}
