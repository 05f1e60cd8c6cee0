import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import {
  type HugePageHost,
  hugePageTunables,
  restartWithHugePages,
} from '../../src/io/huge-page-restart.ts';

/** Debian 12's host: glibc 2.36, huge pages for whoever asks. */
const debian: HugePageHost = {
  platform: 'linux',
  tunables: undefined,
  transparentHugePages: () => 'always [madvise] never\n',
  glibc: () => '2.36',
};

/** The host with its readings replaced. */
function reading(glibc: string | undefined, transparentHugePages = 'always [madvise] never\n') {
  return { ...debian, glibc: () => glibc, transparentHugePages: () => transparentHugePages };
}

describe('hugePageTunables', () => {
  it('asks for huge pages, one malloc arena and a fixed mmap threshold where glibc 2.35 or later runs under `madvise`', () => {
    const all =
      'glibc.malloc.hugetlb=1:glibc.malloc.arena_max=1:glibc.malloc.mmap_threshold=131072';
    assert.equal(hugePageTunables(debian), all);
    assert.equal(hugePageTunables(reading('2.35')), all);
    assert.equal(hugePageTunables(reading('3.0')), all);
  });

  it("keeps the user's other tunables, their number of arenas and their mmap threshold", () => {
    assert.equal(
      hugePageTunables({ ...debian, tunables: 'glibc.malloc.arena_max=2' }),
      'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=131072',
    );
    assert.equal(
      hugePageTunables({ ...debian, tunables: 'glibc.malloc.mmap_threshold=4194304' }),
      'glibc.malloc.mmap_threshold=4194304:glibc.malloc.hugetlb=1:glibc.malloc.arena_max=1',
    );
    assert.equal(
      hugePageTunables({
        ...debian,
        tunables: 'glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=4194304',
      }),
      'glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=4194304:glibc.malloc.hugetlb=1',
    );
    assert.equal(
      hugePageTunables({ ...debian, tunables: 'glibc.malloc.tcache_count=0' }),
      'glibc.malloc.tcache_count=0:glibc.malloc.hugetlb=1:glibc.malloc.arena_max=1:glibc.malloc.mmap_threshold=131072',
    );
  });

  it('leaves the process alone where running again would map memory the same way', () => {
    const unchanged: HugePageHost[] = [
      // Set already, by the user or by the restart itself: the process restarts at most once.
      { ...debian, tunables: 'glibc.malloc.hugetlb=0' },
      { ...debian, tunables: 'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1' },
      // The kernel gives huge pages to every large block already, or to none.
      reading('2.36', '[always] madvise never\n'),
      reading('2.36', 'always madvise [never]\n'),
      { ...debian, transparentHugePages: () => undefined },
      // glibc before the tunable, or another C library (musl), or another system.
      reading('2.34'),
      reading('1.99'),
      reading(undefined),
      { ...debian, platform: 'darwin' },
    ];
    for (const [k, host] of unchanged.entries()) {
      assert.equal(hugePageTunables(host), undefined, `host ${k}`);
    }
  });

  it('reads nothing more once the tunable is set: the restarted run decides at once', () => {
    const unread = () => assert.fail('read the host again after the restart');
    const restarted = { ...debian, tunables: 'glibc.malloc.hugetlb=1' };
    assert.equal(
      hugePageTunables({ ...restarted, transparentHugePages: unread, glibc: unread }),
      undefined,
    );
  });
});

describe('restartWithHugePages', () => {
  it("runs this process's own command line again with the tunable added", () => {
    const calls: unknown[][] = [];
    restartWithHugePages({
      host: () => ({ ...debian, tunables: 'glibc.malloc.arena_max=2' }),
      execve: (...args: unknown[]) => {
        calls.push(args);
        throw new Error('not replaced in a test');
      },
    });
    assert.equal(calls.length, 1);
    const [file, args, env] = calls[0] as [string, string[], NodeJS.ProcessEnv];
    assert.equal(file, process.execPath);
    assert.deepEqual(args, [process.execPath, ...process.execArgv, ...process.argv.slice(1)]);
    assert.equal(
      env.GLIBC_TUNABLES,
      'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=131072',
    );
    assert.equal(env.PATH, process.env.PATH);
  });

  it('returns without running anything where there is nothing to gain', () => {
    let called = false;
    restartWithHugePages({
      host: () => ({ ...debian, platform: 'win32' }),
      execve: () => {
        called = true;
        throw new Error('unreachable');
      },
    });
    assert.equal(called, false);
  });

  it('replaces a real process: same pid, same arguments, the tunable set, once', () => {
    const moduleUrl = new URL('../../src/io/huge-page-restart.ts', import.meta.url).href;
    // The host is given, so that the restart runs whatever this machine's kernel says;
    // its tunables are the process's own, which stops the second run from restarting.
    const script = `
      import { restartWithHugePages } from ${JSON.stringify(moduleUrl)};
      console.log(['start', process.pid, process.argv.at(-1), process.env.GLIBC_TUNABLES ?? '-'].join(' '));
      restartWithHugePages({
        host: () => ({ platform: 'linux', tunables: process.env.GLIBC_TUNABLES,
          transparentHugePages: () => '[madvise]', glibc: () => '2.36' }),
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
    assert.equal(
      second,
      `start ${pid} marker glibc.malloc.hugetlb=1:glibc.malloc.arena_max=1:glibc.malloc.mmap_threshold=131072`,
    );
    assert.equal(last, `went on ${pid}`);
    assert.deepEqual(rest, []);
  });
});
