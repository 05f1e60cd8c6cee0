/**
 * The JSON report read back from an artifact in publish mode. The pull request
 * wrote it (its code, even its workflow file, ran in the evaluate job), so it
 * is untrusted input to a job that holds a write token: it must have exactly
 * the shape of `Report` (src/model/report-model.ts, docs/report-json.md; the
 * type check of test/model/report-shape.test.ts holds the two equal) — strict
 * objects, no unknown keys, every string and list bounded — before anything
 * renders it. Rendering escapes every string again; this schema makes
 * sure there is nothing but strings, numbers and the known structure to render,
 * and no key anywhere that reaches a prototype (prototype-keys.ts).
 */
import * as z from 'zod';
import { instanceNamePattern } from '../config/instance-name.ts';
import { sections } from '../model/check.ts';
import { errorMessage } from '../model/error-message.ts';
import type { Report } from '../model/report-model.ts';
import { githubLogin } from '../model/run-event.ts';
import { findPrototypeKey } from './prototype-keys.ts';

/** The largest JSON report accepted. */
export const maxReportBytes = 10 * 1024 * 1024;

const text = (max: number) => z.string().max(max);
const short = text(200);
const line = text(2_000);
const message = text(20_000);
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max);
const sha = z.string().regex(/^[0-9a-f]{40,64}$/, { error: 'expected a hex commit SHA' });
const count = z.number().int().nonnegative();

const rubricTestId = z.templateLiteral([
  z.enum(['data', 'model', 'infra', 'monitor']),
  '-',
  z.literal([1, 2, 3, 4, 5, 6, 7]),
]);
const section = z.enum(sections);
const checkStatus = z.enum(['pass', 'warn', 'fail', 'error', 'skip']);
const severity = z.enum(['warn', 'fail']);
const cell = z.union([line, z.number(), z.boolean(), z.null()]);

const pullRequest = z.strictObject({
  number: z.number().int().positive(),
  headSha: sha,
  baseSha: sha,
  baseRef: short,
  headRef: short,
  fromFork: z.boolean(),
  author: short.regex(githubLogin).optional(),
});

const production = z.strictObject({
  source: z.enum(['artifact', 'base-ref']),
  files: list(line, 200),
  artifact: z
    .strictObject({
      name: short,
      runId: count,
      runUrl: line,
      sha,
      createdAt: short,
    })
    .optional(),
  note: message.optional(),
});

const event = z.strictObject({
  name: short,
  repository: z.strictObject({ owner: short, repo: short }).optional(),
  sha: sha.optional(),
  ref: line.optional(),
  pullRequest: pullRequest.optional(),
  baseSha: sha.optional(),
  runUrl: line.optional(),
  production: production.optional(),
});

const waiverState = z.strictObject({
  check: short,
  finding: line.optional(),
  reason: message,
  owner: line,
  expires: short,
  expired: z.boolean(),
});

const bound = z.strictObject({
  comparator: z.enum(['<', '<=', '>', '>=', '==', '!=']),
  limit: z.union([line, z.number(), z.boolean()]),
});

const measure = z.strictObject({
  figure: line,
  value: cell,
  bound: bound.optional(),
  reference: z.strictObject({ label: short, value: z.union([line, z.number()]) }).optional(),
  unit: short.optional(),
});

const finding = z.strictObject({
  id: line,
  severity,
  message,
  location: z
    .strictObject({
      path: line,
      line: z.number().int().positive().optional(),
      column: line.optional(),
      row: z.number().int().positive().optional(),
      feature: line.optional(),
      slice: line.optional(),
      key: line.optional(),
    })
    .optional(),
  measure: measure.optional(),
  cause: line.optional(),
  fix: message.optional(),
  waiver: waiverState.optional(),
});

const figure = z.strictObject({
  name: line,
  value: cell,
  threshold: line.optional(),
  bound: bound.optional(),
  unit: short.optional(),
});

const title = line.optional();
const detailBlock = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('table'),
    title,
    header: list(line, 100),
    rows: list(list(cell, 100), 10_000),
    note: message.optional(),
    listsFindings: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('text'), title, text: text(200_000) }),
  z.strictObject({ type: z.literal('list'), title, items: list(message, 10_000) }),
  z.strictObject({ type: z.literal('code'), title, text: text(200_000) }),
  z.strictObject({ type: z.literal('mermaid'), title, source: text(50_000) }),
]);

const checkResult = z.strictObject({
  id: short,
  // The same characters mlgate.yml allows in an instance name, so a report can't smuggle Markdown in.
  instance: short.regex(instanceNamePattern).optional(),
  title: line,
  rubric: list(rubricTestId, 28).readonly(),
  status: checkStatus,
  waivedFrom: severity.optional(),
  summary: message,
  figures: list(figure, 200),
  findings: list(finding, 10_000),
  details: list(detailBlock, 200),
  transient: z.boolean().optional(),
  waiver: waiverState.optional(),
  durationMs: z.number().nonnegative(),
});

const fixes = list(message, 100);
const blockingReason = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('config'), text: message, fixes }),
  z.strictObject({ kind: z.literal('coverage'), text: message, fixes }),
  z.strictObject({
    kind: z.literal('check-error'),
    check: short,
    text: message,
    fixes,
    transient: z.boolean(),
  }),
  z.strictObject({
    kind: z.literal('findings'),
    check: short,
    severity,
    findings: list(line, 10_000),
    text: message,
    fixes,
  }),
]);

