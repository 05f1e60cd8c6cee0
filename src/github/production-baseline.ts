/**
 * Production's files across runs. On a push to the default branch whose gate
 * passed, mlgate records the files named by the `production-files` input
 * (accepted metrics, predictions, profiles: often produced by the workflow and
 * never committed) as an artifact. On a pull request it finds the latest
 * successful push run of the same workflow on the PR's base branch, downloads
 * that artifact (`findBy` the run id), and offers its files to the checks as
 * production's files. When there is no such artifact (none yet, expired,
 * GitHub Enterprise Server, an API error) checks read production from git at
 * the base commit, as without the input, and the report says why.
 *
 * Artifact layout: `mlgate-baseline.json` (the manifest below) and each file
 * under `files/<path>`, its SHA-256 in the manifest. The artifact and the
 * manifest keep the names they had when the input was `baseline-files`, so
 * pull requests still find what main recorded before the rename.
 */
import { createHash } from 'node:crypto';
import path from 'node:path/posix';
import * as z from 'zod';
import { errorMessage } from '../model/error-message.ts';
import type { ProductionBaseline } from '../model/run-event.ts';
import type { ArtifactFile, ArtifactStore } from './artifact-store.ts';
import { ArtifactsUnavailableError } from './artifact-store.ts';
import { GitHubApiError } from './github-api-error.ts';
import type { GitHubClient, RepoRef } from './github-client.ts';
import { listZipEntries, readZipEntry } from './zip-entries.ts';

export const baselineManifestFile = 'mlgate-baseline.json';
/** Successful runs looked at, newest first, for one that still has the artifact. */
export const baselineRunsSearched = 10;
export const maxBaselineArchiveBytes = 200 * 1024 * 1024;
export const maxBaselineFileBytes = 100 * 1024 * 1024;

export function baselineArtifactName(commentKey: string): string {
  return `mlgate-baseline-${commentKey}`;
}

/** A `production-files` entry as a key: `/`-separated, normalised, relative; undefined if it leaves the repository. */
export function baselinePath(file: string): string | undefined {
  const normal = path.normalize(file.trim().replaceAll('\\', '/')).replace(/^(\.\/)+/, '');
  if (!normal || normal === '.' || normal.startsWith('../') || normal === '..') return undefined;
  if (path.isAbsolute(normal)) return undefined;
  return normal;
}

const manifestSchema = z.strictObject({
  format: z.literal('mlgate-baseline'),
  version: z.literal(1),
  sha: z.string().regex(/^[0-9a-f]{40,64}$/),
  ref: z.string().max(500),
  runId: z.int().nonnegative(),
  createdAt: z.string().max(100),
  files: z
    .array(
      z.strictObject({
        path: z.string().min(1).max(1000),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        bytes: z.int().nonnegative(),
      }),
    )
    .max(1000),
});
export type BaselineManifest = z.infer<typeof manifestSchema>;

export interface BaselineRecord {
  files: readonly { path: string; text: string }[];
  sha: string;
  ref: string;
  runId: number;
  createdAt: string;
}

export function baselineArtifactFiles(record: BaselineRecord): ArtifactFile[] {
  const manifest: BaselineManifest = {
    format: 'mlgate-baseline',
    version: 1,
    sha: record.sha,
    ref: record.ref,
    runId: record.runId,
    createdAt: record.createdAt,
    files: record.files.map((file) => ({
      path: file.path,
      sha256: sha256(file.text),
      bytes: Buffer.byteLength(file.text, 'utf8'),
    })),
  };
  return [
    { path: baselineManifestFile, content: `${JSON.stringify(manifest, null, 2)}\n` },
    ...record.files.map((file) => ({ path: `files/${file.path}`, content: file.text })),
  ];
}

