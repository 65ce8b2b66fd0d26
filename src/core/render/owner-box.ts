/**
 * The reporting-person boxes: "1. Name and Address of Reporting Person*" with
 * its (Last) (First) (Middle) / (Street) / (City) (State) (Zip) sublabels, the
 * relationship checkboxes and the one/more-than-one reporting person box,
 * laid out as EDGAR lays them out.
 */
import type { ReportingOwner } from '../filing';
import { dataSpan, escapeHtml, yesMark } from './format';

function sublabelRow(labels: readonly string[]): string {
  const cells = labels.map((label) => `<td class="w33 MedSmallFormText">${label}</td>`).join('');
  return `<table class="plain"><tr>${cells}</tr></table>`;
}

/** Box 1 contents. `null` prints the empty box (a filing with no owner). */
export function nameAndAddressBox(owner: ReportingOwner | null): string {
  const name = owner ? escapeHtml(owner.name) : '';
  const street1 = owner?.street1 ?? '';
  const street2 = owner?.street2 ?? '';
  return [
    '<span class="MedSmallFormText">1. Name and Address of Reporting Person<sup>*</sup></span>',
    `<table class="plain"><tr><td><span class="OwnerName">${name}</span></td></tr></table>`,
    '<hr class="rule">',
    sublabelRow(['(Last)', '(First)', '(Middle)']),
    '<table class="plain">',
    `<tr><td>${dataSpan(street1)}</td></tr>`,
    `<tr><td>${dataSpan(street2)}</td></tr>`,
    '</table>',
    '<hr class="rule">',
    '<span class="MedSmallFormText">(Street)</span>',
    '<table class="plain"><tr>',
    `<td class="w33">${dataSpan(owner?.city ?? '')}</td>`,
    `<td class="w33">${dataSpan(owner?.state ?? '')}</td>`,
    `<td class="w33">${dataSpan(owner?.zip ?? '')}</td>`,
    '</tr></table>',
    '<hr class="rule">',
    sublabelRow(['(City)', '(State)', '(Zip)']),
  ].join('\n');
}

/**
 * The relationship box ("Check all applicable"). EDGAR prints the first
 * reporting owner's relationship here; the titles go on the line below the
 * checkboxes, officer title first.
 */
export function relationshipBox(boxNumber: string, owner: ReportingOwner | null): string {
  const titles = [owner?.officerTitle ?? '', owner?.otherText ?? '']
    .filter((text) => text !== '')
    .map((text) => dataSpan(text))
    .join('<br>');
  return [
    `<span class="MedSmallFormText">${boxNumber}. Relationship of Reporting Person(s) to Issuer</span><br>`,
    '<span class="MedSmallFormText">(Check all applicable)</span>',
    '<table class="plain">',
    '<tr>',
    `<td class="w15 mark">${yesMark(owner?.isDirector ?? false)}</td>`,
    '<td class="w35 MedSmallFormText">Director</td>',
    `<td class="w15 mark">${yesMark(owner?.isTenPercentOwner ?? false)}</td>`,
    '<td class="w35 MedSmallFormText">10% Owner</td>',
    '</tr>',
    '<tr>',
    `<td class="mark">${yesMark(owner?.isOfficer ?? false)}</td>`,
    '<td class="MedSmallFormText">Officer (give title below)</td>',
    `<td class="mark">${yesMark(owner?.isOther ?? false)}</td>`,
    '<td class="MedSmallFormText">Other (specify below)</td>',
    '</tr>',
    `<tr><td colspan="4" class="center">${titles}</td></tr>`,
    '</table>',
  ].join('\n');
}

export function jointFilingBox(label: string, ownerCount: number): string {
  const several = ownerCount > 1;
  return [
    `<span class="MedSmallFormText">6. ${escapeHtml(label)}</span>`,
    '<table class="plain">',
    '<tr>',
    `<td class="w15 mark">${yesMark(!several)}</td>`,
    '<td class="w85 MedSmallFormText">Form filed by One Reporting Person</td>',
    '</tr>',
    '<tr>',
    `<td class="w15 mark">${yesMark(several)}</td>`,
    '<td class="w85 MedSmallFormText">Form filed by More than One Reporting Person</td>',
    '</tr>',
    '</table>',
  ].join('\n');
}

/**
 * With several reporting persons EDGAR repeats box 1 for every one of them
 * (the first included) in a narrow table after Table II.
 */
export function allOwnersTable(owners: readonly ReportingOwner[]): string {
  if (owners.length < 2) return '';
  const rows = owners.map((owner) => `<tr><td>\n${nameAndAddressBox(owner)}\n</td></tr>`).join('\n');
  return `<table class="boxed owners">\n${rows}\n</table>`;
}
