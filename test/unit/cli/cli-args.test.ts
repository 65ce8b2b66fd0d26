import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_SECONDS, formatResult, parseArgs, runCli } from '../../../src/cli/cli';
import { emptyFiling } from '../../../src/core/filing';

describe('CLI arguments', () => {
  it('takes files and --pretty in any order', () => {
    expect(parseArgs(['a.pdf', '--pretty', 'b.xml'])).toEqual({
      pretty: true,
      files: ['a.pdf', 'b.xml'],
      timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
    });
  });
  it('takes --timeout and --password with their values, spaced or after "="', () => {
    expect(parseArgs(['--timeout', '2.5', '--password=s3cret', 'a.pdf'])).toEqual({
      pretty: false,
      files: ['a.pdf'],
      timeoutSeconds: 2.5,
      password: 's3cret',
    });
    expect(parseArgs(['a.pdf', '--password', '--odd but real', '--timeout=90'])).toMatchObject({
      files: ['a.pdf'],
      timeoutSeconds: 90,
      password: '--odd but real',
    });
  });
  it('refuses a timeout that is not a positive number, or an option without its value', () => {
    for (const argv of [
      ['--timeout', '0', 'a.pdf'],
      ['--timeout=soon', 'a.pdf'],
      ['a.pdf', '--password'],
    ]) {
      expect(parseArgs(argv)).toHaveProperty('usage');
    }
  });
  it('asks for usage when no file is named', () => {
    expect(parseArgs([])).toHaveProperty('usage');
    expect(parseArgs(['--pretty'])).toHaveProperty('usage');
  });
  it('refuses an unknown option before any file', () => {
    expect(parseArgs(['--frobnicate', 'a.pdf'])).toHaveProperty('usage');
  });
});

describe('CLI output shape', () => {
  const filing = emptyFiling('4');
  it('prints a bare Filing for one file', () => {
    const line = formatResult({ file: 'x.pdf', filing }, true, false);
    expect(JSON.parse(line)).toEqual(filing);
  });
  it('adds the file key when several files are read', () => {
    const line = formatResult({ file: 'x.pdf', filing }, false, false);
    expect(JSON.parse(line)).toEqual({ file: 'x.pdf', ...filing });
    expect(line).not.toContain('\n');
  });
  it('pretty-prints on request', () => {
    expect(formatResult({ file: 'x.pdf', filing }, true, true)).toContain('\n  "schemaVersion": 1');
  });
});

describe('CLI failures', () => {
  it('reports a missing file with its name, goes on, and exits 1', async () => {
    const out: string[] = [];
    const code = await runCli(
      ['no/such/file.pdf', 'no/such/other.xml'],
      (l) => out.push(l),
      () => {},
    );
    expect(code).toBe(1);
    expect(out).toHaveLength(2);
    const first = JSON.parse(out[0]!) as { file: string; error: { code: string; message: string } };
    expect(first.file).toBe('no/such/file.pdf');
    expect(first.error.code).toBe('unreadable-file');
    expect(first.error.message).toContain('no/such/file.pdf');
  });
});
