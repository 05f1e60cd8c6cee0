import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import {
  brokenCells,
  constraintReference,
} from '../../../src/checks/schema-validation/constraint-words.ts';
import { parseTableSchema } from '../../../src/table-schema/table-schema.ts';

const schema = parseTableSchema(
  JSON.stringify({
    fields: [
      { name: 'date', type: 'date', constraints: { minimum: '2012-01-01' } },
      { name: 'mass', type: 'number', constraints: { maximum: 7500 } },
      { name: 'code', type: 'string', constraints: { pattern: '[A-Z]{3}', enum: ['ABC'] } },
    ],
  }),
  'schema.json',
);
const [date, mass, code] = schema.fields;

describe('the words of a broken schema constraint', () => {
  it('names the cells it counts', () => {
    assert.equal(brokenCells('mass', 'maximum'), 'mass cells above maximum');
    assert.equal(brokenCells('date', 'required'), 'date cells missing (required)');
  });

  it("gives the schema's limit as written, dates as dates", () => {
    assert.deepEqual(constraintReference(mass, 'maximum'), { label: 'maximum', value: 7500 });
    assert.deepEqual(constraintReference(date, 'minimum'), {
      label: 'minimum',
      value: '2012-01-01',
    });
    assert.deepEqual(constraintReference(code, 'pattern'), { label: 'pattern', value: '[A-Z]{3}' });
    assert.deepEqual(constraintReference(code, 'type'), { label: 'type', value: 'string' });
    // An enum has no single value to compare with; an unknown field has no constraint.
    assert.equal(constraintReference(code, 'enum'), undefined);
    assert.equal(constraintReference(undefined, 'maximum'), undefined);
  });
});
