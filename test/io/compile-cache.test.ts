/**
 * The compile cache handed to worker threads (src/io/compile-cache.ts): a thread
 * started with `workerEnvironment()` has the cache on in the directory the process
 * turned it on in, one started with the plain environment has it off (which is
 * why the threads are handed it), and a user's NODE_COMPILE_CACHE or
 * NODE_DISABLE_COMPILE_CACHE decides for every thread. Each case runs in a fresh
 * Node process, since a process turns its cache on once.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');

/** The cache directories of a thread started with `workerEnvironment()` and of one started with the plain environment. */
function threadCacheDirectories(
  directory: string,
  env: NodeJS.ProcessEnv,
): { handed: string; plain: string; handedEnvironment: string } {
  const script = [
    "import { Worker } from 'node:worker_threads';",
    "import { enableCompileCacheForThreads, workerEnvironment } from './src/io/compile-cache.ts';",
    `enableCompileCacheForThreads(${JSON.stringify(directory)});`,
    "const body = \"const get = process.getBuiltinModule; get('node:worker_threads').parentPort.postMessage(String(get('node:module').getCompileCacheDir()))\";",
    'const ask = (env) => new Promise((resolve) => new Worker(body, { eval: true, env }).once("message", resolve));',
    'const handed = await ask(workerEnvironment());',
    'const plain = await ask(process.env);',
    'console.log(JSON.stringify({ handed, plain, handedEnvironment: String(workerEnvironment().NODE_COMPILE_CACHE) }));',
  ].join('\n');
  const output = execFileSync(
    path.join(repositoryRoot, 'node_modules/.bin/node'),
    ['--input-type=module', '-e', script],
    { cwd: repositoryRoot, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return JSON.parse(output);
}

/** The environment of the test's process without the variables that decide about the cache. */
function environmentWithoutCacheSettings(): NodeJS.ProcessEnv {
  const { NODE_COMPILE_CACHE, NODE_DISABLE_COMPILE_CACHE, ...rest } = process.env;
  return rest;
}

const freshDirectory = () => mkdtempSync(path.join(os.tmpdir(), 'mlgate-compile-cache-'));

describe('workerEnvironment', () => {
  it('hands the directory the process turned the cache on in to the threads it starts', () => {
    const directory = freshDirectory();
    const found = threadCacheDirectories(directory, environmentWithoutCacheSettings());
    assert.ok(found.handed.startsWith(directory), found.handed);
    assert.equal(found.handedEnvironment, directory);
    // Node does not carry module.enableCompileCache() into a thread by itself.
    assert.equal(found.plain, 'undefined');
  });

  it("leaves the user's NODE_COMPILE_CACHE to every thread", () => {
    const users = freshDirectory();
    const found = threadCacheDirectories(freshDirectory(), {
      ...environmentWithoutCacheSettings(),
      NODE_COMPILE_CACHE: users,
    });
    assert.ok(found.handed.startsWith(users), found.handed);
    assert.ok(found.plain.startsWith(users), found.plain);
  });

  it('keeps the cache off in every thread under NODE_DISABLE_COMPILE_CACHE', () => {
    const found = threadCacheDirectories(freshDirectory(), {
      ...environmentWithoutCacheSettings(),
      NODE_DISABLE_COMPILE_CACHE: '1',
    });
    assert.deepEqual(found, {
      handed: 'undefined',
      plain: 'undefined',
      handedEnvironment: 'undefined',
    });
  });
});
