/**
 * Evaluates a type-checked row rule (row-rule.ts) on one row. A missing cell
 * is null, and null follows SQL's three-valued logic: it makes a comparison or
 * a sum unknown (null), `false and null` is false, `true or null` is true, and
 * only `== null` / `!= null` (against the literal null) test it. A rule that comes out unknown is not
 * violated, as an SQL CHECK constraint is not. Cost: one walk of the rule's
 * tree per row.
 */
import type { RuleNode } from './row-rule.ts';

export type RuleValue = string | number | boolean | null;

/** The rule's value on a row whose fields `field` reads. */
export function evaluateRule(node: RuleNode, field: (name: string) => RuleValue): RuleValue {
  const recurse = (child: RuleNode) => evaluateRule(child, field);
  switch (node.type) {
    case 'literal':
      return node.value;
    case 'field':
      return field(node.name);
    case 'not': {
      const value = recurse(node.argument);
      return value === null ? null : !value;
    }
    case 'negate': {
      const value = recurse(node.argument);
      return value === null ? null : -(value as number);
    }
    case 'logic':
      return logic(node.operator, recurse(node.left), () => recurse(node.right));
    case 'in': {
      const value = recurse(node.value);
      return value === null ? null : node.list.includes(value as string | number | boolean);
    }
    case 'compare': {
      const left = recurse(node.left);
      const right = recurse(node.right);
      if (isNullLiteral(node.left) || isNullLiteral(node.right))
        return (left === right) === (node.operator === '==');
      return left === null || right === null ? null : compare(node.operator, left, right);
    }
    case 'arithmetic': {
      const left = recurse(node.left);
      const right = recurse(node.right);
      if (left === null || right === null) return null;
      return calculate(node.operator, left as number, right as number);
    }
  }
}

function logic(operator: 'and' | 'or', left: RuleValue, right: () => RuleValue): RuleValue {
  // The left side decides alone when it is false (and) or true (or).
  if (left === (operator === 'or')) return left;
  const other = right();
  if (other === (operator === 'or')) return other;
  return left === null || other === null ? null : other;
}

const isNullLiteral = (node: RuleNode) => node.type === 'literal' && node.value === null;

function compare(
  operator: string,
  left: string | number | boolean,
  right: string | number | boolean,
): boolean {
  if (operator === '==') return left === right;
  if (operator === '!=') return left !== right;
  if (operator === '<') return left < right;
  if (operator === '<=') return left <= right;
  if (operator === '>') return left > right;
  return left >= right;
}

function calculate(operator: string, left: number, right: number): number {
  if (operator === '+') return left + right;
  if (operator === '-') return left - right;
  if (operator === '*') return left * right;
  if (operator === '/') return left / right;
  return left % right;
}
