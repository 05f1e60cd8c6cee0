import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { parseConfig } from '../../../src/config/parse-config.ts';

const steps = `steps:
  train:
    command: node train.mjs
    outputs: [model.json, metrics.json]
  predict:
    command: node predict.mjs
    needs: [train]
    outputs: [{path: predictions.csv, id_column: id}]
`;

function errors(yaml: string) {
  const parsed = parseConfig(yaml);
  assert.equal(parsed.ok, false, 'the config should be rejected');
  return parsed.ok ? [] : parsed.errors.map(({ key, message, fix }) => ({ key, message, fix }));
}

describe('steps in mlgate.yml', () => {
  it('takes a check input as {step, file} and gives the check the path step:<step>/<file>', () => {
    const parsed = parseConfig(
      `${steps}checks:\n  numerical_stability:\n    predictions: {step: predict, file: predictions.csv}\n    columns: [score]\n`,
    );
    assert.ok(parsed.ok, JSON.stringify(parsed));
    assert.deepEqual(
      JSON.parse(JSON.stringify(parsed.config.checks.numerical_stability)).predictions,
      'step:predict/predictions.csv',
    );
    assert.deepEqual(parsed.config.steps.predict?.needs, ['train']);
  });

  it('reports steps in a circle as a config error, also when a check runs one of them', () => {
    const circle = `steps:\n  a: {command: x, needs: [b], outputs: [a.csv]}\n  b: {command: y, needs: [a], outputs: [b.csv]}\n`;
    const found = errors(
      `${circle}checks:\n  integration_test:\n    pipeline:\n      step: a\n      outputs: [a.csv]\n`,
    );
    assert.ok(
      found.some((error) => /circle|cycle/.test(error.message)),
      JSON.stringify(found),
    );
  });

  it('accepts steps without checks: committed_artifacts will run', () => {
    assert.ok(parseConfig(steps).ok);
  });

  it('names an input whose step is not declared, and the steps there are', () => {
    assert.deepEqual(
      errors(
        `${steps}checks:\n  numerical_stability:\n    predictions: {step: serve, file: predictions.csv}\n    columns: [score]\n`,
      ),
      [
        {
          key: 'checks.numerical_stability.predictions',
          message: 'no step named "serve"',
          fix: 'use one of: train, predict, or declare it under `steps:`',
        },
      ],
    );
  });

  it('names an input that is not an output of its step, and the outputs it has', () => {
    assert.deepEqual(
      errors(
        `${steps}checks:\n  numerical_stability:\n    predictions: {step: train, file: predictions.csv}\n    columns: [score]\n`,
      ),
      [
        {
          key: 'checks.numerical_stability.predictions',
          message: 'predictions.csv is not an output of step "train"',
          fix: 'add it to `steps.train.outputs`, or name one of: model.json, metrics.json',
        },
      ],
    );
  });

  it('checks a `steps` list under a check against the declared steps', () => {
    assert.deepEqual(
      errors(`${steps}checks:\n  committed_artifacts:\n    steps: [train, deploy]\n`),
      [
        {
          key: 'checks.committed_artifacts.steps[1]',
          message: 'no step named "deploy"',
          fix: 'use one of: train, predict, or declare it under `steps:`',
        },
      ],
    );
  });

  it('a check that runs a step names only outputs of that step or of a step it needs', () => {
    assert.deepEqual(
      errors(
        `${steps}checks:\n  integration_test:\n    pipeline:\n      step: predict\n      outputs: [model.json, predictions.csv, report.html]\n`,
      ),
      [
        {
          key: 'checks.integration_test.pipeline.outputs[2]',
          message: 'report.html is not an output of step "predict" or of a step it needs',
          fix: 'add it to `steps.predict.outputs`, or name one of: model.json, metrics.json, predictions.csv',
        },
      ],
    );
  });

  it('rejects needs that name no step, circles, and two writers of one file', () => {
    const yaml = `steps:
  a: {command: x, needs: [b], outputs: [out.csv]}
  b: {command: y, needs: [a, c]}
  d: {command: z, outputs: [out.csv]}
`;
    assert.deepEqual(errors(yaml), [
      {
        key: 'steps.a.needs',
        message: 'the steps need each other in a circle: a → b → a',
        fix: 'remove one of these `needs` so that the steps have an order',
      },
      {
        key: 'steps.b.needs[1]',
        message: 'step "b" needs "c", which is not a step',
        fix: 'declare it under `steps:` or use one of: a, b, d',
      },
      {
        key: 'steps.d.outputs[0]',
        message: 'out.csv is an output of both "a" and "d"',
        fix: 'declare each file as the output of the one step that writes it last',
      },
    ]);
  });

  it('refuses a step name that is not a plain word', () => {
    const [error] = errors('steps:\n  "train model": {command: x}\n');
    assert.equal(error?.key, 'steps.train model');
    assert.match(error?.message ?? '', /letters, digits, - and _/);
  });
});
