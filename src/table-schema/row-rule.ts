/**
 * A row rule: an expression over one row's fields that every row must make
 * true, e.g. `temp_max >= temp_min` or `status in ["a", "b"] or amount == 0`.
 * jsep (https://github.com/EricSmekens/jsep) only parses the text into a
 * tree; this file then admits a small language and checks its types against
 * the schema, so a rule never runs code and reaches nothing but the row's
 * fields: literals, field names, `== != < <= > >=`, `+ - * / %`, `and or not`
 * (also `&& || !`), `in [literal, …]` and `== null`. Numbers (integer, number)
 * compare with numbers, texts (string, and date/datetime as ISO text) with
 * texts, booleans with booleans.
 */
import jsep from 'jsep';
import type { FieldType, SchemaField } from './table-schema.ts';

jsep.addBinaryOp('or', 1);
jsep.addBinaryOp('and', 2);
jsep.addBinaryOp('in', 7);
jsep.addUnaryOp('not');

export type RuleNode =
  | { type: 'literal'; value: string | number | boolean | null }
  | { type: 'field'; name: string; valueType: ValueType }
  | { type: 'not' | 'negate'; argument: RuleNode }
  | { type: 'logic'; operator: 'and' | 'or'; left: RuleNode; right: RuleNode }
  | { type: 'compare'; operator: Comparison; left: RuleNode; right: RuleNode }
  | { type: 'arithmetic'; operator: Arithmetic; left: RuleNode; right: RuleNode }
  | { type: 'in'; value: RuleNode; list: readonly (string | number | boolean)[] };

export type ValueType = 'number' | 'text' | 'boolean' | 'null';
type Comparison = '==' | '!=' | '<' | '<=' | '>' | '>=';
type Arithmetic = '+' | '-' | '*' | '/' | '%';

export interface RowRule {
  /** How findings name it: the configured name, else its 0-based index. */
  label: string;
  source: string;
  node: RuleNode;
  /** The fields it reads, in order of first use. */
  fields: string[];
}

/** Why a rule cannot be used; `position` is the 0-based character where parsing stopped. */
export interface RuleProblem {
  message: string;
  position?: number;
  fix: string;
}

export class RuleError extends Error {
  readonly problem: RuleProblem;
  constructor(problem: RuleProblem) {
    super(problem.message);
    this.problem = problem;
  }
}

const comparisons = new Set(['==', '!=', '<', '<=', '>', '>=']);
const arithmetic = new Set(['+', '-', '*', '/', '%']);
const logic: Record<string, 'and' | 'or'> = { and: 'and', '&&': 'and', or: 'or', '||': 'or' };
const valueTypes: Record<FieldType, ValueType> = {
  number: 'number',
  integer: 'number',
  string: 'text',
  date: 'text',
  datetime: 'text',
  boolean: 'boolean',
};
const allowed =
  'a rule uses field names, literals, == != < <= > >=, + - * / %, and/or/not and `in [..]`';

/** Parses and type-checks a rule; throws a RuleError saying where and how to fix it. */
export function parseRowRule(
  source: string,
  label: string,
  fields: readonly SchemaField[],
): RowRule {
  let tree: jsep.Expression;
  try {
    tree = jsep(source);
  } catch (error) {
    const { description, index } = error as { description?: string; index?: number };
    throw new RuleError({
      message: `cannot parse the rule: ${description ?? String(error)} ${where(source, index)}`,
      ...(index === undefined ? {} : { position: index }),
      fix: `Write the rule as an expression over the row's fields, e.g. "temp_max >= temp_min"; ${allowed}.`,
    });
  }
  const used: string[] = [];
  const node = toRuleNode(tree, fields, used);
  const type = typeOf(node);
  if (type !== 'boolean') {
    throw new RuleError({
      message: `the rule gives a ${type}, not true or false`,
      fix: 'Compare the value with something, e.g. "amount >= 0".',
    });
  }
  return { label, source, node, fields: used };
}

