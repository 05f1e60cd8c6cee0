import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { parseRowRule, RuleError } from '../../src/table-schema/row-rule.ts';
import { evaluateRule, type RuleValue } from '../../src/table-schema/row-rule-evaluator.ts';
import { parseTableSchema } from '../../src/table-schema/table-schema.ts';

const { fields } = parseTableSchema(
  JSON.stringify({
    fields: [
      { name: 'start', type: 'date' },
      { name: 'end', type: 'date' },
      { name: 'amount', type: 'number' },
      { name: 'count', type: 'integer' },
      { name: 'status' },
      { name: 'paid', type: 'boolean' },
    ],
  }),
  'schema.json',
);

function value(rule: string, row: Record<string, RuleValue>): RuleValue {
  const parsed = parseRowRule(rule, '0', fields);
  return evaluateRule(parsed.node, (name) => row[name] ?? null);
}

function problem(rule: string): string {
  try {
    parseRowRule(rule, '0', fields);
  } catch (error) {
    assert.ok(error instanceof RuleError);
    return `${error.problem.message} | ${error.problem.fix}`;
  }
  assert.fail(`"${rule}" parsed`);
}

describe('row rules: the language', () => {
  it('compares, computes and combines', () => {
    assert.equal(value('end >= start', { start: '2024-01-01', end: '2024-02-01' }), true);
    assert.equal(value('end >= start', { start: '2024-03-01', end: '2024-02-01' }), false);
    assert.equal(value('end >= "2024-02-15"', { end: '2024-02-01' }), false);
    assert.equal(value('amount * 2 + 1 == count', { amount: 1.5, count: 4 }), true);
    assert.equal(value('count % 2 == 1 and -amount < 0', { amount: 3, count: 3 }), true);
    assert.equal(value('status in ["a", "b"] or amount == 0', { status: 'c', amount: 0 }), true);
    assert.equal(value('status in ["a", "b"] or amount == 0', { status: 'c', amount: 1 }), false);
    assert.equal(value('not (amount > 1) && !paid', { amount: 0, paid: false }), true);
    assert.equal(value('count in [-1, 2]', { count: -1 }), true);
    assert.equal(value('paid == true || paid == false', { paid: true }), true);
  });

  it('a missing cell is unknown, as in SQL, except against the literal null', () => {
    assert.equal(value('end >= start', { start: '2024-01-01', end: null }), null);
    assert.equal(value('amount + 1 > 0', { amount: null }), null);
    assert.equal(value('amount == count', { amount: null, count: 1 }), null);
    assert.equal(value('status in ["a"]', { status: null }), null);
    assert.equal(value('not (amount > 0)', { amount: null }), null);
    // Kleene: false and unknown is false; true or unknown is true.
    assert.equal(value('count > 5 and amount > 0', { count: 1, amount: null }), false);
    assert.equal(value('amount > 0 and count > 5', { count: 1, amount: null }), false);
    assert.equal(value('count < 5 or amount > 0', { count: 1, amount: null }), true);
    assert.equal(value('amount > 0 or count < 5', { count: 1, amount: null }), true);
    assert.equal(value('amount > 0 or count > 5', { count: 1, amount: null }), null);
    assert.equal(value('amount == null', { amount: null }), true);
    assert.equal(value('amount != null', { amount: 2 }), true);
    assert.equal(value('null == amount', { amount: 2 }), false);
  });

  it('records the fields a rule reads, in order of first use', () => {
    assert.deepEqual(parseRowRule('end >= start and end != null', 'r', fields).fields, [
      'end',
      'start',
    ]);
  });
});

describe('row rules: what is refused, and where', () => {
  it('a syntax error names the character, or the end', () => {
    assert.match(problem('amount > > 1'), /cannot parse the rule: .* at character 10/);
    assert.match(problem('amount >= '), /Expected expression after >= at the end/);
    assert.match(problem('(amount > 1'), /at the end/);
  });

  it('nothing but the row is reachable: no members, calls, this, conditionals', () => {
    assert.match(problem('status.length > 1'), /member access .* is not allowed/);
    assert.match(problem('constructor("x")'), /a function call is not allowed/);
    assert.match(problem('this == null'), /`this` is not allowed/);
    assert.match(problem('paid ? amount > 1 : amount > 2'), /a conditional .* is not allowed/);
    assert.match(problem('amount > 1 amount < 2'), /more than one expression/);
    assert.match(problem('amount === 1'), /the operator === is not allowed \| Use ==/);
    assert.match(problem('(amount | 1) > 0'), /the operator \| is not allowed/);
  });

  it('a name that is not a field is refused with the fields', () => {
    assert.match(
      problem('__proto__ == null'),
      /"__proto__", which is not a field of the schema; the fields are start, end, amount, count, status, paid/,
    );
    assert.match(problem('toString == null'), /"toString", which is not a field/);
  });

  it('types must match: numbers with numbers, texts and dates with texts', () => {
    assert.match(problem('amount > "5"'), /> cannot combine a number with a text/);
    assert.match(problem('status + 1 > 0'), /\+ cannot combine a text with a number/);
    assert.match(problem('amount > 1 and status'), /and cannot combine a text with a boolean/);
    assert.match(problem('status in ["a", 1]'), /in cannot combine a text with a number/);
    assert.match(problem('amount > null'), /> cannot combine a number with a null/);
    assert.match(problem('status in status'), /`in` takes a list of literals/);
    assert.match(problem('amount + 1'), /the rule gives a number, not true or false/);
  });
});
