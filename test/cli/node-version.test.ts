import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { unsupportedNodeMessage } from '../../src/cli/node-version.ts';

describe('unsupportedNodeMessage', () => {
  it('names the Node.js found and the one to install, below 24', () => {
    assert.equal(
      unsupportedNodeMessage('20.20.2'),
      'mlgate: needs Node.js 24 or later, and this is Node.js 20.20.2.\n' +
        'Install Node.js 24 (for example `nvm install 24`) and run mlgate with it.\n',
    );
    assert.match(unsupportedNodeMessage('22.11.0') ?? '', /this is Node\.js 22\.11\.0/);
    assert.match(unsupportedNodeMessage('v18.0.0') ?? '', /this is Node\.js v18\.0\.0/);
  });

  it('lets Node.js 24 and later run, and a version it cannot read', () => {
    for (const version of ['24.0.0', '24.21.0', '25.1.0', '100.0.0', 'unknown']) {
      assert.equal(unsupportedNodeMessage(version), undefined, version);
    }
  });

  it('passes the Node.js running these tests', () => {
    assert.equal(unsupportedNodeMessage(process.versions.node), undefined);
  });
});
