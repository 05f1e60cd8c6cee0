/**
 * Where mlgate keeps files between workflow runs: the report for publish mode
 * and the accepted production baseline. Code that needs artifacts takes this
 * interface; src/github/actions-artifact-store.ts implements it with
 * @actions/artifact. Downloads hand back the zip archive itself, so that
 * untrusted archives are read in memory with limits (zip-entries.ts) and never
 * extracted to disk.
 */

export interface ArtifactFile {
  /** Path inside the artifact, `/`-separated, e.g. `mlgate-report.json`. */
  path: string;
  content: string | Uint8Array;
}

export interface ArtifactLocation {
  owner: string;
  repo: string;
  /** The workflow run that uploaded it. */
  runId: number;
  artifactId: number;
}

export interface UploadedArtifact {
  id: number;
  /** Bytes uploaded (the zip archive). */
  size: number;
}

export interface ArtifactStore {
  /** Uploads the files as one artifact of the current run; names are unique per run. */
  upload(
    name: string,
    files: readonly ArtifactFile[],
    options: { retentionDays?: number | undefined },
  ): Promise<UploadedArtifact>;
  /** The artifact's zip archive; refused when it is larger than `maxBytes`. */
  downloadArchive(location: ArtifactLocation, options: { maxBytes: number }): Promise<Uint8Array>;
}

/** Artifacts can't be used here at all (GitHub Enterprise Server), as opposed to a failed call. */
export class ArtifactsUnavailableError extends Error {
  override readonly name = 'ArtifactsUnavailableError';
}
