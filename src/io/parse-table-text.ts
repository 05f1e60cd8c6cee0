/**
 * Transitional: parseTableText is pure and lives in src/formats/parse-table-text.ts.
 * Test helpers outside this change (test/mocks, test/metrics, test/statistics,
 * test/infra) still import it from here; delete this file once they import
 * src/formats/parse-table-text.ts.
 */
export { parseTableText } from '../formats/parse-table-text.ts';
