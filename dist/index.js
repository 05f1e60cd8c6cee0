import {
  commentLimit,
  commentMarker,
  configProblem,
  formatConfigError,
  instanceNamePattern,
  monitoringMarker,
  monotonicMs,
  renderComment,
  renderJson,
  renderSummary,
  resultKey,
  runGate,
  sections,
  threadResampleRunner
} from "./chunks/chunk-X2PZ6TWA.js";
import "./chunks/chunk-V76GGTT2.js";
import "./chunks/chunk-6QEE6FFP.js";
import {
  escapeMarkdown
} from "./chunks/chunk-C7I5UCTU.js";
import "./chunks/chunk-JLJ5JKQQ.js";
import "./chunks/chunk-TV4L6LGM.js";
import {
  mlgateVersion
} from "./chunks/chunk-RYJFZOMB.js";
import {
  iso_exports
} from "./chunks/chunk-ORE6RU56.js";
import "./chunks/chunk-TEXSX4RK.js";
import "./chunks/chunk-J5QUBNZJ.js";
import "./chunks/chunk-Q66JVYKC.js";
import {
  nodeWorkspace,
  urlSecrets
} from "./chunks/chunk-PLFIIKI6.js";
import {
  FileScanScheduler
} from "./chunks/chunk-PVFPZCU2.js";
import "./chunks/chunk-IDEN7Q7X.js";
import "./chunks/chunk-BZNTL7DC.js";
import {
  sqlConnectionPool
} from "./chunks/chunk-VHHYGQ3Z.js";
import {
  delayTierUp
} from "./chunks/chunk-JVENBKJC.js";
import "./chunks/chunk-QE3BR34K.js";
import "./chunks/chunk-TUKDUIAD.js";
import {
  keepYoungGenerationSmall
} from "./chunks/chunk-GM6TPOLB.js";
import "./chunks/chunk-H4QQWVY4.js";
import {
  context,
  error,
  getInput,
  getOctokit,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-ELD7JNVV.js";
import "./chunks/chunk-7QPZUO7W.js";
import "./chunks/chunk-DPIG2K5A.js";
import "./chunks/chunk-GRGWUAQC.js";
import "./chunks/chunk-3ROLIFPK.js";
import "./chunks/chunk-6BR7IVTK.js";
import "./chunks/chunk-52Z3VBDW.js";
import "./chunks/chunk-FJSVKJ5S.js";
import "./chunks/chunk-AB24KIFF.js";
import "./chunks/chunk-XUDKVEYV.js";
import "./chunks/chunk-MIVUPXYV.js";
import "./chunks/chunk-7UFWRZL3.js";
import "./chunks/chunk-QNBVGKAV.js";
import "./chunks/chunk-Y6GXJEPL.js";
import "./chunks/chunk-R3VY2ZGX.js";
import "./chunks/chunk-JJK6CC36.js";
import "./chunks/chunk-YBMT343X.js";
import {
  NEVER,
  _enum,
  _null,
  array,
  boolean,
  discriminatedUnion,
  int,
  literal,
  number,
  object,
  strictObject,
  string,
  templateLiteral,
  union
} from "./chunks/chunk-RDHU7DSY.js";
import {
  errorMessage
} from "./chunks/chunk-YBWX6OWL.js";
import "./chunks/chunk-Q6EFSIK3.js";
import "./chunks/chunk-SEWDMQ6Q.js";

// src/index.ts
const { isMainThread } = process.getBuiltinModule("node:worker_threads");

// src/main.ts
const os2 = process.getBuiltinModule("node:os");

// src/github/artifact-store.ts
var ArtifactsUnavailableError = class extends Error {
  name = "ArtifactsUnavailableError";
};

// src/github/actions-artifact-store.ts
var loadArtifactModule = () => import("./chunks/artifact-P2OIEMT7.js");
var ghesMessage = "GitHub Enterprise Server does not support the artifact client mlgate uses (@actions/artifact 2+)";
function actionsArtifactStore(options) {
  let loaded;
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
        const uploaded = await (await client()).uploadArtifact(name, paths, directory, retentionDays ? { retentionDays } : {}).catch(unavailableOnGhes);
        return { id: uploaded.id ?? 0, size: uploaded.size ?? 0 };
      });
    },
    async downloadArchive({ owner, repo, runId, artifactId }, { maxBytes }) {
      refuseOnGhes();
      return staging.withDirectory(async (directory) => {
        await (await client()).downloadArtifact(artifactId, {
          path: directory,
          skipDecompress: true,
          findBy: {
            token: options.token,
            workflowRunId: runId,
            repositoryOwner: owner,
            repositoryName: repo
          }
        }).catch(unavailableOnGhes);
        return staging.readOnlyFile(directory, `artifact ${artifactId}`, maxBytes);
      });
    }
  };
}
function isGhes(serverUrl) {
  const host = new URL(serverUrl || "https://github.com").hostname.toLowerCase();
  return host !== "github.com" && !host.endsWith(".ghe.com") && !host.endsWith(".localhost");
}
async function unavailableOnGhes(error2) {
  const { GHESNotSupportedError } = await loadArtifactModule();
  if (error2 instanceof GHESNotSupportedError) throw new ArtifactsUnavailableError(ghesMessage);
  throw error2;
}

// src/github/retry-budget.ts
var defaultRetryBudgetMs = 9e4;
var RetryBudget = class {
  totalMs;
  spentMs = 0;
  constructor(totalMs = defaultRetryBudgetMs) {
    this.totalMs = totalMs;
  }
  get leftMs() {
    return this.totalMs - this.spentMs;
  }
  /** Spends `waitMs` when it fits in what is left; otherwise spends nothing and returns the shortfall. */
  take(waitMs) {
    if (waitMs <= this.leftMs) {
      this.spentMs += waitMs;
      return void 0;
    }
    return { waitMs, leftMs: this.leftMs, totalMs: this.totalMs };
  }
};
function describeShortfall(shortfall) {
  const seconds = (ms) => `${Math.ceil(ms / 1e3)} s`;
  if (shortfall.leftMs < 1e3) return `the retry budget of ${seconds(shortfall.totalMs)} was spent`;
  return `GitHub asked to wait ${seconds(shortfall.waitMs)}, more than the ${seconds(shortfall.leftMs)} left of the run's retry budget of ${seconds(shortfall.totalMs)}`;
}

// src/github/github-api-error.ts
var GitHubApiError = class extends Error {
  name = "GitHubApiError";
  status;
  method;
  /** The request path and query, without the API base URL. */
  path;
  /** GitHub's own `message` from the response body. */
  apiMessage;
  /** `x-accepted-github-permissions`: the token permissions this endpoint needs. */
  acceptedPermissions;
  attempts;
  /** Set when GitHub asked to wait and the run's retry budget could not pay for it: a write to skip. */
  shortfall;
  constructor(fields) {
    const hint = hintFor(fields.status, fields.acceptedPermissions);
    super(
      `GitHub API ${fields.method} ${fields.path} failed with ${fields.status}: ${fields.apiMessage || "no message"}` + (fields.attempts > 1 ? ` (after ${fields.attempts} attempts)` : "") + (fields.shortfall ? `; not retried: ${describeShortfall(fields.shortfall)}` : "") + (hint ? `. ${hint}` : "")
    );
    this.status = fields.status;
    this.method = fields.method;
    this.path = fields.path;
    this.apiMessage = fields.apiMessage;
    this.acceptedPermissions = fields.acceptedPermissions;
    this.attempts = fields.attempts;
    this.shortfall = fields.shortfall;
  }
  /** The 403 GitHub gives a token that lacks a permission, e.g. the read-only token of a fork PR. */
  get isPermissionDenied() {
    return this.status === 403 && /resource not accessible by/i.test(this.apiMessage);
  }
};
function hintFor(status, acceptedPermissions) {
  if (status === 401) return "The `github-token` input is invalid or expired";
  if (status === 403 && acceptedPermissions) {
    return `The token needs the permission(s) ${acceptedPermissions}`;
  }
  if (status === 404) return "The repository or pull request is not visible to this token";
  return void 0;
}

// src/github/retry-policy.ts
var defaultRetryOptions = {
  maxAttempts: 4,
  baseDelayMs: 1e3
};
var secondaryRateLimitWaitMs = 6e4;
function retryDelayMs(failure, options, nowMs) {
  if (failure.attempt >= options.maxAttempts) return void 0;
  const backoff = 2 ** (failure.attempt - 1);
  if (failure.status >= 500) return options.baseDelayMs * backoff;
  if (failure.status === 403 || failure.status === 429) {
    return rateLimitWaitMs(failure, nowMs, backoff);
  }
  return void 0;
}
function rateLimitWaitMs(failure, nowMs, backoff) {
  const retryAfter = header(failure, "retry-after");
  if (retryAfter !== void 0) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1e3);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - nowMs);
  }
  if (header(failure, "x-ratelimit-remaining") === "0") {
    const reset = Number(header(failure, "x-ratelimit-reset"));
    return Number.isFinite(reset) ? Math.max(0, reset * 1e3 - nowMs) + 1e3 : secondaryRateLimitWaitMs;
  }
  if (failure.status === 429 || /secondary rate limit/i.test(failure.message)) {
    return secondaryRateLimitWaitMs * backoff;
  }
  return void 0;
}
function header(failure, name) {
  const value = failure.headers[name];
  return value === void 0 ? void 0 : String(value).trim();
}

