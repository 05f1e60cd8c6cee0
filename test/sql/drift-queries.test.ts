/**
 * Golden SQL of every statement drift sends to an engine, in all six
 * dialects, each parsed by a parser that knows the dialect (test/mocks/golden-sql.ts).
 * DuckDB and PostgreSQL run these statements in test/drift/query-drift.test.ts.
 */
import { describe, test } from 'vitest';
import {
  binCountsSql,
  categoryCountsSql,
  cdfGapsSql,
  columnCountsSql,
  numericSummarySql,
  orderStatisticsSql,
  valueCountsSql,
} from '../../src/sql/drift-queries.ts';
import { columnsProbeSql } from '../../src/sql/query-source.ts';
import { sqlDialect, sqlEngines } from '../../src/sql/sql-dialect.ts';
import { expectGoldenSql } from '../mocks/golden-sql.ts';

describe.each(sqlEngines)('%s', (engine) => {
  const dialect = sqlDialect(engine);
  const reference = { relation: dialect.tableName('ml.reference'), column: 'temp max' };
  const current = { relation: dialect.tableName('ml.current'), column: 'temp max' };

  test('the columns, without rows', () => {
    expectGoldenSql(engine, 'columns-probe', columnsProbeSql(reference.relation));
  });

  test('rows, present and distinct cells per column', () => {
    const columns = [
      { name: 'temp max', distinct: false },
      { name: "weather's kind", distinct: true },
    ];
    expectGoldenSql(
      engine,
      'drift-column-counts',
      columnCountsSql(dialect, reference.relation, columns),
    );
  });

  test("a column's value counts", () => {
    expectGoldenSql(engine, 'drift-value-counts', valueCountsSql(dialect, reference));
  });

  test('one side of a numeric feature: counts, moments, extremes', () => {
    expectGoldenSql(engine, 'drift-numeric-summary', numericSummarySql(dialect, reference));
  });

  test('the order statistics its quantiles lie between', () => {
    const sql = orderStatisticsSql(dialect, reference, [0, 17, 18, 215]);
    expectGoldenSql(engine, 'drift-order-statistics', sql);
  });

  test('KS statistic and Wasserstein-1 from both value counts', () => {
    expectGoldenSql(engine, 'drift-cdf-gaps', cdfGapsSql(dialect, reference, current));
  });

  test('bin counts on the decile cuts and the histogram', () => {
    const sql = binCountsSql(dialect, reference, current, [1.5, 2.25, 1e-7], {
      low: -3.5,
      width: 0.1,
      bins: 10,
    });
    expectGoldenSql(engine, 'drift-bin-counts', sql);
  });

  test('category counts of both sides', () => {
    const sides = [
      { ...reference, column: 'weather' },
      { ...current, column: 'weather' },
    ] as const;
    expectGoldenSql(engine, 'drift-category-counts', categoryCountsSql(dialect, ...sides, 10_001));
  });
});
