/** The foundation's acceptance check: the CLI prints the LivePerson seed filing with its six Table I rows. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/cli';
import type { Filing } from '../../../src/core/filing';

const SEED_PDF = 'test/fixtures/seed/liveperson-2009-form4.pdf';

describe('the CLI on the LivePerson seed PDF', () => {
  it('prints one Filing whose Table I holds the three exercise-and-sale pairs exactly', async () => {
    const out: string[] = [];
    const code = await runCli(
      [SEED_PDF],
      (line) => out.push(line),
      () => {},
    );
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const filing = JSON.parse(out[0]!) as Filing;
    expect(filing.documentType).toBe('4');
    expect(filing.issuer).toMatchObject({ name: 'LIVEPERSON INC', tradingSymbol: 'LPSN' });
    const rows = filing.nonDerivativeTransactions.map((r) => [
      r.securityTitle,
      r.transactionDate,
      r.transactionCode,
      r.shares,
      r.acquiredDisposedCode,
      r.pricePerShare,
      r.sharesOwnedFollowingTransaction,
      r.directOrIndirectOwnership,
      r.footnotes,
    ]);
    // Read off the seed (../shared/seed/000_9be5df37f42b9b13.txt and its XML), not off our output.
    expect(rows).toEqual([
      ['Common Stock', '2009-08-18', 'M', 17000, 'A', 1.94, 305300, 'D', {}],
      [
        'Common Stock',
        '2009-08-18',
        'S',
        17000,
        'D',
        4.28,
        288300,
        'D',
        { transactionCode: ['F1'], pricePerShare: ['F2'] },
      ],
      ['Common Stock', '2009-08-19', 'M', 14662, 'A', 1.94, 302962, 'D', {}],
      [
        'Common Stock',
        '2009-08-19',
        'S',
        14662,
        'D',
        4.27,
        288300,
        'D',
        { transactionCode: ['F1'], pricePerShare: ['F3'] },
      ],
      ['Common Stock', '2009-08-20', 'M', 18900, 'A', 1.94, 307200, 'D', {}],
      [
        'Common Stock',
        '2009-08-20',
        'S',
        18900,
        'D',
        4.23,
        288300,
        'D',
        { transactionCode: ['F1'], pricePerShare: ['F4'] },
      ],
    ]);
    expect(filing.derivativeTransactions).toHaveLength(3);
    expect(filing.footnotes.map((f) => f.id)).toEqual(['F1', 'F2', 'F3', 'F4', 'F5']);
  });
});