// src/github/github-client.ts
var defaultApiUrl = "https://api.github.com";
function createGitHubClient(options) {
  const octokit = createOctokit(options);
  let login;
  return {
    async *listIssueComments({ owner, repo }, issueNumber) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100
      });
      for await (const page of pages) yield page.data.map(toIssueComment);
    },
    async createIssueComment({ owner, repo }, issueNumber, body) {
      const { data } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issueNumber,
        body
      });
      return toIssueComment(data);
    },
    async updateIssueComment({ owner, repo }, commentId, body) {
      const { data } = await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: commentId,
        body
      });
      return toIssueComment(data);
    },
    authenticatedLogin() {
      login ??= octokit.rest.users.getAuthenticated().then(
        ({ data }) => data.login,
        (error2) => {
          if (error2 instanceof GitHubApiError && error2.isPermissionDenied) return void 0;
          throw error2;
        }
      );
      return login;
    },
    async listWorkflowRuns({ owner, repo }, workflow, filter, limit) {
      const { data } = await octokit.rest.actions.listWorkflowRuns({
        owner,
        repo,
        workflow_id: workflow,
        branch: filter.branch,
        event: filter.event,
        status: filter.status,
        exclude_pull_requests: true,
        per_page: Math.min(Math.max(limit, 1), 100)
      });
      return data.workflow_runs.slice(0, limit).map(toWorkflowRun);
    },
    async getWorkflowRun({ owner, repo }, runId) {
      const { data } = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
      return toWorkflowRun(data);
    },
    async listRunArtifacts({ owner, repo }, runId, name) {
      const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
        owner,
        repo,
        run_id: runId,
        name,
        per_page: 100
      });
      return data.artifacts.filter((artifact) => artifact.name === name).map((artifact) => ({
        id: artifact.id,
        name: artifact.name,
        sizeInBytes: artifact.size_in_bytes,
        expired: artifact.expired,
        createdAt: artifact.created_at ?? null,
        headSha: artifact.workflow_run?.head_sha ?? null
      }));
    },
    async listPullRequestsForCommit({ owner, repo }, sha2) {
      const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        owner,
        repo,
        commit_sha: sha2,
        per_page: 100
      });
      return data.map(toPullRequestSummary);
    },
    async *listOpenPullRequests({ owner, repo }) {
      const pages = octokit.paginate.iterator(octokit.rest.pulls.list, {
        owner,
        repo,
        state: "open",
        sort: "updated",
        direction: "desc",
        per_page: 100
      });
      for await (const page of pages) yield page.data.map(toPullRequestSummary);
    },
    async *listPullRequestFiles({ owner, repo }, pullNumber) {
      const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
        owner,
        repo,
        pull_number: pullNumber,
        per_page: 100
      });
      for await (const page of pages) {
        yield page.data.flatMap(
          (file) => file.previous_filename ? [file.filename, file.previous_filename] : [file.filename]
        );
      }
    },
    async createCheckRun({ owner, repo }, checkRun) {
      const { data } = await octokit.rest.checks.create({
        owner,
        repo,
        name: checkRun.name,
        head_sha: checkRun.headSha,
        status: "completed",
        conclusion: checkRun.conclusion,
        completed_at: checkRun.completedAt,
        ...checkRun.detailsUrl ? { details_url: checkRun.detailsUrl } : {},
        ...checkRun.externalId ? { external_id: checkRun.externalId } : {},
        output: toCheckRunOutput(checkRun.output)
      });
      return { id: data.id, url: data.html_url ?? "" };
    },
    async updateCheckRun({ owner, repo }, checkRunId, output) {
      const { data } = await octokit.rest.checks.update({
        owner,
        repo,
        check_run_id: checkRunId,
        output: toCheckRunOutput(output)
      });
      return { id: data.id, url: data.html_url ?? "" };
    },
    async *listOpenIssues({ owner, repo }, label) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        state: "open",
        labels: label,
        sort: "created",
        direction: "asc",
        per_page: 100
      });
      for await (const page of pages) {
        yield page.data.filter((issue) => !issue.pull_request).map(toIssueSummary);
      }
    },
    async createIssue({ owner, repo }, issue) {
      const { data } = await octokit.rest.issues.create({ owner, repo, ...issue });
      return toIssueSummary(data);
    },
    async updateIssue({ owner, repo }, issueNumber, change) {
      const { data } = await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: issueNumber,
        ...change,
        ...change.state === "closed" ? { state_reason: "completed" } : {}
      });
      return toIssueSummary(data);
    }
  };
}
function toWorkflowRun(data) {
  return {
    id: data.id,
    workflowId: data.workflow_id,
    headSha: data.head_sha,
    headBranch: data.head_branch,
    event: data.event,
    conclusion: data.conclusion,
    htmlUrl: data.html_url,
    createdAt: data.created_at
  };
}
function toPullRequestSummary(data) {
  return {
    number: data.number,
    state: data.state,
    headSha: data.head.sha,
    headRef: data.head.ref,
    headRepo: data.head.repo?.full_name ?? null,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    baseRepo: data.base.repo.full_name
  };
}
function toCheckRunOutput(output) {
  return {
    title: output.title,
    summary: output.summary,
    ...output.text === void 0 ? {} : { text: output.text },
    annotations: output.annotations.map((annotation) => ({
      path: annotation.path,
      start_line: annotation.startLine,
      end_line: annotation.endLine,
      annotation_level: annotation.level,
      title: annotation.title,
      message: annotation.message
    }))
  };
}
function toIssueSummary(data) {
  return {
    number: data.number,
    title: data.title,
    body: data.body ?? "",
    author: data.user?.login ?? "",
    url: data.html_url,
    labels: data.labels.map((label) => typeof label === "string" ? label : label.name ?? "")
  };
}
function toIssueComment(data) {
  return { id: data.id, body: data.body ?? "", author: data.user?.login ?? "", url: data.html_url };
}
function createOctokit(options) {
  if (!options.token) {
    const expression = "${{ github.token }}";
    throw new Error(
      `the \`github-token\` input is empty; keep its default \`${expression}\` or pass a token with \`pull-requests: write\``
    );
  }
  const baseUrl = (options.apiUrl || defaultApiUrl).replace(/\/+$/, "");
  const retry = { ...defaultRetryOptions, ...options.retry };
  const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const now = options.now ?? Date.now;
  const budget = options.retryBudget ?? new RetryBudget();
  const octokit = getOctokit(options.token, { baseUrl });
  octokit.hook.wrap("request", async (request, requestOptions) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error2) {
        if (!isRequestError(error2)) throw error2;
        const failure = describeFailure(error2, baseUrl);
        const delay = retryDelayMs({ ...failure, attempt }, retry, now());
        if (delay === void 0) throw new GitHubApiError({ ...failure, attempts: attempt });
        const shortfall = budget.take(delay);
        if (shortfall) throw new GitHubApiError({ ...failure, attempts: attempt, shortfall });
        options.onRetry?.(
          `GitHub API ${failure.method} ${failure.path} answered ${failure.status} (${failure.message || "no message"}); try ${attempt + 1} of ${retry.maxAttempts} in ${Math.ceil(delay / 1e3)} s (${Math.floor(budget.leftMs / 1e3)} s of the run's retry budget left after it)`
        );
        await sleep(delay);
      }
    }
  });
  return octokit;
}
function isRequestError(error2) {
  if (!(error2 instanceof Error) || !("status" in error2) || !("request" in error2)) return false;
  const request = error2.request;
  return typeof error2.status === "number" && typeof request?.method === "string" && typeof request.url === "string";
}
function describeFailure(error2, baseUrl) {
  const headers = error2.response?.headers ?? {};
  const data = error2.response?.data;
  const apiMessage = typeof data === "object" && data !== null && "message" in data && typeof data.message === "string" ? data.message : error2.message;
  const url = error2.request.url;
  const accepted = headers["x-accepted-github-permissions"];
  return {
    status: error2.status,
    method: error2.request.method,
    path: url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url,
    message: apiMessage,
    apiMessage,
    headers,
    acceptedPermissions: accepted === void 0 ? void 0 : String(accepted)
  };
}

// src/github/production-baseline.ts
const { createHash } = process.getBuiltinModule("node:crypto");
const path = process.getBuiltinModule("node:path/posix");

// src/github/zip-entries.ts
const { crc32, inflateRawSync } = process.getBuiltinModule("node:zlib");
var ZipFormatError = class extends Error {
  name = "ZipFormatError";
};
var endOfCentralDirectory = 101010256;
var centralDirectoryHeader = 33639248;
var localFileHeader = 67324752;
var maxCommentLength = 65535;
var maxEntries = 1e4;
function listZipEntries(archive) {
  const view = viewOf(archive);
  const end = findEndOfCentralDirectory(view);
  const diskEntries = view.getUint16(end + 8, true);
  const count2 = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count2 === 65535 || directoryOffset === 4294967295 || directorySize === 4294967295) {
    throw new ZipFormatError("the archive is ZIP64, which mlgate does not read");
  }
  if (view.getUint16(end + 4, true) !== 0 || diskEntries !== count2) {
    throw new ZipFormatError("the archive spans several disks");
  }
  if (count2 > maxEntries) throw new ZipFormatError(`the archive has ${count2} entries`);
  if (directoryOffset + directorySize > end) {
    throw new ZipFormatError("the central directory lies outside the archive");
  }
  const entries = [];
  const names = /* @__PURE__ */ new Set();
  let at = directoryOffset;
  for (let i = 0; i < count2; i++) {
    need(view, at, 46, "central directory header");
    if (view.getUint32(at, true) !== centralDirectoryHeader) {
      throw new ZipFormatError(`central directory entry ${i + 1} has no valid signature`);
    }
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    need(view, at + 46, nameLength, "entry name");
    const name = new TextDecoder("utf-8", { fatal: false }).decode(
      archive.subarray(at + 46, at + 46 + nameLength)
    );
    if (flags & 1) throw new ZipFormatError(`entry ${JSON.stringify(name)} is encrypted`);
    if (names.has(name)) {
      throw new ZipFormatError(`the archive holds ${JSON.stringify(name)} twice`);
    }
    names.add(name);
    const entry = {
      name,
      method: view.getUint16(at + 10, true),
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true)
    };
    if (entry.compressedSize === 4294967295 || entry.size === 4294967295 || entry.localHeaderOffset === 4294967295) {
      throw new ZipFormatError(`entry ${JSON.stringify(name)} needs ZIP64`);
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
function readZipEntry(archive, entry, maxBytes) {
  const label = JSON.stringify(entry.name);
  if (entry.size > maxBytes) {
    throw new ZipFormatError(`${label} is ${entry.size} bytes; at most ${maxBytes} are read`);
  }
  const view = viewOf(archive);
  const at = entry.localHeaderOffset;
  need(view, at, 30, "local file header");
  if (view.getUint32(at, true) !== localFileHeader) {
    throw new ZipFormatError(`${label} has no valid local header`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  need(view, start, entry.compressedSize, "entry data");
  const data = archive.subarray(start, start + entry.compressedSize);
  let bytes;
  if (entry.method === 0) {
    bytes = Buffer.from(data);
  } else if (entry.method === 8) {
    try {
      bytes = inflateRawSync(data, { maxOutputLength: maxBytes });
    } catch (error2) {
      const tooLarge = error2.code === "ERR_BUFFER_TOO_LARGE";
      throw new ZipFormatError(
        tooLarge ? `${label} inflates to more than ${maxBytes} bytes` : `${label} is not valid deflate data (${errorMessage(error2)})`
      );
    }
  } else {
    throw new ZipFormatError(`${label} uses compression method ${entry.method}`);
  }
  if (bytes.length !== entry.size || crc32(bytes) !== entry.crc32) {
    throw new ZipFormatError(`${label} does not match its recorded size and CRC-32`);
  }
  return bytes;
}
function viewOf(archive) {
  return new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
}
function findEndOfCentralDirectory(view) {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - maxCommentLength);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === endOfCentralDirectory) return at;
  }
  throw new ZipFormatError("not a zip archive (no end of central directory record)");
}
function need(view, at, length, what) {
  if (at < 0 || at + length > view.byteLength) {
    throw new ZipFormatError(`the archive is truncated (${what} at byte ${at})`);
  }
}

