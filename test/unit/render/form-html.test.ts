import { describe, expect, it } from 'vitest';
import {
  emptyFiling,
  emptyNonDerivativeRow,
  emptyReportingOwner,
  type Filing,
} from '../../../src/core/filing';
import { renderFormHtml } from '../../../src/core/render/form-html';
import { bodyRows, fixtureFiling, headerLabels, visibleText } from './html-text';

const SEED = new URL('../../fixtures/seed/liveperson-2009-form4.xml', import.meta.url);

async function seedFiling(): Promise<Filing> {
  const { readFileSync } = await import('node:fs');
  const { readOwnershipXml } = await import('../../../src/core/xml/read-xml');
  return readOwnershipXml(readFileSync(SEED, 'utf8'));
}

function headerText(html: string): string {
  return visibleText(html.slice(0, html.indexOf('<table class="boxed form-table table-one">')));
}

describe('renderFormHtml: the seed Form 4 (LivePerson, 2009)', () => {
  it('prints the header boxes with EDGAR wording and values', async () => {
    const html = renderFormHtml(await seedFiling());
    const header = headerText(html);
    expect(header).toContain('FORM 4');
    expect(header).toContain('STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP');
    expect(header).toContain('OMB Number: 3235-0287');
    expect(header).toContain(
      '1. Name and Address of Reporting Person * BIXBY TIMOTHY E (Last) (First) (Middle) ' +
        'C/O LIVEPERSON, INC. 462 SEVENTH AVENUE (Street) NEW YORK NY 10018 (City) (State) (Zip)',
    );
    expect(header).toContain('2. Issuer Name and Ticker or Trading Symbol LIVEPERSON INC [ LPSN ]');
    expect(header).toContain('3. Date of Earliest Transaction (Month/Day/Year) 08/18/2009');
    expect(header).toContain('Officer (give title below) Other (specify below) Chief Financial Officer');
    // A 2009 filing has no 10b5-1 box (aff10b5One is null).
    expect(header).not.toContain('Rule 10b5-1(c)');
  });

  it('prints Table I rows with code footnotes, prices with "$" and amounts with separators', async () => {
    const rows = bodyRows(renderFormHtml(await seedFiling()), 'table-one');
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual([
      'Common Stock',
      '08/18/2009',
      '',
      'M',
      '',
      '17,000',
      'A',
      '$1.94',
      '305,300',
      'D',
      '',
    ]);
    expect(rows[1]).toEqual([
      'Common Stock',
      '08/18/2009',
      '',
      'S(1)',
      '',
      '17,000',
      'D',
      '$4.28(2)',
      '288,300',
      'D',
      '',
    ]);
  });

  it('prints Table II with the amount under (D) and footnote-only exercise dates', async () => {
    const rows = bodyRows(renderFormHtml(await seedFiling()), 'table-two');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([
      'Stock Option (right to buy)',
      '$1.94',
      '08/18/2009',
      '',
      'M',
      '',
      '',
      '17,000',
      '(5)',
      '10/20/2010',
      'Common Stock',
      '17,000',
      '$0',
      '161,600',
      'D',
      '',
    ]);
  });

  it('prints the footnotes, remarks heading and signature block', async () => {
    const text = visibleText(renderFormHtml(await seedFiling()));
    expect(text).toContain('Explanation of Responses: 1. The sales reported in this Form 4');
    expect(text).toContain('Remarks:');
    expect(text).toContain(
      'By: /s/ Monica L. Greenberg, attorney-in-fact 08/20/2009 ** Signature of Reporting Person Date',
    );
  });
});

