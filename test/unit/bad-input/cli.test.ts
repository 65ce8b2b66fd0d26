import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/cli';
import { FIXTURES } from './helpers';

/** What each committed fixture must give through the CLI (run without --password, so password.pdf asks for one). */
const EXPECTED: Record<string, string> = {
  'empty.pdf': 'empty-file',
  'text-renamed.pdf': 'not-pdf',
  'html-renamed.pdf': 'not-pdf',
  'png-renamed.pdf': 'not-pdf',
  'truncated.pdf': 'damaged-pdf',
  'password.pdf': 'password-required',
  'not-a-form.pdf': 'not-ownership-form',
  'nan-coordinates.pdf': 'not-ownership-form',
  'scanned.pdf': 'no-text-layer',
  'garbled-fonts.pdf': 'no-text-layer',
  'billion-laughs.xml': 'forbidden-xml',
  'external-entity.xml': 'forbidden-xml',
  'malformed.xml': 'malformed-xml',
  'not-ownership.xml': 'not-ownership-form',
};

describe('bad files through the CLI', () => {
  it('every bad fixture in one run prints its typed error naming the file, the good one its filing, exit 1', async () => {
    const files = readdirSync(FIXTURES).filter((f) => f !== 'README.md');
    expect(files.sort()).toEqual(
      [...Object.keys(EXPECTED), 'broken-xref.pdf', 'fuzz-seed-uncompressed.pdf'].sort(),
    );
    const lines: string[] = [];
    const status = await runCli(
      files.map((f) => join(FIXTURES, f)),
      (line) => lines.push(line),
      () => undefined,
    );
    expect(status).toBe(1);
    const results = lines.map(
      (line) => JSON.parse(line) as { file: string; error?: { code: string; message: string } },
    );
    const got = Object.fromEntries(
      results.filter((r) => r.error).map((r) => [r.file.split('/').at(-1), r.error!]),
    );
    for (const [name, code] of Object.entries(EXPECTED)) {
      expect({ name, code: got[name]?.code }).toEqual({ name, code });
      expect(got[name]?.message.startsWith(`${name}: `)).toBe(true);
    }
    expect(got['broken-xref.pdf']).toBeUndefined();
    expect(got['fuzz-seed-uncompressed.pdf']).toBeUndefined();
  });

  it('a file that does not exist is reported as unreadable, and the others still run', async () => {
    const lines: string[] = [];
    await runCli(
      [join(FIXTURES, 'no-such.pdf'), join(FIXTURES, 'empty.pdf')],
      (l) => lines.push(l),
      () => undefined,
    );
    expect(lines.map((l) => (JSON.parse(l) as { error: { code: string } }).error.code)).toEqual([
      'unreadable-file',
      'empty-file',
    ]);
  });
});