// src/github/production-baseline.ts
var baselineManifestFile = "mlgate-baseline.json";
var baselineRunsSearched = 10;
var maxBaselineArchiveBytes = 200 * 1024 * 1024;
var maxBaselineFileBytes = 100 * 1024 * 1024;
function baselineArtifactName(commentKey) {
  return `mlgate-baseline-${commentKey}`;
}
function baselinePath(file) {
  const normal = path.normalize(file.trim().replaceAll("\\", "/")).replace(/^(\.\/)+/, "");
  if (!normal || normal === "." || normal.startsWith("../") || normal === "..") return void 0;
  if (path.isAbsolute(normal)) return void 0;
  return normal;
}
var manifestSchema = strictObject({
  format: literal("mlgate-baseline"),
  version: literal(1),
  sha: string().regex(/^[0-9a-f]{40,64}$/),
  ref: string().max(500),
  runId: int().nonnegative(),
  createdAt: string().max(100),
  files: array(
    strictObject({
      path: string().min(1).max(1e3),
      sha256: string().regex(/^[0-9a-f]{64}$/),
      bytes: int().nonnegative()
    })
  ).max(1e3)
});
function baselineArtifactFiles(record) {
  const manifest = {
    format: "mlgate-baseline",
    version: 1,
    sha: record.sha,
    ref: record.ref,
    runId: record.runId,
    createdAt: record.createdAt,
    files: record.files.map((file) => ({
      path: file.path,
      sha256: sha256(file.text),
      bytes: Buffer.byteLength(file.text, "utf8")
    }))
  };
  return [
    { path: baselineManifestFile, content: `${JSON.stringify(manifest, null, 2)}
` },
    ...record.files.map((file) => ({ path: `files/${file.path}`, content: file.text }))
  ];
}
function readBaselineArchive(archive, wanted) {
  const entries = new Map(listZipEntries(archive).map((entry) => [entry.name, entry]));
  const manifestEntry = entries.get(baselineManifestFile);
  if (!manifestEntry) throw new Error(`it has no ${baselineManifestFile}`);
  const manifest = manifestSchema.parse(
    JSON.parse(readZipEntry(archive, manifestEntry, 1024 * 1024).toString("utf8"))
  );
  const files = /* @__PURE__ */ new Map();
  for (const file of manifest.files) {
    if (!wanted.includes(file.path)) continue;
    const entry = entries.get(`files/${file.path}`);
    if (!entry) throw new Error(`its manifest lists ${file.path}, which it does not hold`);
    const bytes = readZipEntry(archive, entry, maxBaselineFileBytes);
    if (sha256(bytes) !== file.sha256) {
      throw new Error(`${file.path} does not match the SHA-256 in its manifest`);
    }
    files.set(file.path, new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  }
  return { manifest, files };
}
async function fetchProductionBaseline(lookup) {
  const { client, repo, branch, artifactName } = lookup;
  try {
    const runs = await client.listWorkflowRuns(
      repo,
      lookup.workflow,
      { branch, event: "push", status: "success" },
      baselineRunsSearched
    );
    if (runs.length === 0) {
      return baseRefBaseline(`no successful push run of this workflow on \`${branch}\` yet`);
    }
    let expired;
    for (const run of runs) {
      const artifact = (await client.listRunArtifacts(repo, run.id, artifactName))[0];
      if (!artifact) continue;
      if (artifact.expired) {
        expired ??= { runId: run.id };
        continue;
      }
      return await baselineFromArtifact(lookup, run, artifact);
    }
    return baseRefBaseline(
      expired ? `the baseline artifact \`${artifactName}\` of run ${expired.runId} has expired (raise \`retention-days\`, or push to \`${branch}\` to record a new one)` : `none of the last ${runs.length} successful push runs on \`${branch}\` uploaded \`${artifactName}\``
    );
  } catch (error2) {
    if (error2 instanceof ArtifactsUnavailableError) return baseRefBaseline(error2.message);
    if (error2 instanceof GitHubApiError) {
      return baseRefBaseline(`looking up the baseline artifact failed: ${error2.message}`);
    }
    return baseRefBaseline(`downloading the baseline artifact failed: ${errorMessage(error2)}`);
  }
}
function baseRefBaseline(note) {
  return { production: { source: "base-ref", files: [], note }, files: /* @__PURE__ */ new Map() };
}
async function baselineFromArtifact(lookup, run, artifact) {
  const { store, repo, artifactName } = lookup;
  if (artifact.sizeInBytes > maxBaselineArchiveBytes) {
    return baseRefBaseline(
      `the baseline artifact \`${artifactName}\` of run ${run.id} is ${artifact.sizeInBytes} bytes, over the ${maxBaselineArchiveBytes} mlgate reads`
    );
  }
  const archive = await store.downloadArchive(
    { ...repo, runId: run.id, artifactId: artifact.id },
    { maxBytes: maxBaselineArchiveBytes }
  );
  let read;
  try {
    read = readBaselineArchive(archive, lookup.wanted);
  } catch (error2) {
    return baseRefBaseline(
      `the baseline artifact \`${artifactName}\` of run ${run.id} is unusable: ${errorMessage(error2)}`
    );
  }
  if (read.files.size === 0) {
    return baseRefBaseline(
      `the baseline artifact \`${artifactName}\` of run ${run.id} holds none of ${lookup.wanted.join(", ")}`
    );
  }
  const missing = lookup.wanted.filter((file) => !read.files.has(file));
  return {
    production: {
      source: "artifact",
      files: [...read.files.keys()],
      artifact: {
        name: artifactName,
        runId: run.id,
        runUrl: run.htmlUrl,
        sha: read.manifest.sha,
        createdAt: read.manifest.createdAt
      },
      ...missing.length > 0 ? {
        note: `not in the artifact, so read from git at the base commit: ${missing.join(", ")}`
      } : {}
    },
    files: read.files
  };
}
function sha256(content) {
  return createHash("sha256").update(content).digest("hex");
}

// src/inputs/connection-lines.ts
var namePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;
var connectionLines = (input) => string().transform((text2, context2) => {
  const connections = {};
  const lines = text2.split("\n");
  for (const [index, raw] of lines.entries()) {
    const line2 = raw.trim();
    if (!line2 || line2.startsWith("#")) continue;
    const equals = line2.indexOf("=");
    const name = equals > 0 ? line2.slice(0, equals).trim() : "";
    const url = equals > 0 ? line2.slice(equals + 1).trim() : "";
    if (!namePattern.test(name) || !url || Object.hasOwn(connections, name)) {
      context2.addIssue({
        code: "custom",
        message: `line ${index + 1} of the \`${input}\` input is not a new NAME=URL line (NAME: letters, digits, _); write e.g. \`warehouse=\${{ secrets.WAREHOUSE_URL }}\``
      });
      return NEVER;
    }
    connections[name] = url;
  }
  return connections;
});

// src/inputs/renamed-inputs.ts
var renamedInputs = {
  "baseline-files": "production-files"
};
function renamedInputWarnings(raw) {
  return Object.entries(renamedInputs).filter(([old]) => raw[old]?.trim()).map(([old, current]) => ({
    input: old,
    message: `the \`${old}\` input is deprecated; it is called \`${current}\` now ("baseline" means the simple model a candidate must beat)`,
    fix: `rename \`${old}:\` to \`${current}:\` under the step's \`with:\``
  }));
}
function formatInputWarning(warning2) {
  return `mlgate: ${warning2.message}. Fix: ${warning2.fix}.`;
}
function refuseOldAndNewNames(inputs, context2) {
  for (const [old, current] of Object.entries(renamedInputs)) {
    if (given(inputs[old]) && given(inputs[current])) {
      context2.addIssue({
        code: "custom",
        path: [old],
        message: `the \`${old}\` and \`${current}\` inputs are both set; \`${old}\` is the old name of \`${current}\`, so keep only \`${current}\``
      });
    }
  }
}
function given(value) {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

// src/inputs/action-inputs.ts
var inputNames = {
  config: "config",
  githubToken: "github-token",
  comment: "comment",
  commentKey: "comment-key",
  workingDirectory: "working-directory",
  allowCommandsOnPrivilegedEvents: "allow-commands-on-privileged-events",
  mode: "mode",
  artifact: "artifact",
  retentionDays: "retention-days",
  checkRun: "check-run",
  issue: "issue",
  productionFiles: "production-files",
  connections: "connections",
  /** Deprecated: the old name of `production-files` (renamed-inputs.ts). */
  baselineFiles: "baseline-files"
};
var actionModes = ["gate", "evaluate", "publish"];
var inputsAsGiven = strictObject({
  [inputNames.config]: string().trim().min(1, {
    error: "the `config` input is empty; give the path of mlgate.yml, e.g. .github/mlgate.yml"
  }),
  [inputNames.githubToken]: string().trim(),
  [inputNames.comment]: _enum(["update", "off"], {
    error: "the `comment` input must be `update` (post or edit the sticky comment) or `off`"
  }),
  [inputNames.commentKey]: string().trim().regex(/^[A-Za-z0-9_.-]*$/, {
    error: "the `comment-key` input may hold letters, digits, `.`, `_` and `-` only, e.g. `model-a`"
  }).transform((key) => key || "default"),
  [inputNames.workingDirectory]: string().trim().transform((dir) => dir || "."),
  [inputNames.allowCommandsOnPrivilegedEvents]: _enum(["true", "false"], {
    error: "the `allow-commands-on-privileged-events` input is `true` or `false`"
  }).transform((value) => value === "true"),
  [inputNames.mode]: _enum(actionModes, {
    error: "the `mode` input is `gate` (one workflow), `evaluate` (on pull_request, uploads the report) or `publish` (on workflow_run, posts it)"
  }),
  [inputNames.artifact]: _enum(["upload", "off"], {
    error: "the `artifact` input is `upload` (the report as a workflow artifact) or `off`"
  }),
  [inputNames.retentionDays]: string().trim().regex(/^(|[1-9]\d*)$/, {
    error: "the `retention-days` input is a whole number of days from 1 to 90, or empty"
  }).transform((days) => days ? Number(days) : void 0).refine((days) => days === void 0 || days <= 90, {
    error: "the `retention-days` input is at most 90 (GitHub keeps artifacts 1 to 90 days)"
  }),
  [inputNames.checkRun]: _enum(["create", "off"], {
    error: "the `check-run` input is `create` (a check run with annotations) or `off`"
  }),
  [inputNames.issue]: _enum(["update", "off"], {
    error: "the `issue` input is `update` (open or close the monitoring issue) or `off`"
  }),
  [inputNames.productionFiles]: fileList(inputNames.productionFiles),
  [inputNames.baselineFiles]: fileList(inputNames.baselineFiles),
  [inputNames.connections]: connectionLines(inputNames.connections)
});
var actionInputsSchema = inputsAsGiven.superRefine(refuseOldAndNewNames).transform(({ [inputNames.baselineFiles]: oldFiles, ...inputs }) => ({
  ...inputs,
  [inputNames.productionFiles]: oldFiles.length > 0 ? oldFiles : inputs[inputNames.productionFiles]
}));
function parseActionInputs(get) {
  const raw = Object.fromEntries(Object.values(inputNames).map((name) => [name, get(name)]));
  const parsed = actionInputsSchema.safeParse(raw);
  return { ...parsed, warnings: parsed.success ? renamedInputWarnings(raw) : [] };
}
function fileList(input) {
  return string().transform((text2, context2) => {
    const files = [];
    for (const entry of text2.split(/[\n,]/).map((line2) => line2.trim())) {
      if (!entry) continue;
      const file = baselinePath(entry);
      if (file === void 0) {
        context2.addIssue({
          code: "custom",
          message: `the \`${input}\` input lists ${JSON.stringify(entry)}, which is not a path inside the working directory; write paths like metrics/eval.json`
        });
        return NEVER;
      }
      if (!files.includes(file)) files.push(file);
    }
    return files;
  });
}

// src/io/artifact-staging.ts
const { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } = process.getBuiltinModule("node:fs/promises");
const path2 = process.getBuiltinModule("node:path");
function diskArtifactStaging(tempDirectory) {
  return {
    async withDirectory(use) {
      const directory = await mkdtemp(path2.join(tempDirectory, "mlgate-artifact-"));
      try {
        return await use(directory);
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
    },
    writeFiles: (directory, files) => writeFiles(directory, files),
    readOnlyFile: (directory, label, maxBytes) => readOnlyFile(directory, label, maxBytes)
  };
}
async function writeFiles(directory, files) {
  const paths = [];
  for (const file of files) {
    const target = path2.join(directory, ...file.path.split("/"));
    if (!target.startsWith(directory + path2.sep)) {
      throw new Error(`artifact path ${JSON.stringify(file.path)} leaves the artifact`);
    }
    await mkdir(path2.dirname(target), { recursive: true });
    await writeFile(target, file.content);
    paths.push(target);
  }
  return paths;
}
async function readOnlyFile(directory, label, maxBytes) {
  const [file, ...more] = await readdir(directory);
  if (!file || more.length > 0) throw new Error(`${label} did not download as one zip archive`);
  const archive = path2.join(directory, file);
  const { size } = await stat(archive);
  if (size > maxBytes) throw new Error(`${label} is ${size} bytes; at most ${maxBytes} are read`);
  return new Uint8Array(await readFile(archive));
}

// src/modes/evaluate-repository.ts
const path5 = process.getBuiltinModule("node:path");

// src/model/run-event.ts
var githubLogin = /^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:\[bot\])?$/;

// src/github/event-context.ts
var pullRequestEventNames = ["pull_request", "pull_request_target"];
var branchTip = object({
  sha: string().regex(/^[0-9a-f]{40}$/, { error: "expected a 40-hex commit SHA" }),
  ref: string().min(1),
  // null when the fork the PR came from has been deleted.
  repo: object({ full_name: string().min(1) }).nullable()
});
var pullRequestPayload = object({
  pull_request: object({
    number: int().positive(),
    head: branchTip,
    base: branchTip.extend({ repo: object({ full_name: string().min(1) }) }),
    // Only a login GitHub could have issued: it becomes a waiver's suggested owner.
    user: object({ login: string().regex(githubLogin) }).optional().catch(void 0)
  })
});
var repositoryPayload = object({
  repository: object({ name: string().min(1), owner: object({ login: string().min(1) }) })
});
function eventFromActions({ eventName, payload: payload2, env }) {
  if (!eventName) {
    throw new Error("GITHUB_EVENT_NAME is not set: mlgate must run as a GitHub Actions step");
  }
  const event2 = { name: eventName };
  const repository = repositoryOf(env, payload2);
  if (repository) event2.repository = repository;
  const ref = env.GITHUB_REF || void 0;
  if (ref) event2.ref = ref;
  const runUrl = runUrlOf(env);
  if (runUrl) event2.runUrl = runUrl;
  if (pullRequestEventNames.includes(eventName)) {
    event2.pullRequest = pullRequestOf(eventName, payload2);
    event2.baseSha = event2.pullRequest.baseSha;
    event2.sha = event2.pullRequest.headSha;
  } else if (env.GITHUB_SHA) {
    event2.sha = env.GITHUB_SHA;
  }
  return event2;
}
function pullRequestOf(eventName, payload2) {
  const parsed = pullRequestPayload.safeParse(payload2);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join(".") : "pull_request";
    throw new Error(
      `the ${eventName} event payload (GITHUB_EVENT_PATH) is missing or has a malformed \`${where}\`${issue ? ` (${issue.message})` : ""}; run mlgate on an unmodified ${eventName} event`
    );
  }
  const { number: number2, head, base, user } = parsed.data.pull_request;
  return {
    number: number2,
    ...user === void 0 ? {} : { author: user.login },
    headSha: head.sha,
    baseSha: base.sha,
    baseRef: base.ref,
    headRef: head.ref,
    fromFork: head.repo?.full_name !== base.repo.full_name
  };
}
function repositoryOf(env, payload2) {
  const slug = env.GITHUB_REPOSITORY;
  if (slug) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(slug);
    if (!match) {
      throw new Error(`GITHUB_REPOSITORY is ${JSON.stringify(slug)}; expected owner/repo`);
    }
    return { owner: match[1], repo: match[2] };
  }
  const parsed = repositoryPayload.safeParse(payload2);
  return parsed.success ? { owner: parsed.data.repository.owner.login, repo: parsed.data.repository.name } : void 0;
}
function runUrlOf(env) {
  const { GITHUB_REPOSITORY: slug, GITHUB_RUN_ID: runId } = env;
  if (!slug || !runId) return void 0;
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  return `${server}/${slug}/actions/runs/${runId}`;
}

