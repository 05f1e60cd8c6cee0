/**
 * pip requirements files (requirements*.txt): one requirement per logical
 * line, `\` continues a line, `#` after whitespace starts a comment, option
 * lines (-r, -c, --index-url, …) name no package. An editable or URL line
 * names its package by `#egg=`; without it the line is not a package mlgate
 * can name, and is skipped.
 */
import { type Dependency, normalizePythonName } from './dependency.ts';
import { parseRequirement } from './parse-requirement.ts';

export function parseRequirementsTxt(text: string): Dependency[] {
  const dependencies: Dependency[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let logical = lines[i]!;
    while (logical.endsWith('\\') && i + 1 < lines.length)
      logical = logical.slice(0, -1) + lines[++i]!;
    const content = logical.replace(/(^|\s)#.*$/, '').trim();
    if (content === '') continue;
    if (content.startsWith('-')) {
      const egg = /#egg=([A-Za-z0-9._-]+)/.exec(logical);
      if (/^(-e|--editable)\b/.test(content) && egg) {
        dependencies.push({
          name: normalizePythonName(egg[1]!),
          specifier: 'editable',
          pinned: false,
          line: start,
        });
      }
      continue;
    }
    // Per-requirement options such as --hash come after the requirement.
    const requirementText = content.split(/\s+--/)[0]!;
    const dependency = parseRequirement(requirementText, start);
    if (dependency) dependencies.push(dependency);
  }
  return dependencies;
}
