/** The form's content as tables, in the order the form prints it. */
import { useFilingContext } from './context';
import { Closing } from './Closing';
import { CodeLegend } from './CodeLegend';
import { DERIVATIVE_COLUMNS, NON_DERIVATIVE_COLUMNS } from './columns';
import { FootnoteList } from './Footnotes';
import { FormTable } from './FormTable';
import './filing-tables.css';

export function TablesView() {
  const { filing } = useFilingContext();
  return (
    <>
      <FormTable
        title="Table I — Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned"
        columns={NON_DERIVATIVE_COLUMNS}
        sections={[
          {
            label: 'Transactions',
            table: 'nonDerivativeTransactions',
            rows: filing.nonDerivativeTransactions,
          },
          { label: 'Holdings', table: 'nonDerivativeHoldings', rows: filing.nonDerivativeHoldings },
        ]}
      />
      <FormTable
        title="Table II — Derivative Securities Acquired, Disposed of, or Beneficially Owned"
        columns={DERIVATIVE_COLUMNS}
        sections={[
          { label: 'Transactions', table: 'derivativeTransactions', rows: filing.derivativeTransactions },
          { label: 'Holdings', table: 'derivativeHoldings', rows: filing.derivativeHoldings },
        ]}
      />
      <CodeLegend />
      <FootnoteList notes={filing.footnotes} />
      <Closing remarks={filing.remarks} signatures={filing.signatures} />
    </>
  );
}
