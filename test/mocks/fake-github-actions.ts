/**
 * GitHub Actions for the fake GitHub server: workflow runs (REST) and
 * artifacts end to end, so the real @actions/artifact client runs against it
 * unchanged:
 * - upload: the results service's Twirp calls (CreateArtifact →
 *   signed blob URL, FinalizeArtifact) at ACTIONS_RESULTS_URL, and the Azure
 *   block-blob protocol on the signed URL (PUT ?comp=block, PUT ?comp=blocklist);
 * - download from another run: REST list-run-artifacts, then
 *   GET /actions/artifacts/{id}/zip answering 302 to a blob URL (410 once expired).
 * The runner's ACTIONS_RUNTIME_TOKEN is a JWT whose `scp` claim names the run
 * and job (`Actions.Results:<run>:<job>`); runtimeToken() writes one with the
 * numeric run id, so an upload lands in that run.
 */
import type { ArtifactStore } from '../../src/github/artifact-store.ts';
import { listZipEntries, readZipEntry } from '../../src/github/zip-entries.ts';
import {
  docsBase,
  type FakeGitHubServer,
  notFound,
  paginated,
  type Reply,
} from './fake-github-server.ts';
import { writeZip } from './zip-archive.ts';

export interface FakeWorkflowRun {
  id: number;
  owner: string;
  repo: string;
  workflowId: number;
  /** e.g. `.github/workflows/mlgate.yml`; list-runs accepts its file name as workflow id. */
  workflowPath: string;
  event: string;
  headSha: string;
  headBranch: string;
  status: 'completed' | 'in_progress';
  conclusion: 'success' | 'failure' | 'cancelled' | null;
  createdAt: string;
}

export interface FakeArtifact {
  id: number;
  owner: string;
  repo: string;
  runId: number;
  name: string;
  zip: Buffer;
  expired: boolean;
  createdAt: string;
  /** From the upload's retention (CreateArtifact expires_at), if any. */
  expiresAt: string | null;
}

interface PendingUpload {
  key: string;
  runId: number;
  name: string;
  expiresAt: string | null;
  blocks: Map<string, Buffer>;
  committed: Buffer | null;
}

const twirp = '^/twirp/github\\.actions\\.results\\.api\\.v1\\.ArtifactService';
const repoPath = '^/repos/([^/]+)/([^/]+)';

export class FakeGitHubActions {
  readonly runs: FakeWorkflowRun[] = [];
  readonly artifacts: FakeArtifact[] = [];
  /** The repository uploads belong to (the runtime token doesn't say). */
  uploadRepository = { owner: 'Codertocat', repo: 'Hello-World' };
  private readonly uploads = new Map<string, PendingUpload>();
  private readonly server: FakeGitHubServer;

  constructor(server: FakeGitHubServer) {
    this.server = server;
    server.onReset(() => {
      this.runs.length = 0;
      this.artifacts.length = 0;
      this.uploads.clear();
    });
    for (const route of this.routes()) server.addRoute(route);
  }

  /** An ACTIONS_RUNTIME_TOKEN for a job of run `runId` (an unsigned JWT; the client only decodes it). */
  static runtimeToken(runId: number | string): string {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.ExampleScope Actions.Results:${runId}:job-${runId}` })}.`;
  }

  seedRun(
    run: Partial<FakeWorkflowRun> & Pick<FakeWorkflowRun, 'id' | 'headSha'>,
  ): FakeWorkflowRun {
    const stored: FakeWorkflowRun = {
      owner: 'Codertocat',
      repo: 'Hello-World',
      workflowId: 161335,
      workflowPath: '.github/workflows/mlgate.yml',
      event: 'push',
      headBranch: 'master',
      status: 'completed',
      conclusion: 'success',
      createdAt: this.server.tick(),
      ...run,
    };
    this.runs.push(stored);
    return stored;
  }

  /** An artifact uploaded before the test, e.g. a tampered report. */
  seedArtifact(artifact: {
    runId: number;
    name: string;
    files: Record<string, string | Uint8Array>;
    expired?: boolean;
    owner?: string;
    repo?: string;
  }): FakeArtifact {
    return this.storeArtifact({
      ...this.uploadRepository,
      ...(artifact.owner ? { owner: artifact.owner } : {}),
      ...(artifact.repo ? { repo: artifact.repo } : {}),
      runId: artifact.runId,
      name: artifact.name,
      zip: writeZip(artifact.files),
      expired: artifact.expired ?? false,
      expiresAt: null,
    });
  }

