/** The top of the form: issuer and ticker, form type and period, and the check boxes. */
import type { ComponentChildren } from 'preact';
import type { Filing } from '../../core/filing';
import { FORM_TITLES, PERIOD_LABELS, formatDate } from './format';

export function Summary({ filing }: { filing: Filing }) {
  const baseForm = filing.documentType.replace('/A', '');
  const amended = filing.documentType.endsWith('/A');
  return (
    <header class="filing-summary">
      <h2 class="issuer">
        <span class="issuer-name">{filing.issuer.name || 'Issuer not found'}</span>
        {filing.issuer.tradingSymbol && <span class="ticker">{filing.issuer.tradingSymbol}</span>}
      </h2>
      <dl class="facts">
        <Fact label="Form">
          Form {filing.documentType} · {FORM_TITLES[baseForm] ?? ''}
          {amended && ' (amendment)'}
        </Fact>
        <Fact label={PERIOD_LABELS[baseForm] ?? 'Period of report'}>
          {formatDate(filing.periodOfReport) || 'not given'}
        </Fact>
        {filing.dateOfOriginalSubmission && (
          <Fact label="Date original filed">{formatDate(filing.dateOfOriginalSubmission)}</Fact>
        )}
        {filing.issuer.cik && <Fact label="Issuer CIK">{filing.issuer.cik}</Fact>}
        {filing.aff10b5One !== null && (
          <Fact label="Rule 10b5-1(c) plan box">{filing.aff10b5One ? 'Checked' : 'Not checked'}</Fact>
        )}
        {checkedBoxes(filing).map((text) => (
          <Fact key={text} label="Checked">
            {text}
          </Fact>
        ))}
      </dl>
    </header>
  );
}

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function checkedBoxes(filing: Filing): string[] {
  const boxes: string[] = [];
  if (filing.notSubjectToSection16) boxes.push('No longer subject to Section 16');
  if (filing.noSecuritiesOwned) boxes.push('No securities beneficially owned');
  return boxes;
}
