/**
 * Everything below Table II: "Explanation of Responses:" (the footnotes),
 * "Remarks:", the signature block and the form's standing notes.
 */
import type { Filing } from '../filing';
import { dataSpan, escapeHtml, footnoteNumber, formatDate } from './format';
import type { FormWording } from './form-kind';

/** What EDGAR prints in the explanation area for a Form 3 whose "no securities owned" box is set. */
export const NO_SECURITIES_OWNED_TEXT = 'No securities are beneficially owned.';

export function explanationAndRemarks(filing: Filing): string {
  const rows = ['<tr><td class="MedSmallFormText"><b>Explanation of Responses:</b></td></tr>'];
  if (filing.noSecuritiesOwned === true) {
    rows.push(`<tr><td class="FootnoteData"><b>${NO_SECURITIES_OWNED_TEXT}</b></td></tr>`);
  }
  for (const footnote of filing.footnotes) {
    const number = escapeHtml(footnoteNumber(footnote.id));
    rows.push(`<tr><td class="FootnoteData">${number}. ${escapeHtml(footnote.text)}</td></tr>`);
  }
  rows.push('<tr><td class="FormText"><b>Remarks:</b></td></tr>');
  rows.push(`<tr><td class="FootnoteData">${escapeHtml(filing.remarks ?? '')}</td></tr>`);
  return `<table class="plain explanation">\n${rows.join('\n')}\n</table>`;
}

function signatureRows(filing: Filing): string[] {
  const signatures = filing.signatures.length > 0 ? filing.signatures : [{ name: '', date: null }];
  return signatures.flatMap((signature) => [
    '<tr class="signature">',
    '<td class="w60"></td>',
    `<td class="w20 signed"><u>${dataSpan(signature.name)}</u></td>`,
    `<td class="w20 signed"><u>${dataSpan(formatDate(signature.date))}</u></td>`,
    '</tr>',
    '<tr>',
    '<td></td>',
    '<td class="MedSmallFormText">** Signature of Reporting Person</td>',
    '<td class="MedSmallFormText">Date</td>',
    '</tr>',
  ]);
}

function noteRow(html: string): string {
  return `<tr><td colspan="3" class="MedSmallFormText">${html}</td></tr>`;
}

export function signatureBlock(filing: Filing, wording: FormWording): string {
  return [
    '<table class="plain signatures">',
    ...signatureRows(filing),
    noteRow(
      'Reminder: Report on a separate line for each class of securities beneficially owned directly or indirectly.',
    ),
    noteRow(
      '* If the form is filed by more than one reporting person, ' +
        `<i>see</i> Instruction ${wording.multiOwnerInstruction}.`,
    ),
    noteRow(
      '** Intentional misstatements or omissions of facts constitute Federal Criminal Violations ' +
        '<i>See</i> 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).',
    ),
    noteRow(
      'Note: File three copies of this Form, one of which must be manually signed. If space is insufficient, ' +
        '<i>see</i> Instruction 6 for procedure.',
    ),
    noteRow(
      '<b>Persons who respond to the collection of information contained in this form are not required to ' +
        'respond unless the form displays a currently valid OMB Number.</b>',
    ),
    '</table>',
  ].join('\n');
}
