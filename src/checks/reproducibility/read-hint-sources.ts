/**
 * Reads what the static hints are made of, through the workspace: the
 * dependency manifests git tracks, the config files that may declare seeds,
 * and the training code (the scripts the command names, the step's code
 * inputs), and turns them into dependency hints and the seed evidence.
 */
import { errorMessage } from '../../model/error-message.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import { defaultSeedFiles } from './config-seeds.ts';
import { dependencyFiles, dependencyHints } from './dependency-hints.ts';
import type { ReproducibilityConfig } from './reproducibility-config.ts';
import { type SeedEvidence, seedEvidence } from './seed-evidence.ts';
import { type CommandSource, codeFilesToSearch } from './seed-sources.ts';
import type { Training } from './training-runs.ts';

const key = 'checks.reproducibility';

export interface HintSources {
  dependencyHints: string[];
  seeds: SeedEvidence;
}

export async function readHintSources(
  config: ReproducibilityConfig,
  training: Training | undefined,
  workspace: Workspace,
): Promise<HintSources> {
  let tracked: string[];
  try {
    tracked = await workspace.listTrackedFiles();
  } catch (error) {
    return {
      dependencyHints: [`Static hints unavailable: ${errorMessage(error)}`],
      seeds: { seeds: [], unseeded: [], searched: [], unread: 0 },
    };
  }
  const read = async (files: readonly string[], readKey: string) => {
    const texts = new Map<string, string>();
    for (const file of files) texts.set(file, await workspace.readText(file, readKey));
    return texts;
  };
  const { commands, inputs } = trainingSources(training);
  const code = codeFilesToSearch(commands, inputs, tracked);
  return {
    dependencyHints: dependencyHints(tracked, await read(dependencyFiles(tracked), key)),
    seeds: seedEvidence({
      commands: commands.map((source) => source.command),
      configTexts: await read(config.seed_files ?? defaultSeedFiles(tracked), `${key}.seed_files`),
      codeTexts: await read(code.files, key),
      unread: code.skipped,
    }),
  };
}

function trainingSources(training: Training | undefined): {
  commands: CommandSource[];
  inputs: string[];
} {
  if (training?.kind === 'command') {
    const { working_directory } = training.config;
    return {
      commands: [
        {
          command: training.command,
          ...(working_directory ? { workingDirectory: working_directory } : {}),
        },
      ],
      inputs: [],
    };
  }
  const steps =
    training?.kind === 'steps' ? training.order.map((name) => training.steps[name]) : [];
  return {
    commands: steps.flatMap((step) =>
      step
        ? [
            {
              command: step.command,
              ...(step.working_directory ? { workingDirectory: step.working_directory } : {}),
            },
          ]
        : [],
    ),
    inputs: steps.flatMap((step) => step?.inputs ?? []),
  };
}