describe('renderFormHtml: safety', () => {
  function hostileFiling(): Filing {
    const filing = emptyFiling('4');
    filing.issuer.name = 'Evil & Co <img src=x onerror=alert(1)>';
    filing.reportingOwners = [{ ...emptyReportingOwner('<script>alert("owner")</script> & Sons') }];
    filing.nonDerivativeHoldings = [
      { ...emptyNonDerivativeRow('Common <b>Stock</b>'), natureOfOwnership: '"By" \'Trust\'' },
    ];
    filing.footnotes = [{ id: 'F1', text: '</td></tr></table><script>x()</script>' }];
    filing.remarks = '<style>body{display:none}</style>';
    filing.signatures = [{ name: '<a href="javascript:x">sig</a>', date: '2024-01-02' }];
    return filing;
  }

  it('keeps names with <script> and & as text', () => {
    const html = renderFormHtml(hostileFiling());
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/<a /i);
    const text = visibleText(html);
    expect(text).toContain('<script>alert("owner")</script> & Sons');
    expect(text).toContain('Evil & Co <img src=x onerror=alert(1)>');
    expect(text).toContain(`Common <b>Stock</b>`);
    expect(text).toContain('"By" \'Trust\'');
    expect(text).toContain('1. </td></tr></table><script>x()</script>');
  });

  it('has no inline styles, event handlers or scripts for any form type', () => {
    for (const name of ['doc3.xml', 'doc4a.xml', 'doc5.xml', 'form3.snow.nonderiv.xml']) {
      const html = renderFormHtml(fixtureFiling(name));
      expect(html).not.toMatch(/\sstyle=/i);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).not.toMatch(/<script|javascript:/i);
    }
  });
});

describe('renderFormHtml: checkboxes', () => {
  it('ticks Section 16, 10b5-1 and every relationship box that is set (SEC sample 4/A)', () => {
    const html = renderFormHtml(fixtureFiling('doc4a.xml'));
    expect(html).toMatch(
      /<span class="CheckBox">X<\/span><\/td>\s*<td class="SmallFormText">Check this box if no longer/,
    );
    expect(html).toMatch(
      /<span class="CheckBox">X<\/span><\/td>\s*<td class="SmallFormText">Check this box to indicate/,
    );
    const header = headerText(html);
    expect(header).toContain('X Director 10% Owner X Officer (give title below) X Other (specify below)');
    expect(header).toContain('President and CEO Public Affairs Officer');
  });

  it('leaves boxes empty when unset and shows the 10b5-1 box unticked when false', () => {
    const filing = fixtureFiling('draftking_multi_disposal.xml');
    filing.aff10b5One = false;
    const html = renderFormHtml(filing);
    expect(html).toMatch(
      /<span class="CheckBox"><\/span><\/td>\s*<td class="SmallFormText">Check this box if no longer/,
    );
    expect(html).toMatch(
      /<span class="CheckBox"><\/span><\/td>\s*<td class="SmallFormText">Check this box to indicate/,
    );
    expect(headerText(html)).toContain(
      'Director 10% Owner X Officer (give title below) Other (specify below)',
    );
  });

  it('marks one or more than one reporting person', () => {
    const one = headerText(renderFormHtml(fixtureFiling('draftking_multi_disposal.xml')));
    expect(one).toContain('X Form filed by One Reporting Person Form filed by More than One');
    const two = headerText(renderFormHtml(fixtureFiling('form3.snow.nonderiv.xml')));
    expect(two).toContain(
      'Form filed by One Reporting Person X Form filed by More than One Reporting Person',
    );
  });
});

