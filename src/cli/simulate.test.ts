import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callerPath, runCli, USAGE } from './simulate';

const examples = join(import.meta.dirname, '..', 'engine', 'fixtures', 'examples');
const readExample = (name: string) => readFileSync(join(examples, name), 'utf8');

describe('the command-line simulator', () => {
  it('prints the result document of a valid scenario and exits 0', () => {
    const outcome = runCli(['01-single-package.json'], (path) => readExample(path));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stderr).toBe('');
    expect(JSON.parse(outcome.stdout)).toEqual(
      JSON.parse(readExample('01-single-package.expected.json')),
    );
  });

  it('prints every rule a scenario breaks on standard error and exits 1', () => {
    const broken = JSON.parse(readExample('01-single-package.json'));
    broken.months = 0;
    broken.packages[0].price = 900;
    const outcome = runCli(['broken.json'], () => JSON.stringify(broken));
    expect(outcome).toEqual({
      exitCode: 1,
      stdout: '',
      stderr:
        'broken.json: months: must be a whole number from 1 to 120\n' +
        'broken.json: packages[0].price: must be a plain decimal string ≥ 0 with at most 12 digits after the point, such as "0.0015"\n',
    });
  });

  it('refuses a scenario of an unknown version with exit 1', () => {
    const newer = { ...JSON.parse(readExample('01-single-package.json')), version: 3 };
    const outcome = runCli(['newer.json'], () => JSON.stringify(newer));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr).toMatch(
      /^newer\.json: version: unknown version 3: .*newer version of the format/,
    );
  });

  it('exits 2 for a file it cannot read', () => {
    const outcome = runCli(['missing.json'], () => {
      throw new Error('ENOENT: no such file');
    });
    expect(outcome).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'cannot read missing.json: ENOENT: no such file\n',
    });
  });

  it('exits 2 for a file that is not JSON', () => {
    const outcome = runCli(['notes.txt'], () => 'not json');
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toMatch(/^notes\.txt is not valid JSON: /);
  });

  it('exits 2 with its usage when given no file', () => {
    expect(runCli([], () => '')).toEqual({ exitCode: 2, stdout: '', stderr: `${USAGE}\n` });
  });

  it('reads a file that starts with a byte-order mark, as the page does', () => {
    const outcome = runCli(['bom.json'], () => `\uFEFF${readExample('01-single-package.json')}`);
    expect(outcome.exitCode).toBe(0);
  });

  it('holds the page’s limits: far-future dates, huge prices, too many streams', () => {
    const far = JSON.parse(readExample('01-single-package.json'));
    far.packages[0].createdOn = '9999-12-31';
    expect(runCli(['far.json'], () => JSON.stringify(far))).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'far.json: packages[0].createdOn: must be a date from 2000-01-01 to 2199-12-31\n',
    });
    const huge = JSON.parse(readExample('01-single-package.json'));
    huge.packages[0].price = '9'.repeat(900_000);
    expect(runCli(['huge.json'], () => JSON.stringify(huge)).exitCode).toBe(1);
    const many = JSON.parse(readExample('01-single-package.json'));
    many.streams = Array.from({ length: 5000 }, () => many.streams[0]);
    const manyOutcome = runCli(['many.json'], () => JSON.stringify(many));
    expect(manyOutcome.exitCode).toBe(1);
    expect(manyOutcome.stderr).toMatch(/^many\.json: streams: 5000 streams; the limit is 200/);
  });

  it('answers deep nesting with one line and exit 1, no stack trace', () => {
    const outcome = runCli(['deep.json'], () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr).toBe(
      'deep.json: scenario: nests lists or objects more than 64 levels deep\n',
    );
  });

  describe('a batch of files', () => {
    const files: Record<string, string> = {
      'a.json': readExample('01-single-package.json'),
      'b.json': readExample('05-tiers.json'),
      'broken.json': JSON.stringify({
        ...JSON.parse(readExample('01-single-package.json')),
        months: 0,
      }),
      'notes.txt': 'not json',
    };
    const readText = (path: string) => {
      const name = path.replace(/^plans\//, '');
      const text = files[name];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return text;
    };
    const listFolder = (path: string) =>
      path === 'plans' || path === 'plans/' ? ['a.json', 'b.json'] : path === 'empty' ? [] : null;
    const lines = (stdout: string) =>
      stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));

    it('writes one line of JSON per file, in the order given, each with its file name', () => {
      const outcome = runCli(['b.json', 'a.json'], readText, listFolder);
      expect(outcome.exitCode).toBe(0);
      expect(outcome.stderr).toBe('');
      expect(outcome.stdout.endsWith('\n')).toBe(true);
      expect(lines(outcome.stdout)).toEqual([
        { file: 'b.json', exitCode: 0, result: JSON.parse(readExample('05-tiers.expected.json')) },
        {
          file: 'a.json',
          exitCode: 0,
          result: JSON.parse(readExample('01-single-package.expected.json')),
        },
      ]);
    });

    it('runs every file of a folder by name, as the path typed joins the folder and file', () => {
      for (const folder of ['plans', 'plans/']) {
        const outcome = runCli([folder], readText, listFolder);
        expect(outcome.exitCode).toBe(0);
        expect(lines(outcome.stdout).map((line) => line.file)).toEqual([
          'plans/a.json',
          'plans/b.json',
        ]);
      }
    });

    it('keeps going past a scenario that breaks a rule, reports it on its line and on standard error, and exits 1', () => {
      const outcome = runCli(['a.json', 'broken.json', 'b.json'], readText, listFolder);
      expect(outcome.exitCode).toBe(1);
      const [first, broken, last] = lines(outcome.stdout);
      expect(first).toMatchObject({ file: 'a.json', exitCode: 0 });
      expect(broken).toEqual({
        file: 'broken.json',
        exitCode: 1,
        errors: ['broken.json: months: must be a whole number from 1 to 120'],
      });
      expect(last).toMatchObject({ file: 'b.json', exitCode: 0 });
      expect(outcome.stderr).toBe('broken.json: months: must be a whole number from 1 to 120\n');
    });

    it('exits 2 when any file cannot be read or is not JSON, still running the others', () => {
      const outcome = runCli(
        ['missing.json', 'broken.json', 'notes.txt', 'a.json'],
        readText,
        listFolder,
      );
      expect(outcome.exitCode).toBe(2);
      const [missing, broken, notes, valid] = lines(outcome.stdout);
      expect(missing).toEqual({
        file: 'missing.json',
        exitCode: 2,
        errors: ["cannot read missing.json: ENOENT: no such file, open 'missing.json'"],
      });
      expect(broken).toMatchObject({ file: 'broken.json', exitCode: 1 });
      expect(notes.exitCode).toBe(2);
      expect(notes.errors[0]).toMatch(/^notes\.txt is not valid JSON: /);
      expect(valid).toMatchObject({ file: 'a.json', exitCode: 0 });
      expect(outcome.stderr.split('\n')).toHaveLength(4);
    });

    it('says so when a folder holds no .json file, or cannot be listed', () => {
      expect(runCli(['empty'], readText, listFolder)).toEqual({
        exitCode: 2,
        stdout: `${JSON.stringify({ file: 'empty', exitCode: 2, errors: ['empty holds no .json file'] })}\n`,
        stderr: 'empty holds no .json file\n',
      });
      const locked = runCli(['locked'], readText, () => {
        throw new Error('EACCES: permission denied');
      });
      expect(locked).toEqual({
        exitCode: 2,
        stdout: '',
        stderr: 'cannot read locked: EACCES: permission denied\n',
      });
    });
  });

  it('resolves a path from the folder the command was typed in', () => {
    expect(callerPath('a.json', { INIT_CWD: '/home/me/plans' }, '/repo')).toBe(
      '/home/me/plans/a.json',
    );
    expect(callerPath('a.json', {}, '/repo')).toBe('/repo/a.json');
    expect(callerPath('/tmp/a.json', { INIT_CWD: '/home/me' }, '/repo')).toBe('/tmp/a.json');
  });

  it('runs as a real process through npm run simulate', () => {
    const root = join(import.meta.dirname, '..', '..');
    const stdout = execFileSync(
      'npm',
      ['run', '--silent', 'simulate', '--', join(examples, '05-tiers.json')],
      { cwd: root, encoding: 'utf8' },
    );
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readExample('05-tiers.expected.json')));
    const missing = spawnSync(
      'npm',
      ['run', '--silent', 'simulate', '--', join(examples, 'missing.json')],
      { cwd: root, encoding: 'utf8' },
    );
    expect(missing.status).toBe(2);
    // A relative path names a file in the caller's folder, not the project's.
    const relative = execFileSync(
      'npm',
      ['run', '--silent', '--prefix', root, 'simulate', '--', '05-tiers.json'],
      { cwd: examples, encoding: 'utf8' },
    );
    expect(JSON.parse(relative)).toEqual(JSON.parse(readExample('05-tiers.expected.json')));
    // A batch with a missing file: every line written, and the worst file's exit code.
    const batch = spawnSync(
      'npm',
      ['run', '--silent', '--prefix', root, 'simulate', '--', '05-tiers.json', 'missing.json'],
      { cwd: examples, encoding: 'utf8' },
    );
    expect(batch.status).toBe(2);
    const [tiers, absent] = batch.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(tiers).toEqual({
      file: '05-tiers.json',
      exitCode: 0,
      result: JSON.parse(readExample('05-tiers.expected.json')),
    });
    expect(absent).toMatchObject({ file: 'missing.json', exitCode: 2 });
  }, 60_000);
});
