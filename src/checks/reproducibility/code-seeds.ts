/**
 * Where training code fixes its randomness, and where it draws without a seed,
 * read from the source text (no interpreter): Python seeding calls
 * (`np.random.seed(42)`, `random.seed`, `torch.manual_seed`, `set_seed`,
 * `tf.random.set_seed`, `seed_everything`, `default_rng(0)`, `RandomState(0)`),
 * `random_state=` / `seed=` arguments and `SEED = 42` assignments; R's
 * `set.seed`; JavaScript's `Math.random` (called or passed on), which cannot be
 * seeded. A call with
 * no seed (`default_rng()`, `random_state=None`, `torch.seed()`) is unseeded:
 * each run draws a different state. A seed passed as a name (`SEED`,
 * `args.seed`) counts as set. Comments are skipped; strings are not parsed, so
 * a docstring's example counts like code. Cost: O(length of the text).
 */

export interface SeedSite {
  file: string;
  line: number;
  /** As written, e.g. `np.random.seed(42)`, `random_state=None`. */
  text: string;
  /** False when the site draws a fresh state each run. */
  seeded: boolean;
}

type Language = 'python' | 'r' | 'javascript';

const seedingCall =
  /(?<![\w.])((?:[A-Za-z_]\w*\.)*(?:seed|manual_seed|manual_seed_all|set_seed|set_random_seed|seed_everything|default_rng|RandomState))\s*\(/g;
const seedArgument = /(?<![\w.])(random_state|random_seed|seed)\s*=(?!=)\s*([^,)\n]+)/gi;
const functionHeader = /\bdef\s+\w+\s*\(/g;
/** Calls that pick a nondeterministic seed whatever their arguments. */
const alwaysUnseeded = /^torch\.seed$/;

export function languageOf(file: string): Language | undefined {
  if (/\.(py|ipynb)$/i.test(file)) return 'python';
  if (/\.r$/i.test(file)) return 'r';
  if (/\.(js|mjs|cjs|ts|mts|cts)$/i.test(file)) return 'javascript';
  return undefined;
}

export function codeSeeds(file: string, text: string): SeedSite[] {
  const language = languageOf(file);
  if (language === undefined) return [];
  const code = withoutComments(text, language === 'javascript' ? '//' : '#');
  const lineAt = lineLocator(code);
  const site = (offset: number, written: string, seeded: boolean): SeedSite => ({
    file,
    line: lineAt(offset),
    text: written.replace(/\s+/g, ' ').trim(),
    seeded,
  });
  if (language === 'javascript') {
    return [...code.matchAll(/(?<![\w.])Math\.random\b(?:\s*\(\s*\))?/g)].map((match) =>
      site(match.index, match[0], false),
    );
  }
  if (language === 'r') {
    return [...code.matchAll(/(?<![\w.])set\.seed\s*\(/g)].map((match) => {
      const call = callAt(code, match.index, match.index + match[0].length);
      return site(match.index, call.text, isSeed(call.argument));
    });
  }
  return pythonSeeds(code, site);
}

function pythonSeeds(
  code: string,
  site: (offset: number, written: string, seeded: boolean) => SeedSite,
): SeedSite[] {
  const sites: { offset: number; site: SeedSite }[] = [];
  const spans: [number, number][] = [];
  for (const match of code.matchAll(functionHeader)) {
    spans.push(callAt(code, match.index, match.index + match[0].length).span);
  }
  for (const match of code.matchAll(seedingCall)) {
    if (insideAny(spans, match.index)) continue;
    const call = callAt(code, match.index, match.index + match[0].length);
    spans.push(call.span);
    const seeded = !alwaysUnseeded.test(match[1] ?? '') && isSeed(call.argument);
    sites.push({ offset: match.index, site: site(match.index, call.text, seeded) });
  }
  for (const match of code.matchAll(seedArgument)) {
    if (insideAny(spans, match.index)) continue;
    const seeded = isSeed((match[2] ?? '').trim());
    sites.push({ offset: match.index, site: site(match.index, match[0], seeded) });
  }
  return sites.sort((a, b) => a.offset - b.offset).map((entry) => entry.site);
}

/** A seed is any value but none: a literal, or a name set elsewhere (`SEED`, `args.seed`). */
function isSeed(argument: string): boolean {
  const value = argument.replace(/^\w+\s*=(?!=)\s*/, '').trim();
  return value !== '' && value !== 'None' && value !== 'NULL';
}

/** The call that opens at `open - 1` (its `(`), its first argument, and the span it covers. */
function callAt(
  code: string,
  start: number,
  open: number,
): { text: string; argument: string; span: [number, number] } {
  let depth = 1;
  let end = open;
  while (end < code.length && depth > 0) {
    const ch = code[end];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    end++;
  }
  const inner = code.slice(open, depth === 0 ? end - 1 : end);
  return {
    text: code.slice(start, end),
    argument: firstArgument(inner),
    span: [start, end],
  };
}

function firstArgument(inner: string): string {
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) return inner.slice(0, i).trim();
  }
  return inner.trim();
}

function insideAny(spans: readonly [number, number][], offset: number): boolean {
  return spans.some(([start, end]) => offset > start && offset < end);
}

/**
 * The text with each comment blanked (offsets and lines kept). Quotes are
 * tracked within a line only: a `#` inside a one-line string is not a comment.
 */
function withoutComments(text: string, marker: '#' | '//'): string {
  return text
    .split('\n')
    .map((line) => {
      let quote: string | undefined;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i]!;
        if (quote !== undefined) {
          if (ch === '\\') i++;
          else if (ch === quote) quote = undefined;
        } else if (ch === '"' || ch === "'" || (marker === '//' && ch === '`')) quote = ch;
        else if (line.startsWith(marker, i)) return line.slice(0, i).padEnd(line.length);
      }
      return line;
    })
    .join('\n');
}

function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}
