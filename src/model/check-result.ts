/** What the engine makes of a check's outcome once waivers are applied. */
import type {
  CheckStatus,
  DetailBlock,
  Figure,
  Finding,
  FindingSeverity,
  RubricTestId,
} from './check.ts';

export interface WaiverState {
  /** As written in mlgate.yml: a check id, or `drift[serving-eu]` for one instance of a check. */
  check: string;
  finding?: string;
  reason: string;
  owner: string;
  expires: string;
  /** Past its expiry date: it no longer applies, and the report says so. */
  expired: boolean;
}

export interface EvaluatedFinding extends Finding {
  /** The waiver that matched this finding; it applies only when not expired. */
  waiver?: WaiverState;
}

export interface CheckResult {
  id: string;
  /** The instance's name, for a check configured as a list; absent for a check configured once. */
  instance?: string;
  title: string;
  rubric: readonly RubricTestId[];
  /** After waivers: the worst unwaived finding, `pass` when none, or `error`/`skip`. */
  status: CheckStatus;
  /** The worst finding before waivers, when waivers lowered the status. */
  waivedFrom?: FindingSeverity;
  summary: string;
  figures: Figure[];
  findings: EvaluatedFinding[];
  details: DetailBlock[];
  /** For an error: it may pass on a re-run (a network or service failure), so the report says re-run. */
  transient?: boolean;
  /** A whole-check waiver that matched. */
  waiver?: WaiverState;
  durationMs: number;
}
