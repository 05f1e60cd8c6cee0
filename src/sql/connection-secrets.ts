/**
 * What of a connection URL is secret, so the action can mask it in the log
 * (src/main.ts) and src/io/sql/ can cut it out of every error: the URL, its
 * credentials (also as the base64 of an HTTP Basic header), its token
 * parameters, each as given, percent-decoded and percent-encoded.
 */

/**
 * The parts of a connection URL that are secret: the URL, its credentials
 * (also as the base64 of an HTTP Basic header) and its token parameters.
 */
export function urlSecrets(url: string): string[] {
  const secrets = new Set([url]);
  const credentials = /^[a-z][a-z0-9+.-]*:\/\/([^@/?#]*)@/i.exec(url)?.[1];
  if (credentials) {
    secrets.add(credentials);
    const colon = credentials.indexOf(':');
    if (colon >= 0) {
      secrets.add(credentials.slice(colon + 1));
      secrets.add(Buffer.from(safeDecode(credentials)).toString('base64'));
    }
  }
  for (const [, value] of url.matchAll(
    /[?&][^=&#]*(?:token|password|secret|key)[^=&#]*=([^&#]*)/gi,
  ))
    secrets.add(value!);
  return spellings([...secrets]);
}

/** Each secret as given, percent-decoded and percent-encoded; too short to be a secret ones dropped. */
function spellings(secrets: readonly string[]): string[] {
  const all = new Set<string>();
  for (const secret of secrets) {
    all.add(secret);
    all.add(encodeURIComponent(secret));
    const decoded = safeDecode(secret);
    all.add(decoded);
    all.add(encodeURIComponent(decoded));
  }
  // Longest first, so a URL is replaced whole before its password inside it.
  return [...all].filter((secret) => secret.length >= 4).sort((a, b) => b.length - a.length);
}

/** Percent-decoded, or as it is when it is not percent-encoded text. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
