/**
 * A local HTTP server that plays the parts of GitHub's REST API mlgate uses,
 * answering the way github.com does (status codes, messages, Link pagination,
 * the 403 an installation token gets on GET /user). It records every request,
 * keeps its state for as long as it runs (so two action runs see each other's
 * comments), and can be told to fail: read-only token, 5xx, rate limits.
 *
 * Endpoints are a table of routes; later features add theirs with addRoute()
 * (see fake-github-actions.ts, fake-github-checks.ts, fake-github-issues.ts,
 * fake-github-pulls.ts). Routes marked `service: 'artifacts'` play the Actions
 * results service and blob storage the artifact client talks to; they are not
 * GitHub REST calls and `apiRequests()` leaves them out.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the API prefix and query, e.g. /repos/o/r/issues/2/comments. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** What the server answered. */
  status: number;
  service: 'rest' | 'artifacts';
}

export interface Caller {
  token: string;
  login: string;
  type: 'Bot' | 'User';
  /** App installation tokens (GITHUB_TOKEN is one) can't use GET /user. */
  installation: boolean;
}

export interface StoredComment {
  id: number;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  author: { login: string; type: 'Bot' | 'User' };
  createdAt: string;
  updatedAt: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  /** Sent as is instead of JSON (e.g. a zip archive from blob storage). */
  raw?: Buffer;
  headers?: Record<string, string>;
}

export interface RouteContext {
  /** Captures of the route pattern. */
  params: string[];
  query: URLSearchParams;
  body: unknown;
  /** The request body as received (JSON bodies are also parsed into `body`). */
  rawBody: Buffer;
  headers: IncomingHttpHeaders;
  /** Undefined only on routes with `service: 'artifacts'`, which take no GitHub token. */
  caller: Caller;
  server: FakeGitHubServer;
  /** The absolute URL of this request, for Link headers. */
  url: URL;
}

export interface Route {
  method: string;
  pattern: RegExp;
  /** Writes are refused with 403 while the server is read-only. */
  write?: boolean;
  /** For read-only 403s: what GitHub puts in x-accepted-github-permissions. */
  permissions?: string;
  docs?: string;
  /** `artifacts`: the results service / blob storage, reached without a GitHub token. */
  service?: 'rest' | 'artifacts';
  handle(context: RouteContext): Reply;
}

export type Fault =
  | { kind: 'server-error'; status?: 500 | 502 | 503 | 504 }
  | { kind: 'secondary-rate-limit'; retryAfterSeconds?: number }
  | { kind: 'primary-rate-limit'; resetEpochSeconds: number };

interface PendingFault {
  method?: string;
  path?: RegExp;
  fault: Fault;
  remaining: number;
}

export interface FakeGitHubOptions {
  /** `/api/v3` to look like GitHub Enterprise Server. */
  pathPrefix?: string;
  /** Personal access tokens and the user each belongs to. */
  users?: Record<string, string>;
  /** Tokens starting with this are installation tokens of github-actions[bot], like GITHUB_TOKEN. */
  installationTokenPrefix?: string;
  htmlUrl?: string;
}

export const docsBase = 'https://docs.github.com/rest';

