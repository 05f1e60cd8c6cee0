/**
 * A Workspace over in-memory files, for testing checks without a disk. Tables
 * are parsed by the real readers from the file text, so a fixture behaves as
 * the same file would in a repository.
 */
import path from 'node:path';
import type { Workspace } from '../../src/engine/workspace.ts';
import type { Table, TableReadOptions } from '../../src/data/table.ts';
import { parseTableText } from '../../src/io/parse-table-text.ts';

export interface MemoryWorkspaceOptions {
  files?: Record<string, string>;
  /** Files at git revisions: `{ [revision]: { [path]: text } }`. */
  revisions?: Record<string, Record<string, string>>;
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
    resolve: (p, key) => `${root}/${normal(p, key)}`,
    exists: async (p, key) => files[normal(p, key)] !== undefined,
    readText: async (p, key) => text(p, key),
    readTable: async (p: string, key: string, readOptions?: TableReadOptions): Promise<Table> =>
      parseTableText(text(p, key), p, readOptions),
    readTextAtRevision: async (revision, p, key) =>
      options.revisions?.[revision]?.[normal(p, key)] ?? null,
  };
}