  /**
   * An ArtifactStore for in-process tests: uploads land in run `runId` and
   * downloads read the stored zip, without the results service; listing and
   * finding artifacts still go through the REST routes.
   */
  store(runId: number): ArtifactStore {
    return {
      upload: async (name, files) => {
        const artifact = this.seedArtifact({
          runId,
          name,
          files: Object.fromEntries(files.map((file) => [file.path, file.content])),
        });
        return { id: artifact.id, size: artifact.zip.length };
      },
      downloadArchive: async ({ artifactId }, { maxBytes }) => {
        const artifact = this.artifacts.find((a) => a.id === artifactId);
        if (!artifact || artifact.expired) throw new Error(`artifact ${artifactId} is gone`);
        if (artifact.zip.length > maxBytes) throw new Error(`artifact ${artifactId} is too large`);
        return new Uint8Array(artifact.zip);
      },
    };
  }

  artifactsOf(runId: number): FakeArtifact[] {
    return this.artifacts.filter((a) => a.runId === runId);
  }

  /** An artifact's files, read back from its zip. */
  filesOf(artifact: FakeArtifact): Record<string, string> {
    return Object.fromEntries(
      listZipEntries(artifact.zip)
        .filter((entry) => !entry.name.endsWith('/'))
        .map((entry) => [
          entry.name,
          readZipEntry(artifact.zip, entry, 50_000_000).toString('utf8'),
        ]),
    );
  }

  private storeArtifact(artifact: Omit<FakeArtifact, 'id' | 'createdAt'>): FakeArtifact {
    const stored = { ...artifact, id: this.server.newId(), createdAt: this.server.tick() };
    this.artifacts.push(stored);
    return stored;
  }

  private runJson(run: FakeWorkflowRun, url: URL): Record<string, unknown> {
    const api = url.href.slice(0, url.href.indexOf('/repos/'));
    return {
      id: run.id,
      name: 'mlgate',
      node_id: `WFR_${run.id.toString(36)}`,
      workflow_id: run.workflowId,
      path: run.workflowPath,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      head_sha: run.headSha,
      head_branch: run.headBranch,
      html_url: `${this.server.htmlUrl}/${run.owner}/${run.repo}/actions/runs/${run.id}`,
      url: `${api}/repos/${run.owner}/${run.repo}/actions/runs/${run.id}`,
      created_at: run.createdAt,
      updated_at: run.createdAt,
      run_attempt: 1,
      pull_requests: [],
    };
  }

  private artifactJson(artifact: FakeArtifact, url: URL): Record<string, unknown> {
    const api = url.href.slice(0, url.href.indexOf('/repos/'));
    const base = `${api}/repos/${artifact.owner}/${artifact.repo}/actions/artifacts/${artifact.id}`;
    const run = this.runs.find((r) => r.id === artifact.runId);
    return {
      id: artifact.id,
      node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
      name: artifact.name,
      size_in_bytes: artifact.zip.length,
      url: base,
      archive_download_url: `${base}/zip`,
      expired: artifact.expired,
      created_at: artifact.createdAt,
      updated_at: artifact.createdAt,
      expires_at: artifact.expiresAt,
      digest: null,
      workflow_run: {
        id: artifact.runId,
        repository_id: 1296269,
        head_repository_id: 1296269,
        head_branch: run?.headBranch ?? null,
        head_sha: run?.headSha ?? null,
      },
    };
  }

