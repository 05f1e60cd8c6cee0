/**
 * The real on-disk Workspace (files, commands, git, copies) with a given
 * command policy, for tests that run fixture scripts end to end.
 */

import type { CommandOptions } from '../../src/io/infra-capabilities.ts';
import { nodeWorkspace } from '../../src/io/node-workspace.ts';
import type { Workspace } from '../../src/workspace/workspace.ts';

export function diskWorkspace(
  root: string,
  options: CommandOptions = { eventName: 'pull_request', allowUntrustedCommands: false },
): Workspace {
  return nodeWorkspace(root, options);
}
