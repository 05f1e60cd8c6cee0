import { describe, test } from 'vitest';
import { histogramEdges } from '../../src/profile/histogram.ts';
import {
  histogramSql,
  momentsAndQuantilesSql,
  numericSummarySql,
  profileRowCountSql,
  textCountsSql,
  textSummarySql,
  valueCountsSql,
  valuesAtRanksSql,
} from '../../src/sql/profile-queries.ts';
import { sqlDialect, sqlEngines } from '../../src/sql/sql-dialect.ts';
import { prunedRuns } from '../../src/statistics/quantile-summary.ts';
import { expectGoldenSql } from '../mocks/golden-sql.ts';

describe.each(sqlEngines)('profile statements in %s', (engine) => {
  const dialect = sqlDialect(engine);
  const relation = dialect.tableName('analytics.weather');
  const statements: [string, string][] = [
    ['profile-row-count', profileRowCountSql(relation)],
    ['profile-numeric-summary', numericSummarySql(dialect, relation, 'temp max', 'number')],
    ['profile-datetime-summary', numericSummarySql(dialect, relation, 'date', 'date')],
    ['profile-value-counts', valueCountsSql(dialect, relation, 'wind', 'number')],
    [
      'profile-moments-quantiles',
      momentsAndQuantilesSql(dialect, relation, 'wind', 'number', [0.1, 0.5, 0.9]),
    ],
    [
      'profile-histogram',
      histogramSql(dialect, relation, 'wind', 'number', histogramEdges(0, 9.5, 4)),
    ],
    [
      'profile-values-at-ranks',
      valuesAtRanksSql(
        dialect,
        relation,
        'observed',
        'datetime',
        prunedRuns(1461, 4).map((run) => run.rank),
      ),
    ],
    ['profile-text-summary', textSummarySql(dialect, relation, 'weather')],
    ['profile-text-counts', textCountsSql(dialect, relation, 'weather')],
    ['profile-text-top-counts', textCountsSql(dialect, relation, "it's", 1001)],
  ];
  test.each(statements)('%s', (name, sql) => {
    expectGoldenSql(engine, name, sql);
  });
});
