/**
 * What gate and evaluate mode share: run the gate on the checked-out
 * repository (with production's files from the last accepted run when
 * `production-files` asks for them), write the reports to files and the job
 * summary, upload the report artifact, and on a passing push to the default
 * branch record production's files for later pull requests.
 */

import path from 'node:path';
import * as z from 'zod';
import { formatConfigError } from '../config/format-config-error.ts';
import { runGate } from '../engine/run-gate.ts';
import { ArtifactsUnavailableError } from '../github/artifact-store.ts';
import { eventFromActions } from '../github/event-context.ts';
import {
  baselineArtifactFiles,
  baselineArtifactName,
  fetchProductionBaseline,
} from '../github/production-baseline.ts';
import { reportArtifactFiles, reportArtifactName } from '../github/report-artifact.ts';
import { threadResampleRunner } from '../io/bootstrap-threads.ts';
import { FileScanScheduler } from '../io/file-scan-scheduler.ts';
import { nodeWorkspace } from '../io/node-workspace.ts';
import { sqlConnectionPool } from '../io/sql/sql-connection-pool.ts';
import type { ReportFiles } from '../io/write-report-files.ts';
import { errorMessage } from '../model/error-message.ts';
import type { Report } from '../model/report-model.ts';
import type { RunEvent } from '../model/run-event.ts';
import { mlgateVersion } from '../model/version.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { type ActionOutputs, emptyOutputs, type ModeContext } from './mode-context.ts';
import { withProductionFiles } from './production-files-workspace.ts';
import { writeReportOutputs } from './report-outputs.ts';

export interface Evaluation {
  report: Report;
  event: RunEvent;
  files: ReportFiles;
  outputs: ActionOutputs;
  /** Why the report artifact was not uploaded, when it was asked for and failed. */
  artifactProblem?: string;
}

export async function evaluateRepository(
  context: ModeContext,
  options: { uploadReport: boolean },
): Promise<Evaluation> {
  const { inputs, env, log } = context;
  const commentKey = inputs['comment-key'];
  const event = eventFromActions({
    eventName: context.eventName,
    payload: context.payload,
    env,
  });
  const root = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd(), inputs['working-directory']);
  // Query sources' connections: one pool for the run, closed once the gate has run.
  const pool = sqlConnectionPool();
  // The workspace's scans and the drift checks' comparisons share these threads.
  const scans = new FileScanScheduler();
  let workspace: Workspace = nodeWorkspace(
    root,
    {
      eventName: event.name,
      allowUntrustedCommands: inputs['allow-commands-on-privileged-events'],
    },
    scans,
    { connections: inputs.connections, pool },
  );
  const outputs = emptyOutputs();

  const wanted = inputs['production-files'];
  if (wanted.length > 0 && event.pullRequest && event.baseSha && event.repository) {
    const repo = event.repository;
    const pullRequest = event.pullRequest;
    const baseline = await workflowOf(context, repo).then(
      (workflow) =>
        fetchProductionBaseline({
          client: context.github(),
          store: context.artifacts,
          repo,
          workflow,
          branch: pullRequest.baseRef,
          artifactName: baselineArtifactName(commentKey),
          wanted,
        }),
      (error: Error) => ({
        production: {
          source: 'base-ref' as const,
          files: [],
          note: `finding this workflow failed: ${error.message}`,
        },
        files: new Map<string, string>(),
      }),
    );
    event.production = baseline.production;
    workspace = withProductionFiles(workspace, event.baseSha, baseline.files);
    outputs['production-source'] = baseline.production.source;
    outputs['production-baseline'] = baseline.production.source;
    if (baseline.production.source === 'artifact') {
      log.info(
        `mlgate: production baseline from run ${baseline.production.artifact?.runId}: ${baseline.production.files.join(', ')}`,
      );
    } else {
      log.warning(
        `mlgate: no production baseline artifact (${baseline.production.note}); production files are read from git at the base commit`,
      );
    }
  }

  const { report } = await runGate({
    configPath: inputs.config,
    workspace,
    event,
    now: context.now,
    elapsedMs: () => context.elapsedMs(),
    mlgateVersion,
    resampleRunner: threadResampleRunner(),
    scanThreads: scans,
  }).finally(() => pool.close());
  const { summary, json, files } = await writeReportOutputs(context, report, outputs);
  const evaluation: Evaluation = { report, event, files, outputs };
  if (options.uploadReport) {
    const name = reportArtifactName(commentKey);
    try {
      const uploaded = await context.artifacts.upload(
        name,
        // Profiles join here once checks hand them over: `profiles: [{ name, json }]`.
        reportArtifactFiles({ markdown: summary, json }),
        { retentionDays: inputs['retention-days'] },
      );
      outputs['artifact-id'] = String(uploaded.id);
      log.info(`mlgate: report uploaded as the artifact ${name} (${uploaded.size} bytes)`);
    } catch (error) {
      evaluation.artifactProblem = `uploading the artifact ${name} failed: ${errorMessage(error)}`;
      log.warning(
        error instanceof ArtifactsUnavailableError
          ? `mlgate: ${errorMessage(error)}; the report is in the job summary and in ${files.markdownPath}`
          : `mlgate: ${evaluation.artifactProblem}`,
      );
    }
  }

  if (wanted.length > 0 && report.verdict.passed && isDefaultBranchPush(event, context.payload)) {
    await recordProductionFiles(context, event, workspace, wanted);
  }
  return evaluation;
}

