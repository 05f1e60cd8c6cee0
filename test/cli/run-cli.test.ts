import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, describe, it, vi } from 'vitest';
import { type CliCommand, cliCommands } from '../../src/cli/cli-commands.ts';
import { type CommandName, commandHelp } from '../../src/cli/command-help.ts';
import { mlgateVersion } from '../../src/model/version.ts';
import { mlgate } from './mlgate-in-process.ts';

const names = Object.keys(commandHelp);

describe('mlgate help', () => {
  for (const argv of [['help'], ['--help'], ['-h'], ['help', 'help']]) {
    it(`mlgate ${argv.join(' ')} prints the overview of commands to stdout, exit 0`, async () => {
      const { code, out, err } = await mlgate(argv);
      assert.equal(code, 0);
      assert.equal(err, '');
      assert.match(out, /^mlgate \d+\.\d+\.\d+: /);
      assert.match(out, /usage: mlgate <command> \[options\]/);
      for (const name of names) assert.match(out, new RegExp(`^  ${name} +\\S`, 'm'));
      // The help wraps lines, so the words are compared with single spaces.
      assert.match(
        out.replace(/\s+/g, ' '),
        /exit codes: 0 passed, 1 blocked .*2 usage, config or input error, 3 a failure of mlgate itself/,
      );
    });
  }

  it('mlgate with no command prints the overview to stderr and exits 2', async () => {
    const { code, out, err } = await mlgate([]);
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.match(err, /usage: mlgate <command>/);
  });

  for (const name of names) {
    for (const argv of [
      ['help', name],
      [name, '--help'],
      [name, '-h'],
    ]) {
      it(`mlgate ${argv.join(' ')} prints the usage of ${name} to stdout, exit 0`, async () => {
        const { code, out, err } = await mlgate(argv);
        assert.equal(code, 0);
        assert.equal(err, '');
        assert.match(out, new RegExp(`^usage: mlgate ${name} `));
        assert.match(out, /\noptions:\n {2}.*\n/);
        assert.match(out, / {2}-h, --help +print this help\n/);
        assert.match(out, /\nexit codes: 0 /);
        assert.match(out.replace(/\s+/g, ' '), /, 3 a failure of mlgate itself \(a bug\) $/);
      });
    }
  }

  it('finds --help among other arguments, even ones that would be errors', async () => {
    for (const argv of [
      ['run', '--config', 'nowhere.yml', '--help'],
      ['schema', 'infer', '-h'],
      ['drift', '--bogus', '-h'],
    ]) {
      const { code, out } = await mlgate(argv);
      assert.equal(code, 0, argv.join(' '));
      assert.match(out, new RegExp(`^usage: mlgate ${argv[0]} `));
    }
  });

  it('takes --help after -- as a file name, not as a request for help', async () => {
    const { code, out, err } = await mlgate(['profile', '--', '--help']);
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.match(err, /^mlgate profile: .*--help/);
  });

  it('refuses help for an unknown command, or for two', async () => {
    const unknown = await mlgate(['help', 'rn']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /unknown command "rn" \(did you mean "run"\?\)/);
    const two = await mlgate(['help', 'run', 'drift']);
    assert.equal(two.code, 2);
    assert.match(two.err, /^mlgate help: takes one command/);
  });

  it('wraps the help to 80 columns, but for the option table', async () => {
    for (const name of names) {
      const { out } = await mlgate([name, '--help']);
      const [usage = '', description = ''] = out.split('\n\n');
      for (const line of `${usage}\n${description}`.split('\n')) {
        assert.ok(line.length <= 80, `${name}: ${line}`);
      }
    }
  });
});

describe('mlgate --version', () => {
  for (const flag of ['--version', '-V']) {
    it(`${flag} prints the version of package.json, exit 0`, async () => {
      const { version } = JSON.parse(
        readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
      );
      const { code, out, err } = await mlgate([flag]);
      assert.equal(code, 0);
      assert.equal(err, '');
      assert.equal(out, `mlgate ${version}\n`);
      assert.equal(version, mlgateVersion);
    });
  }
});

describe('mlgate errors', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('names an unknown command and suggests the closest one, exit 2', async () => {
    const { code, out, err } = await mlgate(['dirft', '--reference', 'a.csv']);
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.equal(
      err,
      `mlgate: unknown command "dirft" (did you mean "drift"?); the commands are ${names.join(', ')} (mlgate --help explains them)\n`,
    );
  });

  it('reports a usage error with the command, the problem and its usage, exit 2', async () => {
    const { code, out, err } = await mlgate(['run', '--bogus']);
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.match(err, /^mlgate run: Unknown option '--bogus'.*\nusage: mlgate run \[--config/s);
  });

  const failing = (thrown: unknown): Record<CommandName, CliCommand> => ({
    ...cliCommands,
    drift: async () => {
      throw thrown;
    },
  });

  it('calls any other error a failure of mlgate itself: exit 3, no stack trace', async () => {
    const { code, out, err } = await mlgate(
      ['drift'],
      failing(new TypeError("Cannot read properties of undefined (reading 'rows')")),
    );
    assert.equal(code, 3);
    assert.equal(out, '');
    assert.match(
      err,
      /^mlgate drift: internal error: Cannot read properties of undefined \(reading 'rows'\)\n/,
    );
    assert.match(err, /This is a failure of mlgate itself, not of your files or options\./);
    assert.match(err, /MLGATE_DEBUG=1/);
    assert.doesNotMatch(err, /\n\s+at /);
  });

  it('shows the stack trace when MLGATE_DEBUG=1 asks for it', async () => {
    vi.stubEnv('MLGATE_DEBUG', '1');
    const { code, err } = await mlgate(['drift'], failing(new RangeError('index out of range')));
    assert.equal(code, 3);
    assert.match(err, /internal error: index out of range\n/);
    assert.match(err, /RangeError: index out of range\n\s+at /);
  });

  it('gives something thrown that is not an Error the same treatment', async () => {
    const { code, err } = await mlgate(['drift'], failing('a string'));
    assert.equal(code, 3);
    assert.match(err, /^mlgate drift: internal error: a string\n/);
  });
});
