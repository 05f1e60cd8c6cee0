/**
 * What a warehouse connection (BigQuery, Snowflake, Databricks, Trino) needs
 * besides its URL: the `fetch` to speak HTTP with (tests pass one that reaches
 * a stand-in server), and the token the URL carries in its password part.
 */
import type { ConnectionUrl } from './connection-url.ts';
import type { Fetch } from './http-json.ts';

export interface WarehouseOptions {
  fetch: Fetch;
}

/** The URL's password: the access token or personal access token the service takes as a bearer token. */
export function bearerToken(url: ConnectionUrl, form: string): string {
  if (!url.password) {
    throw new Error(
      `the connection URL has no token; put it in the password part: ${form} (percent-encode / @ : in it)`,
    );
  }
  return url.password;
}
