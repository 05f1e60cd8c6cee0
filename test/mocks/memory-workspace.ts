/**
 * A Workspace over in-memory files, for testing checks without a disk. Tables
 * are parsed by the real readers from the file text, so a fixture behaves as
 * the same file would in a repository.
 */

import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Table, TableReadOptions } from '../../src/data/table.ts';
import { parseTableText } from '../../src/formats/parse-table-text.ts';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';
import type {
  ChangedFile,
  CommandRequest,
  CommandResult,
} from '../../src/workspace/infra-operations.ts';
import type { QuerySources } from '../../src/workspace/sql-source.ts';
import type { Workspace } from '../../src/workspace/workspace.ts';

export interface MemoryWorkspaceOptions {
  files?: Record<string, string>;
  /** Files at git revisions: `{ [revision]: { [path]: text } }`. */
  revisions?: Record<string, Record<string, string>>;
  /** What git tracks now (default: every file) and what a PR changed (default: nothing). */
  tracked?: string[];
  changed?: ChangedFile[];
  /** Plays a command: may write output files into `files`. Default: refuses, nothing runs in memory. */
  onCommand?: (request: CommandRequest, files: Record<string, string>) => CommandResult;
  /** Time of the last commit that changed each path (ISO 8601); a path absent here has none. */
  commitTimes?: Record<string, string>;
  /** How many commands may run at once (default 1). */
  cores?: number;
  /** Real SQL engines for query sources (test/mocks/sql-engines.ts). */
  querySources?: Pick<QuerySources, 'openQuerySource'>;
  /** Files to treat as too large for memory: read by DuckDB in place. */
  largeFiles?: readonly string[];
}

export function memoryWorkspace(options: MemoryWorkspaceOptions = {}): Workspace {
  const files = options.files ?? {};
  const root = '/repo';
  const normal = (p: string, key: string) => {
    const resolved = path.posix.resolve(root, p);
    if (!resolved.startsWith(`${root}/`)) {
      throw new Error(`${key}: ${p} is outside the repository`);
    }
    return resolved.slice(root.length + 1);
  };
  const text = (p: string, key: string) => {
    const content = files[normal(p, key)];
    if (content === undefined) throw new Error(`${key}: file not found: ${p}`);
    return content;
  };
  return {
    root,
    cores: options.cores ?? 1,
    resolve: (p, key) => `${root}/${normal(p, key)}`,
    exists: async (p, key) => files[normal(p, key)] !== undefined,
    readText: async (p, key) => text(p, key),
    readTable: async (p: string, key: string, readOptions?: TableReadOptions): Promise<Table> =>
      parseTableText(text(p, key), p, readOptions),
    scanTable: async (p, key, scanOptions) => scanTableText(text(p, key), p, scanOptions),
    openQuerySource: async (source, key) => {
      const open = options.querySources?.openQuerySource;
      if (!open) throw new Error(`${key}: this test workspace has no SQL engine`);
      return open(source, key);
    },
    largeFileSource: async (p) =>
      options.largeFiles?.includes(p) ? { engine: 'duckdb' as const, table: p } : undefined,
    readTextAtRevision: async (revision, p, key) =>
      options.revisions?.[revision]?.[normal(p, key)] ?? null,
    commitTimeOf: async (p, key) => {
      const time = options.commitTimes?.[normal(p, key)];
      return time === undefined ? null : new Date(time);
    },
    runCommand: async (request) =>
      options.onCommand?.(request, files) ?? { outcome: 'refused', reason: 'memory workspace' },
    listTrackedFiles: async (revision) =>
      Object.keys(revision === undefined ? files : (options.revisions?.[revision] ?? {}))
        .filter(
          (file) => revision !== undefined || !options.tracked || options.tracked.includes(file),
        )
        .sort(),
    listChangedFiles: async () => options.changed ?? [],
    hashFile: async (p, key) => digest(files[normal(p, key)]),
    hashFileAtRevision: async (revision, p, key) => {
      const tree = options.revisions?.[revision] ?? {};
      const file = normal(p, key);
      if (Object.keys(tree).some((name) => name.startsWith(`${file}/`))) {
        return { kind: 'directory', gitObject: `tree:${revision}:${file}` };
      }
      return digest(tree[file]);
    },
    copyForRun: async () => ({
      ...memoryWorkspace({ ...options, files: { ...files } }),
      description: 'an in-memory copy',
      dispose: async () => {},
    }),
  };
}

function digest(text: string | undefined) {
  if (text === undefined) return null;
  const bytes = Buffer.from(text, 'utf8');
  return {
    kind: 'file' as const,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
  };
}
