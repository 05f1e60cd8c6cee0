/**
 * Runs every configured check. A check that throws ends `error` with its
 * message: the gate fails closed, and the other checks still run.
 */

import type { CheckContext, CheckDefinition } from '../checks/check-definition.ts';
import type { CheckConfigs, Waiver } from '../config/config-schema.ts';
import type { CheckOutcome } from '../model/check.ts';
import type { CheckResult } from '../model/check-result.ts';
import { applyWaivers } from './apply-waivers.ts';
import { type CheckId, checkRegistry } from './check-registry.ts';

export async function runChecks(
  configs: CheckConfigs,
  waivers: Waiver[],
  context: CheckContext,
  registry: Partial<Record<string, CheckDefinition<never>>> = checkRegistry,
): Promise<CheckResult[]> {
  const today = context.now.toISOString().slice(0, 10);
  const results: CheckResult[] = [];
  for (const id of Object.keys(configs) as CheckId[]) {
    if (registry[id] === undefined) {
      // The schema and the registry disagree: the check can't run, so the gate must not pass.
      const check = { id, title: id, rubric: [] };
      results.push(
        applyWaivers(
          check,
          { kind: 'error', message: `mlgate has no check "${id}"` },
          [],
          today,
          0,
        ),
      );
    }
  }
  for (const id of Object.keys(registry) as CheckId[]) {
    const config = configs[id];
    const check = registry[id];
    if (config === undefined || !check) continue;
    const started = performance.now();
    let outcome: CheckOutcome | { kind: 'error'; message: string };
    try {
      outcome = await (check as CheckDefinition<typeof config>).run(config, context);
    } catch (error) {
      outcome = { kind: 'error', message: messageOf(error) };
    }
    const durationMs = Math.round(performance.now() - started);
    results.push(applyWaivers(check, outcome, waivers, today, durationMs));
  }
  return results;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
