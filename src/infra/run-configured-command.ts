/**
 * A command from mlgate.yml run as its config says: the check's (or step's)
 * `timeout_minutes` and `working_directory`, and a key that names where the
 * command came from in every message about it.
 */
import type { CommandResult } from '../workspace/infra-operations.ts';
import type { InfraCapabilities } from '../workspace/workspace.ts';
import { minutesToMs } from './command-outcome.ts';

export interface CommandSettings {
  timeout_minutes: number;
  working_directory?: string | undefined;
}

export function runConfiguredCommand(
  workspace: Pick<InfraCapabilities, 'runCommand'>,
  command: string,
  key: string,
  settings: CommandSettings,
): Promise<CommandResult> {
  return workspace.runCommand({
    command,
    key,
    timeoutMs: minutesToMs(settings.timeout_minutes),
    ...(settings.working_directory ? { workingDirectory: settings.working_directory } : {}),
  });
}
