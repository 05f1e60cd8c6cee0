/**
 * Scratch directories for artifact transfers. @actions/artifact uploads files
 * and downloads archives only through a directory on disk; the GitHub adapter
 * gets these capabilities injected (on disk: src/io/artifact-staging.ts), so
 * that only src/io/ touches files.
 */

/** A file to stage: a `/`-separated path inside the artifact and its content. */
export interface StagedFile {
  path: string;
  content: string | Uint8Array;
}

export interface ArtifactStaging {
  /** Runs `use` with a fresh scratch directory and removes the directory afterwards. */
  withDirectory<T>(use: (directory: string) => Promise<T>): Promise<T>;
  /** Writes the files under `directory`; returns their paths. Refuses a path that leaves it. */
  writeFiles(directory: string, files: readonly StagedFile[]): Promise<string[]>;
  /** The bytes of the one file a download left in `directory`, refused when over `maxBytes`. */
  readOnlyFile(directory: string, label: string, maxBytes: number): Promise<Uint8Array>;
}
