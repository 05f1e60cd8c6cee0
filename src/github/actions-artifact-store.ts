/**
 * The ArtifactStore of a GitHub Actions job, on @actions/artifact: uploads go
 * through the runner's results service (ACTIONS_RUNTIME_TOKEN,
 * ACTIONS_RESULTS_URL), downloads from another run through the REST API with
 * the job's token (`findBy`), so they need `actions: read`. Files to upload are
 * staged in a temporary directory; a download is kept as the zip archive it is
 * (`skipDecompress`) and read into memory.
 *
 * GitHub Enterprise Server has no artifact service for this client: it throws
 * GHESNotSupportedError, which becomes ArtifactsUnavailableError. The server is
 * recognised up front with the client's own rule, so that the client does not
 * print its generic "try again" warning first.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DefaultArtifactClient, GHESNotSupportedError } from '@actions/artifact';
import { type ArtifactStore, ArtifactsUnavailableError } from './artifact-store.ts';

export interface ActionsArtifactStoreOptions {
  token: string;
  /** GITHUB_SERVER_URL. */
  serverUrl: string | undefined;
  /** Where files are staged (RUNNER_TEMP). */
  tempDirectory: string;
}

const ghesMessage =
  'GitHub Enterprise Server does not support the artifact client mlgate uses (@actions/artifact 2+)';

export function actionsArtifactStore(options: ActionsArtifactStoreOptions): ArtifactStore {
  const client = new DefaultArtifactClient();
  const refuseOnGhes = () => {
    if (isGhes(options.serverUrl)) throw new ArtifactsUnavailableError(ghesMessage);
  };
  const staging = () => mkdtemp(path.join(options.tempDirectory, 'mlgate-artifact-'));
  return {
    async upload(name, files, { retentionDays }) {
      refuseOnGhes();
      const directory = await staging();
      try {
        const paths: string[] = [];
        for (const file of files) {
          const target = path.join(directory, ...file.path.split('/'));
          if (!target.startsWith(directory + path.sep)) {
            throw new Error(`artifact path ${JSON.stringify(file.path)} leaves the artifact`);
          }
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, file.content);
          paths.push(target);
        }
        const uploaded = await client
          .uploadArtifact(name, paths, directory, retentionDays ? { retentionDays } : {})
          .catch(unavailableOnGhes);
        return { id: uploaded.id ?? 0, size: uploaded.size ?? 0 };
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
    },
    async downloadArchive({ owner, repo, runId, artifactId }, { maxBytes }) {
      refuseOnGhes();
      const directory = await staging();
      try {
        await client
          .downloadArtifact(artifactId, {
            path: directory,
            skipDecompress: true,
            findBy: {
              token: options.token,
              workflowRunId: runId,
              repositoryOwner: owner,
              repositoryName: repo,
            },
          })
          .catch(unavailableOnGhes);
        const [file, ...more] = await readdir(directory);
        if (!file || more.length > 0) {
          throw new Error(`artifact ${artifactId} did not download as one zip archive`);
        }
        const archive = path.join(directory, file);
        const { size } = await stat(archive);
        if (size > maxBytes) {
          throw new Error(`artifact ${artifactId} is ${size} bytes; at most ${maxBytes} are read`);
        }
        return new Uint8Array(await readFile(archive));
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
    },
  };
}

/** @actions/artifact's isGhes(): anything but github.com, *.ghe.com (data residency) and *.localhost. */
function isGhes(serverUrl: string | undefined): boolean {
  const host = new URL(serverUrl || 'https://github.com').hostname.toLowerCase();
  return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}

function unavailableOnGhes(error: unknown): never {
  if (error instanceof GHESNotSupportedError) throw new ArtifactsUnavailableError(ghesMessage);
  throw error;
}
