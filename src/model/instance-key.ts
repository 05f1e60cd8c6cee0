/**
 * `drift[serving-eu]`: how results, waivers, annotations and the report
 * address one instance of a check configured as a list. A check configured
 * once is addressed by its id alone, as before instances existed.
 */
export function instanceKey(check: string, instance: string | undefined): string {
  return instance === undefined ? check : `${check}[${instance}]`;
}

/** The key of a check result, e.g. `drift` or `drift[serving-eu]`. */
export function resultKey(result: { id: string; instance?: string }): string {
  return instanceKey(result.id, result.instance);
}
