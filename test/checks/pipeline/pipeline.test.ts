/**
 * The gate run's pipeline against a real git repository and real commands:
 * steps run after what they need, once per gate run, in one scratch copy; an
 * output counts only when the run wrote it; a failing step stops the run; a
 * privileged event runs nothing. And the checks' workspace reads
 * `step:<step>/<file>` from that copy, or says why it can't.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'vitest';
import { createPipeline, type Pipeline } from '../../../src/checks/pipeline/pipeline.ts';
import { pipelineSteps } from '../../../src/checks/pipeline/pipeline-step.ts';
import { withStepOutputs } from '../../../src/checks/pipeline/step-output-workspace.ts';
import { diskWorkspace } from '../../mocks/disk-workspace.ts';
import { type TempGitRepository, tempGitRepository } from '../../mocks/temp-git-repository.ts';

/** A node one-liner that appends the step's name to a log outside the copy, then runs `body`. */
function script(log: string, name: string, body = ''): string {
  const code = `require('fs').appendFileSync(${JSON.stringify(log)}, '${name}\\n'); ${body}`;
  return `node -e ${JSON.stringify(code)}`;
}

const write = (file: string, text: string) =>
  `require('fs').mkdirSync(require('path').dirname('${file}'), {recursive: true}); require('fs').writeFileSync('${file}', '${text}');`;

describe('the pipeline of a gate run', () => {
  let repo: TempGitRepository;
  let scratch: string;
  let log: string;
  let pipeline: Pipeline | undefined;
  beforeEach(() => {
    repo = tempGitRepository({ 'model.json': '{"w": 1}\n', 'README.md': 'x\n' });
    repo.commit('base');
    scratch = mkdtempSync(path.join(os.tmpdir(), 'mlgate-pipeline-test-'));
    log = path.join(scratch, 'runs.log');
  });
  afterEach(async () => {
    await pipeline?.dispose();
    pipeline = undefined;
    repo.remove();
    rmSync(scratch, { recursive: true, force: true });
  });

  const stepsOf = () =>
    pipelineSteps.parse({
      train: {
        command: script(log, 'train', write('model.json', '{"w": 2}')),
        outputs: ['model.json'],
      },
      predict: {
        command: script(log, 'predict', `${write('out/p.csv', 'id,score\\na,0.5\\n')}`),
        needs: ['train'],
        outputs: ['out/p.csv'],
      },
      report: { command: script(log, 'report'), needs: ['predict'], outputs: ['report.txt'] },
    });

  it('runs a step after what it needs, each once, and leaves the repository alone', async () => {
    const workspace = diskWorkspace(repo.root);
    pipeline = createPipeline(workspace, stepsOf());
    const first = await pipeline.run('predict');
    const second = await pipeline.run('train');
    assert.equal(first.kind, 'ran');
    assert.equal(second.kind, 'ran');
    assert.equal(readFileSync(log, 'utf8'), 'train\npredict\n');
    assert.deepEqual(first.kind === 'ran' && first.outputs, [
      { step: 'train', path: 'model.json' },
      { step: 'predict', path: 'out/p.csv' },
    ]);
    assert.equal(readFileSync(path.join(repo.root, 'model.json'), 'utf8'), '{"w": 1}\n');
    const stepped = withStepOutputs(workspace, pipeline);
    assert.equal(await stepped.readText('step:train/model.json', 'k'), '{"w": 2}');
    assert.equal(await stepped.readText('model.json', 'k'), '{"w": 1}\n');
    // At a revision, a step output means the committed file: what that revision's code made.
    assert.equal(
      await stepped.readTextAtRevision('HEAD', 'step:train/model.json', 'k'),
      '{"w": 1}\n',
    );
  });

  it('does not count a file the step left as committed, nor one it never wrote', async () => {
    const steps = stepsOf();
    pipeline = createPipeline(diskWorkspace(repo.root), {
      ...steps,
      train: { ...steps.train!, command: script(log, 'train') },
    });
    const run = await pipeline.runAll();
    assert.equal(run.kind, 'ran');
    assert.deepEqual(run.kind === 'ran' && run.outputs, [
      { step: 'train', path: 'model.json', problem: 'untouched' },
      { step: 'predict', path: 'out/p.csv' },
      { step: 'report', path: 'report.txt', problem: 'not written' },
    ]);
    const stepped = withStepOutputs(diskWorkspace(repo.root), pipeline);
    await assert.rejects(stepped.readText('step:train/model.json', 'checks.x.file'), {
      name: 'StepOutputError',
      message:
        'checks.x.file: step "train" ran but did not write model.json (the file is as committed, untouched by the run); make the command write it, or correct `steps.train.outputs`',
    });
  });

  it('stops at a failing step; what needs it does not run, and readers learn why', async () => {
    const steps = stepsOf();
    pipeline = createPipeline(diskWorkspace(repo.root), {
      ...steps,
      train: { ...steps.train!, command: script(log, 'train', 'process.exit(3)') },
    });
    const run = await pipeline.run('report');
    assert.equal(run.kind, 'failed');
    assert.equal(run.kind === 'failed' && run.failed.step, 'train');
    assert.equal(run.kind === 'failed' && run.failed.result.exitCode, 3);
    assert.equal(readFileSync(log, 'utf8'), 'train\n');
    const stepped = withStepOutputs(diskWorkspace(repo.root), pipeline);
    await assert.rejects(
      stepped.readTable('step:predict/out/p.csv', 'checks.y.predictions'),
      (error) =>
        /^checks\.y\.predictions reads out\/p\.csv as step "predict" produces it, but step "train" \(`node -e .*`\) ended with exit code 3; fix the step, then re-run$/.test(
          (error as Error).message,
        ),
    );
  });

  it('a failing step fails what needs it, not a step that does not', async () => {
    pipeline = createPipeline(
      diskWorkspace(repo.root),
      pipelineSteps.parse({
        broken: { command: script(log, 'broken', 'process.exit(1)') },
        after: { command: script(log, 'after'), needs: ['broken'] },
        alone: { command: script(log, 'alone', write('a.txt', 'a')), outputs: ['a.txt'] },
      }),
    );
    const after = await pipeline.run('after');
    const alone = await pipeline.run('alone');
    assert.equal(after.kind === 'failed' && after.failed.step, 'broken');
    assert.equal(alone.kind, 'ran');
    assert.equal((await pipeline.run('broken')).kind, 'failed');
    assert.equal(readFileSync(log, 'utf8'), 'broken\nalone\n');
  });

  it('runs nothing on a privileged event unless the workflow allowed commands', async () => {
    const workspace = diskWorkspace(repo.root, {
      eventName: 'pull_request_target',
      allowUntrustedCommands: false,
    });
    pipeline = createPipeline(workspace, stepsOf());
    const run = await pipeline.runAll();
    assert.equal(run.kind, 'refused');
    assert.match(
      run.kind === 'refused' ? run.reason : '',
      /not run on `pull_request_target` events/,
    );
  });
});
