/**
 * Filing → the official form as EDGAR renders ownership XML (Forms 3, 4, 5 and
 * amendments), as an HTML fragment. Pure and DOM-free: it runs in the worker,
 * in Node scripts and in the page. The fragment carries no script, no event
 * handlers and no style attributes (the app runs under a strict CSP); its look
 * comes from form.css through class names, all scoped under `.edgar-form`.
 */
import type { Filing } from '../filing';
import { escapeHtml } from './format';
import { explanationAndRemarks, signatureBlock } from './footer';
import { formWording } from './form-kind';
import { headerBoxes, titleBlock } from './header';
import { allOwnersTable } from './owner-box';
import { tableOne } from './table1';
import { tableTwo } from './table2';

export function renderFormHtml(filing: Filing): string {
  const wording = formWording(filing.documentType);
  const formClass = `form-${wording.form}`;
  return [
    `<div class="edgar-form ${formClass}">`,
    `<div class="FormCaption">SEC Form ${escapeHtml(filing.documentType)}</div>`,
    titleBlock(filing, wording),
    headerBoxes(filing, wording),
    tableOne(wording.form, filing.nonDerivativeTransactions, filing.nonDerivativeHoldings),
    tableTwo(wording.form, filing.derivativeTransactions, filing.derivativeHoldings),
    allOwnersTable(filing.reportingOwners),
    explanationAndRemarks(filing),
    signatureBlock(filing, wording),
    '</div>',
  ].join('\n');
}
