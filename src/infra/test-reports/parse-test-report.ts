/**
 * Reads a test report in whichever format it is, told from its content, not
 * its name: XML by its root element (JUnit <testsuites>/<testsuite>, TRX
 * <TestRun>, NUnit 3 <test-run>), JSON by its keys (Jest's numTotalTests and
 * testResults, Mocha's stats with passes, failures and pending). Anything
 * else is refused with what it looks like and how to get JUnit XML from it.
 */
import { parseJestJson } from './jest-json-report.ts';
import { parseJunit } from './junit-report.ts';
import { parseMochaJson } from './mocha-json-report.ts';
import { parseNunit3 } from './nunit3-report.ts';
import { parseXml } from './parse-xml.ts';
import type { TestReport } from './test-case.ts';
import { parseTrx } from './trx-report.ts';
import {
  type FormatGuess,
  guessJson,
  guessText,
  guessXml,
  plainText,
} from './unreadable-formats.ts';

export function parseTestReport(text: string, source: string): TestReport {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = content.trimStart()[0];
  if (start === '<') return parseXmlReport(content, source);
  if (start === '{' || start === '[') {
    const json = parseJson(content);
    if ('value' in json) return parseJsonReport(json.value, content, source);
    // JSON lines (go test -json, dart) are not one document; name them.
    const guess = guessText(content);
    if (guess) return refuse(source, guess);
    throw new Error(
      `${source}: starts like JSON but does not parse (${json.error}); is the file truncated? Rerun the tests so that the reporter finishes writing it`,
    );
  }
  return refuse(source, guessText(content) ?? plainText);
}

function parseXmlReport(text: string, source: string): TestReport {
  const root = parseXml(text, source);
  switch (root.name) {
    case 'testsuites':
    case 'testsuite':
      return parseJunit(root, source);
    case 'TestRun':
      return parseTrx(root, source);
    case 'test-run':
      return parseNunit3(root, source);
    default:
      return refuse(source, guessXml(root.name));
  }
}

function parseJsonReport(value: unknown, text: string, source: string): TestReport {
  if (isObjectWith(value, ['numTotalTests', 'testResults']))
    return parseJestJson(value, text, source);
  if (isObjectWith(value, ['stats', 'passes', 'failures', 'pending'])) {
    return parseMochaJson(value, text, source);
  }
  return refuse(source, guessJson(value));
}

function isObjectWith(value: unknown, keys: string[]): value is object {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    keys.every((key) => Object.hasOwn(value, key))
  );
}

function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function refuse(source: string, guess: FormatGuess): never {
  throw new Error(
    `${source}: this looks like ${guess.looksLike}, which mlgate does not read as test results; ${guess.fix}. mlgate reads JUnit XML, Jest (or Vitest) JSON, Mocha JSON, .NET TRX and NUnit 3 XML`,
  );
}
