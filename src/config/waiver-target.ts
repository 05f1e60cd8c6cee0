/**
 * What a waiver's `check:` names: a check (`drift`), or one instance of a check
 * configured as a list (`drift[serving-eu]`). A plain check id covers every
 * instance of the check, so one waiver can cover a finding all instances share.
 */

import { didYouMean } from '../model/did-you-mean.ts';
import { instanceKey } from '../model/instance-key.ts';

interface WaiverTarget {
  check: string;
  instance?: string;
}

function waiverTarget(text: string): WaiverTarget {
  const match = /^([^[\]]+)\[([^[\]]*)\]$/.exec(text);
  return match ? { check: match[1]!, instance: match[2]! } : { check: text };
}

/** Whether a waiver naming `text` applies to the check `check`, instance `instance`. */
export function waiverCovers(text: string, check: string, instance: string | undefined): boolean {
  const target = waiverTarget(text);
  return target.check === check && (target.instance === undefined || target.instance === instance);
}

/**
 * What is wrong with a waiver's target, given the configured checks and the
 * instance names of those configured as lists (undefined: configured once).
 */
export function waiverTargetProblem(
  text: string,
  configured: ReadonlyMap<string, readonly string[] | undefined>,
): { message: string; fix: string } | undefined {
  const { check, instance } = waiverTarget(text);
  if (!configured.has(check)) {
    const suggestion = didYouMean(check, [...configured.keys()]);
    return {
      message: `"${check}" is not a configured check`,
      fix: suggestion
        ? `did you mean \`${suggestion}\`?`
        : `waive one of: ${[...configured.keys()].join(', ') || '(none configured)'}`,
    };
  }
  if (instance === undefined) return undefined;
  const names = configured.get(check);
  if (names === undefined) {
    return {
      message: `\`${check}\` is configured once, without instances, so it has no instance "${instance}"`,
      fix: `write \`check: ${check}\``,
    };
  }
  if (names.includes(instance)) return undefined;
  const suggestion = didYouMean(instance, names);
  return {
    message: `\`${check}\` has no instance "${instance}"`,
    fix: suggestion
      ? `did you mean \`${instanceKey(check, suggestion)}\`?`
      : `waive one of: ${names.map((name) => instanceKey(check, name)).join(', ')}, or \`${check}\` for all of them`,
  };
}
