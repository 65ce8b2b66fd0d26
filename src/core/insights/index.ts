/**
 * Insights that a table of the form alone does not give: totals by code,
 * weighted-average prices with their ranges, same-day exercise and sale,
 * Rule 10b5-1 trades, holdings after the filing; across a library, totals by
 * issuer and by person, amendments against their originals, and holdings over
 * time. All pure functions of Filings; no DOM.
 */
import type { Filing, Warning } from '../filing';
import { findExerciseSales, type ExerciseSale } from './exercise-sales';
import { holdingsAfter, type HoldingAfter } from './holdings-after';
import { findRule10b5One, type Rule10b5One } from './rule-10b5-1';
import { summariseByCode, type FilingCodeSummary } from './summary-by-code';
import { findWeightedAveragePrices, type WeightedAveragePrice } from './weighted-average';

export interface FilingInsights {
  byCode: FilingCodeSummary;
  weightedAverages: WeightedAveragePrice[];
  exerciseSales: ExerciseSale[];
  rule10b5One: Rule10b5One;
  holdingsAfter: HoldingAfter[];
  /** Things the reader should check, found while computing the above (e.g. a price outside its footnote range). */
  warnings: Warning[];
}

export function filingInsights(filing: Filing): FilingInsights {
  const weightedAverages = findWeightedAveragePrices(filing);
  return {
    byCode: summariseByCode(filing),
    weightedAverages,
    exerciseSales: findExerciseSales(filing),
    rule10b5One: findRule10b5One(filing),
    holdingsAfter: holdingsAfter(filing),
    warnings: weightedAverages.flatMap((found) => (found.warning === null ? [] : [found.warning])),
  };
}

export * from './amendment';
export * from './amendment-diff';
export * from './describe-amendment';
export * from './dollar-cells';
export * from './exercise-sales';
export * from './format';
export * from './holdings-after';
export * from './holdings-chart';
export * from './holdings-timeline';
export * from './identity';
export * from './library-aggregates';
export * from './rows';
export * from './rule-10b5-1';
export * from './summary-by-code';
export * from './weighted-average';
