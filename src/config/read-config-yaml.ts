/**
 * The text of mlgate.yml as a YAML document and plain data, refusing what a
 * config never needs and a hostile file uses to crash or stall the gate: a
 * huge file, deep nesting (the YAML composer, toJS and zod all recurse), and
 * aliases that expand without end. Every refusal is a problem with a line
 * where one applies, never an exception.
 */
import { type Document, LineCounter, parseDocument } from 'yaml';
import type { ConfigError } from '../model/config-error.ts';
import { documentData } from './yaml-aliases.ts';
import { tooDeepLine } from './yaml-nesting.ts';
import { yamlSyntaxError } from './yaml-syntax-fixes.ts';

/** A config is a few kB; a MiB is already hundreds of times that. */
export const maxConfigBytes = 2 ** 20;
/** mlgate.yml's own keys nest 6 levels at most (checks.canary.training_predictions.path.…). */
export const maxConfigDepth = 32;

/** A problem with the file, before the parser names the file. */
export type YamlProblem = Omit<ConfigError, 'file'>;

export type ConfigYaml =
  | { ok: true; document: Document; lineCounter: LineCounter; data: unknown }
  | { ok: false; problems: YamlProblem[] };

export function readConfigYaml(text: string): ConfigYaml {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxConfigBytes) {
    // Rounded up, so that a file just over the limit does not read as 1.0 MiB of 1 MiB.
    const mib = (n: number) => Math.ceil((n / 2 ** 20) * 10) / 10;
    return refuse({
      message: `the file is ${mib(bytes)} MiB, over the limit of ${mib(maxConfigBytes)} MiB`,
      fix: 'mlgate.yml is meant to be small (a few kB): keep data, schemas and long lists in the files it points to',
    });
  }
  const deepLine = tooDeepLine(text, maxConfigDepth);
  if (deepLine !== undefined) {
    return refuse({
      line: deepLine,
      message: `nested more than ${maxConfigDepth} levels deep`,
      fix: 'mlgate.yml nests a few levels at most: look for unclosed brackets or runaway indentation',
    });
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        line: lineCounter.linePos(error.pos[0]).line,
        ...yamlSyntaxError(error.code, error.message),
      })),
    };
  }
  const data = documentData(document, lineCounter);
  if (!data.ok) return refuse(data.problem);
  if (data.data === null || data.data === undefined) {
    return refuse({ message: 'the file is empty', fix: 'start from the example in the README' });
  }
  return { ok: true, document, lineCounter, data: data.data };
}

function refuse(problem: YamlProblem): ConfigYaml {
  return { ok: false, problems: [problem] };
}
