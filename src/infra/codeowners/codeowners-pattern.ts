/**
 * A CODEOWNERS path pattern as GitHub matches it: gitignore rules, except
 * that a pattern ending in a lone `*` segment matches files at that level
 * only (`docs/*` owns `docs/a.md`, not `docs/x/b.md`). A pattern of one
 * segment matches at any depth (`apps/`, `*.js`); one with a `/` inside or
 * at the start is anchored at the root; a trailing `/` matches what is
 * inside the directory; `**` spans directories; `\` escapes the next
 * character; any other pattern also owns everything below the path it names.
 * Matching is case-sensitive, as on GitHub. Cost: one regular expression
 * per rule, linear in the path.
 */

export function codeownersRegExp(pattern: string): RegExp {
  if (pattern === '/') return /(?!)/;
  let segments = pattern.split('/');
  if (segments[0] === '') {
    segments = segments.slice(1);
  } else if (segments.length === 1 || (segments.length === 2 && segments[1] === '')) {
    if (segments[0] !== '**') segments = ['**', ...segments];
  }
  if (segments.length > 1 && segments.at(-1) === '') segments[segments.length - 1] = '**';
  const last = segments.length - 1;
  let source = '';
  let needSlash = false;
  segments.forEach((segment, i) => {
    if (segment === '**') {
      if (i === 0 && i === last) source += '.+';
      else if (i === 0) source += '(?:.+/)?';
      else if (i === last) source += '/.*';
      else source += '(?:/.+)?';
      needSlash = i !== 0;
      return;
    }
    if (needSlash) source += '/';
    needSlash = true;
    if (segment === '*') {
      source += '[^/]+';
      return;
    }
    source += segmentSource(segment);
    if (i === last) source += '(?:/.*)?';
  });
  return new RegExp(`^${source}$`);
}

function segmentSource(segment: string): string {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === '\\' && i + 1 < segment.length) source += escapeRegExp(segment[++i]!);
    else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += escapeRegExp(ch);
  }
  return source;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\*?/]/g, '\\$&');
}
