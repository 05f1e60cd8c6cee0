/**
 * The layering of src/ (docs/architecture.md draws it). Each folder may import
 * only the folders listed for it, so the folders form one direction with no
 * cycles; `npm test` runs this through `npm run layers`. A new import against
 * it means the design needs a change, not this file.
 */
const core = ['model', 'statistics', 'data', 'formats', 'sql', 'config-fields', 'workspace'];
const domain = ['profile', 'table-schema', 'drift', 'metrics', 'infra'];
/** folder → the folders it may import (besides itself). */
const layers = {
  model: [],
  statistics: ['model'],
  data: ['model', 'statistics'],
  formats: ['model', 'statistics', 'data'],
  sql: ['model'],
  'config-fields': ['model', 'data', 'formats', 'sql'],
  workspace: ['model', 'data', 'formats', 'sql'],
  profile: [...core],
  'table-schema': [...core, 'profile'],
  drift: [...core, 'profile', 'table-schema'],
  metrics: [...core],
  infra: [...core],
  checks: [...core, ...domain],
  config: [...core, 'checks'],
  scoring: [...core, 'checks', 'config'],
  engine: [...core, 'checks', 'config', 'scoring'],
  report: [...core, ...domain, 'checks', 'config', 'scoring', 'engine'],
  github: ['model', 'formats', 'workspace', 'config', 'engine', 'report'],
  io: [...core, ...domain, 'checks'],
  inputs: [...core, 'config', 'github'],
  modes: [
    ...core,
    ...domain,
    'checks',
    'config',
    'scoring',
    'engine',
    'report',
    'github',
    'io',
    'inputs',
  ],
  cli: [...core, ...domain, 'checks', 'config', 'scoring', 'engine', 'report', 'io', 'modes'],
};
/** Folders that are pure: no GitHub, no disk, no processes, no threads. */
const pure = [...core, ...domain, 'checks', 'config', 'scoring', 'engine', 'report'];
/** The shell and the GitHub adapter reach files, git, processes and threads only through src/io/. */
const ioThroughAdapters = ['github', 'inputs', 'modes', 'cli'];
const folders = (list) => `^src/(${list.join('|')})/`;

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules must not import each other in a cycle.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...Object.entries(layers).map(([folder, allowed]) => ({
      name: `layer-${folder}`,
      severity: 'error',
      comment: `src/${folder}/ may import only ${allowed.length ? allowed.map((f) => `src/${f}/`).join(', ') : 'nothing else in src/'} (docs/architecture.md).`,
      from: { path: `^src/${folder}/` },
      to: { path: '^src/', pathNot: [folders([folder, ...allowed])] },
    })),
    {
      name: 'pure-core',
      severity: 'error',
      comment:
        'Checks, statistics, scoring and rendering are pure: files, git, processes and threads live in src/io/, GitHub in src/github/.',
      from: { path: folders(pure) },
      to: {
        path: '^(node:)?(fs|fs/promises|child_process|worker_threads)$|^@actions/|^@octokit/',
      },
    },
    {
      name: 'io-only-in-io',
      severity: 'error',
      comment:
        'Only src/io/ touches files, git, processes and threads; the shell and src/github/ go through it.',
      from: { path: folders(ioThroughAdapters) },
      to: { path: '^(node:)?(fs|fs/promises|child_process|worker_threads)$' },
    },
    {
      name: 'databases-only-in-io',
      severity: 'error',
      comment:
        'Only src/io/sql/ opens database connections and network sockets; the rest reaches SQL engines through the QuerySources port (src/workspace/sql-source.ts).',
      from: { path: '^src/', pathNot: '^src/io/sql/' },
      to: { path: '^(node:)?(net|tls|http|https)$|^pg$|^pg/|^@duckdb/|^@electric-sql/' },
    },
    {
      name: 'not-from-root',
      severity: 'error',
      comment:
        'Only the entry points (src/main.ts, src/index.ts, src/cli.ts) live in src/ itself, and no folder imports them.',
      from: { path: '^src/[^/]+/' },
      to: { path: '^src/[^/]+\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|test/fixtures)/' },
  },
};