/** The manifest and the wanted files of a baseline archive, each checked against its SHA-256. */
export function readBaselineArchive(
  archive: Uint8Array,
  wanted: readonly string[],
): { manifest: BaselineManifest; files: Map<string, string> } {
  const entries = new Map(listZipEntries(archive).map((entry) => [entry.name, entry]));
  const manifestEntry = entries.get(baselineManifestFile);
  if (!manifestEntry) throw new Error(`it has no ${baselineManifestFile}`);
  const manifest = manifestSchema.parse(
    JSON.parse(readZipEntry(archive, manifestEntry, 1024 * 1024).toString('utf8')),
  );
  const files = new Map<string, string>();
  for (const file of manifest.files) {
    if (!wanted.includes(file.path)) continue;
    const entry = entries.get(`files/${file.path}`);
    if (!entry) throw new Error(`its manifest lists ${file.path}, which it does not hold`);
    const bytes = readZipEntry(archive, entry, maxBaselineFileBytes);
    if (sha256(bytes) !== file.sha256) {
      throw new Error(`${file.path} does not match the SHA-256 in its manifest`);
    }
    files.set(file.path, new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  }
  return { manifest, files };
}

export interface BaselineLookup {
  client: Pick<GitHubClient, 'listWorkflowRuns' | 'listRunArtifacts'>;
  store: ArtifactStore;
  repo: RepoRef;
  /** The workflow's file name (e.g. `mlgate.yml`) or numeric id. */
  workflow: string | number;
  /** The PR's base branch. */
  branch: string;
  artifactName: string;
  /** Normalised `production-files`. */
  wanted: readonly string[];
}

export interface FetchedBaseline {
  production: ProductionBaseline;
  /** Path → text of the files taken from the artifact. */
  files: Map<string, string>;
}

/** Never throws for a missing or unusable artifact: production then comes from git, and `note` says why. */
export async function fetchProductionBaseline(lookup: BaselineLookup): Promise<FetchedBaseline> {
  const { client, repo, branch, artifactName } = lookup;
  try {
    const runs = await client.listWorkflowRuns(
      repo,
      lookup.workflow,
      { branch, event: 'push', status: 'success' },
      baselineRunsSearched,
    );
    if (runs.length === 0) {
      return baseRefBaseline(`no successful push run of this workflow on \`${branch}\` yet`);
    }
    let expired: { runId: number } | undefined;
    for (const run of runs) {
      const artifact = (await client.listRunArtifacts(repo, run.id, artifactName))[0];
      if (!artifact) continue;
      if (artifact.expired) {
        expired ??= { runId: run.id };
        continue;
      }
      // The newest run with a live artifact decides, usable or not.
      return await baselineFromArtifact(lookup, run, artifact);
    }
    return baseRefBaseline(
      expired
        ? `the baseline artifact \`${artifactName}\` of run ${expired.runId} has expired (raise \`retention-days\`, or push to \`${branch}\` to record a new one)`
        : `none of the last ${runs.length} successful push runs on \`${branch}\` uploaded \`${artifactName}\``,
    );
  } catch (error) {
    if (error instanceof ArtifactsUnavailableError) return baseRefBaseline(error.message);
    if (error instanceof GitHubApiError) {
      return baseRefBaseline(`looking up the baseline artifact failed: ${error.message}`);
    }
    return baseRefBaseline(`downloading the baseline artifact failed: ${errorMessage(error)}`);
  }
}

/** Production read from git at the base commit, with the reason the artifact was not used. */
function baseRefBaseline(note: string): FetchedBaseline {
  return { production: { source: 'base-ref', files: [], note }, files: new Map() };
}

type Run = Awaited<ReturnType<BaselineLookup['client']['listWorkflowRuns']>>[number];
type RunArtifact = Awaited<ReturnType<BaselineLookup['client']['listRunArtifacts']>>[number];

/** The wanted files from one run's artifact, or the base commit with why the artifact can't serve. */
async function baselineFromArtifact(
  lookup: BaselineLookup,
  run: Run,
  artifact: RunArtifact,
): Promise<FetchedBaseline> {
  const { store, repo, artifactName } = lookup;
  if (artifact.sizeInBytes > maxBaselineArchiveBytes) {
    return baseRefBaseline(
      `the baseline artifact \`${artifactName}\` of run ${run.id} is ${artifact.sizeInBytes} bytes, over the ${maxBaselineArchiveBytes} mlgate reads`,
    );
  }
  const archive = await store.downloadArchive(
    { ...repo, runId: run.id, artifactId: artifact.id },
    { maxBytes: maxBaselineArchiveBytes },
  );
  let read: ReturnType<typeof readBaselineArchive>;
  try {
    read = readBaselineArchive(archive, lookup.wanted);
  } catch (error) {
    return baseRefBaseline(
      `the baseline artifact \`${artifactName}\` of run ${run.id} is unusable: ${errorMessage(error)}`,
    );
  }
  if (read.files.size === 0) {
    return baseRefBaseline(
      `the baseline artifact \`${artifactName}\` of run ${run.id} holds none of ${lookup.wanted.join(', ')}`,
    );
  }
  const missing = lookup.wanted.filter((file) => !read.files.has(file));
  return {
    production: {
      source: 'artifact',
      files: [...read.files.keys()],
      artifact: {
        name: artifactName,
        runId: run.id,
        runUrl: run.htmlUrl,
        sha: read.manifest.sha,
        createdAt: read.manifest.createdAt,
      },
      ...(missing.length > 0
        ? {
            note: `not in the artifact, so read from git at the base commit: ${missing.join(', ')}`,
          }
        : {}),
    },
    files: read.files,
  };
}

function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
