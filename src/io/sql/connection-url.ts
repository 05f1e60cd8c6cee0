/**
 * A connection URL taken apart: `scheme://user:password@host:port/path?params`.
 * The parts are percent-decoded, so a password holding `@` or `/` is written
 * encoded in the secret and arrives whole. A URL that does not parse is
 * reported without its text (it is a secret).
 */

export interface ConnectionUrl {
  scheme: string;
  user: string;
  password: string;
  host: string;
  port: string;
  /** The path's non-empty segments, decoded. */
  path: string[];
  params: URLSearchParams;
}

export function parseConnectionUrl(url: string, expectedScheme: string): ConnectionUrl {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(
      `the connection URL does not parse as a URL; write it as ${expectedScheme}://… (percent-encode @, / and : inside a password)`,
    );
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  if (scheme !== expectedScheme) {
    throw new Error(
      `the connection URL starts with ${scheme}:// but the source's engine needs ${expectedScheme}://`,
    );
  }
  return {
    scheme,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    host: parsed.hostname,
    port: parsed.port,
    path: parsed.pathname
      .split('/')
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment)),
    params: parsed.searchParams,
  };
}

/** The statement time limit: `timeout_s` in the URL, default 10 minutes. */
export function statementTimeoutMs(url: ConnectionUrl): number {
  const seconds = Number(url.params.get('timeout_s') ?? 600);
  if (!(seconds > 0)) throw new Error('timeout_s in the connection URL is a number of seconds > 0');
  return seconds * 1000;
}
