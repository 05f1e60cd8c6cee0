import { describe, expect, it } from 'vitest';
import { parseActionInputs } from '../../src/inputs/action-inputs.ts';

const defaults: Record<string, string> = {
  config: '.github/mlgate.yml',
  'github-token': 't',
  comment: 'update',
  'comment-key': 'default',
  'working-directory': '.',
  'allow-commands-on-privileged-events': 'false',
  mode: 'gate',
  artifact: 'off',
  'retention-days': '',
  'check-run': 'off',
  issue: 'off',
  'production-files': '',
  'baseline-files': '',
  connections: '',
};

const parse = (connections: string) =>
  parseActionInputs((name) => ({ ...defaults, connections })[name] ?? '');

describe('the connections input', () => {
  it('reads NAME=URL lines, skipping blanks and comments', () => {
    const parsed = parse(
      '# the warehouse\nwarehouse = postgres://ml:pa%40ss@db:5432/ml\n\nlake=trino://ml@trino:8080/hive/x\n',
    );
    expect(parsed.data?.connections).toEqual({
      warehouse: 'postgres://ml:pa%40ss@db:5432/ml',
      lake: 'trino://ml@trino:8080/hive/x',
    });
  });

  it('names a bad line by its number only, never its text (a secret)', () => {
    for (const text of [
      'warehouse postgres://ml:hunter22@db/ml',
      'x=a\nx=b',
      '9x=postgres://ml:hunter22@db/ml',
    ]) {
      const parsed = parse(text);
      expect(parsed.success).toBe(false);
      const message = parsed.error?.issues.map((issue) => issue.message).join('\n') ?? '';
      expect(message).toMatch(/line \d of the `connections` input/);
      expect(message).not.toContain('hunter22');
    }
  });
});