// src/github/prototype-keys.ts
var prototypeKeys = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function findPrototypeKey(json) {
  const stack = [
    { value: json, path: "" }
  ];
  for (let next = stack.pop(); next !== void 0; next = stack.pop()) {
    const { value, path: path7, key } = next;
    if (typeof key === "string" && prototypeKeys.has(key)) return path7;
    if (typeof value !== "object" || value === null) continue;
    const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
    for (const child of keys.reverse()) {
      stack.push({
        value: value[child],
        path: path7 === "" ? String(child) : `${path7}.${child}`,
        key: child
      });
    }
  }
  return void 0;
}

// src/github/untrusted-report.ts
var maxReportBytes = 10 * 1024 * 1024;
var text = (max) => string().max(max);
var short = text(200);
var line = text(2e3);
var message = text(2e4);
var list = (item, max) => array(item).max(max);
var sha = string().regex(/^[0-9a-f]{40,64}$/, { error: "expected a hex commit SHA" });
var count = number().int().nonnegative();
var rubricTestId = templateLiteral([
  _enum(["data", "model", "infra", "monitor"]),
  "-",
  literal([1, 2, 3, 4, 5, 6, 7])
]);
var section = _enum(sections);
var checkStatus = _enum(["pass", "warn", "fail", "error", "skip"]);
var severity = _enum(["warn", "fail"]);
var cell = union([line, number(), boolean(), _null()]);
var pullRequest = strictObject({
  number: number().int().positive(),
  headSha: sha,
  baseSha: sha,
  baseRef: short,
  headRef: short,
  fromFork: boolean(),
  author: short.regex(githubLogin).optional()
});
var production = strictObject({
  source: _enum(["artifact", "base-ref"]),
  files: list(line, 200),
  artifact: strictObject({
    name: short,
    runId: count,
    runUrl: line,
    sha,
    createdAt: short
  }).optional(),
  note: message.optional()
});
var event = strictObject({
  name: short,
  repository: strictObject({ owner: short, repo: short }).optional(),
  sha: sha.optional(),
  ref: line.optional(),
  pullRequest: pullRequest.optional(),
  baseSha: sha.optional(),
  runUrl: line.optional(),
  production: production.optional()
});
var waiverState = strictObject({
  check: short,
  finding: line.optional(),
  reason: message,
  owner: line,
  expires: short,
  expired: boolean()
});
var bound = strictObject({
  comparator: _enum(["<", "<=", ">", ">=", "==", "!="]),
  limit: union([line, number(), boolean()])
});
var measure = strictObject({
  figure: line,
  value: cell,
  bound: bound.optional(),
  reference: strictObject({ label: short, value: union([line, number()]) }).optional(),
  unit: short.optional()
});
var finding = strictObject({
  id: line,
  severity,
  message,
  location: strictObject({
    path: line,
    line: number().int().positive().optional(),
    column: line.optional(),
    row: number().int().positive().optional(),
    feature: line.optional(),
    slice: line.optional(),
    key: line.optional()
  }).optional(),
  measure: measure.optional(),
  cause: line.optional(),
  fix: message.optional(),
  waiver: waiverState.optional()
});
var figure = strictObject({
  name: line,
  value: cell,
  threshold: line.optional(),
  bound: bound.optional(),
  unit: short.optional()
});
var title = line.optional();
var detailBlock = discriminatedUnion("type", [
  strictObject({
    type: literal("table"),
    title,
    header: list(line, 100),
    rows: list(list(cell, 100), 1e4),
    note: message.optional(),
    listsFindings: boolean().optional()
  }),
  strictObject({ type: literal("text"), title, text: text(2e5) }),
  strictObject({ type: literal("list"), title, items: list(message, 1e4) }),
  strictObject({ type: literal("code"), title, text: text(2e5) }),
  strictObject({ type: literal("mermaid"), title, source: text(5e4) })
]);
var checkResult = strictObject({
  id: short,
  // The same characters mlgate.yml allows in an instance name, so a report can't smuggle Markdown in.
  instance: short.regex(instanceNamePattern).optional(),
  title: line,
  rubric: list(rubricTestId, 28).readonly(),
  status: checkStatus,
  waivedFrom: severity.optional(),
  summary: message,
  figures: list(figure, 200),
  findings: list(finding, 1e4),
  details: list(detailBlock, 200),
  transient: boolean().optional(),
  waiver: waiverState.optional(),
  durationMs: number().nonnegative()
});
var fixes = list(message, 100);
var blockingReason = discriminatedUnion("kind", [
  strictObject({ kind: literal("config"), text: message, fixes }),
  strictObject({ kind: literal("coverage"), text: message, fixes }),
  strictObject({
    kind: literal("check-error"),
    check: short,
    text: message,
    fixes,
    transient: boolean()
  }),
  strictObject({
    kind: literal("findings"),
    check: short,
    severity,
    findings: list(line, 1e4),
    text: message,
    fixes
  })
]);
var rubricTestState = discriminatedUnion("kind", [
  strictObject({ kind: literal("automated"), checks: list(short, 200) }),
  strictObject({ kind: literal("attested"), evidence: line, reviewed: short.optional() }),
  strictObject({
    kind: literal("attestation-rejected"),
    evidence: line,
    reviewed: short.optional(),
    why: message
  }),
  strictObject({ kind: literal("not-applicable"), reason: message }),
  strictObject({ kind: literal("uncovered"), why: message })
]);
var score = strictObject({
  sections: list(
    strictObject({ section, score: number(), minimum: number(), met: boolean() }),
    4
  ),
  final: number(),
  band: strictObject({ range: short, meaning: line }),
  minimum: number(),
  tests: list(
    strictObject({
      id: rubricTestId,
      section,
      title: line,
      points: union([literal(0), literal(0.5), literal(1)]),
      state: rubricTestState,
      howToCover: message
    }),
    28
  )
});
var configError = strictObject({
  file: line,
  line: number().int().positive().optional(),
  key: line.optional(),
  message,
  fix: message.optional()
});
var untrustedReportSchema = strictObject({
  schemaVersion: literal(2),
  mlgateVersion: short,
  generatedAt: iso_exports.datetime(),
  event,
  verdict: strictObject({
    passed: boolean(),
    reasons: list(message, 1e3),
    blocking: list(blockingReason, 1e3)
  }),
  score,
  checks: list(checkResult, 200),
  waivers: list(
    waiverState.extend({
      effect: _enum(["waived", "expired", "unused", "refused"]),
      note: message
    }),
    1e3
  ),
  configErrors: list(configError, 1e3)
});
function parseUntrustedReport(textOfFile, source) {
  if (Buffer.byteLength(textOfFile, "utf8") > maxReportBytes) {
    return { ok: false, problem: `${source} is larger than ${maxReportBytes} bytes` };
  }
  let json;
  try {
    json = JSON.parse(textOfFile);
  } catch (error2) {
    return { ok: false, problem: `${source} is not JSON: ${errorMessage(error2)}` };
  }
  const prototypeKey = findPrototypeKey(json);
  if (prototypeKey !== void 0) {
    return {
      ok: false,
      problem: `${source} does not have the shape of an mlgate report: \`${prototypeKey}\`: a key named \`__proto__\`, \`constructor\` or \`prototype\` is refused anywhere in a report (mlgate never writes one, and it could change the prototype of the objects publish mode builds)`
    };
  }
  const parsed = untrustedReportSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join(".") : "(top level)";
      return `\`${where}\`: ${issue.message}`;
    });
    const more = parsed.error.issues.length - issues.length;
    return {
      ok: false,
      problem: `${source} does not have the shape of an mlgate report: ${issues.join("; ")}${more > 0 ? ` (and ${more} more)` : ""}`
    };
  }
  const contradiction = verdictContradiction(parsed.data);
  if (contradiction !== void 0) {
    return {
      ok: false,
      problem: `${source} is not a report mlgate wrote: its verdict ${contradiction}`
    };
  }
  return { ok: true, report: parsed.data };
}
function verdictContradiction(report) {
  const { passed, reasons, blocking } = report.verdict;
  if (blocking.length !== reasons.length || blocking.some((b, i) => b.text !== reasons[i])) {
    return "gives reasons that differ from its blocking conditions";
  }
  if (!passed) return reasons.length === 0 ? "blocks the change but gives no reason" : void 0;
  if (reasons.length > 0)
    return `passes the change but gives ${reasons.length} reason(s) to block it`;
  if (report.configErrors.length > 0) return "passes the change despite config errors";
  const failed = report.checks.find((check) => check.status === "fail" || check.status === "error");
  if (failed) return `passes the change although check \`${failed.id}\` ended \`${failed.status}\``;
  const hidden = report.checks.find(
    (check) => check.findings.some((f) => f.severity === "fail" && (!f.waiver || f.waiver.expired))
  );
  if (hidden) {
    return `passes the change although check \`${hidden.id}\` has an unwaived failing finding`;
  }
  const unmet = report.score.sections.find(
    (section2) => !section2.met || section2.score < section2.minimum
  );
  if (unmet) return `passes the change although the ${unmet.section} section is below its minimum`;
  if (report.score.final < report.score.minimum) {
    return "passes the change although the final ML Test Score is below its minimum";
  }
  return void 0;
}

