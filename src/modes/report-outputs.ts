/**
 * What every mode does with a finished report before it talks to GitHub:
 * render it, write the Markdown and JSON files, append it to the job summary,
 * and fill the report's action outputs.
 */
import os from 'node:os';
import path from 'node:path';
import { type ReportFiles, writeReportFiles } from '../io/write-report-files.ts';
import type { Report } from '../model/report-model.ts';
import { renderSummary } from '../report/render-comment.ts';
import { renderJson } from '../report/render-json.ts';
import type { ActionOutputs, ModeContext } from './mode-context.ts';

export interface WrittenReport {
  summary: string;
  json: string;
  files: ReportFiles;
}

export async function writeReportOutputs(
  context: ModeContext,
  report: Report,
  outputs: ActionOutputs,
): Promise<WrittenReport> {
  const commentKey = context.inputs['comment-key'];
  const summary = renderSummary(report, { commentKey });
  const json = renderJson(report);
  const files = await writeReportFiles(
    path.join(context.env.RUNNER_TEMP ?? os.tmpdir(), `mlgate-${commentKey}`),
    summary,
    json,
  );
  outputs.passed = String(report.verdict.passed);
  outputs.score = String(report.score.final);
  outputs.scores = JSON.stringify({
    ...Object.fromEntries(report.score.sections.map((s) => [s.section, s.score])),
    final: report.score.final,
  });
  outputs['report-path'] = files.markdownPath;
  outputs['report-json-path'] = files.jsonPath;
  await context.writeSummary(summary);
  return { summary, json, files };
}
