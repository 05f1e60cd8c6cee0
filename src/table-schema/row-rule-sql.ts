/**
 * A row rule (row-rule.ts) as an SQL predicate, so a query source's engine
 * counts the rows that break it. SQL's three-valued logic is the evaluator's
 * (row-rule-evaluator.ts): a missing cell is NULL, a comparison with it is
 * unknown, and a row where the rule is unknown does not break it; so the
 * violations are the rows where `NOT (rule)` is true. Dividing by zero gives
 * NULL (an unknown row) where the evaluator gives an infinity.
 * A node that has no faithful spelling on the engine (a datetime field, which
 * a rule reads as JavaScript's ISO text; `%` on BigQuery, whose MOD takes no
 * floats) makes the whole rule "not supported on this engine", as data.
 */
import type { SqlDialect } from '../sql/sql-dialect.ts';
import { sqlList } from '../sql/validation-queries.ts';
import type { RuleNode } from './row-rule.ts';

export type RuleSql = { kind: 'sql'; sql: string } | { kind: 'unsupported'; reason: string };

/** A field's value as rules see it (numbers as doubles, dates as ISO text), or why it cannot be. */
export type RuleFieldSql = (name: string) => RuleSql;

class Unsupported extends Error {}

export function ruleSql(node: RuleNode, dialect: SqlDialect, field: RuleFieldSql): RuleSql {
  try {
    return { kind: 'sql', sql: nodeSql(node, dialect, field) };
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return { kind: 'unsupported', reason: error.message };
  }
}

function nodeSql(node: RuleNode, dialect: SqlDialect, field: RuleFieldSql): string {
  const recurse = (child: RuleNode) => nodeSql(child, dialect, field);
  switch (node.type) {
    case 'literal':
      return literal(dialect, node.value);
    case 'field': {
      const value = field(node.name);
      if (value.kind === 'unsupported') throw new Unsupported(value.reason);
      return value.sql;
    }
    case 'not':
      return `(NOT ${recurse(node.argument)})`;
    case 'negate':
      return `(-${recurse(node.argument)})`;
    case 'logic':
      return `(${recurse(node.left)} ${node.operator.toUpperCase()} ${recurse(node.right)})`;
    case 'in':
      return `(${recurse(node.value)} IN ${sqlList(node.list.map((value) => literal(dialect, value)))})`;
    case 'compare':
      return compareSql(node, recurse);
    case 'arithmetic':
      return arithmeticSql(dialect, node.operator, recurse(node.left), recurse(node.right));
  }
}

function literal(dialect: SqlDialect, value: string | number | boolean | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'string') return dialect.string(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

const isNull = (node: RuleNode) => node.type === 'literal' && node.value === null;

function compareSql(
  node: Extract<RuleNode, { type: 'compare' }>,
  recurse: (child: RuleNode) => string,
): string {
  const { operator, left, right } = node;
  // `== null` tests a missing cell; it is true or false, never unknown.
  if (isNull(left) || isNull(right)) {
    const equal = operator === '==';
    if (isNull(left) && isNull(right)) return equal ? 'TRUE' : 'FALSE';
    return `(${recurse(isNull(left) ? right : left)} IS ${equal ? '' : 'NOT '}NULL)`;
  }
  const spelled = operator === '==' ? '=' : operator === '!=' ? '<>' : operator;
  return `(${recurse(left)} ${spelled} ${recurse(right)})`;
}

function arithmeticSql(dialect: SqlDialect, operator: string, left: string, right: string): string {
  if (operator === '/') return `(${dialect.double(left)} / NULLIF(${dialect.double(right)}, 0))`;
  if (operator !== '%') return `(${left} ${operator} ${right})`;
  const remainder = dialect.modulo(left, right);
  if (remainder === undefined)
    throw new Unsupported(`\`%\` (${dialect.engine} has no remainder of floats)`);
  return remainder;
}