const rubricTestState = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('automated'), checks: list(short, 200) }),
  z.strictObject({ kind: z.literal('attested'), evidence: line, reviewed: short.optional() }),
  z.strictObject({
    kind: z.literal('attestation-rejected'),
    evidence: line,
    reviewed: short.optional(),
    why: message,
  }),
  z.strictObject({ kind: z.literal('not-applicable'), reason: message }),
  z.strictObject({ kind: z.literal('uncovered'), why: message }),
]);

const score = z.strictObject({
  sections: list(
    z.strictObject({ section, score: z.number(), minimum: z.number(), met: z.boolean() }),
    4,
  ),
  final: z.number(),
  band: z.strictObject({ range: short, meaning: line }),
  minimum: z.number(),
  tests: list(
    z.strictObject({
      id: rubricTestId,
      section,
      title: line,
      points: z.union([z.literal(0), z.literal(0.5), z.literal(1)]),
      state: rubricTestState,
      howToCover: message,
    }),
    28,
  ),
});

const configError = z.strictObject({
  file: line,
  line: z.number().int().positive().optional(),
  key: line.optional(),
  message,
  fix: message.optional(),
});

export const untrustedReportSchema = z.strictObject({
  schemaVersion: z.literal(2),
  mlgateVersion: short,
  generatedAt: z.iso.datetime(),
  event,
  verdict: z.strictObject({
    passed: z.boolean(),
    reasons: list(message, 1_000),
    blocking: list(blockingReason, 1_000),
  }),
  score,
  checks: list(checkResult, 200),
  waivers: list(
    waiverState.extend({
      effect: z.enum(['waived', 'expired', 'unused', 'refused']),
      note: message,
    }),
    1_000,
  ),
  configErrors: list(configError, 1_000),
});

/** Validated against the schema, so the renderer can take it as a Report. */
export type UntrustedReport = z.infer<typeof untrustedReportSchema>;

export type ReportParse = { ok: true; report: Report } | { ok: false; problem: string };

/** Parses and validates the report file's text; `source` names it in the problem, e.g. the artifact. */
export function parseUntrustedReport(textOfFile: string, source: string): ReportParse {
  if (Buffer.byteLength(textOfFile, 'utf8') > maxReportBytes) {
    return { ok: false, problem: `${source} is larger than ${maxReportBytes} bytes` };
  }
  let json: unknown;
  try {
    json = JSON.parse(textOfFile);
  } catch (error) {
    return { ok: false, problem: `${source} is not JSON: ${errorMessage(error)}` };
  }
  const prototypeKey = findPrototypeKey(json);
  if (prototypeKey !== undefined) {
    return {
      ok: false,
      problem:
        `${source} does not have the shape of an mlgate report: \`${prototypeKey}\`: ` +
        'a key named `__proto__`, `constructor` or `prototype` is refused anywhere in a report ' +
        '(mlgate never writes one, and it could change the prototype of the objects publish mode builds)',
    };
  }
  const parsed = untrustedReportSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
      return `\`${where}\`: ${issue.message}`;
    });
    const more = parsed.error.issues.length - issues.length;
    return {
      ok: false,
      problem:
        `${source} does not have the shape of an mlgate report: ${issues.join('; ')}` +
        `${more > 0 ? ` (and ${more} more)` : ''}`,
    };
  }
  const contradiction = verdictContradiction(parsed.data);
  if (contradiction !== undefined) {
    return {
      ok: false,
      problem: `${source} is not a report mlgate wrote: its verdict ${contradiction}`,
    };
  }
  return { ok: true, report: parsed.data satisfies Report };
}

/**
 * What makes the verdict disagree with the rest of the report, as mlgate
 * decides it (src/engine/verdict.ts): a pass has no reasons, no config error,
 * no failing or erroring check and no score below its minimum; a block has a
 * reason. A schema-valid report that says otherwise must not turn a check green.
 */
function verdictContradiction(report: UntrustedReport): string | undefined {
  const { passed, reasons, blocking } = report.verdict;
  if (blocking.length !== reasons.length || blocking.some((b, i) => b.text !== reasons[i])) {
    return 'gives reasons that differ from its blocking conditions';
  }
  if (!passed) return reasons.length === 0 ? 'blocks the change but gives no reason' : undefined;
  if (reasons.length > 0)
    return `passes the change but gives ${reasons.length} reason(s) to block it`;
  if (report.configErrors.length > 0) return 'passes the change despite config errors';
  const failed = report.checks.find((check) => check.status === 'fail' || check.status === 'error');
  if (failed) return `passes the change although check \`${failed.id}\` ended \`${failed.status}\``;
  // A status is the worst unwaived finding (src/engine/apply-waivers.ts); a `pass` over an
  // unwaived failing finding is a forged status.
  const hidden = report.checks.find((check) =>
    check.findings.some((f) => f.severity === 'fail' && (!f.waiver || f.waiver.expired)),
  );
  if (hidden) {
    return `passes the change although check \`${hidden.id}\` has an unwaived failing finding`;
  }
  const unmet = report.score.sections.find(
    (section) => !section.met || section.score < section.minimum,
  );
  if (unmet) return `passes the change although the ${unmet.section} section is below its minimum`;
  if (report.score.final < report.score.minimum) {
    return 'passes the change although the final ML Test Score is below its minimum';
  }
  return undefined;
}
