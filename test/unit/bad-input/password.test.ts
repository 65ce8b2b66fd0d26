import { describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD } from '../../../scripts/bad-generate';
import { expectFailure, parse, readFixture } from './helpers';

describe('a password-protected PDF', () => {
  it('without a password asks for one, naming the file', async () => {
    const failure = await expectFailure(readFixture('password.pdf'), 'password.pdf', 'password-required');
    expect(failure.message).toMatch(/protected by a password/);
  });

  it('with a wrong password says the password is wrong, so the person can retry', async () => {
    await expectFailure(readFixture('password.pdf'), 'password.pdf', 'wrong-password', { password: 'guess' });
  });

  it('asked, then retried with the right password, reads the form', async () => {
    const bytes = readFixture('password.pdf');
    await expectFailure(bytes, 'password.pdf', 'password-required');
    const { filing } = await parse(bytes, 'password.pdf', { password: FIXTURE_PASSWORD });
    expect(filing.documentType).toBe('4');
    expect(filing.issuer.tradingSymbol).toBe('RKLB');
  });
});