// src/github/report-artifact.ts
var reportJsonFile = "mlgate-report.json";
var reportMarkdownFile = "mlgate-report.md";
function reportArtifactName(commentKey) {
  return `mlgate-report-${commentKey}`;
}
function reportArtifactFiles(content) {
  return [
    { path: reportMarkdownFile, content: content.markdown },
    { path: reportJsonFile, content: content.json },
    ...(content.profiles ?? []).map((profile) => ({
      path: `profiles/${profile.name.replace(/[^A-Za-z0-9_.-]/g, "_")}.json`,
      content: profile.json
    }))
  ];
}
function readReportArtifact(archive, source) {
  let text2;
  try {
    const entry = listZipEntries(archive).find((candidate) => candidate.name === reportJsonFile);
    if (!entry) return { ok: false, problem: `${source} has no ${reportJsonFile}` };
    text2 = new TextDecoder("utf-8", { fatal: true }).decode(
      readZipEntry(archive, entry, maxReportBytes)
    );
  } catch (error2) {
    return { ok: false, problem: `${source} can't be read: ${errorMessage(error2)}` };
  }
  return parseUntrustedReport(text2, `${reportJsonFile} in ${source}`);
}

// src/modes/mode-context.ts
function emptyOutputs() {
  return {
    passed: "",
    score: "",
    scores: "",
    "report-path": "",
    "report-json-path": "",
    "comment-id": "",
    "artifact-id": "",
    "check-run-id": "",
    "issue-number": "",
    "production-source": "",
    "production-baseline": ""
  };
}

// src/modes/production-files-workspace.ts
function withProductionFiles(workspace, baseRevision, files) {
  if (files.size === 0) return workspace;
  return {
    ...workspace,
    async readTextAtRevision(revision, file, key) {
      const stored = revision === baseRevision ? baselinePath(file) : void 0;
      const text2 = stored === void 0 ? void 0 : files.get(stored);
      return text2 ?? workspace.readTextAtRevision(revision, file, key);
    }
  };
}

// src/modes/report-outputs.ts
const os = process.getBuiltinModule("node:os");
const path4 = process.getBuiltinModule("node:path");

// src/io/write-report-files.ts
const { mkdir: mkdir2, writeFile: writeFile2 } = process.getBuiltinModule("node:fs/promises");
const path3 = process.getBuiltinModule("node:path");
async function writeReportFiles(directory, markdown, json) {
  await mkdir2(directory, { recursive: true });
  const markdownPath = path3.join(directory, "mlgate-report.md");
  const jsonPath = path3.join(directory, "mlgate-report.json");
  await writeFile2(markdownPath, markdown);
  await writeFile2(jsonPath, json);
  return { markdownPath, jsonPath };
}

// src/modes/report-outputs.ts
async function writeReportOutputs(context2, report, outputs) {
  const commentKey = context2.inputs["comment-key"];
  const summary2 = renderSummary(report, { commentKey });
  const json = renderJson(report);
  const files = await writeReportFiles(
    path4.join(context2.env.RUNNER_TEMP ?? os.tmpdir(), `mlgate-${commentKey}`),
    summary2,
    json
  );
  outputs.passed = String(report.verdict.passed);
  outputs.score = String(report.score.final);
  outputs.scores = JSON.stringify({
    ...Object.fromEntries(report.score.sections.map((s) => [s.section, s.score])),
    final: report.score.final
  });
  outputs["report-path"] = files.markdownPath;
  outputs["report-json-path"] = files.jsonPath;
  await context2.writeSummary(summary2);
  return { summary: summary2, json, files };
}

// src/modes/evaluate-repository.ts
async function evaluateRepository(context2, options) {
  const { inputs, env, log } = context2;
  const commentKey = inputs["comment-key"];
  const event2 = eventFromActions({
    eventName: context2.eventName,
    payload: context2.payload,
    env
  });
  const root = path5.resolve(env.GITHUB_WORKSPACE ?? process.cwd(), inputs["working-directory"]);
  const pool = sqlConnectionPool();
  const scans = new FileScanScheduler();
  let workspace = nodeWorkspace(
    root,
    {
      eventName: event2.name,
      allowUntrustedCommands: inputs["allow-commands-on-privileged-events"]
    },
    scans,
    { connections: inputs.connections, pool }
  );
  const outputs = emptyOutputs();
  const wanted = inputs["production-files"];
  if (wanted.length > 0 && event2.pullRequest && event2.baseSha && event2.repository) {
    const repo = event2.repository;
    const pullRequest2 = event2.pullRequest;
    const baseline = await workflowOf(context2, repo).then(
      (workflow) => fetchProductionBaseline({
        client: context2.github(),
        store: context2.artifacts,
        repo,
        workflow,
        branch: pullRequest2.baseRef,
        artifactName: baselineArtifactName(commentKey),
        wanted
      }),
      (error2) => ({
        production: {
          source: "base-ref",
          files: [],
          note: `finding this workflow failed: ${error2.message}`
        },
        files: /* @__PURE__ */ new Map()
      })
    );
    event2.production = baseline.production;
    workspace = withProductionFiles(workspace, event2.baseSha, baseline.files);
    outputs["production-source"] = baseline.production.source;
    outputs["production-baseline"] = baseline.production.source;
    if (baseline.production.source === "artifact") {
      log.info(
        `mlgate: production baseline from run ${baseline.production.artifact?.runId}: ${baseline.production.files.join(", ")}`
      );
    } else {
      log.warning(
        `mlgate: no production baseline artifact (${baseline.production.note}); production files are read from git at the base commit`
      );
    }
  }
  const { report } = await runGate({
    configPath: inputs.config,
    workspace,
    event: event2,
    now: context2.now,
    elapsedMs: () => context2.elapsedMs(),
    mlgateVersion,
    resampleRunner: threadResampleRunner(),
    scanThreads: scans
  }).finally(() => pool.close());
  const { summary: summary2, json, files } = await writeReportOutputs(context2, report, outputs);
  const evaluation = { report, event: event2, files, outputs };
  if (options.uploadReport) {
    const name = reportArtifactName(commentKey);
    try {
      const uploaded = await context2.artifacts.upload(
        name,
        // Profiles join here once checks hand them over: `profiles: [{ name, json }]`.
        reportArtifactFiles({ markdown: summary2, json }),
        { retentionDays: inputs["retention-days"] }
      );
      outputs["artifact-id"] = String(uploaded.id);
      log.info(`mlgate: report uploaded as the artifact ${name} (${uploaded.size} bytes)`);
    } catch (error2) {
      evaluation.artifactProblem = `uploading the artifact ${name} failed: ${errorMessage(error2)}`;
      log.warning(
        error2 instanceof ArtifactsUnavailableError ? `mlgate: ${errorMessage(error2)}; the report is in the job summary and in ${files.markdownPath}` : `mlgate: ${evaluation.artifactProblem}`
      );
    }
  }
  if (wanted.length > 0 && report.verdict.passed && isDefaultBranchPush(event2, context2.payload)) {
    await recordProductionFiles(context2, event2, workspace, wanted);
  }
  return evaluation;
}
function blockedFailure(context2, report) {
  if (report.verdict.passed) return void 0;
  const workingDirectory = context2.inputs["working-directory"].replaceAll("\\", "/");
  const problems = [];
  for (const error2 of report.configErrors) {
    const problem = formatConfigError(error2);
    const file = path5.posix.join(workingDirectory, error2.file);
    context2.log.error(problem, { file, ...error2.line === void 0 ? {} : { line: error2.line } });
    problems.push(problem);
  }
  return `mlgate blocked this change:
- ${[...problems, ...report.verdict.reasons].join("\n- ")}`;
}
var defaultBranchPayload = object({
  repository: object({ default_branch: string().min(1) })
});
function isDefaultBranchPush(event2, payload2) {
  const parsed = defaultBranchPayload.safeParse(payload2);
  return event2.name === "push" && parsed.success && event2.ref === `refs/heads/${parsed.data.repository.default_branch}`;
}
async function recordProductionFiles(context2, event2, workspace, wanted) {
  const { log, inputs } = context2;
  const files = [];
  const missing = [];
  for (const file of wanted) {
    if (await workspace.exists(file, "production-files").catch(() => false)) {
      files.push({ path: file, text: await workspace.readText(file, "production-files") });
    } else {
      missing.push(file);
    }
  }
  if (missing.length > 0) {
    log.warning(
      `mlgate: \`production-files\` lists files this run does not have: ${missing.join(", ")}`
    );
  }
  if (files.length === 0) return;
  if (!event2.sha) {
    log.warning("mlgate: GITHUB_SHA is not set, so production's files are not recorded");
    return;
  }
  const name = baselineArtifactName(inputs["comment-key"]);
  try {
    const uploaded = await context2.artifacts.upload(
      name,
      baselineArtifactFiles({
        files,
        sha: event2.sha,
        ref: event2.ref ?? "",
        runId: Number(context2.env.GITHUB_RUN_ID ?? 0),
        createdAt: context2.now.toISOString()
      }),
      { retentionDays: inputs["retention-days"] }
    );
    log.info(
      `mlgate: recorded production's files as ${name} (${files.map((f) => f.path).join(", ")}; artifact ${uploaded.id})`
    );
  } catch (error2) {
    log.warning(
      `mlgate: could not record production's files as ${name}: ${errorMessage(error2)}. Pull requests will compare with the files at their base commit.`
    );
  }
}
async function workflowOf(context2, repo) {
  const ref = context2.env.GITHUB_WORKFLOW_REF;
  const file = ref ? /\/\.github\/workflows\/([^/@]+)@/.exec(ref)?.[1] : void 0;
  if (file) return file;
  const runId = Number(context2.env.GITHUB_RUN_ID);
  return (await context2.github().getWorkflowRun(repo, runId)).workflowId;
}

