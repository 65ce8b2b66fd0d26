/** One parsed filing, top to bottom in the order the form prints it. */
import type { Filing } from '../../core/filing';
import { Closing } from './Closing';
import { DERIVATIVE_COLUMNS, NON_DERIVATIVE_COLUMNS } from './columns';
import { FootnoteList } from './Footnotes';
import { FormTable } from './FormTable';
import { Owners } from './Owners';
import { Summary } from './Summary';
import { Warnings } from './Warnings';

export function FilingView({ filing, idPrefix }: { filing: Filing; idPrefix: string }) {
  return (
    <article class="filing">
      <Summary filing={filing} />
      <Warnings warnings={filing.warnings} />
      <Owners owners={filing.reportingOwners} />
      <FormTable
        title="Table I — Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned"
        columns={NON_DERIVATIVE_COLUMNS}
        sections={[
          { label: 'Transactions', rows: filing.nonDerivativeTransactions },
          { label: 'Holdings', rows: filing.nonDerivativeHoldings },
        ]}
        idPrefix={idPrefix}
      />
      <FormTable
        title="Table II — Derivative Securities Acquired, Disposed of, or Beneficially Owned"
        columns={DERIVATIVE_COLUMNS}
        sections={[
          { label: 'Transactions', rows: filing.derivativeTransactions },
          { label: 'Holdings', rows: filing.derivativeHoldings },
        ]}
        idPrefix={idPrefix}
      />
      <FootnoteList footnotes={filing.footnotes} idPrefix={idPrefix} />
      <Closing remarks={filing.remarks} signatures={filing.signatures} />
    </article>
  );
}
