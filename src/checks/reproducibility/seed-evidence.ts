/**
 * What the config, the command line and the training code say about seeds,
 * and what to tell a user whose runs differ: seed what has no seed, or, when
 * everything is seeded, look where seeds do not reach. Nothing is said about
 * a missing seed while the runs reproduce: a deterministic pipeline needs none.
 */
import { codeSeeds, type SeedSite } from './code-seeds.ts';
import { configSeeds } from './config-seeds.ts';

export interface SeedEvidence {
  /** Where a seed is fixed: `params.yaml: training.seed = 7`, `train.py:8: np.random.seed(42)`. */
  seeds: string[];
  /** What draws a new random state every run: `train.py:4: np.random.default_rng()`. */
  unseeded: string[];
  /** The files read, config files first. */
  searched: string[];
  /** Code files not read (past the cap). */
  unread: number;
}

export interface SeedSources {
  commands: readonly string[];
  configTexts: ReadonlyMap<string, string>;
  codeTexts: ReadonlyMap<string, string>;
  unread: number;
}

const commandSeed = /(?<!\S)(--?[\w-]*(?:seed|random[-_]state)[\w-]*)(?:=|\s+)(\d+)(?!\S)/gi;

export function seedEvidence(sources: SeedSources): SeedEvidence {
  const fromCommands = sources.commands.flatMap((command) =>
    [...command.matchAll(commandSeed)].map((match) => `the command: ${match[1]} ${match[2]}`),
  );
  const fromConfig = [...sources.configTexts].flatMap(([file, text]) => configSeeds(file, text));
  const sites = [...sources.codeTexts].flatMap(([file, text]) => codeSeeds(file, text));
  return {
    seeds: [...fromCommands, ...fromConfig, ...sites.filter((s) => s.seeded).map(siteText)],
    unseeded: sites.filter((site) => !site.seeded).map(siteText),
    searched: [...sources.configTexts.keys(), ...sources.codeTexts.keys()],
    unread: sources.unread,
  };
}

function siteText(site: SeedSite): string {
  return `${site.file}:${site.line}: ${site.text}`;
}

/** The seed lines of the static hints; the missing and unseeded ones only when runs differ. */
export function seedHints(evidence: SeedEvidence, nondeterministic: boolean): string[] {
  const hints: string[] = [];
  if (evidence.seeds.length > 0) hints.push(`Seeds set: ${listed(evidence.seeds, 10)}.`);
  if (!nondeterministic) return hints;
  if (evidence.unseeded.length > 0) {
    hints.push(`Drawn without a seed: ${listed(evidence.unseeded, 10)}.`);
  }
  if (evidence.seeds.length === 0) hints.push(`No seed found in ${searchedText(evidence)}.`);
  return hints;
}

/** The likely cause of runs that differ, for the summary. */
export function seedCause(evidence: SeedEvidence): string {
  if (evidence.unseeded.length > 0) return `drawn without a seed: ${listed(evidence.unseeded, 2)}`;
  if (evidence.seeds.length === 0) {
    const searched = evidence.searched;
    return searched.length === 0
      ? 'no seed found'
      : `no seed found in ${alternatives(searched, 3)}`;
  }
  return `seeds are set (${listed(evidence.seeds, 2)}), so something they do not reach varies`;
}

/** One sentence for the findings of outputs that differ between runs. */
export function seedFix(evidence: SeedEvidence): string {
  const sameEverywhere = 'so that every output is the same in every run';
  if (evidence.unseeded.length > 0) {
    return `Give a seed to what draws a new random state every run (${listed(evidence.unseeded, 3)}): pass one (default_rng(42), random_state=42) or use a seeded generator, ${sameEverywhere}.`;
  }
  if (evidence.seeds.length === 0) {
    return `No seed in ${searchedText(evidence)}: set random_state=… on estimators and splits, np.random.seed(…), torch.manual_seed(…) or set_seed(…) in training, ${sameEverywhere}, or give the outputs a tolerance in \`checks.reproducibility.outputs\`.`;
  }
  return `Seeds are set (${listed(evidence.seeds, 3)}) yet the runs differ: look where they do not reach (threads such as n_jobs or OMP_NUM_THREADS, GPU kernels without torch.use_deterministic_algorithms, a library with its own unseeded random state, a timestamp written into an output, which \`checks.reproducibility.ignore_keys\` can skip).`;
}

function searchedText(evidence: SeedEvidence): string {
  if (evidence.searched.length === 0) {
    return 'any file read (list the config files that set seeds in `checks.reproducibility.seed_files`)';
  }
  const unread = evidence.unread > 0 ? ` (${evidence.unread} more code files not read)` : '';
  return `${alternatives(evidence.searched, 4)}${unread}`;
}

/** `a; b; c and 2 more` */
function listed(items: readonly string[], most: number): string {
  const more = items.length > most ? ` and ${items.length - most} more` : '';
  return `${items.slice(0, most).join('; ')}${more}`;
}

/** `a, b or c`; past `most`, `a, b, c and 2 more`. */
function alternatives(items: readonly string[], most: number): string {
  if (items.length > most)
    return `${items.slice(0, most).join(', ')} and ${items.length - most} more`;
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
