import { type BudgetShortfall, describeShortfall } from './retry-budget.ts';

/** A GitHub REST call that failed for good (after retries), with what the user can do about it. */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  readonly status: number;
  readonly method: string;
  /** The request path and query, without the API base URL. */
  readonly path: string;
  /** GitHub's own `message` from the response body. */
  readonly apiMessage: string;
  /** `x-accepted-github-permissions`: the token permissions this endpoint needs. */
  readonly acceptedPermissions: string | undefined;
  readonly attempts: number;
  /** Set when GitHub asked to wait and the run's retry budget could not pay for it: a write to skip. */
  readonly shortfall: BudgetShortfall | undefined;

  constructor(fields: {
    status: number;
    method: string;
    path: string;
    apiMessage: string;
    acceptedPermissions?: string | undefined;
    attempts: number;
    shortfall?: BudgetShortfall | undefined;
  }) {
    const hint = hintFor(fields.status, fields.acceptedPermissions);
    super(
      `GitHub API ${fields.method} ${fields.path} failed with ${fields.status}: ` +
        `${fields.apiMessage || 'no message'}` +
        (fields.attempts > 1 ? ` (after ${fields.attempts} attempts)` : '') +
        (fields.shortfall ? `; not retried: ${describeShortfall(fields.shortfall)}` : '') +
        (hint ? `. ${hint}` : ''),
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
  get isPermissionDenied(): boolean {
    return this.status === 403 && /resource not accessible by/i.test(this.apiMessage);
  }
}

function hintFor(status: number, acceptedPermissions: string | undefined): string | undefined {
  if (status === 401) return 'The `github-token` input is invalid or expired';
  if (status === 403 && acceptedPermissions) {
    return `The token needs the permission(s) ${acceptedPermissions}`;
  }
  if (status === 404) return 'The repository or pull request is not visible to this token';
  return undefined;
}
