import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import {
  type MallocHost,
  mallocTunables,
  restartWithMallocTunables,
} from '../../src/io/malloc-restart.ts';

/** Debian 12's host: glibc 2.36. */
const debian: MallocHost = {
  platform: 'linux',
  tunables: undefined,
  glibc: () => '2.36',
};

const ours = 'glibc.malloc.arena_max=1:glibc.malloc.mmap_threshold=131072';

describe('mallocTunables', () => {
  it('asks for one malloc arena and a fixed mmap threshold where glibc 2.26 or later runs', () => {
    assert.equal(mallocTunables(debian), ours);
    assert.equal(mallocTunables({ ...debian, glibc: () => '2.26' }), ours);
    assert.equal(mallocTunables({ ...debian, glibc: () => '3.0' }), ours);
  });

  it("keeps the user's other tunables, huge pages among them", () => {
    assert.equal(
      mallocTunables({ ...debian, tunables: 'glibc.malloc.tcache_count=0' }),
      `glibc.malloc.tcache_count=0:${ours}`,
    );
    assert.equal(
      mallocTunables({ ...debian, tunables: 'glibc.malloc.hugetlb=1' }),
      `glibc.malloc.hugetlb=1:${ours}`,
    );
  });

  it('leaves the process alone where malloc is tuned already, or cannot be', () => {
    const unchanged: MallocHost[] = [
      // Set already, by the user or by the restart itself: the process restarts at most once.
      { ...debian, tunables: ours },
      { ...debian, tunables: 'glibc.malloc.arena_max=2' },
      { ...debian, tunables: 'glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=4194304' },
      // glibc before the tunables, or another C library (musl), or another system.
      { ...debian, glibc: () => '2.25' },
      { ...debian, glibc: () => '1.99' },
      { ...debian, glibc: () => undefined },
      { ...debian, platform: 'darwin' },
    ];
    for (const [k, host] of unchanged.entries()) {
      assert.equal(mallocTunables(host), undefined, `host ${k}`);
    }
  });

  it('reads nothing more once the tunables are set: the restarted run decides at once', () => {
    const unread = () => assert.fail('read the host again after the restart');
    assert.equal(mallocTunables({ ...debian, tunables: ours, glibc: unread }), undefined);
  });
});

describe('restartWithMallocTunables', () => {
  it("runs this process's own command line again with the tunables added", () => {
    const calls: unknown[][] = [];
    restartWithMallocTunables({
      host: () => ({ ...debian, tunables: 'glibc.malloc.tcache_count=0' }),
      execve: (...args: unknown[]) => {
        calls.push(args);
        throw new Error('not replaced in a test');
      },
    });
    assert.equal(calls.length, 1);
    const [file, args, env] = calls[0] as [string, string[], NodeJS.ProcessEnv];
    assert.equal(file, process.execPath);
    assert.deepEqual(args, [process.execPath, ...process.execArgv, ...process.argv.slice(1)]);
    assert.equal(env.GLIBC_TUNABLES, `glibc.malloc.tcache_count=0:${ours}`);
    assert.equal(env.PATH, process.env.PATH);
  });

  it('returns without running anything where there is nothing to gain', () => {
    let called = false;
    restartWithMallocTunables({
      host: () => ({ ...debian, platform: 'win32' }),
      execve: () => {
        called = true;
        throw new Error('unreachable');
      },
    });
    assert.equal(called, false);
  });

  it('replaces a real process: same pid, same arguments, the tunables set, once', () => {
    const moduleUrl = new URL('../../src/io/malloc-restart.ts', import.meta.url).href;
    // The host is given, so that the restart runs whatever this machine's C library;
    // its tunables are the process's own, which stops the second run from restarting.
    const script = `
      import { restartWithMallocTunables } from ${JSON.stringify(moduleUrl)};
      console.log(['start', process.pid, process.argv.at(-1), process.env.GLIBC_TUNABLES ?? '-'].join(' '));
      restartWithMallocTunables({
        host: () => ({ platform: 'linux', tunables: process.env.GLIBC_TUNABLES, glibc: () => '2.36' }),
      });
      console.log(['went on', process.pid].join(' '));
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, 'marker'], {
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: { ...process.env, GLIBC_TUNABLES: undefined },
    });
    assert.equal(child.stderr, '');
    const [first, second, last, ...rest] = child.stdout.trim().split('\n');
    const pid = first?.split(' ')[1];
    assert.equal(first, `start ${pid} marker -`);
    assert.equal(second, `start ${pid} marker ${ours}`);
    assert.equal(last, `went on ${pid}`);
    assert.deepEqual(rest, []);
  });
});
