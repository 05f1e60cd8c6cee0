/**
 * Inputs that were renamed, old name → new name. "Baseline" means one thing in
 * mlgate, the simple model a candidate must beat (README, Words), so the files
 * holding production's accepted state are `production-files` now. An old name
 * keeps working, with a warning that names the new one, so workflows written
 * for an earlier version do not break on upgrade; giving both is refused,
 * since mlgate could not tell which list is meant.
 */
import type * as z from 'zod';

export const renamedInputs: Readonly<Record<string, string>> = {
  'baseline-files': 'production-files',
};

/** A deprecated input that was given; `fix` says what to write instead. */
export interface InputWarning {
  input: string;
  message: string;
  fix: string;
}

/** Warnings for the old names given (non-blank) in `raw`, the inputs as read. */
export function renamedInputWarnings(raw: Readonly<Record<string, string>>): InputWarning[] {
  return Object.entries(renamedInputs)
    .filter(([old]) => raw[old]?.trim())
    .map(([old, current]) => ({
      input: old,
      message: `the \`${old}\` input is deprecated; it is called \`${current}\` now ("baseline" means the simple model a candidate must beat)`,
      fix: `rename \`${old}:\` to \`${current}:\` under the step's \`with:\``,
    }));
}

export function formatInputWarning(warning: InputWarning): string {
  return `mlgate: ${warning.message}. Fix: ${warning.fix}.`;
}

/** A schema refinement: an old name and its new name both given is an error. */
export function refuseOldAndNewNames(
  inputs: Readonly<Record<string, unknown>>,
  context: z.RefinementCtx,
): void {
  for (const [old, current] of Object.entries(renamedInputs)) {
    if (given(inputs[old]) && given(inputs[current])) {
      context.addIssue({
        code: 'custom',
        path: [old],
        message: `the \`${old}\` and \`${current}\` inputs are both set; \`${old}\` is the old name of \`${current}\`, so keep only \`${current}\``,
      });
    }
  }
}

function given(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}
