import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import {
  readReportArtifact,
  reportArtifactFiles,
  reportArtifactName,
} from '../../src/github/report-artifact.ts';
import { renderJson } from '../../src/report/render-json.ts';
import { writeZip } from '../mocks/zip-archive.ts';
import { blocked } from '../report/scenarios.ts';

const source = 'artifact mlgate-report-default of run 42';
const zipOf = (files: { path: string; content: string | Uint8Array }[]) =>
  writeZip(Object.fromEntries(files.map((f) => [f.path, f.content])));

describe('report artifact', () => {
  it('is named per comment key and holds the reports and the profiles', () => {
    assert.equal(reportArtifactName('model-a'), 'mlgate-report-model-a');
    const files = reportArtifactFiles({
      markdown: '# report',
      json: '{}',
      profiles: [{ name: 'train set/v2', json: '{"format":"mlgate-profile"}' }],
    });
    assert.deepEqual(
      files.map((f) => f.path),
      ['mlgate-report.md', 'mlgate-report.json', 'profiles/train_set_v2.json'],
    );
  });

  it('reads back the report it stored, validated', () => {
    const json = renderJson(blocked());
    const read = readReportArtifact(zipOf(reportArtifactFiles({ markdown: 'x', json })), source);
    assert.ok(read.ok);
    assert.deepEqual(read.report, JSON.parse(json));
  });

  it('names what is wrong with a tampered or broken artifact', () => {
    const missing = readReportArtifact(writeZip({ 'mlgate-report.md': '✅ passed' }), source);
    assert.deepEqual(missing, { ok: false, problem: `${source} has no mlgate-report.json` });

    const notZip = readReportArtifact(new TextEncoder().encode('not a zip'), source);
    assert.match(
      (notZip as { problem: string }).problem,
      /of run 42 can't be read: not a zip archive/,
    );

    const binary = readReportArtifact(
      writeZip({ 'mlgate-report.json': new Uint8Array([0xff, 0xfe, 0x00]) }),
      source,
    );
    assert.match((binary as { problem: string }).problem, /can't be read: .*encoded data/);

    const report = JSON.parse(renderJson(blocked()));
    report.verdict.passed = 'true';
    const tampered = readReportArtifact(
      writeZip({ 'mlgate-report.json': JSON.stringify(report) }),
      source,
    );
    assert.match(
      (tampered as { problem: string }).problem,
      /^mlgate-report.json in artifact mlgate-report-default of run 42 does not have the shape of an mlgate report: `verdict.passed`/,
    );
  });
});
