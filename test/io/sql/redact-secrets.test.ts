/** What counts as a connection's secret, and that an error keeps none of it. */
import { describe, expect, it } from 'vitest';
import { redactedError } from '../../../src/io/sql/redact-secrets.ts';
import { urlSecrets } from '../../../src/sql/connection-secrets.ts';

describe('urlSecrets', () => {
  it('lists the URL, the user:password pair and the password, raw, decoded, encoded and as Basic auth', () => {
    const url = 'postgres://ml:pa%40ss%2Fword@db:5432/ml?sslmode=require';
    const secrets = urlSecrets(url);
    for (const secret of [
      url,
      'ml:pa%40ss%2Fword',
      'pa%40ss%2Fword',
      'pa@ss/word',
      'ml:pa@ss/word',
      Buffer.from('ml:pa@ss/word').toString('base64'),
    ])
      expect(secrets).toContain(secret);
    expect(secrets).not.toContain('ml');
  });

  it('lists token parameters', () => {
    expect(urlSecrets('trino://u@h/c?access_token=abcd1234&x=1')).toContain('abcd1234');
  });
});

describe('redactedError', () => {
  it('rebuilds the error from the redacted message, naming the key, the engine and the fix', () => {
    const url = 'snowflake://:tok-SECRET-1@acct.snowflakecomputing.com/db/s';
    const original = Object.assign(new Error(`could not reach ${url} with tok-SECRET-1`), {
      code: 'ECONNRESET',
      config: { url },
    });
    const error = redactedError(original, urlSecrets(url), {
      key: 'checks.drift.current',
      engine: 'snowflake',
      fix: 'check the account',
    });
    expect(error.message).toBe(
      'checks.drift.current: snowflake: could not reach *** with *** (ECONNRESET); check the account',
    );
    expect(`${error.stack}${JSON.stringify(error)}`).not.toContain('tok-SECRET-1');
    expect(error.cause).toBeUndefined();
  });
});
