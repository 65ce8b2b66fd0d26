/**
 * The form view must carry EDGAR's own printed wording: every label EDGAR's
 * rendering prints (title, box labels, sublabels, column headers, notes) on
 * the reference pages in test/fixtures/render/*.html must appear in ours for
 * a filing of the same form, and the column headers must match one for one.
 */
import { describe, expect, it } from 'vitest';
import { renderFormHtml } from '../../../src/core/render/form-html';
import { fixtureFiling, fixtureText, headerLabels, visibleText } from './html-text';

const LABEL_CLASSES = 'MedSmallFormText|SmallFormText|SmallFormTextR|FormTitle|FormName|FormTextC|FormText';
const LABEL_PATTERN = new RegExp(`class="(?:${LABEL_CLASSES})"[^>]*>([\\s\\S]*?)</(?:span|td|th)>`, 'g');

/** The printed labels of an EDGAR reference page, whitespace collapsed. */
function edgarLabels(page: string): string[] {
  const body = page.slice(page.indexOf('<body'));
  return [...body.matchAll(LABEL_PATTERN)]
    .map((match) => visibleText((match[1] ?? '').replace(/<sup>\*<\/sup>/g, '*')))
    .filter((label) => label !== '');
}

/** Header cells of the reference page's tables, in the order printed. */
function edgarColumnHeaders(page: string, tableTitle: string): string[] {
  const start = page.indexOf(tableTitle);
  const end = page.indexOf('</thead>', start);
  const head = page.slice(page.lastIndexOf('<thead>', start), end);
  return [...head.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((match) =>
    visibleText((match[1] ?? '').replace(/<br>/g, ' ')),
  );
}

function oursWithStars(html: string): string {
  return visibleText(html.replace(/<sup>\*<\/sup>/g, '*'));
}

const CASES = [
  { page: 'form4.MSFT-List.html', filing: 'draftking_multi_disposal.xml', form: '4' },
  { page: 'form4.Evans.html', filing: 'draftking_multi_disposal.xml', form: '4' },
  { page: 'form3.BAMPartners.html', filing: 'form3.snow.nonderiv.xml', form: '3' },
];

describe.each(CASES)('EDGAR wording of $page', ({ page, filing, form }) => {
  const reference = fixtureText(page);
  const ours = renderFormHtml(fixtureFiling(filing));

  it('prints every label EDGAR prints', () => {
    const text = oursWithStars(ours);
    const labels = edgarLabels(reference);
    expect(labels.length).toBeGreaterThan(40);
    const missing = labels.filter((label) => !text.includes(label));
    expect(missing).toEqual([]);
  });

  it.each(['table-one', 'table-two'])('has the same %s column headers', (table) => {
    const title = table === 'table-one' ? 'Table I - ' : 'Table II - ';
    const expected = edgarColumnHeaders(reference, title);
    expect(expected.length).toBeGreaterThan(form === '3' ? 4 : 10);
    expect(headerLabels(ours, table).map((label) => label.replace(/\s+/g, ' '))).toEqual(expected);
  });
});
