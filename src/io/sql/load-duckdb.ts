/**
 * DuckDB arrives on demand: its native module (tens of MB per platform) is not
 * in the action's dist/, so users without a DuckDB source never download it.
 * `@duckdb/node-api` is imported from wherever it resolves (this repository's
 * devDependencies, a user's own install); where it does not (a runner running
 * dist/), the pinned version is installed once with npm into the runner's tool
 * cache (or ~/.cache off a runner) and imported from there. npm picks the
 * prebuilt binding for the platform (@duckdb/node-bindings-linux-x64,
 * -linux-arm64, …), so nothing is compiled.
 */

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { errorMessage } from '../../model/error-message.ts';
import { mkdir, rename, rm } from '../async-fs.ts';
import { childProcess } from '../builtins-on-use.ts';
import type { DuckDbModule } from './duckdb-connection.ts';

/** The version in package.json's devDependencies (a test keeps them equal). */
export const duckDbVersion = '1.5.6-r.1';

export const duckDbPackage = '@duckdb/node-api';

export interface InstallCommand {
  file: string;
  args: string[];
}

export interface DuckDbLoaderOptions {
  environment?: Readonly<Record<string, string | undefined>>;
  /** The package as installed alongside mlgate; rejects with ERR_MODULE_NOT_FOUND when absent. */
  importInstalled?: () => Promise<DuckDbModule>;
  /** The package from an install directory (a `--prefix`). */
  importFrom?: (directory: string) => Promise<DuckDbModule>;
  /** Runs the npm command; rejects with npm's output when it fails. */
  install?: (command: InstallCommand) => Promise<void>;
}

/** Where the pinned version is installed: the runner's tool cache, else the user's cache directory. */
export function duckDbCacheDirectory(
  environment: Readonly<Record<string, string | undefined>>,
): string {
  const cache =
    environment.RUNNER_TOOL_CACHE ??
    path.join(environment.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'));
  return path.join(cache, 'mlgate', 'duckdb', duckDbVersion, `${process.platform}-${process.arch}`);
}

/** `npm install` of the pinned version into `directory`, with the npm that came with this Node when there is one. */
export function duckDbInstallCommand(directory: string): InstallCommand {
  const npmArgs = [
    'install',
    '--prefix',
    directory,
    '--no-save',
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
    `${duckDbPackage}@${duckDbVersion}`,
  ];
  const bundledNpm = path.join(
    path.dirname(process.execPath),
    '..',
    'lib',
    'node_modules',
    'npm',
    'bin',
    'npm-cli.js',
  );
  return existsSync(bundledNpm)
    ? { file: process.execPath, args: [bundledNpm, ...npmArgs] }
    : { file: 'npm', args: npmArgs };
}

export async function loadDuckDb(options: DuckDbLoaderOptions = {}): Promise<DuckDbModule> {
  const importInstalled = options.importInstalled ?? (() => import('@duckdb/node-api'));
  try {
    return await importInstalled();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
  const directory = duckDbCacheDirectory(options.environment ?? process.env);
  if (!existsSync(installedManifest(directory))) {
    await installInto(directory, options.install ?? runInstall);
  }
  return (options.importFrom ?? importFromDirectory)(directory);
}

function installedManifest(directory: string): string {
  return path.join(directory, 'node_modules', ...duckDbPackage.split('/'), 'package.json');
}

/**
 * Installs into a fresh directory beside the cache entry, then renames it into
 * place, so a run that stops half-way or a second job on the same runner never
 * sees a half-installed package.
 */
async function installInto(
  directory: string,
  install: (command: InstallCommand) => Promise<void>,
): Promise<void> {
  const partial = `${directory}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  try {
    await install(duckDbInstallCommand(partial));
    if (!existsSync(installedManifest(partial)))
      throw new Error(`npm finished but ${duckDbPackage} is not in ${partial}`);
    await rename(partial, directory).catch((error: NodeJS.ErrnoException) => {
      // Another job installed it first: use theirs.
      if (!existsSync(installedManifest(directory))) throw error;
    });
  } catch (error) {
    throw new Error(
      `DuckDB (${duckDbPackage}@${duckDbVersion}) is not installed and installing it with npm failed: ${errorMessage(error)}; ` +
        `check that the runner reaches registry.npmjs.org, or install it beforehand: npm install --prefix ${directory} ${duckDbPackage}@${duckDbVersion}`,
    );
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
}

async function importFromDirectory(directory: string): Promise<DuckDbModule> {
  const entry = createRequire(path.join(directory, 'package.json')).resolve(duckDbPackage);
  return import(pathToFileURL(entry).href);
}

const installTimeoutMs = 5 * 60 * 1000;

/** Runs npm without a shell; its output's last lines explain a failure. */
function runInstall(command: InstallCommand): Promise<void> {
  return new Promise((resolve, reject) => {
    childProcess().execFile(
      command.file,
      command.args,
      { timeout: installTimeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (!error) return resolve();
        const tail = String(stderr).trim().split('\n').slice(-10).join('\n');
        reject(
          new Error(`${command.file} ${command.args.join(' ')} failed: ${tail || error.message}`),
        );
      },
    );
  });
}
