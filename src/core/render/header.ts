/**
 * Everything above Table I: the form name, title and OMB box, the Section 16
 * and Rule 10b5-1 checkboxes, and the numbered header boxes, in EDGAR's two
 * arrangements (Form 3; Forms 4 and 5).
 */
import type { Filing } from '../filing';
import { dataSpan, escapeHtml, formatDate } from './format';
import type { FormWording } from './form-kind';
import { jointFilingBox, nameAndAddressBox, relationshipBox } from './owner-box';

const SECTION_16_TEXT =
  'Check this box if no longer subject to Section 16. Form 4 or Form 5 obligations may continue. ' +
  '<i>See</i> Instruction 1(b).';

const RULE_10B5_1_TEXT =
  'Check this box to indicate that a transaction was made pursuant to a contract, instruction or written ' +
  'plan for the purchase or sale of equity securities of the issuer that is intended to satisfy the ' +
  'affirmative defense conditions of Rule 10b5-1(c). <i>See</i> Instruction 10.';

function ombBox(wording: FormWording): string {
  return [
    '<table class="omb">',
    '<tr><td class="FormTextC omb-head">OMB APPROVAL</td></tr>',
    '<tr><td><table class="plain">',
    `<tr><td class="SmallFormText" colspan="3">OMB Number:</td><td class="SmallFormTextR">${wording.ombNumber}</td></tr>`,
    '<tr><td class="SmallFormText" colspan="4">Estimated average burden</td></tr>',
    '<tr>',
    '<td class="SmallFormText" colspan="3">hours per response:</td>',
    `<td class="SmallFormTextR">${wording.burdenHours}</td>`,
    '</tr>',
    '</table></td></tr>',
    '</table>',
  ].join('\n');
}

function titleCell(wording: FormWording, rowspan: number): string {
  return [
    `<td rowspan="${rowspan}" class="w60 center middle">`,
    '<span class="FormTitle">UNITED STATES SECURITIES AND EXCHANGE COMMISSION</span><br>',
    '<span class="MedSmallFormText">Washington, D.C. 20549</span><br><br>',
    `<span class="FormTitle">${wording.title}</span><br><br>`,
    '<span class="MedSmallFormText">Filed pursuant to Section 16(a) of the Securities Exchange Act of 1934</span><br>',
    '<span class="MedSmallFormText">or Section 30(h) of the Investment Company Act of 1940</span>',
    '</td>',
  ].join('\n');
}

function checkboxRow(checked: boolean | null, text: string): string {
  const mark = checked === true ? 'X' : '';
  return [
    '<tr class="middle">',
    `<td class="checkbox-cell"><span class="CheckBox">${mark}</span></td>`,
    `<td class="SmallFormText">${text}</td>`,
    '</tr>',
  ].join('\n');
}

/** The title block; Forms 4 and 5 carry their checkboxes under the form name. */
export function titleBlock(filing: Filing, wording: FormWording): string {
  const rows: string[] = [];
  if (wording.form !== '3') {
    rows.push(checkboxRow(filing.notSubjectToSection16, SECTION_16_TEXT));
    if (filing.aff10b5One !== null) rows.push(checkboxRow(filing.aff10b5One, RULE_10B5_1_TEXT));
  }
  const rowspan = rows.length + 1;
  return [
    '<table class="title-block">',
    '<tr>',
    `<td colspan="2" class="w20 top center FormName">${escapeHtml(wording.formName)}</td>`,
    titleCell(wording, rowspan),
    `<td rowspan="${rowspan}" class="w20 top center">${ombBox(wording)}</td>`,
    '</tr>',
    ...rows,
    '</table>',
  ].join('\n');
}

function issuerBox(boxNumber: string, filing: Filing): string {
  const symbol = filing.issuer.tradingSymbol ?? '';
  return [
    `<span class="MedSmallFormText">${boxNumber}. Issuer Name <b>and</b> Ticker or Trading Symbol</span><br>`,
    `<span class="IssuerName">${escapeHtml(filing.issuer.name)}</span>`,
    `[ ${dataSpan(symbol)} ]`,
  ].join('\n');
}

function dateBox(boxNumber: string, label: string, isoDate: string | null): string {
  return [
    `<span class="MedSmallFormText">${boxNumber}. ${escapeHtml(label)}</span><br>`,
    dataSpan(formatDate(isoDate)),
  ].join('\n');
}

const AMENDMENT_LABEL = 'If Amendment, Date of Original Filed (Month/Day/Year)';

function form345Boxes(filing: Filing, wording: FormWording): string {
  const owner = filing.reportingOwners[0] ?? null;
  return [
    '<table class="boxed header-boxes">',
    '<tr>',
    `<td rowspan="3" class="w35 top">\n${nameAndAddressBox(owner)}\n</td>`,
    `<td class="w35 top">\n${issuerBox('2', filing)}\n</td>`,
    `<td rowspan="2" class="top">\n${relationshipBox('5', owner)}\n</td>`,
    '</tr>',
    `<tr><td class="top">\n${dateBox('3', wording.periodLabel, filing.periodOfReport)}\n</td></tr>`,
    '<tr>',
    `<td class="top">\n${dateBox('4', AMENDMENT_LABEL, filing.dateOfOriginalSubmission)}\n</td>`,
    `<td class="top">\n${jointFilingBox(wording.jointLabel, filing.reportingOwners.length)}\n</td>`,
    '</tr>',
    '</table>',
  ].join('\n');
}

function form3Boxes(filing: Filing, wording: FormWording): string {
  const owner = filing.reportingOwners[0] ?? null;
  return [
    '<table class="boxed header-boxes">',
    '<tr>',
    `<td rowspan="3" class="w30 top">\n${nameAndAddressBox(owner)}\n</td>`,
    `<td rowspan="3" class="w15 top">\n${dateBox('2', wording.periodLabel, filing.periodOfReport)}\n</td>`,
    `<td colspan="2" class="top">\n${issuerBox('3', filing)}\n</td>`,
    '</tr>',
    '<tr>',
    `<td rowspan="2" class="w30 top">\n${relationshipBox('4', owner)}\n</td>`,
    `<td class="top">\n${dateBox('5', AMENDMENT_LABEL, filing.dateOfOriginalSubmission)}\n</td>`,
    '</tr>',
    `<tr><td class="top">\n${jointFilingBox(wording.jointLabel, filing.reportingOwners.length)}\n</td></tr>`,
    '</table>',
  ].join('\n');
}

export function headerBoxes(filing: Filing, wording: FormWording): string {
  return wording.form === '3' ? form3Boxes(filing, wording) : form345Boxes(filing, wording);
}