export class FakeGitHubServer {
  readonly requests: RecordedRequest[] = [];
  readonly comments: StoredComment[] = [];
  /** Every write answers 403 "Resource not accessible by integration", as for a fork PR's token. */
  readOnly = false;
  readonly htmlUrl: string;
  private readonly routes: Route[] = [];
  private readonly faults: PendingFault[] = [];
  private readonly resetHooks: (() => void)[] = [];
  private readonly options: FakeGitHubOptions;
  private readonly httpServer = createServer((req, res) => {
    this.answer(req).then(
      (reply) => {
        res.writeHead(reply.status, {
          'content-type': 'application/json; charset=utf-8',
          'x-github-api-version-selected': '2022-11-28',
          ...reply.headers,
        });
        res.end(reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body)));
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `fake server bug: ${String(error)}` }));
      },
    );
  });
  private nextId = 1_000_001;
  private clock = Date.parse('2026-03-02T09:00:00Z');
  private origin = '';

  constructor(options: FakeGitHubOptions = {}) {
    this.options = options;
    this.htmlUrl = options.htmlUrl ?? 'https://github.com';
    for (const route of issueCommentRoutes) this.addRoute(route);
    this.addRoute(authenticatedUserRoute);
  }

  /** The server's origin, e.g. ACTIONS_RESULTS_URL. */
  get url(): string {
    return this.origin;
  }

  /** GITHUB_API_URL for this server. */
  get apiUrl(): string {
    return `${this.origin}${this.options.pathPrefix ?? ''}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = this.httpServer.address() as AddressInfo;
    this.origin = `http://127.0.0.1:${port}`;
    return this;
  }

  async close(): Promise<void> {
    this.httpServer.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.httpServer.close((error) => (error ? reject(error) : resolve())),
    );
  }

  addRoute(route: Route): void {
    this.routes.push(route);
  }

  /** Run `hook` on every reset(), e.g. to clear a feature's stored state. */
  onReset(hook: () => void): void {
    this.resetHooks.push(hook);
  }

  /** Answer the next `times` matching requests with `fault` instead of serving them. */
  failNext(fault: Fault, match: { method?: string; path?: RegExp } = {}, times = 1): void {
    this.faults.push({ ...match, fault, remaining: times });
  }

  /** Forget requests, stored state and pending faults: a fresh GitHub for the next test. */
  reset(): void {
    this.requests.length = 0;
    this.comments.length = 0;
    this.faults.length = 0;
    this.readOnly = false;
    for (const hook of this.resetHooks) hook();
  }

  /** GitHub REST requests, without the artifact client's calls to the results service and blob storage. */
  apiRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.service === 'rest');
  }

  /** GitHub REST requests that change state (anything but GET). */
  writes(): RecordedRequest[] {
    return this.apiRequests().filter((r) => r.method !== 'GET');
  }

  /** A fresh id, unique across comments, issues, check runs and artifacts. */
  newId(): number {
    return this.nextId++;
  }

  commentsOn(owner: string, repo: string, issueNumber: number): StoredComment[] {
    return this.comments.filter(
      (c) => c.owner === owner && c.repo === repo && c.issueNumber === issueNumber,
    );
  }

  /** A comment written before the test, e.g. by a human or another bot. */
  seedComment(
    comment: Pick<StoredComment, 'owner' | 'repo' | 'issueNumber' | 'body'> & {
      author?: string;
    },
  ): StoredComment {
    const login = comment.author ?? 'octocat';
    return this.storeComment({
      ...comment,
      author: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
    });
  }

  storeComment(comment: Omit<StoredComment, 'id' | 'createdAt' | 'updatedAt'>): StoredComment {
    const now = this.tick();
    const stored = { ...comment, id: this.newId(), createdAt: now, updatedAt: now };
    this.comments.push(stored);
    return stored;
  }

  /** A deterministic clock: each call is one second after the previous. */
  tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace('.000', '');
  }

  commentJson(comment: StoredComment, requestUrl: URL): Record<string, unknown> {
    const api = `${requestUrl.origin}${this.options.pathPrefix ?? ''}`;
    const repoPath = `${comment.owner}/${comment.repo}`;
    return {
      id: comment.id,
      node_id: `IC_kwDO${comment.id.toString(36)}`,
      url: `${api}/repos/${repoPath}/issues/comments/${comment.id}`,
      html_url: `${this.htmlUrl}/${repoPath}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${api}/repos/${repoPath}/issues/${comment.issueNumber}`,
      body: comment.body,
      user: {
        login: comment.author.login,
        id: loginId(comment.author.login),
        type: comment.author.type,
      },
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: comment.author.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    };
  }

  private async answer(req: IncomingMessage): Promise<Reply> {
    const url = new URL(req.url ?? '/', this.origin);
    const prefix = this.options.pathPrefix ?? '';
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
    const method = req.method ?? 'GET';
    const rawBody = await readBody(req);
    const route = this.routes.find((r) => r.method === method && r.pattern.test(path));
    const service = route?.service ?? 'rest';
    const isJson = /json/.test(req.headers['content-type'] ?? 'application/json');
    let body: unknown;
    let reply: Reply | undefined;
    try {
      body = rawBody.length > 0 && isJson ? JSON.parse(rawBody.toString('utf8')) : undefined;
    } catch {
      reply = { status: 400, body: { message: 'Problems parsing JSON' } };
    }
    reply ??= this.route(method, path, url, req.headers, body, rawBody);
    this.requests.push({
      method,
      path,
      query: url.searchParams,
      headers: req.headers,
      body,
      status: reply.status,
      service,
    });
    return reply;
  }

  private route(
    method: string,
    path: string,
    url: URL,
    headers: IncomingHttpHeaders,
    body: unknown,
    rawBody: Buffer,
  ): Reply {
    const open = this.routes.find(
      (r) => r.service === 'artifacts' && r.method === method && r.pattern.test(path),
    );
    if (open) {
      const fault = this.takeFault(method, path);
      if (fault) return faultReply(fault);
      return open.handle({
        params: open.pattern.exec(path)!.slice(1),
        query: url.searchParams,
        body,
        rawBody,
        headers,
        caller: { token: '', login: '', type: 'Bot', installation: true },
        server: this,
        url,
      });
    }
    const caller = this.callerOf(headers.authorization);
    if (!caller) {
      return {
        status: 401,
        body: { message: 'Bad credentials', documentation_url: docsBase, status: '401' },
      };
    }
    const fault = this.takeFault(method, path);
    if (fault) return faultReply(fault);
    for (const route of this.routes) {
      const match = route.method === method ? route.pattern.exec(path) : null;
      if (!match) continue;
      if (route.write && this.readOnly) {
        return {
          status: 403,
          headers: route.permissions ? { 'x-accepted-github-permissions': route.permissions } : {},
          body: {
            message: 'Resource not accessible by integration',
            documentation_url: route.docs ?? docsBase,
            status: '403',
          },
        };
      }
      return route.handle({
        params: match.slice(1),
        query: url.searchParams,
        body,
        rawBody,
        headers,
        caller,
        server: this,
        url,
      });
    }
    return {
      status: 404,
      body: { message: 'Not Found', documentation_url: docsBase, status: '404' },
    };
  }

  private callerOf(authorization: string | undefined): Caller | undefined {
    const token = /^(?:token|bearer) (\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) return undefined;
    if (token.startsWith(this.options.installationTokenPrefix ?? 'ghs_')) {
      return { token, login: 'github-actions[bot]', type: 'Bot', installation: true };
    }
    const login = this.options.users?.[token];
    return login ? { token, login, type: 'User', installation: false } : undefined;
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const pending = this.faults.find(
      (f) =>
        f.remaining > 0 && (!f.method || f.method === method) && (!f.path || f.path.test(path)),
    );
    if (!pending) return undefined;
    pending.remaining--;
    return pending.fault;
  }
}

