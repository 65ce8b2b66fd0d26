/**
 * The transaction codes this filing uses, each in plain English beside the
 * SEC's own definition, so a reader never has to look a letter up.
 */
import { CODE_GROUP_TITLES, describeCode, type TransactionCodeInfo } from '../../core/codes';
import type { Filing } from '../../core/filing';
import { useFilingContext } from './context';

export function codeExplanationId(idPrefix: string, code: string): string {
  return `${idPrefix}-code-${code}`;
}

const SOURCES: Readonly<Record<TransactionCodeInfo['source'], string>> = {
  'xml-spec-3.6.9': 'EDGAR Ownership XML Technical Specification, §3.6.9',
  'form-4-instruction-8': 'Form 4 General Instructions, Section 8',
};

/** Codes used in the filing, each once, in the order the form first prints them. */
export function codesUsed(filing: Filing): { known: TransactionCodeInfo[]; unknown: string[] } {
  const rows = [...filing.nonDerivativeTransactions, ...filing.derivativeTransactions];
  const letters = [...new Set(rows.map((r) => (r.transactionCode ?? '').trim().toUpperCase()))].filter(
    Boolean,
  );
  const known: TransactionCodeInfo[] = [];
  const unknown: string[] = [];
  for (const letter of letters) {
    const info = describeCode(letter);
    if (info) known.push(info);
    else unknown.push(letter);
  }
  if (rows.some((r) => r.voluntarilyReported)) {
    const early = describeCode('V');
    if (early && !known.includes(early)) known.push(early);
  }
  return { known, unknown };
}

export function CodeLegend() {
  const { filing, idPrefix } = useFilingContext();
  const { known, unknown } = codesUsed(filing);
  if (known.length === 0 && unknown.length === 0) return null;
  return (
    <section class="filing-section" aria-labelledby={`${idPrefix}-codes-title`}>
      <h3 id={`${idPrefix}-codes-title`}>Transaction codes in this filing</h3>
      <dl class="code-legend">
        {known.map((info) => (
          <div key={info.code} class="code-entry" data-code={info.code}>
            <dt>
              <span class="code-letter">{info.code}</span>
              <span class="code-name">{info.label}</span>
            </dt>
            <dd>
              <p>{info.explanation}</p>
              <p class="sec-wording" id={codeExplanationId(idPrefix, info.code)}>
                <span class="sec-label">SEC wording</span> “{info.secWording}”
              </p>
              <p class="muted small">
                {CODE_GROUP_TITLES[info.group]} · {SOURCES[info.source]}
              </p>
            </dd>
          </div>
        ))}
        {unknown.map((letter) => (
          <div key={letter} class="code-entry unknown" data-code={letter}>
            <dt>
              <span class="code-letter">{letter}</span>
              <span class="code-name">Not a Form 4/5 code</span>
            </dt>
            <dd>
              <p>The SEC defines no transaction code “{letter}”. Check the code cell against the form.</p>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