// src/modes/evaluate-mode.ts
async function runEvaluateMode(context2) {
  if (context2.inputs.artifact === "off") {
    return {
      outputs: emptyOutputs(),
      failure: "`mode: evaluate` exists to upload the report for `mode: publish`; remove `artifact: off` (or use `mode: gate`)"
    };
  }
  if (context2.eventName === "pull_request_target" || context2.eventName === "workflow_run") {
    context2.log.warning(
      `mlgate: \`mode: evaluate\` runs the checks on the checked-out code; on \`${context2.eventName}\` that job holds a write token. Run evaluate on \`pull_request\` and post from \`workflow_run\` with \`mode: publish\`.`
    );
  }
  const evaluation = await evaluateRepository(context2, { uploadReport: true });
  const problems = [
    blockedFailure(context2, evaluation.report),
    evaluation.artifactProblem && `mlgate could not hand the report to the publish workflow: ${evaluation.artifactProblem}`
  ].filter((problem) => Boolean(problem));
  return problems.length > 0 ? { outputs: evaluation.outputs, failure: problems.join("\n") } : { outputs: evaluation.outputs };
}

// src/github/sticky-comment.ts
var githubActionsBot = "github-actions[bot]";
var maxCommentLength2 = 65536;
async function upsertStickyComment(options) {
  const { client, owner, repo, issueNumber, marker } = options;
  const body = options.body.includes(marker) ? options.body : `${options.body}

${marker}
`;
  if (body.length > maxCommentLength2) {
    throw new Error(
      `the report comment is ${body.length} characters; GitHub accepts at most ${maxCommentLength2}. The comment renderer must shorten it (the full report belongs in the job summary)`
    );
  }
  try {
    const author = options.author ?? await client.authenticatedLogin() ?? githubActionsBot;
    const previous = await findPrevious(client, { owner, repo }, issueNumber, marker, author);
    if (!previous) {
      const created = await client.createIssueComment({ owner, repo }, issueNumber, body);
      return { action: "created", commentId: created.id, url: created.url };
    }
    if (normalized(previous.body) === normalized(body)) {
      return { action: "unchanged", commentId: previous.id, url: previous.url };
    }
    const updated = await client.updateIssueComment({ owner, repo }, previous.id, body);
    return { action: "updated", commentId: updated.id, url: updated.url };
  } catch (error2) {
    if (error2 instanceof GitHubApiError && error2.isPermissionDenied) {
      return { action: "forbidden", message: forbiddenAdvice(error2, options.fromFork === true) };
    }
    throw error2;
  }
}
async function findPrevious(client, repo, issueNumber, marker, author) {
  const login = author.toLowerCase();
  for await (const page of client.listIssueComments(repo, issueNumber)) {
    const match = page.find((c) => c.author.toLowerCase() === login && c.body.includes(marker));
    if (match) return match;
  }
  return void 0;
}
function normalized(text2) {
  return text2.replace(/\r\n/g, "\n").trimEnd();
}
function forbiddenAdvice(error2, fromFork) {
  const refused = `GitHub refused to write the PR comment (${error2.method} ${error2.path}: 403 "${error2.apiMessage}")`;
  const fallback = "The full report is in the job summary, and the job status still follows the verdict.";
  if (fromFork) {
    return `${refused}: pull requests from forks get a read-only token. ${fallback} To comment on fork PRs, use the two-workflow setup in mlgate's docs/pull-request-comments.md: \`mode: evaluate\` on \`pull_request\` uploads the report, \`mode: publish\` on \`workflow_run\` (with \`pull-requests: write\` and \`checks: write\`) posts it. Never check out and run PR code under \`pull_request_target\` or \`workflow_run\`.`;
  }
  const needs = error2.acceptedPermissions ? ` (GitHub asks for: ${error2.acceptedPermissions})` : "";
  return `${refused}: the token cannot write pull request comments${needs}. ${fallback} Give the job \`permissions: { pull-requests: write, contents: read }\`, or pass a \`github-token\` that has that permission. If this run is a fork PR, see mlgate's docs/pull-request-comments.md.`;
}

// src/github/monitoring-issue.ts
var monitoringLabel = "mlgate-monitoring";
async function syncMonitoringIssue(options) {
  const { client, repo, commentKey, report } = options;
  const marker = monitoringMarker(commentKey);
  try {
    const author = options.author ?? await client.authenticatedLogin() ?? githubActionsBot;
    const open = await findOpenIssue(client, repo, marker, author);
    if (report.verdict.passed) {
      if (!open) return { action: "none" };
      await client.createIssueComment(repo, open.number, closingComment(report));
      const closed = await client.updateIssue(repo, open.number, { state: "closed" });
      return { action: "closed", number: closed.number, url: closed.url };
    }
    const body = issueBody(report, commentKey, marker);
    if (!open) {
      const created = await client.createIssue(repo, {
        title: issueTitle(commentKey),
        body,
        labels: [monitoringLabel]
      });
      return { action: "opened", number: created.number, url: created.url };
    }
    if (open.body.replace(/\r\n/g, "\n").trimEnd() === body.trimEnd()) {
      return { action: "unchanged", number: open.number, url: open.url };
    }
    const updated = await client.updateIssue(repo, open.number, { body });
    return { action: "updated", number: updated.number, url: updated.url };
  } catch (error2) {
    if (error2 instanceof GitHubApiError && error2.isPermissionDenied) {
      return {
        action: "forbidden",
        message: `GitHub refused to open or update the monitoring issue (${error2.method} ${error2.path}: 403 "${error2.apiMessage}"): give the job \`permissions: { issues: write }\`, or set \`issue: off\`. The report is in the job summary, and the job status still follows the verdict.`
      };
    }
    throw error2;
  }
}
function issueTitle(commentKey) {
  return `mlgate monitoring${commentKey === "default" ? "" : ` (${commentKey})`}: the gate blocks`;
}
function issueBody(report, commentKey, marker) {
  const run = isRunUrl(report.event.runUrl) ? `[this run](${report.event.runUrl})` : "the latest run";
  const header2 = [
    marker,
    `> [!WARNING]`,
    `> mlgate's scheduled monitoring run **failed** the gate (${run}, ${report.generatedAt.slice(0, 16).replace("T", " ")} UTC).`,
    "> mlgate updates this issue while the runs keep failing and closes it when a run passes again.",
    ""
  ].join("\n");
  const limit = {
    ...commentLimit,
    maximum: commentLimit.maximum - commentLimit.measure(header2)
  };
  return `${header2}
${renderComment(report, { commentKey, limit })}`;
}
function closingComment(report) {
  const run = isRunUrl(report.event.runUrl) ? ` ([run](${report.event.runUrl}))` : "";
  return `\u2705 mlgate's monitoring run passes the gate again${run}, with ML Test Score ${report.score.final}. Closing this issue.`;
}
async function findOpenIssue(client, repo, marker, author) {
  const login = author.toLowerCase();
  for await (const page of client.listOpenIssues(repo, monitoringLabel)) {
    const match = page.find((i) => i.author.toLowerCase() === login && i.body.includes(marker));
    if (match) return match;
  }
  return void 0;
}
function isRunUrl(url) {
  return typeof url === "string" && /^https?:\/\/[^\s<>()"'`\\]+$/.test(url);
}

// src/github/check-annotations.ts
const path6 = process.getBuiltinModule("node:path/posix");
var levelOrder = { failure: 0, warning: 1, notice: 2 };
var maxMessage = 4e3;
var maxTitle = 255;
function reportAnnotations(report, scope) {
  const annotations = [];
  for (const error2 of report.configErrors) {
    const annotation = configErrorAnnotation(error2, scope);
    if (annotation) annotations.push(annotation);
  }
  let outsideChanges = 0;
  for (const check of report.checks) {
    for (const finding2 of check.findings) {
      if (!finding2.location) continue;
      const file = repositoryPath(scope.workingDirectory, finding2.location.path);
      if (!file) continue;
      if (scope.changedFiles && !scope.changedFiles.has(file)) {
        outsideChanges++;
        continue;
      }
      const waived = finding2.waiver !== void 0 && !finding2.waiver.expired;
      const line2 = finding2.location.line ?? 1;
      const where = finding2.location.line === void 0 ? " (whole file)" : "";
      const column = finding2.location.column ? ` Column: ${finding2.location.column}.` : "";
      const waiver = finding2.waiver ? finding2.waiver.expired ? ` The waiver by ${finding2.waiver.owner} expired on ${finding2.waiver.expires}.` : ` Waived by ${finding2.waiver.owner} until ${finding2.waiver.expires}: ${finding2.waiver.reason}` : "";
      annotations.push({
        path: file,
        startLine: line2,
        endLine: line2,
        level: waived ? "notice" : finding2.severity === "fail" ? "failure" : "warning",
        title: clip(`${check.title} (${resultKey(check)}: ${finding2.id})${where}`, maxTitle),
        message: clip(`${finding2.message}${column}${waiver}`, maxMessage)
      });
    }
  }
  annotations.sort((a, b) => levelOrder[a.level] - levelOrder[b.level]);
  return { annotations, outsideChanges };
}
function configErrorAnnotation(error2, scope) {
  const file = repositoryPath(scope.workingDirectory, scope.configPath);
  if (!file) return void 0;
  const line2 = (error2.file === scope.configPath ? error2.line : void 0) ?? 1;
  return {
    path: file,
    startLine: line2,
    endLine: line2,
    level: "failure",
    title: clip(`mlgate config${error2.key ? `: ${error2.key}` : ""}`, maxTitle),
    message: clip(configProblem(error2), maxMessage)
  };
}
function repositoryPath(workingDirectory, file) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(file)) return void 0;
  const joined = path6.normalize(path6.join(workingDirectory.replaceAll("\\", "/"), file));
  if (joined.startsWith("../") || joined === ".." || path6.isAbsolute(joined)) return void 0;
  return joined.replace(/^\.\//, "");
}
function clip(text2, max) {
  return text2.length <= max ? text2 : `${text2.slice(0, max - 1)}\u2026`;
}

