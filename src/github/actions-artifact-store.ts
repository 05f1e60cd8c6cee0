/**
 * The ArtifactStore of a GitHub Actions job, on @actions/artifact: uploads go
 * through the runner's results service (ACTIONS_RUNTIME_TOKEN,
 * ACTIONS_RESULTS_URL), downloads from another run through the REST API with
 * the job's token (`findBy`), so they need `actions: read`. Files to upload are
 * staged in a scratch directory (injected: only src/io/ touches files); a
 * download is kept as the zip archive it is (`skipDecompress`) and read into memory.
 *
 * GitHub Enterprise Server has no artifact service for this client: it throws
 * GHESNotSupportedError, which becomes ArtifactsUnavailableError. The server is
 * recognised up front with the client's own rule, so that the client does not
 * print its generic "try again" warning first.
 */
import type { DefaultArtifactClient } from '@actions/artifact';
import type { ArtifactStaging } from '../workspace/artifact-staging.ts';
import { type ArtifactStore, ArtifactsUnavailableError } from './artifact-store.ts';

export interface ActionsArtifactStoreOptions {
  token: string;
  /** GITHUB_SERVER_URL. */
  serverUrl: string | undefined;
  /** Scratch directories under RUNNER_TEMP (src/io/artifact-staging.ts). */
  staging: ArtifactStaging;
}

/**
 * Imported on first use: the client and the storage SDK under it are 3.7 MB of
 * code, about 0.25 s to load on a fresh runner, which a run that uploads and
 * downloads nothing (`artifact: off`) never needs.
 */
const loadArtifactModule = () => import('@actions/artifact');

const ghesMessage =
  'GitHub Enterprise Server does not support the artifact client mlgate uses (@actions/artifact 2+)';

export function actionsArtifactStore(options: ActionsArtifactStoreOptions): ArtifactStore {
  let loaded: DefaultArtifactClient | undefined;
  const client = async () => {
    loaded ??= new (await loadArtifactModule()).DefaultArtifactClient();
    return loaded;
  };
  const refuseOnGhes = () => {
    if (isGhes(options.serverUrl)) throw new ArtifactsUnavailableError(ghesMessage);
  };
  const { staging } = options;
  return {
    async upload(name, files, { retentionDays }) {
      refuseOnGhes();
      return staging.withDirectory(async (directory) => {
        const paths = await staging.writeFiles(directory, files);
        const uploaded = await (await client())
          .uploadArtifact(name, paths, directory, retentionDays ? { retentionDays } : {})
          .catch(unavailableOnGhes);
        return { id: uploaded.id ?? 0, size: uploaded.size ?? 0 };
      });
    },
    async downloadArchive({ owner, repo, runId, artifactId }, { maxBytes }) {
      refuseOnGhes();
      return staging.withDirectory(async (directory) => {
        await (await client())
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
        return staging.readOnlyFile(directory, `artifact ${artifactId}`, maxBytes);
      });
    },
  };
}

/** @actions/artifact's isGhes(): anything but github.com, *.ghe.com (data residency) and *.localhost. */
function isGhes(serverUrl: string | undefined): boolean {
  const host = new URL(serverUrl || 'https://github.com').hostname.toLowerCase();
  return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}

/** Only after a call of the client, whose module is loaded by then. */
async function unavailableOnGhes(error: unknown): Promise<never> {
  const { GHESNotSupportedError } = await loadArtifactModule();
  if (error instanceof GHESNotSupportedError) throw new ArtifactsUnavailableError(ghesMessage);
  throw error;
}
