/**
 * Line coverage per source file from lcov (`SF:` / `DA:` records, as written
 * by c8, nyc, node --test, genhtml's input, coverage.py's `coverage lcov`),
 * Cobertura XML (coverage.py's `coverage xml`, pytest-cov, Jest, .NET
 * coverlet, gcovr) or JaCoCo XML (Java). A line counted in several records
 * (one file in two reports) is covered when any of them hit it.
 */
import { descendants, parseXml } from './parse-xml.ts';

export interface FileCoverage {
  /** As the report names it, `/`-separated; relative to the repository when it could be made so. */
  path: string;
  /** Executable lines and how many of them ran at least once. */
  linesFound: number;
  linesHit: number;
}

type LineHits = Map<string, Map<number, number>>;

export interface CoverageReportText {
  text: string;
  /** The report's path, for messages. */
  source: string;
}

/** Reads every report into one per-file count; `root` turns absolute paths into repository paths. */
export function readCoverage(reports: readonly CoverageReportText[], root: string): FileCoverage[] {
  const hits: LineHits = new Map();
  for (const { text, source } of reports) {
    if (text.trimStart().startsWith('<')) readXml(text, source, root, hits);
    else if (/^(TN:|SF:)/m.test(text)) readLcov(text, source, root, hits);
    else {
      throw new Error(
        `${source}: neither lcov (SF:/DA: lines) nor Cobertura or JaCoCo XML; check the coverage reporter`,
      );
    }
  }
  return [...hits].map(([path, lines]) => ({
    path,
    linesFound: lines.size,
    linesHit: [...lines.values()].filter((count) => count > 0).length,
  }));
}

function record(hits: LineHits, path: string, line: number, count: number): void {
  let lines = hits.get(path);
  if (!lines) {
    lines = new Map();
    hits.set(path, lines);
  }
  lines.set(line, Math.max(lines.get(line) ?? 0, count));
}

export function repositoryPath(path: string, root: string): string {
  const normal = path.replace(/\\/g, '/');
  const prefix = root.replace(/\\/g, '/').replace(/\/+$/, '');
  if (normal.startsWith(`${prefix}/`)) return normal.slice(prefix.length + 1);
  return normal.replace(/^\.\//, '');
}

function readLcov(text: string, source: string, root: string, hits: LineHits): void {
  let file: string | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line.startsWith('SF:')) {
      file = repositoryPath(line.slice(3), root);
      if (!hits.has(file)) hits.set(file, new Map());
    } else if (line.startsWith('DA:')) {
      const [lineNumber, count] = line.slice(3).split(',');
      if (file === undefined) throw new Error(`${source}:${index + 1}: DA: before any SF: line`);
      const n = Number(lineNumber);
      const c = Number(count);
      if (!Number.isInteger(n) || !Number.isFinite(c)) {
        throw new Error(`${source}:${index + 1}: expected DA:<line>,<hits>, found "${line}"`);
      }
      record(hits, file, n, c);
    } else if (line === 'end_of_record') {
      file = undefined;
    }
  });
}

function readXml(text: string, source: string, root: string, hits: LineHits): void {
  const document = parseXml(text, source);
  if (document.name === 'report') {
    for (const pkg of descendants(document, 'package')) {
      for (const sourceFile of pkg.children.filter((child) => child.name === 'sourcefile')) {
        const path = [pkg.attributes.name, sourceFile.attributes.name].filter(Boolean).join('/');
        for (const line of sourceFile.children.filter((child) => child.name === 'line')) {
          const covered = Number(line.attributes.ci ?? 0);
          const missed = Number(line.attributes.mi ?? 0);
          if (covered + missed > 0) record(hits, path, Number(line.attributes.nr), covered);
        }
      }
    }
    return;
  }
  if (document.name !== 'coverage') {
    throw new Error(
      `${source}: the root element is <${document.name}>, not Cobertura's <coverage> or JaCoCo's <report>`,
    );
  }
  const sources = descendants(document, 'source')
    .map((element) => element.text.trim())
    .filter(Boolean);
  for (const cls of descendants(document, 'class')) {
    const filename = cls.attributes.filename;
    if (!filename) throw new Error(`${source}:${cls.line}: a <class> has no filename attribute`);
    const path = resolveCoberturaPath(filename, sources, root);
    const lines = cls.children.find((child) => child.name === 'lines');
    if (!hits.has(path)) hits.set(path, new Map());
    for (const line of lines?.children ?? []) {
      if (line.name !== 'line') continue;
      record(hits, path, Number(line.attributes.number), Number(line.attributes.hits ?? 0));
    }
  }
}

function resolveCoberturaPath(filename: string, sources: readonly string[], root: string): string {
  const normal = filename.replace(/\\/g, '/');
  if (normal.startsWith('/') || /^[A-Za-z]:\//.test(normal)) return repositoryPath(normal, root);
  for (const sourceDirectory of sources) {
    const joined = `${sourceDirectory.replace(/\\/g, '/').replace(/\/+$/, '')}/${normal}`;
    const relative = repositoryPath(joined, root);
    if (!relative.startsWith('/') && !/^[A-Za-z]:\//.test(relative)) return relative;
  }
  // A source directory from another machine: keep the file as relative to it.
  return normal;
}