export async function startFakeGitHubServer(
  options?: FakeGitHubOptions,
): Promise<FakeGitHubServer> {
  return new FakeGitHubServer(options).start();
}

function faultReply(fault: Fault): Reply {
  switch (fault.kind) {
    case 'server-error':
      return { status: fault.status ?? 502, body: { message: 'Server Error' } };
    case 'secondary-rate-limit':
      return {
        status: 403,
        headers:
          fault.retryAfterSeconds === undefined
            ? {}
            : { 'retry-after': String(fault.retryAfterSeconds) },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: `${docsBase}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
          status: '403',
        },
      };
    case 'primary-rate-limit':
      return {
        status: 403,
        headers: {
          'x-ratelimit-limit': '1000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(fault.resetEpochSeconds),
        },
        body: {
          message: 'API rate limit exceeded for installation ID 12345678.',
          documentation_url: `${docsBase}/overview/rate-limits-for-the-rest-api`,
          status: '403',
        },
      };
  }
}

const repoIssue = '^/repos/([^/]+)/([^/]+)/issues';
const commentsPermissions = 'issues=write; pull_requests=write';
/** GitHub's limit on a comment body. */
const maxBody = 65_536;

function validateBody(body: unknown): Reply | string {
  const text = (body as { body?: unknown } | undefined)?.body;
  if (typeof text !== 'string' || text.length === 0) {
    return {
      status: 422,
      body: {
        message: 'Invalid request.\n\n"body" wasn\'t supplied.',
        documentation_url: `${docsBase}/issues/comments`,
        status: '422',
      },
    };
  }
  if (text.length > maxBody) {
    return {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: `body is too long (maximum is ${maxBody} characters)`,
          },
        ],
        documentation_url: `${docsBase}/issues/comments`,
        status: '422',
      },
    };
  }
  return text;
}

const issueCommentRoutes: Route[] = [
  {
    method: 'GET',
    pattern: new RegExp(`${repoIssue}/(\\d+)/comments$`),
    handle({ params: [owner, repo, number], server, url }) {
      const all = server.commentsOn(owner!, repo!, Number(number));
      return paginated(
        all.map((c) => server.commentJson(c, url)),
        url,
      );
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`${repoIssue}/(\\d+)/comments$`),
    write: true,
    permissions: commentsPermissions,
    docs: `${docsBase}/issues/comments#create-an-issue-comment`,
    handle({ params: [owner, repo, number], body, caller, server, url }) {
      const text = validateBody(body);
      if (typeof text !== 'string') return text;
      const comment = server.storeComment({
        owner: owner!,
        repo: repo!,
        issueNumber: Number(number),
        body: text,
        author: { login: caller.login, type: caller.type },
      });
      return {
        status: 201,
        headers: { location: server.commentJson(comment, url).url as string },
        body: server.commentJson(comment, url),
      };
    },
  },
  {
    method: 'PATCH',
    pattern: new RegExp(`${repoIssue}/comments/(\\d+)$`),
    write: true,
    permissions: commentsPermissions,
    docs: `${docsBase}/issues/comments#update-an-issue-comment`,
    handle({ params: [owner, repo, id], body, server, url }) {
      const comment = server.comments.find(
        (c) => c.id === Number(id) && c.owner === owner && c.repo === repo,
      );
      if (!comment) return { status: 404, body: { message: 'Not Found', status: '404' } };
      const text = validateBody(body);
      if (typeof text !== 'string') return text;
      comment.body = text;
      comment.updatedAt = server.tick();
      return { status: 200, body: server.commentJson(comment, url) };
    },
  },
];

const authenticatedUserRoute: Route = {
  method: 'GET',
  pattern: /^\/user$/,
  handle({ caller }) {
    if (caller.installation) {
      return {
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: `${docsBase}/users/users#get-the-authenticated-user`,
          status: '403',
        },
      };
    }
    return { status: 200, body: { login: caller.login, id: loginId(caller.login), type: 'User' } };
  },
};

