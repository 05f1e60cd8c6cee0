/**
 * How DuckDB arrives: imported where it resolves, else installed once with npm
 * into the tool cache and imported from there. The installer is injected (no
 * network here); it writes the package manifest npm would.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as duckdb from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import type { DuckDbModule } from '../../../src/io/sql/duckdb-connection.ts';
import {
  duckDbCacheDirectory,
  duckDbInstallCommand,
  duckDbVersion,
  type InstallCommand,
  loadDuckDb,
} from '../../../src/io/sql/load-duckdb.ts';

const notFound = () =>
  Promise.reject(
    Object.assign(new Error("Cannot find package '@duckdb/node-api'"), {
      code: 'ERR_MODULE_NOT_FOUND',
    }),
  );

/** An installer that lays out what `npm install --prefix <dir>` leaves, recording each command. */
function fakeNpm(commands: InstallCommand[]) {
  return async (command: InstallCommand) => {
    commands.push(command);
    const prefix = command.args[command.args.indexOf('--prefix') + 1]!;
    const dir = path.join(prefix, 'node_modules', '@duckdb', 'node-api');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ version: duckDbVersion }));
  };
}

describe('loadDuckDb', () => {
  it('pins the version package.json installs for the tests', async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8'));
    expect(manifest.devDependencies['@duckdb/node-api']).toBe(duckDbVersion);
  });

  it('imports the package where it resolves, without installing', async () => {
    const commands: InstallCommand[] = [];
    const module = await loadDuckDb({ install: fakeNpm(commands), environment: {} });
    expect(typeof module.DuckDBInstance.create).toBe('function');
    expect(commands).toEqual([]);
  });

  it('installs the pinned version into the runner tool cache once, then reuses it', async () => {
    const cache = await mkdtemp(path.join(os.tmpdir(), 'mlgate-tool-cache-'));
    const environment = { RUNNER_TOOL_CACHE: cache };
    const commands: InstallCommand[] = [];
    const imported: string[] = [];
    const options = {
      environment,
      importInstalled: notFound,
      install: fakeNpm(commands),
      importFrom: async (directory: string) => {
        imported.push(directory);
        return duckdb as DuckDbModule;
      },
    };
    await loadDuckDb(options);
    await loadDuckDb(options);
    const directory = path.join(
      cache,
      'mlgate',
      'duckdb',
      duckDbVersion,
      `${process.platform}-${process.arch}`,
    );
    expect(duckDbCacheDirectory(environment)).toBe(directory);
    expect(imported).toEqual([directory, directory]);
    expect(commands).toHaveLength(1);
    const args = commands[0]!.args;
    // Installed beside the cache entry, then renamed into place.
    expect(args.slice(-8)).toEqual([
      'install',
      '--prefix',
      `${directory}.partial-${process.pid}`,
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      `@duckdb/node-api@${duckDbVersion}`,
    ]);
  });

  it('installs under ~/.cache off a runner', () => {
    expect(duckDbCacheDirectory({ XDG_CACHE_HOME: '/home/me/.cache' })).toBe(
      `/home/me/.cache/mlgate/duckdb/${duckDbVersion}/${process.platform}-${process.arch}`,
    );
  });

  it('says how to fix a failed install, and keeps no half-installed package', async () => {
    const cache = await mkdtemp(path.join(os.tmpdir(), 'mlgate-tool-cache-'));
    const failing = loadDuckDb({
      environment: { RUNNER_TOOL_CACHE: cache },
      importInstalled: notFound,
      install: () =>
        Promise.reject(new Error('npm ERR! network request to https://registry.npmjs.org failed')),
    });
    await expect(failing).rejects.toThrow(
      /installing it with npm failed: npm ERR! network .*; check that the runner reaches registry\.npmjs\.org, or install it beforehand: npm install --prefix .*mlgate\/duckdb\/.* @duckdb\/node-api@/,
    );
    const left = await import('node:fs/promises').then((fs) =>
      fs.readdir(path.join(cache, 'mlgate', 'duckdb', duckDbVersion)),
    );
    expect(left).toEqual([]);
  });

  it('passes on an import failure that is not a missing package', async () => {
    const broken = Object.assign(new Error('libduckdb.so: cannot open shared object file'), {
      code: 'ERR_DLOPEN_FAILED',
    });
    await expect(loadDuckDb({ importInstalled: () => Promise.reject(broken) })).rejects.toBe(
      broken,
    );
  });

  it('runs npm with the Node that runs mlgate when npm came with it', () => {
    const command = duckDbInstallCommand('/cache/dir');
    expect(['npm', process.execPath]).toContain(command.file);
    if (command.file === process.execPath) expect(command.args[0]).toMatch(/npm-cli\.js$/);
  });
});
