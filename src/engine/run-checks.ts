/**
 * Runs every configured check, each instance of a check configured as a list
 * on its own. A check that throws ends `error` with its message: the gate fails
 * closed, and the other checks still run.
 */

import type { CheckContext, CheckDefinition } from '../checks/check-definition.ts';
import { checkRegistry } from '../checks/check-registry.ts';
import { checkInstances } from '../config/check-instances.ts';
import type { CheckConfigs, Waiver } from '../config/config-schema.ts';
import type { CheckResult } from '../model/check-result.ts';
import { errorMessage } from '../model/error-message.ts';
import { applyWaivers, type EngineOutcome } from './apply-waivers.ts';
import { isTransientError } from './transient-error.ts';

/** `elapsedMs`: milliseconds on a monotonic clock, injected by the shell, for each check's duration. */
export async function runChecks(
  configs: CheckConfigs,
  waivers: Waiver[],
  context: CheckContext,
  elapsedMs: () => number,
  registry: Partial<Record<string, CheckDefinition>> = checkRegistry,
): Promise<CheckResult[]> {
  const today = context.now.toISOString().slice(0, 10);
  const entries: Record<string, unknown> = configs;
  const results: CheckResult[] = [];
  for (const id of Object.keys(entries)) {
    if (registry[id] === undefined) {
      // The schema and the registry disagree: the check can't run, so the gate must not pass.
      const check = { id, title: id, rubric: [] };
      const outcome = { kind: 'error', message: `mlgate has no check "${id}"` } as const;
      results.push(applyWaivers(check, outcome, [], today, 0));
    }
  }
  for (const [id, check] of Object.entries(registry)) {
    const entry = entries[id];
    if (entry === undefined || check === undefined) continue;
    for (const { name, config } of checkInstances(entry)) {
      const started = elapsedMs();
      const outcome = await runOne(check, config, context);
      const durationMs = Math.round(elapsedMs() - started);
      const instance = name === undefined ? check : { ...check, instance: name };
      results.push(applyWaivers(instance, outcome, waivers, today, durationMs));
    }
  }
  return results;
}

async function runOne(
  check: CheckDefinition,
  config: unknown,
  context: CheckContext,
): Promise<EngineOutcome> {
  try {
    return await check.run(config, context);
  } catch (error) {
    // An Error without a message still says what kind it was.
    const message =
      errorMessage(error) || (error instanceof Error ? error.name : 'the check threw');
    return { kind: 'error', message, ...(isTransientError(error) ? { transient: true } : {}) };
  }
}
