/**
 * Check runs for the fake GitHub server: create and update, with GitHub's
 * validation (at most 50 annotations per request, each with a path, lines, a
 * level and a message), annotations appended across updates.
 */
import {
  docsBase,
  type FakeGitHubServer,
  notFound,
  type Route,
  unprocessable,
} from './fake-github-server.ts';

export interface StoredAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title?: string;
  message: string;
}

export interface StoredCheckRun {
  id: number;
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  title: string;
  summary: string;
  annotations: StoredAnnotation[];
  /** Annotations per request, creation first. */
  batches: number[];
}

const checksDocs = `${docsBase}/checks/runs`;
const levels = ['notice', 'warning', 'failure'];

export class FakeGitHubChecks {
  readonly checkRuns: StoredCheckRun[] = [];

  constructor(server: FakeGitHubServer) {
    server.onReset(() => {
      this.checkRuns.length = 0;
    });
    for (const route of this.routes()) server.addRoute(route);
  }

  on(sha: string): StoredCheckRun[] {
    return this.checkRuns.filter((run) => run.headSha === sha);
  }

  private json(run: StoredCheckRun, url: URL, htmlUrl: string) {
    const api = url.href.slice(0, url.href.indexOf('/repos/'));
    return {
      id: run.id,
      name: run.name,
      head_sha: run.headSha,
      status: run.status,
      conclusion: run.conclusion,
      external_id: run.externalId,
      details_url: run.detailsUrl,
      url: `${api}/repos/${run.owner}/${run.repo}/check-runs/${run.id}`,
      html_url: `${htmlUrl}/${run.owner}/${run.repo}/runs/${run.id}`,
      output: {
        title: run.title,
        summary: run.summary,
        annotations_count: run.annotations.length,
      },
    };
  }

  private routes(): Route[] {
    const checks = this;
    return [
      {
        method: 'POST',
        pattern: /^\/repos\/([^/]+)\/([^/]+)\/check-runs$/,
        write: true,
        permissions: 'checks=write',
        docs: `${checksDocs}#create-a-check-run`,
        handle({ params: [owner, repo], body, server, url }) {
          const request = body as Record<string, unknown>;
          if (typeof request.name !== 'string' || !request.name) {
            return unprocessable('Invalid request.\n\n"name" wasn\'t supplied.', checksDocs);
          }
          if (typeof request.head_sha !== 'string' || !/^[0-9a-f]{40}$/.test(request.head_sha)) {
            return unprocessable(
              `No commit found for SHA: ${String(request.head_sha)}`,
              checksDocs,
            );
          }
          const output = validOutput(request.output);
          if (typeof output === 'string') return unprocessable(output, checksDocs);
          const run: StoredCheckRun = {
            id: server.newId(),
            owner: owner!,
            repo: repo!,
            name: request.name,
            headSha: request.head_sha,
            status: String(request.status ?? (request.conclusion ? 'completed' : 'queued')),
            conclusion: typeof request.conclusion === 'string' ? request.conclusion : null,
            detailsUrl: typeof request.details_url === 'string' ? request.details_url : null,
            externalId: typeof request.external_id === 'string' ? request.external_id : null,
            title: output.title,
            summary: output.summary,
            annotations: output.annotations,
            batches: [output.annotations.length],
          };
          checks.checkRuns.push(run);
          return { status: 201, body: checks.json(run, url, server.htmlUrl) };
        },
      },
      {
        method: 'PATCH',
        pattern: /^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)$/,
        write: true,
        permissions: 'checks=write',
        docs: `${checksDocs}#update-a-check-run`,
        handle({ params: [owner, repo, id], body, server, url }) {
          const run = checks.checkRuns.find(
            (r) => r.id === Number(id) && r.owner === owner && r.repo === repo,
          );
          if (!run) return notFound();
          const output = validOutput((body as Record<string, unknown>).output);
          if (typeof output === 'string') return unprocessable(output, checksDocs);
          run.title = output.title;
          run.summary = output.summary;
          run.annotations.push(...output.annotations);
          run.batches.push(output.annotations.length);
          return { status: 200, body: checks.json(run, url, server.htmlUrl) };
        },
      },
    ];
  }
}

function validOutput(
  output: unknown,
): string | { title: string; summary: string; annotations: StoredAnnotation[] } {
  const o = (output ?? {}) as Record<string, unknown>;
  if (typeof o.title !== 'string' || typeof o.summary !== 'string') {
    return 'Invalid request.\n\n"title" and "summary" are required in "output".';
  }
  if (o.summary.length > 65_535) return 'output.summary is too long (maximum is 65535 characters)';
  const annotations = (o.annotations ?? []) as StoredAnnotation[];
  if (annotations.length > 50) {
    return 'Invalid request.\n\nOnly 50 annotations may be sent at a time.';
  }
  for (const a of annotations) {
    if (
      typeof a.path !== 'string' ||
      !Number.isInteger(a.start_line) ||
      !Number.isInteger(a.end_line) ||
      !levels.includes(a.annotation_level) ||
      typeof a.message !== 'string'
    ) {
      return `Invalid annotation: ${JSON.stringify(a).slice(0, 200)}`;
    }
  }
  return { title: o.title, summary: o.summary, annotations };
}
