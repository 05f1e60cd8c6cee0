/**
 * The text of mlgate.yml as a YAML document and plain data, refusing what a
 * config never needs and a hostile file uses to crash or stall the gate: a
 * huge file, deep nesting (the YAML composer, toJS and zod all recurse), and
 * aliases that expand without end. Every refusal is a problem with a line
 * where one applies, never an exception.
 */
import { Composer, type CST, type Document, LineCounter, YAMLParseError } from 'yaml';
import type { ConfigError } from '../model/config-error.ts';
import { documentData } from './yaml-aliases.ts';
import { parseWithinDepth } from './yaml-nesting.ts';
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
  const lineCounter = new LineCounter();
  const parsed = parseWithinDepth(text, maxConfigDepth, lineCounter.addNewLine);
  if (!parsed.ok) {
    return refuse({
      line: parsed.line,
      message: `nested more than ${maxConfigDepth} levels deep`,
      fix: 'mlgate.yml nests a few levels at most: look for unclosed brackets or runaway indentation',
    });
  }
  const document = composeOne(parsed.tokens, text.length, lineCounter);
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

/**
 * The first document of the tokens, as yaml's parseDocument composes it: a
 * second document is a MULTIPLE_DOCS error on the first. The composer always
 * gives a document when forced to, even for an empty text.
 */
function composeOne(tokens: CST.Token[], length: number, lineCounter: LineCounter): Document {
  const composer = new Composer({ lineCounter, uniqueKeys: true, prettyErrors: false });
  let first: Document | undefined;
  for (const document of composer.compose(tokens, true, length)) {
    if (!first) {
      first = document;
      continue;
    }
    first.errors.push(
      new YAMLParseError(
        [document.range[0], document.range[1]],
        'MULTIPLE_DOCS',
        'Source contains multiple documents; please use YAML.parseAllDocuments()',
      ),
    );
    break;
  }
  if (!first) throw new Error('yaml composed no document for a forced document');
  return first;
}

function refuse(problem: YamlProblem): ConfigYaml {
  return { ok: false, problems: [problem] };
}
