/**
 * The real on-disk Workspace with the real infra capabilities (commands, git,
 * copies), for tests that run fixture scripts end to end.
 */
import type { Workspace } from '../../src/engine/workspace.ts';
import { type CommandOptions, infraCapabilities } from '../../src/io/infra-capabilities.ts';
import { nodeWorkspace } from '../../src/io/node-workspace.ts';

export function diskWorkspace(
  root: string,
  options: CommandOptions = { eventName: 'pull_request', allowUntrustedCommands: false },
): Workspace {
  const files = nodeWorkspace(root);
  return {
    ...files,
    ...infraCapabilities({
      ...options,
      root: files.root,
      resolve: files.resolve,
      open: (copyRoot) => diskWorkspace(copyRoot, options),
    }),
  };
}