/** The job's failure message when the gate blocks, with config errors annotated at their line. */
export function blockedFailure(
  context: Pick<ModeContext, 'inputs' | 'log'>,
  report: Report,
): string | undefined {
  if (report.verdict.passed) return undefined;
  const workingDirectory = context.inputs['working-directory'].replaceAll('\\', '/');
  const problems: string[] = [];
  for (const error of report.configErrors) {
    const problem = formatConfigError(error);
    const file = path.posix.join(workingDirectory, error.file);
    context.log.error(problem, { file, ...(error.line === undefined ? {} : { line: error.line }) });
    problems.push(problem);
  }
  return `mlgate blocked this change:\n- ${[...problems, ...report.verdict.reasons].join('\n- ')}`;
}

const defaultBranchPayload = z.object({
  repository: z.object({ default_branch: z.string().min(1) }),
});

function isDefaultBranchPush(event: RunEvent, payload: unknown): boolean {
  const parsed = defaultBranchPayload.safeParse(payload);
  return (
    event.name === 'push' &&
    parsed.success &&
    event.ref === `refs/heads/${parsed.data.repository.default_branch}`
  );
}

async function recordProductionFiles(
  context: ModeContext,
  event: RunEvent,
  workspace: Workspace,
  wanted: readonly string[],
): Promise<void> {
  const { log, inputs } = context;
  const files: { path: string; text: string }[] = [];
  const missing: string[] = [];
  for (const file of wanted) {
    if (await workspace.exists(file, 'production-files').catch(() => false)) {
      files.push({ path: file, text: await workspace.readText(file, 'production-files') });
    } else {
      missing.push(file);
    }
  }
  if (missing.length > 0) {
    log.warning(
      `mlgate: \`production-files\` lists files this run does not have: ${missing.join(', ')}`,
    );
  }
  if (files.length === 0) return;
  if (!event.sha) {
    log.warning("mlgate: GITHUB_SHA is not set, so production's files are not recorded");
    return;
  }
  const name = baselineArtifactName(inputs['comment-key']);
  try {
    const uploaded = await context.artifacts.upload(
      name,
      baselineArtifactFiles({
        files,
        sha: event.sha,
        ref: event.ref ?? '',
        runId: Number(context.env.GITHUB_RUN_ID ?? 0),
        createdAt: context.now.toISOString(),
      }),
      { retentionDays: inputs['retention-days'] },
    );
    log.info(
      `mlgate: recorded production's files as ${name} (${files.map((f) => f.path).join(', ')}; artifact ${uploaded.id})`,
    );
  } catch (error) {
    log.warning(
      `mlgate: could not record production's files as ${name}: ${errorMessage(error)}. ` +
        'Pull requests will compare with the files at their base commit.',
    );
  }
}

/**
 * The workflow this job runs in, as GitHub's list-runs endpoint takes it: the
 * file name from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@ref`),
 * or the numeric id of this run's workflow.
 */
async function workflowOf(
  context: ModeContext,
  repo: { owner: string; repo: string },
): Promise<string | number> {
  const ref = context.env.GITHUB_WORKFLOW_REF;
  const file = ref ? /\/\.github\/workflows\/([^/@]+)@/.exec(ref)?.[1] : undefined;
  if (file) return file;
  const runId = Number(context.env.GITHUB_RUN_ID);
  return (await context.github().getWorkflowRun(repo, runId)).workflowId;
}
