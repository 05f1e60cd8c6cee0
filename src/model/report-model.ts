/**
 * The report as data: what the Markdown renderer draws, what the JSON report
 * file holds (documented in docs/report-json.md), and what publish mode reads
 * back (validated by src/github/untrusted-report.ts, whose schema
 * test/model/report-shape.test.ts holds equal to these types). Field names are
 * a public interface: add, don't rename.
 */

import type { FindingSeverity, RubricTestId, Section } from './check.ts';
import type { CheckResult, WaiverState } from './check-result.ts';
import type { ConfigError } from './config-error.ts';
import type { RunEvent } from './run-event.ts';

export type RubricTestState =
  | { kind: 'automated'; checks: string[] }
  | { kind: 'attested'; evidence: string; reviewed?: string }
  /** An attestation that scored 0: its evidence file is missing or its review is too old. */
  | { kind: 'attestation-rejected'; evidence: string; reviewed?: string; why: string }
  | { kind: 'not-applicable'; reason: string }
  | { kind: 'uncovered'; why: string };

export interface RubricTestScore {
  id: RubricTestId;
  section: Section;
  title: string;
  /** 1 automated and ran, 0.5 attested with evidence, 0 otherwise. */
  points: 0 | 0.5 | 1;
  state: RubricTestState;
  /** How mlgate covers this test, shown when it is uncovered. */
  howToCover: string;
}

export interface SectionScore {
  section: Section;
  score: number;
  minimum: number;
  met: boolean;
}

export interface MlTestScore {
  sections: SectionScore[];
  /** The minimum over the four section scores. */
  final: number;
  /** Table V band, e.g. `(1,2]`, and its sentence. */
  band: { range: string; meaning: string };
  minimum: number;
  tests: RubricTestScore[];
}

/** A configured waiver and what it did in this run. */
export interface ListedWaiver extends WaiverState {
  /** `waived`: it covered findings; `expired`: past its date; `unused`: it matched nothing; `refused`: its check errored. */
  effect: 'waived' | 'expired' | 'unused' | 'refused';
  /** One sentence on the effect, e.g. why a waiver matched nothing. */
  note: string;
}

/**
 * One condition that blocks the change, as data for the report's first screen.
 * Findings of one check with one cause are one reason, however many there are.
 */
export type BlockingReason =
  | { kind: 'config'; text: string; fixes: string[] }
  | { kind: 'coverage'; text: string; fixes: string[] }
  | {
      kind: 'check-error';
      /** The result key, e.g. `drift[serving-eu]`. */
      check: string;
      text: string;
      fixes: string[];
      /** The error may pass on a re-run (a network or service failure). */
      transient: boolean;
    }
  | {
      kind: 'findings';
      check: string;
      severity: FindingSeverity;
      /** The unwaived findings behind the reason; a waiver for each of them unblocks it. */
      findings: string[];
      text: string;
      fixes: string[];
    };

export interface Verdict {
  passed: boolean;
  /** Every reason the gate blocks, one sentence each (the `text` of `blocking`); empty when it passed. */
  reasons: string[];
  /** The same reasons as data: what blocks, what to do, what a waiver could cover. */
  blocking: BlockingReason[];
}

export interface Report {
  schemaVersion: 2;
  mlgateVersion: string;
  generatedAt: string;
  event: RunEvent;
  verdict: Verdict;
  score: MlTestScore;
  checks: CheckResult[];
  waivers: ListedWaiver[];
  /** Config problems that stopped the checks from running (the gate fails closed). */
  configErrors: ConfigError[];
}
