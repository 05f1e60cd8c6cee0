import assert from 'node:assert/strict';
import os from 'node:os';
import { test } from 'vitest';
import { infraCapabilities } from '../../src/io/infra-capabilities.ts';

test('cores is the parallelism the machine makes available, at least one', () => {
  const capabilities = infraCapabilities({
    eventName: 'local',
    allowUntrustedCommands: false,
    root: os.tmpdir(),
    resolve: (relative) => relative,
    open: () => {
      throw new Error('not opened');
    },
  });
  assert.equal(capabilities.cores, os.availableParallelism());
  assert.ok(capabilities.cores >= 1);
});