// src/github/skipped-write.ts
function skippedWriteNote(what, error2) {
  if (!(error2 instanceof GitHubApiError) || !error2.shortfall) return void 0;
  return `${what} skipped: ${describeShortfall(error2.shortfall)} (GitHub answered ${error2.status} to ${error2.method} ${error2.path}: ${error2.apiMessage || "no message"})`;
}

// src/github/check-run.ts
var annotationsPerRequest = 50;
var maxAnnotations = 1e3;
function checkRunName(commentKey) {
  return commentKey === "default" ? "mlgate verdict" : `mlgate verdict (${commentKey})`;
}
function checkRunTitle(report) {
  const score2 = `ML Test Score ${report.score.final}`;
  if (report.verdict.passed) return `\u2705 passed \xB7 ${score2}`;
  const count2 = report.verdict.reasons.length;
  return `\u274C blocked (${count2 === 1 ? "1 reason" : `${count2} reasons`}) \xB7 ${score2}`;
}
async function publishCheckRun(request) {
  const { client, repo, report } = request;
  const kept = request.annotations.slice(0, maxAnnotations);
  const leftOut = request.annotations.length - kept.length;
  const summary2 = leftOut > 0 ? `${request.summary}

_${leftOut} more annotations are left out; the report lists every finding._` : request.summary;
  const output = (from) => ({
    title: checkRunTitle(report),
    summary: summary2,
    annotations: kept.slice(from, from + annotationsPerRequest)
  });
  try {
    const created = await client.createCheckRun(repo, {
      name: request.name,
      headSha: request.headSha,
      conclusion: report.verdict.passed ? "success" : "failure",
      completedAt: request.completedAt,
      ...request.detailsUrl ? { detailsUrl: request.detailsUrl } : {},
      ...request.externalId ? { externalId: request.externalId } : {},
      output: output(0)
    });
    const sent = await appendAnnotationBatches(request, created.id, kept.length, output);
    return {
      action: "created",
      id: created.id,
      url: created.url,
      annotations: Math.min(kept.length, sent.batches * annotationsPerRequest),
      requests: sent.batches,
      skipped: sent.skipped
    };
  } catch (error2) {
    if (error2 instanceof GitHubApiError && error2.isPermissionDenied) {
      return {
        action: "forbidden",
        message: `GitHub refused to create the check run (${error2.method} ${error2.path}: 403 "${error2.apiMessage}"): the token needs \`checks: write\`. Add it to the job's \`permissions\`, or set \`check-run: off\`. The report is in the job summary either way.`
      };
    }
    throw error2;
  }
}
async function appendAnnotationBatches(request, checkRunId, count2, output) {
  const total = Math.max(1, Math.ceil(count2 / annotationsPerRequest));
  for (let batch = 2; batch <= total; batch++) {
    try {
      await request.client.updateCheckRun(
        request.repo,
        checkRunId,
        output((batch - 1) * annotationsPerRequest)
      );
    } catch (error2) {
      const what = batch === total ? `annotation batch ${batch} of ${total}` : `annotation batches ${batch} to ${total} of ${total}`;
      const note = skippedWriteNote(what, error2);
      if (note === void 0) throw error2;
      return { batches: batch - 1, skipped: [note] };
    }
  }
  return { batches: total, skipped: [] };
}

// src/modes/report-check-run.ts
var maxListedFiles = 3e3;
async function createReportCheckRun(context2, target, report) {
  const { inputs, log } = context2;
  const commentKey = inputs["comment-key"];
  try {
    const client = context2.github();
    const changedFiles = target.pullNumber === void 0 ? null : await changedFilesOf(context2, target.repo, target.pullNumber);
    const { annotations, outsideChanges } = reportAnnotations(report, {
      workingDirectory: inputs["working-directory"],
      configPath: inputs.config,
      changedFiles
    });
    const outside = outsideChanges > 0 ? `

_${outsideChanges} finding(s) are in files this pull request does not change: they are listed in the report above, not annotated._` : "";
    const notes = (target.notes ?? []).map((note) => `

_${escapeMarkdown(note)}_`).join("");
    const result = await publishCheckRun({
      client,
      repo: target.repo,
      headSha: target.headSha,
      name: checkRunName(commentKey),
      report,
      summary: renderComment(report, { commentKey }) + outside + notes,
      annotations,
      completedAt: context2.now.toISOString(),
      detailsUrl: target.detailsUrl,
      externalId: commentKey
    });
    if (result.action === "forbidden") {
      log.warning(result.message);
      return { created: false, problem: result.message, forbidden: true };
    }
    log.info(
      `mlgate: check run ${checkRunName(commentKey)} created with ${result.annotations} annotation(s): ${result.url}`
    );
    for (const note of result.skipped) log.warning(`mlgate: ${note}`);
    return { created: true, id: String(result.id), skipped: result.skipped };
  } catch (error2) {
    const problem = `creating the check run failed: ${errorMessage(error2)}`;
    log.warning(`mlgate: ${problem}`);
    return { created: false, problem, forbidden: false };
  }
}
async function changedFilesOf(context2, repo, pullNumber) {
  const files = /* @__PURE__ */ new Set();
  try {
    for await (const page of context2.github().listPullRequestFiles(repo, pullNumber)) {
      for (const file of page) files.add(file);
      if (files.size >= maxListedFiles) break;
    }
    return files;
  } catch (error2) {
    context2.log.info(
      `mlgate: could not list the files of PR #${pullNumber} (${errorMessage(error2)}); annotating every finding with a location`
    );
    return null;
  }
}

// src/modes/report-comment.ts
async function commentOnPullRequest(context2, target, report) {
  const commentKey = context2.inputs["comment-key"];
  const result = await upsertStickyComment({
    client: context2.github(),
    ...target.repo,
    issueNumber: target.pullNumber,
    body: renderComment(report, { commentKey }),
    marker: commentMarker(commentKey),
    fromFork: target.fromFork
  }).catch((error2) => {
    const skipped = skippedWriteNote(`the PR comment on #${target.pullNumber}`, error2);
    return skipped === void 0 ? { action: "failed", message: error2.message } : { action: "skipped", message: skipped };
  });
  if (result.action === "skipped") {
    context2.log.warning(`mlgate: ${result.message}`);
    return { id: "", skipped: result.message };
  }
  if (result.action === "forbidden" || result.action === "failed") {
    context2.log.warning(result.message);
    return { id: "" };
  }
  context2.log.info(`mlgate: PR comment ${result.action}: ${result.url}`);
  return { id: String(result.commentId) };
}

// src/modes/skipped-writes-summary.ts
async function summarizeSkippedWrites(context2, skipped, rerun) {
  if (skipped.length === 0) return;
  const items = skipped.map((note) => `- ${escapeMarkdown(note, { newline: " " })}`);
  await context2.writeSummary(
    `
### GitHub writes skipped

${items.join("\n")}

GitHub rate-limited these requests and the run had no retry time left; ${rerun} to write them.
`
  );
}

// src/modes/gate-mode.ts
var monitoringEvents = ["schedule", "workflow_dispatch"];
async function runGateMode(context2) {
  const { inputs, log } = context2;
  const evaluated = await evaluateRepository(context2, {
    uploadReport: inputs.artifact === "upload"
  });
  const { report, event: event2, outputs } = evaluated;
  if (inputs.comment === "update" && !event2.pullRequest) {
    log.info(`mlgate: a ${event2.name} run has no pull request; the report is in the job summary`);
  }
  await reportOnPullRequest(context2, evaluated);
  if (inputs.issue === "update" && monitoringEvents.includes(event2.name)) {
    await updateMonitoringIssue(context2, evaluated);
  }
  const failure = blockedFailure(context2, report);
  if (!failure) {
    log.info(
      `mlgate: passed, ML Test Score ${report.score.final}. Report: ${outputs["report-path"]}`
    );
  }
  return failure === void 0 ? { outputs } : { outputs, failure };
}
async function reportOnPullRequest(context2, { report, event: event2, outputs }) {
  const { inputs, log } = context2;
  const { repository: repo, pullRequest: pullRequest2 } = event2;
  if (!pullRequest2 || !repo) return;
  const readOnlyToken = event2.name === "pull_request" && pullRequest2.fromFork === true;
  const skipped = [];
  if (inputs.comment === "update") {
    const comment = await commentOnPullRequest(
      context2,
      { repo, pullNumber: pullRequest2.number, fromFork: readOnlyToken },
      report
    );
    outputs["comment-id"] = comment.id;
    if (comment.skipped) skipped.push(comment.skipped);
  }
  if (inputs["check-run"] === "create" && readOnlyToken) {
    log.info(
      "mlgate: no check run for a pull request from a fork (its token is read-only); this job\u2019s status carries the verdict. The two-workflow setup (docs/pull-request-comments.md) adds the check run."
    );
  } else if (inputs["check-run"] === "create") {
    const checkRun = await createReportCheckRun(
      context2,
      {
        repo,
        headSha: pullRequest2.headSha,
        pullNumber: pullRequest2.number,
        detailsUrl: event2.runUrl,
        notes: skipped
      },
      report
    );
    if (checkRun.created) {
      outputs["check-run-id"] = checkRun.id;
      skipped.push(...checkRun.skipped);
    }
  }
  await summarizeSkippedWrites(context2, skipped, "re-run the job");
}
async function updateMonitoringIssue(context2, { report, event: event2, outputs }) {
  const repo = event2.repository;
  if (!repo) return;
  const result = await syncMonitoringIssue({
    client: context2.github(),
    repo,
    commentKey: context2.inputs["comment-key"],
    report
  }).catch((error2) => ({ action: "failed", message: error2.message }));
  if (result.action === "forbidden" || result.action === "failed") {
    context2.log.warning(`mlgate: ${result.message}`);
  } else if (result.action !== "none") {
    outputs["issue-number"] = String(result.number);
    context2.log.info(`mlgate: monitoring issue ${result.action}: ${result.url}`);
  }
}

// src/github/pull-requests-for-run.ts
var maxOpenPullRequestsScanned = 1e3;
async function pullRequestsForRun(client, repo, run) {
  const base = `${repo.owner}/${repo.repo}`.toLowerCase();
  const matches = (pull) => pull.state === "open" && pull.headSha === run.headSha && pull.baseRepo.toLowerCase() === base && (run.headRepository === null || pull.headRepo?.toLowerCase() === run.headRepository.toLowerCase());
  const associated = (await client.listPullRequestsForCommit(repo, run.headSha)).filter(matches);
  if (associated.length > 0) return associated;
  let scanned = 0;
  for await (const page of client.listOpenPullRequests(repo)) {
    const found = page.filter(matches);
    if (found.length > 0) return found;
    scanned += page.length;
    if (scanned >= maxOpenPullRequestsScanned) break;
  }
  return [];
}

