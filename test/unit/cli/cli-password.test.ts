/**
 * --password on the command line: a protected PDF opens with it, while the
 * PDFs beside it that are encrypted with an empty password (most issuer-site
 * filings) still open; without it, or with a wrong one, the message says how
 * to give one.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD } from '../../../scripts/bad-generate';
import { GOOD_PDF, PASSWORD_PDF, runCliLines } from './run';

describe('the CLI with --password', () => {
  it('opens the protected PDF, and the empty-password PDF beside it, as the same filing', async () => {
    const { status, lines } = await runCliLines(['--password', FIXTURE_PASSWORD, PASSWORD_PDF, GOOD_PDF]);
    expect(status).toBe(0);
    const [protectedOne, original] = lines;
    expect(protectedOne?.documentType).toBe('4');
    const { file: _a, ...fromProtected } = protectedOne!;
    const { file: _b, ...fromOriginal } = original!;
    expect(fromProtected).toEqual(fromOriginal);
  });

  it('without a password says to use --password, naming the file, and exits 1', async () => {
    const { status, lines } = await runCliLines([PASSWORD_PDF]);
    expect(status).toBe(1);
    expect(lines[0]?.error?.code).toBe('password-required');
    expect(lines[0]?.error?.message).toMatch(/^password\.pdf: .*use --password PASSWORD/);
  });

  it('with a wrong password says the one given with --password does not open it', async () => {
    const { status, lines } = await runCliLines(['--password=guess', PASSWORD_PDF]);
    expect(status).toBe(1);
    expect(lines[0]?.error).toEqual({
      code: 'wrong-password',
      message:
        'password.pdf: The password given with --password does not open this PDF. Check it and try again.',
    });
  });
});
