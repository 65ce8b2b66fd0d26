/**
 * What the form says when its rows are added up and read together: totals by
 * code, weighted-average prices beside the range their footnote gives,
 * exercises sold or withheld the same day, trades under a Rule 10b5-1 plan,
 * and what is held after the filing. Every figure links back to its rows.
 */
import type { ComponentChildren } from 'preact';
import type { FilingInsights as Insights } from '../../core/insights';
import { formatDollars, formatShares } from '../../core/insights';
import { useFilingContext } from '../filing/context';
import { footnoteLabel, formatDate } from '../filing/format';
import { CodeTotalsTable } from './CodeTotalsTable';
import { HoldingsAfterList } from './HoldingsAfterList';
import { RowLinks } from './RowLinks';
import { WeightedAverages } from './WeightedAverages';
import './insights.css';

export function FilingInsights({ insights }: { insights: Insights }) {
  const { idPrefix } = useFilingContext();
  const { byCode, exerciseSales, rule10b5One } = insights;
  const hasTotals = byCode.nonDerivative.byCode.length + byCode.derivative.byCode.length > 0;
  return (
    <section class="insights" aria-labelledby={`${idPrefix}-insights-title`} data-testid="filing-insights">
      <h3 id={`${idPrefix}-insights-title`}>What this filing adds up to</h3>
      <div class="insight-grid">
        {hasTotals && (
          <Insight title="Bought and sold, by code" wide>
            <CodeTotalsTable summary={byCode.nonDerivative} caption="Table I: shares (non-derivative)" />
            <CodeTotalsTable summary={byCode.derivative} caption="Table II: derivative securities" />
          </Insight>
        )}
        {insights.weightedAverages.length > 0 && (
          <Insight title="Weighted-average prices">
            <WeightedAverages found={insights.weightedAverages} />
          </Insight>
        )}
        {exerciseSales.length > 0 && (
          <Insight title="Exercised and sold the same day">
            <ul class="insight-list">
              {exerciseSales.map((pair) => (
                <li key={`${pair.date}-${pair.security}`} data-testid="exercise-sale">
                  <strong>{formatDate(pair.date)}</strong> · {pair.security}: {pair.summary}.{' '}
                  <span class="muted small">
                    {formatShares(pair.derivativesExercised)} derivatives
                    {pair.derivativeValueExercised > 0 &&
                      ` and ${formatDollars(pair.derivativeValueExercised)} stated in dollars (not shares)`}{' '}
                    ({pair.codes.join(', ')}):{' '}
                    <RowLinks rows={[...pair.exercised, ...pair.acquired, ...pair.sold, ...pair.withheld]} />
                  </span>
                </li>
              ))}
            </ul>
          </Insight>
        )}
        <Insight title="Rule 10b5-1 trading plan">
          <PlanSummary plan={rule10b5One} />
        </Insight>
        {insights.holdingsAfter.length > 0 && (
          <Insight title="Held after this filing">
            <HoldingsAfterList holdings={insights.holdingsAfter} />
          </Insight>
        )}
      </div>
    </section>
  );
}

function Insight({ title, wide, children }: { title: string; wide?: boolean; children: ComponentChildren }) {
  return (
    <div class={`insight${wide ? ' wide' : ''}`}>
      <h4>{title}</h4>
      {children}
    </div>
  );
}

function PlanSummary({ plan }: { plan: Insights['rule10b5One'] }) {
  const boxText =
    plan.box === true
      ? 'The 10b5-1 box is ticked.'
      : plan.box === false
        ? 'The 10b5-1 box is not ticked.'
        : 'This form has no 10b5-1 box (forms before April 2023).';
  const denied = plan.footnotes.filter((note) => note.negated).map((note) => footnoteLabel(note.id));
  const planNotes = [...new Set(plan.rows.flatMap((r) => r.footnoteIds))];
  return (
    <div data-testid="plan-summary">
      <p>{boxText}</p>
      {plan.rows.length > 0 && (
        <p>
          Under a plan, per {plan.rows.length === 1 ? 'its footnote' : 'their footnotes'}:{' '}
          <RowLinks rows={plan.rows.map((r) => r.row)} /> (footnote
          {planNotes.length === 1 ? ' ' : 's '}
          {planNotes.map(footnoteLabel).join(', ')}).
        </p>
      )}
      {plan.scope === 'form' && plan.rows.length === 0 && (
        <p>The form says a plan applies, but not to which rows.</p>
      )}
      {denied.length > 0 && (
        <p class="muted">Footnote {denied.join(', ')} says a trade was not under a plan.</p>
      )}
      {plan.scope === 'none' && plan.box !== true && (
        <p class="muted">No footnote mentions a Rule 10b5-1 plan.</p>
      )}
    </div>
  );
}