// src/github/run-conclusion.ts
var finished = /* @__PURE__ */ new Set(["success", "failure"]);
function unfinishedRunRefusal(run) {
  if (run.conclusion !== null && finished.has(run.conclusion)) return void 0;
  return {
    problem: `the evaluate run ${run.id} concluded \`${run.conclusion ?? "none"}\`, not \`success\` or \`failure\`, so it may not have finished the gate; its report is not published`,
    fix: "Re-run the evaluate workflow; mlgate publishes the report of a run that concluded `success` or `failure`."
  };
}
function passFromFailedRunRefusal(run, reportPassed) {
  if (!reportPassed || run.conclusion === "success") return void 0;
  return {
    problem: `the report of the evaluate run ${run.id} says the gate passed, but GitHub says the run concluded \`${run.conclusion ?? "none"}\`; mlgate trusts GitHub's conclusion over the report, which the pull request's code could have written`,
    fix: "Open the run's log to see which step failed; fix it (or move steps that may fail out of the evaluate workflow) and re-run it. A passing verdict is published only from a run that succeeded."
  };
}

// src/github/triggering-run.ts
var payload = object({
  workflow_run: object({
    id: int().positive(),
    name: string().nullish(),
    event: string().min(1),
    conclusion: string().nullable(),
    head_sha: string().regex(/^[0-9a-f]{40}$/, { error: "expected a 40-hex commit SHA" }),
    head_branch: string().nullable(),
    html_url: string().min(1),
    // null when the fork the run came from has been deleted.
    head_repository: object({ full_name: string().min(1) }).nullish()
  })
});
function triggeringRunOf(eventName, eventPayload) {
  if (eventName !== "workflow_run") {
    throw new Error(
      `\`mode: publish\` runs on \`workflow_run\` (after the evaluate workflow completes), not on \`${eventName}\`; see docs/pull-request-comments.md for the two workflows`
    );
  }
  const parsed = payload.safeParse(eventPayload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `the workflow_run event payload (GITHUB_EVENT_PATH) has a malformed \`${issue?.path.join(".") ?? "workflow_run"}\`${issue ? ` (${issue.message})` : ""}`
    );
  }
  const run = parsed.data.workflow_run;
  return {
    id: run.id,
    event: run.event,
    conclusion: run.conclusion,
    headSha: run.head_sha,
    headBranch: run.head_branch,
    htmlUrl: run.html_url,
    headRepository: run.head_repository?.full_name ?? null
  };
}

// src/modes/publish-mode.ts
var maxReportArchiveBytes = 25 * 1024 * 1024;
var maxPullRequests = 5;
async function runPublishMode(context2) {
  const { inputs, log } = context2;
  const outputs = emptyOutputs();
  const run = triggeringRunOf(context2.eventName, context2.payload);
  const repo = eventFromActions({
    eventName: context2.eventName,
    payload: context2.payload,
    env: context2.env
  }).repository;
  if (!repo)
    throw new Error("GITHUB_REPOSITORY is not set: mlgate must run as a GitHub Actions step");
  if (run.event !== "pull_request") {
    log.info(
      `mlgate: run ${run.id} was triggered by \`${run.event}\`, not a pull request; publish mode posts pull request reports only`
    );
    return { outputs };
  }
  const client = context2.github();
  const trusted = await trustedReport(context2, repo, run);
  const pulls = (await pullRequestsForRun(client, repo, run)).slice(0, maxPullRequests);
  if (pulls.length === 0) {
    log.warning(
      `mlgate: no open pull request has head ${run.headSha.slice(0, 7)} (it was closed, or a newer commit was pushed); no comment is posted`
    );
  }
  if (!trusted.ok) {
    if (inputs["check-run"] === "create") {
      const checkRun = await failingCheckRun(context2, repo, run, trusted.closed);
      if (checkRun) outputs["check-run-id"] = checkRun;
    }
    return { outputs, failure: trusted.closed.failure };
  }
  return publishReport(context2, { repo, run, pulls }, trusted.report, outputs);
}
async function publishReport(context2, where, trusted, outputs) {
  const { inputs, log } = context2;
  const { repo, run, pulls } = where;
  const report = withTrustedEvent(trusted, repo, run, pulls[0], context2.env);
  await writeReportOutputs(context2, report, outputs);
  const skipped = [];
  if (inputs.comment === "update") {
    for (const pull of pulls) {
      const comment = await commentOnPullRequest(
        context2,
        { repo, pullNumber: pull.number, fromFork: false },
        withTrustedEvent(trusted, repo, run, pull, context2.env)
      );
      outputs["comment-id"] ||= comment.id;
      if (comment.skipped) skipped.push(comment.skipped);
    }
  }
  if (inputs["check-run"] === "create") {
    const checkRun = await createReportCheckRun(
      context2,
      {
        repo,
        headSha: run.headSha,
        pullNumber: pulls[0]?.number,
        detailsUrl: run.htmlUrl,
        notes: skipped
      },
      report
    );
    if (checkRun.created) {
      outputs["check-run-id"] = checkRun.id;
      skipped.push(...checkRun.skipped);
    } else if (!checkRun.forbidden) {
      return { outputs, failure: `mlgate could not publish the verdict: ${checkRun.problem}` };
    }
  }
  await summarizeSkippedWrites(context2, skipped, "re-run the publish job");
  log.info(
    `mlgate: published the ${report.verdict.passed ? "passing" : "blocking"} report of run ${run.id} for ${run.headSha.slice(0, 7)}`
  );
  return { outputs };
}
async function trustedReport(context2, repo, run) {
  const refused = (refusal) => ({
    ok: false,
    closed: {
      title: "\u274C mlgate report refused",
      ...refusal,
      failure: `mlgate refused the report: ${refusal.problem}. ${refusal.fix}`
    }
  });
  const unfinished = unfinishedRunRefusal(run);
  if (unfinished) return refused(unfinished);
  const loaded = await loadReport(context2, repo, run);
  if (!loaded.ok) {
    return {
      ok: false,
      closed: {
        title: "\u274C no usable mlgate report",
        problem: loaded.problem,
        fix: "Re-run the evaluate workflow, or see its log for why mlgate did not upload the report.",
        failure: `mlgate could not publish the report: ${loaded.problem}`
      }
    };
  }
  const contradicted = passFromFailedRunRefusal(run, loaded.report.verdict.passed);
  return contradicted ? refused(contradicted) : loaded;
}
async function loadReport(context2, repo, run) {
  const name = reportArtifactName(context2.inputs["comment-key"]);
  const source = `the artifact \`${name}\` of run ${run.id}`;
  const [artifact] = await context2.github().listRunArtifacts(repo, run.id, name);
  if (!artifact) {
    return {
      ok: false,
      problem: `run ${run.id} (conclusion: ${run.conclusion ?? "none"}) uploaded no artifact \`${name}\`: mlgate did not run there, or with another \`comment-key\``
    };
  }
  if (artifact.expired) return { ok: false, problem: `${source} has expired` };
  if (artifact.sizeInBytes > maxReportArchiveBytes) {
    return {
      ok: false,
      problem: `${source} is ${artifact.sizeInBytes} bytes; a report artifact is at most ${maxReportArchiveBytes}`
    };
  }
  let archive;
  try {
    archive = await context2.artifacts.downloadArchive(
      { ...repo, runId: run.id, artifactId: artifact.id },
      { maxBytes: maxReportArchiveBytes }
    );
  } catch (error2) {
    return { ok: false, problem: `downloading ${source} failed: ${errorMessage(error2)}` };
  }
  const read = readReportArtifact(archive, source);
  return read.ok ? read : {
    ok: false,
    problem: `${read.problem}. Evaluate and publish must run the same mlgate version (this is ${mlgateVersion})`
  };
}
function withTrustedEvent(report, repo, run, pull, env) {
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const event2 = {
    name: "pull_request",
    repository: repo,
    sha: run.headSha,
    runUrl: run.htmlUrl
  };
  if (pull) {
    event2.pullRequest = {
      number: pull.number,
      headSha: pull.headSha,
      baseSha: pull.baseSha,
      baseRef: pull.baseRef,
      headRef: pull.headRef,
      fromFork: pull.headRepo?.toLowerCase() !== pull.baseRepo.toLowerCase()
    };
    event2.baseSha = pull.baseSha;
  }
  const production2 = report.event.production;
  if (production2) {
    event2.production = production2.artifact ? {
      ...production2,
      artifact: {
        ...production2.artifact,
        runUrl: `${server}/${repo.owner}/${repo.repo}/actions/runs/${production2.artifact.runId}`
      }
    } : production2;
  }
  return { ...report, event: event2 };
}
async function failingCheckRun(context2, repo, run, closed) {
  try {
    const created = await context2.github().createCheckRun(repo, {
      name: checkRunName(context2.inputs["comment-key"]),
      headSha: run.headSha,
      conclusion: "failure",
      completedAt: context2.now.toISOString(),
      detailsUrl: run.htmlUrl,
      externalId: context2.inputs["comment-key"],
      output: {
        title: closed.title,
        summary: `mlgate did not publish the report of [run ${run.id}](${run.htmlUrl}), so the gate is closed:

> ${escapeMarkdown(closed.problem, { newline: " ", maxLength: 2e3 })}

` + escapeMarkdown(closed.fix),
        annotations: []
      }
    });
    return String(created.id);
  } catch (error2) {
    context2.log.warning(`mlgate: creating the failing check run failed: ${errorMessage(error2)}`);
    return void 0;
  }
}

// src/main.ts
var modes = {
  gate: runGateMode,
  evaluate: runEvaluateMode,
  publish: runPublishMode
};
async function runAction() {
  try {
    const parsed = parseActionInputs((name) => getInput(name));
    if (!parsed.success) {
      setFailed(`mlgate: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
      return;
    }
    for (const warning2 of parsed.warnings) warning(formatInputWarning(warning2));
    const inputs = parsed.data;
    for (const url of Object.values(inputs.connections)) {
      for (const secret of urlSecrets(url)) setSecret(secret);
    }
    const env = process.env;
    let client;
    const result = await modes[inputs.mode]({
      inputs,
      eventName: context.eventName,
      payload: context.payload,
      env,
      now: /* @__PURE__ */ new Date(),
      elapsedMs: monotonicMs,
      log: {
        info: (message2) => info(message2),
        warning: (message2) => warning(message2),
        error: (message2, where) => error(message2, where && { file: where.file, startLine: where.line })
      },
      github: () => {
        client ??= createGitHubClient({
          token: inputs["github-token"],
          apiUrl: env.GITHUB_API_URL,
          onRetry: (message2) => info(message2)
        });
        return client;
      },
      artifacts: actionsArtifactStore({
        token: inputs["github-token"],
        serverUrl: env.GITHUB_SERVER_URL,
        staging: diskArtifactStaging(env.RUNNER_TEMP ?? os2.tmpdir())
      }),
      writeSummary: async (markdown) => {
        if (env.GITHUB_STEP_SUMMARY) await summary.addRaw(markdown).write();
      }
    });
    for (const [name, value] of Object.entries(result.outputs)) setOutput(name, value);
    if (result.failure) setFailed(result.failure);
  } catch (error2) {
    setFailed(
      `mlgate failed before reaching a verdict, so the gate is closed: ${errorMessage(error2)}`
    );
  }
}

// src/index.ts
if (isMainThread) {
  keepYoungGenerationSmall();
  delayTierUp();
  await runAction();
}