describe('renderFormHtml: every form type', () => {
  it('Form 3: own header arrangement and four-column Table I', () => {
    const html = renderFormHtml(fixtureFiling('form3.snow.nonderiv.xml'));
    const header = headerText(html);
    expect(header).toContain('FORM 3');
    expect(header).toContain('INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES');
    expect(header).toContain('2. Date of Event Requiring Statement (Month/Day/Year) 09/18/2020');
    expect(header).toContain('3. Issuer Name and Ticker or Trading Symbol Snowflake Inc. [ SNOW ]');
    expect(header).toContain('X 10% Owner');
    expect(header).not.toContain('no longer subject to Section 16');
    expect(headerLabels(html, 'table-one')).toEqual([
      'Table I - Non-Derivative Securities Beneficially Owned',
      '1. Title of Security (Instr. 4)',
      '2. Amount of Securities Beneficially Owned (Instr. 4)',
      '3. Ownership Form: Direct (D) or Indirect (I) (Instr. 5)',
      '4. Nature of Indirect Beneficial Ownership (Instr. 5)',
    ]);
    expect(bodyRows(html, 'table-one')).toEqual([
      ['Class A Common Stock', '6,125,376', 'I', 'See footnote(1)'],
    ]);
    expect(headerLabels(html, 'table-two')).toContain('Date Exercisable');
  });

  it('Form 3: "no securities owned" is stated in the explanation area', () => {
    const text = visibleText(renderFormHtml(fixtureFiling('form3.nosecurities.xml')));
    expect(text).toContain('Explanation of Responses: No securities are beneficially owned.');
    const owned = visibleText(renderFormHtml(fixtureFiling('form3.snow.nonderiv.xml')));
    expect(owned).not.toContain('No securities are beneficially owned');
  });

  it('Form 3/A: amendment name and original filing date in box 5', () => {
    const header = headerText(renderFormHtml(fixtureFiling('doc3a.xml')));
    expect(header).toContain('FORM 3/A');
    expect(header).toMatch(/5\. If Amendment, Date of Original Filed \(Month\/Day\/Year\) \d\d\/\d\d\/\d{4}/);
  });

  it('Form 4/A: original filing date in box 4', () => {
    const header = headerText(renderFormHtml(fixtureFiling('doc4a.xml')));
    expect(header).toContain('FORM 4/A');
    expect(header).toContain('4. If Amendment, Date of Original Filed (Month/Day/Year) 03/01/2003');
  });

  it('Form 5: annual title, fiscal-year box and no "V" column', () => {
    const html = renderFormHtml(fixtureFiling('doc5.xml'));
    const header = headerText(html);
    expect(header).toContain('FORM 5');
    expect(header).toContain('ANNUAL STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP');
    expect(header).toContain('OMB Number: 3235-0362');
    expect(header).toContain("3. Statement for Issuer's Fiscal Year Ended (Month/Day/Year)");
    expect(header).toContain('6. Individual or Joint/Group Reporting (Check Applicable Line)');
    const labels = headerLabels(html, 'table-one');
    expect(labels).not.toContain('V');
    expect(labels).toContain(
      "5. Amount of Securities Beneficially Owned at end of Issuer's Fiscal Year (Instr. 3 and 4)",
    );
    for (const row of bodyRows(html, 'table-one')) expect(row).toHaveLength(10);
    for (const row of bodyRows(html, 'table-two')) expect(row).toHaveLength(15);
    expect(visibleText(renderFormHtml(fixtureFiling('doc5a.xml')))).toContain('FORM 5/A');
  });

  it('Form 4 holdings leave the transaction columns empty and value holdings show "$"', () => {
    const rows = bodyRows(renderFormHtml(fixtureFiling('doc4a.xml')), 'table-one');
    expect(rows[2]).toEqual(['Preferred Stock Options(1)', '', '', '', '', '', '', '', '33,333', 'D', '']);
    expect(rows[3]).toEqual([
      'Common Stock Options',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '$2,222.33',
      'I',
      'Owned Indirectly',
    ]);
  });

  it('puts markers on the cell they belong to, including a footnote on an empty V cell', () => {
    const rows = bodyRows(renderFormHtml(fixtureFiling('doc4a.xml')), 'table-one');
    expect(rows[0]?.[3]).toBe('J(1)(2)(3)');
    expect(rows[0]?.[4]).toBe('(3)');
  });
});

describe('renderFormHtml: several reporting persons', () => {
  it('prints the first in box 1 and one name and address box per person after Table II', () => {
    const filing = fixtureFiling('doc3-seven-owners.xml');
    expect(filing.reportingOwners).toHaveLength(7);
    const html = renderFormHtml(filing);
    const owners = html.slice(
      html.indexOf('<table class="boxed owners">'),
      html.indexOf('Explanation of Responses'),
    );
    expect(owners.match(/1\. Name and Address of Reporting Person/g)).toHaveLength(7);
    for (const owner of filing.reportingOwners) expect(visibleText(owners)).toContain(owner.name);
    expect(headerText(html)).toContain(filing.reportingOwners[0]?.name ?? '?');
  });

  it('prints every signature with its own label line', () => {
    const text = visibleText(renderFormHtml(fixtureFiling('doc5.xml')));
    expect(text.match(/\*\* Signature of Reporting Person Date/g)).toHaveLength(3);
    expect(text).toContain('Jane Doe 11/23/2002');
    expect(text).toContain('Uncle Sam 11/24/2002');
  });
});
