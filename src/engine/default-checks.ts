/**
 * Checks that run without being configured. Declaring `steps:` turns on
 * committed_artifacts: a repository that says how its artifacts are made gets
 * them checked against the committed ones unless it configures the check itself.
 */
import { committedArtifactsConfig } from '../checks/committed-artifacts/committed-artifacts-config.ts';
import type { CheckConfigs, Config } from '../config/config-schema.ts';

export function withDefaultChecks(config: Config): CheckConfigs {
  if (Object.keys(config.steps).length === 0 || config.checks.committed_artifacts !== undefined) {
    return config.checks;
  }
  return { ...config.checks, committed_artifacts: committedArtifactsConfig.parse({}) };
}
