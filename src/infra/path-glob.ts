/**
 * Glob patterns for paths in mlgate.yml (test files, code areas, manifests):
 * `*` and `?` stay within one path segment, `**` spans any number of segments,
 * `{a,b}` is an alternative, and a pattern also covers everything under the
 * directory it names (`src/model` covers `src/model/net.py`). Matching is
 * case-sensitive, like git on Linux. CODEOWNERS has its own rules
 * (codeowners-pattern.ts).
 */

export function globToRegExp(pattern: string): RegExp {
  let source = '';
  let i = 0;
  const text = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '*' && text[i + 1] === '*') {
      const startOfSegment = i === 0 || text[i - 1] === '/';
      if (startOfSegment && text[i + 2] === '/') {
        source += '(?:.*/)?';
        i += 3;
      } else {
        source += '.*';
        i += 2;
      }
    } else if (ch === '*') {
      source += '[^/]*';
      i++;
    } else if (ch === '?') {
      source += '[^/]';
      i++;
    } else if (ch === '{') {
      const close = text.indexOf('}', i);
      if (close < 0) throw new Error(`pattern "${pattern}": "{" is never closed; write {a,b}`);
      source += `(?:${text
        .slice(i + 1, close)
        .split(',')
        .map((part) => escapeRegExp(part))
        .join('|')})`;
      i = close + 1;
    } else {
      source += escapeRegExp(ch);
      i++;
    }
  }
  return new RegExp(`^${source}(?:/.*)?$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');
}

/** A repository path (`/`-separated), or the path of a file on another machine. */
export function pathMatches(glob: RegExp, filePath: string): boolean {
  const normal = filePath.replace(/\\/g, '/').replace(/^\.\//, '');
  if (glob.test(normal)) return true;
  // A report made elsewhere (a container, another checkout) names absolute
  // paths: try every tail that starts at a directory boundary.
  if (!/^(\/|[A-Za-z]:\/)/.test(normal)) return false;
  for (let slash = normal.indexOf('/'); slash >= 0; slash = normal.indexOf('/', slash + 1)) {
    if (glob.test(normal.slice(slash + 1))) return true;
  }
  return false;
}

export function matchesAny(globs: readonly RegExp[], filePath: string): boolean {
  return globs.some((glob) => pathMatches(glob, filePath));
}