  private routes() {
    const actions = this;
    const twirpError = (status: number, code: string, msg: string): Reply => ({
      status,
      body: { code, msg },
    });
    return [
      {
        method: 'GET',
        pattern: new RegExp(`${repoPath}/actions/workflows/([^/]+)/runs$`),
        handle({ params: [owner, repo, workflow], query, url }: RouteArgs) {
          const matching = actions.runs
            .filter(
              (run) =>
                run.owner === owner &&
                run.repo === repo &&
                (String(run.workflowId) === workflow ||
                  run.workflowPath.split('/').pop() === workflow) &&
                (!query.get('branch') || run.headBranch === query.get('branch')) &&
                (!query.get('event') || run.event === query.get('event')) &&
                (!query.get('status') ||
                  run.status === query.get('status') ||
                  run.conclusion === query.get('status')),
            )
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
          const page = paginated(
            matching.map((run) => actions.runJson(run, url)),
            url,
          );
          return {
            ...page,
            body: { total_count: matching.length, workflow_runs: page.body },
          };
        },
      },
      {
        method: 'GET',
        pattern: new RegExp(`${repoPath}/actions/runs/(\\d+)$`),
        handle({ params: [owner, repo, id], url }: RouteArgs) {
          const run = actions.runs.find(
            (r) => r.owner === owner && r.repo === repo && r.id === Number(id),
          );
          return run ? { status: 200, body: actions.runJson(run, url) } : notFound();
        },
      },
      {
        method: 'GET',
        pattern: new RegExp(`${repoPath}/actions/runs/(\\d+)/artifacts$`),
        handle({ params: [owner, repo, id], query, url }: RouteArgs) {
          const name = query.get('name');
          const found = actions.artifacts.filter(
            (a) =>
              a.owner === owner &&
              a.repo === repo &&
              a.runId === Number(id) &&
              (!name || a.name === name),
          );
          const page = paginated(
            found.map((a) => actions.artifactJson(a, url)),
            url,
          );
          return { ...page, body: { total_count: found.length, artifacts: page.body } };
        },
      },
      {
        method: 'GET',
        pattern: new RegExp(`${repoPath}/actions/artifacts/(\\d+)/zip$`),
        handle({ params: [owner, repo, id], server }: RouteArgs) {
          const artifact = actions.artifacts.find(
            (a) => a.owner === owner && a.repo === repo && a.id === Number(id),
          );
          if (!artifact) return notFound();
          if (artifact.expired) {
            return {
              status: 410,
              body: {
                message: 'Artifact has expired',
                documentation_url: `${docsBase}/actions/artifacts#download-an-artifact`,
                status: '410',
              },
            };
          }
          return {
            status: 302,
            headers: {
              location: `${server.url}/blob/download/${artifact.id}.zip?sig=fake-signature`,
            },
          };
        },
      },
      {
        method: 'GET',
        pattern: /^\/blob\/download\/(\d+)\.zip$/,
        service: 'artifacts' as const,
        handle({ params: [id] }: RouteArgs) {
          const artifact = actions.artifacts.find((a) => a.id === Number(id));
          if (!artifact) return { status: 404, body: { message: 'BlobNotFound' } };
          return {
            status: 200,
            raw: artifact.zip,
            headers: {
              'content-type': 'application/zip',
              'content-disposition': `attachment; filename=${artifact.name}.zip; filename*=UTF-8''${artifact.name}.zip`,
            },
          };
        },
      },
      {
        method: 'POST',
        pattern: new RegExp(`${twirp}/CreateArtifact$`),
        service: 'artifacts' as const,
        handle({ body, headers, server }: RouteArgs) {
          const runId = runIdOf(headers.authorization);
          if (runId === undefined) return twirpError(401, 'unauthenticated', 'bad runtime token');
          const request = body as { name?: string; expires_at?: string };
          const name = String(request.name);
          if (actions.artifacts.some((a) => a.runId === runId && a.name === name)) {
            return twirpError(409, 'already_exists', `an artifact named ${name} already exists`);
          }
          const key = `upload-${server.newId()}`;
          actions.uploads.set(key, {
            key,
            runId,
            name,
            expiresAt: request.expires_at ?? null,
            blocks: new Map(),
            committed: null,
          });
          return {
            status: 200,
            body: {
              ok: true,
              signedUploadUrl: `${server.url}/blob/upload/${key}?sig=fake-signature`,
            },
          };
        },
      },
      {
        method: 'PUT',
        pattern: /^\/blob\/upload\/([\w-]+)$/,
        service: 'artifacts' as const,
        handle({ params: [key], query, rawBody }: RouteArgs) {
          const upload = actions.uploads.get(key!);
          if (!upload) return { status: 404, body: { message: 'BlobNotFound' } };
          const blobHeaders = {
            etag: `"0x${upload.key}"`,
            'last-modified': new Date(0).toUTCString(),
            'x-ms-request-id': upload.key,
            'x-ms-version': '2026-04-06',
          };
          if (query.get('comp') === 'block') {
            upload.blocks.set(query.get('blockid') ?? '', rawBody);
            return { status: 201, headers: blobHeaders };
          }
          if (query.get('comp') === 'blocklist') {
            const ids = [...rawBody.toString('utf8').matchAll(/<Latest>([^<]*)<\/Latest>/g)].map(
              (m) => m[1]!,
            );
            upload.committed = Buffer.concat(
              ids.map((id) => upload.blocks.get(id) ?? Buffer.alloc(0)),
            );
            return { status: 201, headers: blobHeaders };
          }
          return { status: 400, body: { message: 'unsupported blob operation' } };
        },
      },
      {
        method: 'POST',
        pattern: new RegExp(`${twirp}/FinalizeArtifact$`),
        service: 'artifacts' as const,
        handle({ body, headers }: RouteArgs) {
          const runId = runIdOf(headers.authorization);
          const request = body as { name?: string; size?: string };
          const upload = [...actions.uploads.values()].find(
            (u) => u.runId === runId && u.name === request.name && u.committed,
          );
          if (!upload?.committed) return twirpError(404, 'not_found', 'no committed upload');
          actions.uploads.delete(upload.key);
          const artifact = actions.storeArtifact({
            ...actions.uploadRepository,
            runId: upload.runId,
            name: upload.name,
            zip: upload.committed,
            expired: false,
            expiresAt: upload.expiresAt,
          });
          return { status: 200, body: { ok: true, artifactId: String(artifact.id) } };
        },
      },
    ];
  }
}

type RouteArgs = Parameters<Parameters<FakeGitHubServer['addRoute']>[0]['handle']>[0];

function runIdOf(authorization: string | undefined): number | undefined {
  const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  const scp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: string })
    .scp;
  const run = scp
    ?.split(' ')
    .find((s) => s.startsWith('Actions.Results:'))
    ?.split(':')[1];
  return run === undefined ? undefined : Number(run);
}