function toRuleNode(
  tree: jsep.Expression,
  fields: readonly SchemaField[],
  used: string[],
): RuleNode {
  const recurse = (child: jsep.Expression) => toRuleNode(child, fields, used);
  switch (tree.type) {
    case 'Literal': {
      const value = (tree as jsep.Literal).value;
      // A regular expression literal is an object; rules compare plain values only.
      if (value !== null && typeof value === 'object') break;
      return { type: 'literal', value: value as string | number | boolean | null };
    }
    case 'Identifier': {
      const name = (tree as jsep.Identifier).name;
      const field = fields.find((f) => f.name === name);
      if (!field) {
        throw new RuleError({
          message: `the rule names "${name}", which is not a field of the schema; the fields are ${fields.map((f) => f.name).join(', ')}`,
          fix: `Name one of the schema's fields, or add a field "${name}" to the schema.`,
        });
      }
      if (!used.includes(name)) used.push(name);
      return { type: 'field', name, valueType: valueTypes[field.type] };
    }
    case 'UnaryExpression': {
      const { operator, argument } = tree as jsep.UnaryExpression;
      if (operator === '!' || operator === 'not')
        return { type: 'not', argument: recurse(argument) };
      if (operator === '-') return { type: 'negate', argument: recurse(argument) };
      break;
    }
    case 'BinaryExpression': {
      const { operator, left, right } = tree as jsep.BinaryExpression;
      if (operator === 'in') return { type: 'in', value: recurse(left), list: literalList(right) };
      const operands = { left: recurse(left), right: recurse(right) };
      if (logic[operator]) return { type: 'logic', operator: logic[operator], ...operands };
      if (comparisons.has(operator))
        return { type: 'compare', operator: operator as Comparison, ...operands };
      if (arithmetic.has(operator))
        return { type: 'arithmetic', operator: operator as Arithmetic, ...operands };
      throw new RuleError({
        message: `the operator ${operator} is not allowed`,
        fix: `Use ${operator === '===' ? '==' : operator === '!==' ? '!=' : 'another operator'}; ${allowed}.`,
      });
    }
  }
  throw new RuleError({
    message: `${words[tree.type] ?? tree.type} is not allowed in a rule`,
    fix: `Rewrite the rule: ${allowed}; it reaches only the row's fields.`,
  });
}

const words: Record<string, string> = {
  MemberExpression: 'member access (a.b, a[0])',
  CallExpression: 'a function call',
  ThisExpression: '`this`',
  Compound: 'more than one expression',
  ConditionalExpression: 'a conditional (a ? b : c)',
  ArrayExpression: 'a list outside `in [..]`',
  SequenceExpression: 'a sequence (a, b)',
};

function literalList(tree: jsep.Expression): (string | number | boolean)[] {
  const elements = tree.type === 'ArrayExpression' ? (tree as jsep.ArrayExpression).elements : [];
  const values = elements.map((element) => {
    if (element?.type === 'Literal') return (element as jsep.Literal).value;
    const unary = element as jsep.UnaryExpression | null;
    if (unary?.type === 'UnaryExpression' && unary.operator === '-') {
      const inner = unary.argument as jsep.Literal;
      if (inner.type === 'Literal' && typeof inner.value === 'number') return -inner.value;
    }
    return undefined;
  });
  if (tree.type !== 'ArrayExpression' || values.length === 0 || !values.every(isScalar)) {
    throw new RuleError({
      message: '`in` takes a list of literals, e.g. ["a", "b"] or [1, 2]',
      fix: 'Write the values in brackets after `in`, e.g. weather in ["rain", "snow"].',
    });
  }
  return values as (string | number | boolean)[];
}

/** jsep's 0-based index as words: "at character 5", or "at the end" when the rule stops short. */
function where(source: string, index: number | undefined): string {
  if (index === undefined) return '';
  return index >= source.length ? 'at the end' : `at character ${index + 1}`;
}

const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

function literalType(value: string | number | boolean | null): ValueType {
  if (value === null) return 'null';
  return typeof value === 'string' ? 'text' : (typeof value as 'number' | 'boolean');
}

/** The type a node gives; throws where operands do not fit their operator. */
function typeOf(node: RuleNode): ValueType {
  switch (node.type) {
    case 'literal':
      return literalType(node.value);
    case 'field':
      return node.valueType;
    case 'not':
      return expect(node.argument, 'boolean', '`not`');
    case 'negate':
      return expect(node.argument, 'number', 'unary -');
    case 'logic':
      expect(node.left, 'boolean', node.operator);
      return expect(node.right, 'boolean', node.operator);
    case 'arithmetic':
      expect(node.left, 'number', node.operator);
      return expect(node.right, 'number', node.operator);
    case 'in': {
      const type = typeOf(node.value);
      for (const value of node.list) sameTypes(type, literalType(value), 'in');
      return 'boolean';
    }
    case 'compare': {
      const left = typeOf(node.left);
      const right = typeOf(node.right);
      const equality = node.operator === '==' || node.operator === '!=';
      if (!(equality && (left === 'null' || right === 'null')))
        sameTypes(left, right, node.operator);
      return 'boolean';
    }
  }
}

function expect(node: RuleNode, wanted: ValueType, operator: string): ValueType {
  sameTypes(typeOf(node), wanted, operator);
  return wanted;
}

function sameTypes(left: ValueType, right: ValueType, operator: string): void {
  if (left === right) return;
  throw new RuleError({
    message: `${operator} cannot combine a ${left} with a ${right}`,
    fix: 'Compare numbers with numbers and texts (also dates, written "2012-01-31") with texts; check `== null` for a missing cell.',
  });
}
