/**
 * Comparing the engine's Filing with the free-text hints in
 * ../shared/corpus/ir-pdfs/notes.json, only where a hint says one thing
 * plainly: a name, a form number, a ticker, one date, one number.
 */
import type { Filing } from '../../src/core/filing';

export interface Note {
  file: string;
  insider?: string;
  form_in_pdf?: string;
  ticker_in_pdf?: string;
  transaction_date?: string;
  shares?: string;
  price?: string;
  amendment_original_date_in_pdf?: string;
}

export interface HintCheck {
  field: string;
  hint: string;
  engine: string;
  ok: boolean;
}

const tokens = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .replace(/[^a-z0-9 ]/g, ' ')
      .split(/\s+/)
      .filter((t) => t.length > 1),
  );

function insiderMatches(hint: string, filing: Filing): boolean {
  const want = tokens(hint);
  return filing.reportingOwners.some((o) => {
    const have = tokens(o.name);
    return [...want].every((t) => have.has(t));
  });
}

/** "2021-08-25", "09-16-2024", "9/16/2024" → ISO; anything else (two dates, text) → null. */
function oneDate(hint: string): string | null {
  const t = hint.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return t;
  m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(t);
  return m ? `${m[3]}-${(m[1] as string).padStart(2, '0')}-${(m[2] as string).padStart(2, '0')}` : null;
}

/**
 * "54,551,250" or "$4.23 (weighted average)" → the number. Lists, sums
 * ("2,000,000 (1,000,000 per transaction)") and words → null: not comparable.
 */
function oneNumber(hint: string): { value: number; decimals: number } | null {
  const m = /^\$?\s*([\d,]+(?:\.(\d+))?)\s*(\([^)\d]*\))?$/.exec(hint.trim());
  if (!m || !m[1]) return null;
  return { value: Number(m[1].replace(/,/g, '')), decimals: m[2]?.length ?? 0 };
}

function rows(filing: Filing) {
  return [
    ...filing.nonDerivativeTransactions,
    ...filing.nonDerivativeHoldings,
    ...filing.derivativeTransactions,
    ...filing.derivativeHoldings,
  ];
}

export function hintChecks(note: Note, filing: Filing): HintCheck[] {
  const out: HintCheck[] = [];
  const add = (field: string, hint: string, engine: string, ok: boolean) =>
    out.push({ field, hint, engine, ok });
  if (note.insider)
    add(
      'insider',
      note.insider,
      filing.reportingOwners.map((o) => o.name).join(' | '),
      insiderMatches(note.insider, filing),
    );
  if (note.form_in_pdf) {
    const amended = !!note.amendment_original_date_in_pdf;
    const want = `${note.form_in_pdf}${amended ? '/A' : ''}`;
    add(
      'form',
      want,
      filing.documentType,
      filing.documentType === want || (!amended && filing.documentType.startsWith(note.form_in_pdf)),
    );
  }
  if (note.ticker_in_pdf)
    add(
      'ticker',
      note.ticker_in_pdf,
      String(filing.issuer.tradingSymbol),
      filing.issuer.tradingSymbol === note.ticker_in_pdf,
    );
  const date = note.transaction_date ? oneDate(note.transaction_date) : null;
  if (date) {
    const dates = [filing.periodOfReport, ...rows(filing).map((r) => r.transactionDate)].filter(Boolean);
    add('transaction date', date, dates.join(' | '), dates.includes(date));
  }
  const shares = note.shares ? oneNumber(note.shares) : null;
  if (shares && shares.value > 0) {
    const amounts = rows(filing).flatMap((r) => [
      r.shares,
      r.sharesOwnedFollowingTransaction,
      'underlyingSecurityShares' in r ? r.underlyingSecurityShares : null,
    ]);
    add(
      'shares',
      note.shares ?? '',
      amounts.filter((a) => a !== null).join(' | '),
      amounts.includes(shares.value),
    );
  }
  const price = note.price && note.price.includes('$') ? oneNumber(note.price) : null;
  if (price) {
    const prices = rows(filing)
      .map((r) => r.pricePerShare)
      .filter((p): p is number => p !== null);
    const round = (v: number) => Number(v.toFixed(price.decimals));
    add(
      'price',
      note.price ?? '',
      prices.join(' | '),
      prices.some((p) => round(p) === price.value),
    );
  }
  return out;
}