/** One page of `items` as GitHub serves lists: `per_page` (default 30, at most 100), `page`, Link header. */
export function paginated(items: readonly unknown[], url: URL): Reply {
  const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 30) || 30, 1), 100);
  const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  return {
    status: 200,
    headers: linkHeader(url, page, last, perPage),
    body: items.slice((page - 1) * perPage, page * perPage),
  };
}

export function notFound(): Reply {
  return {
    status: 404,
    body: { message: 'Not Found', documentation_url: docsBase, status: '404' },
  };
}

/** GitHub's 422 for a request it understood but refuses. */
export function unprocessable(message: string, docs = docsBase): Reply {
  return { status: 422, body: { message, documentation_url: docs, status: '422' } };
}

function linkHeader(url: URL, page: number, last: number, perPage: number): Record<string, string> {
  const at = (p: number) => {
    const target = new URL(url);
    target.searchParams.set('per_page', String(perPage));
    target.searchParams.set('page', String(p));
    return `<${target.href}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${at(page - 1)}; rel="prev"`);
  if (page < last) links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
  if (page > 1) links.push(`${at(1)}; rel="first"`);
  return links.length > 0 ? { link: links.join(', ') } : {};
}

/** A stable fake numeric id per login. */
export function loginId(login: string): number {
  let hash = 0;
  for (const char of login) hash = (hash * 31 + char.charCodeAt(0)) % 100_000_000;
  return hash;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
