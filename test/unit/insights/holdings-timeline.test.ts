import { describe, expect, it } from 'vitest';
import { createIdentityResolver, holdingsChartSvg, holdingsTimeline } from '../../../src/core/insights';
import { parseXml, type XmlElement } from '../../../src/core/xml/xml-tree';
import { LIVEPERSON, YELP_RABOIS, xmlEntries } from './fixtures';

// Out of date order on purpose, with another issuer of the same person and an unrelated filing.
const ENTRIES = xmlEntries([
  YELP_RABOIS[3],
  'affirm-2024-10b5-1-box.xml',
  YELP_RABOIS[0],
  LIVEPERSON,
  YELP_RABOIS[4],
  YELP_RABOIS[2],
  YELP_RABOIS[1],
]);
const RABOIS_AT_YELP = { ownerKey: 'cik:1539865', issuerKey: 'cik:1345016' };

describe('holdingsTimeline', () => {
  const timeline = holdingsTimeline(ENTRIES, RABOIS_AT_YELP);

  it('takes the five Yelp filings of Keith Rabois and nothing else', () => {
    expect(timeline).toMatchObject({
      ownerName: 'Rabois Keith',
      issuerName: 'YELP INC',
      filings: 5,
      undatedRows: 0,
    });
  });

  it('follows each holding through the filings, in date order', () => {
    const series = (label: string) =>
      timeline.series.find((s) => s.label === label)?.points.map((p) => [p.date, p.amount]);
    expect(timeline.series.map((s) => s.label)).toEqual([
      'Class B Common Stock, direct',
      'Series D Convertible Preferred Stock, direct',
      'Class A Common Stock, direct',
    ]);
    // Form 3: 87,500 Class B; the IPO adds 18,165 from the preferred (105,665); then conversions and sales.
    expect(series('Class B Common Stock, direct')).toEqual([
      ['2012-03-01', 87500],
      ['2012-03-07', 105665],
      ['2012-11-23', 77865],
      ['2012-11-26', 64995],
      ['2012-11-27', 55665],
      ['2013-03-05', 25665],
      ['2013-05-21', 0],
    ]);
    expect(series('Series D Convertible Preferred Stock, direct')).toEqual([
      ['2012-03-01', 72660],
      ['2012-03-07', 0],
    ]);
    // Each Class A lot is converted and sold the same day: up, then back to 0.
    expect(series('Class A Common Stock, direct')).toEqual([
      ['2012-11-23', 2800],
      ['2012-11-23', 0],
      ['2012-11-26', 12870],
      ['2012-11-26', 0],
      ['2012-11-27', 9330],
      ['2012-11-27', 0],
      ['2013-03-05', 30000],
      ['2013-03-05', 0],
      ['2013-05-21', 25665],
      ['2013-05-21', 0],
    ]);
    const first = timeline.series[0]!.points[0]!;
    expect(first).toMatchObject({ basis: 'underlying-shares', code: '', entryId: YELP_RABOIS[0] });
  });

  it('uses the same keys as the identity resolver the UI gets for a filing', () => {
    const resolver = createIdentityResolver(ENTRIES.map((entry) => entry.filing));
    const form3 = ENTRIES.find((entry) => entry.id === YELP_RABOIS[0])!.filing;
    expect(resolver.issuerKey(form3)).toBe(RABOIS_AT_YELP.issuerKey);
    expect(resolver.ownerKey(form3.reportingOwners[0]!)).toBe(RABOIS_AT_YELP.ownerKey);
  });
});

function elements(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    if (node.name === name) found.push(node);
    node.children.forEach((child) => typeof child !== 'string' && walk(child));
  };
  walk(root);
  return found;
}

describe('holdingsChartSvg', () => {
  it('draws one step line per holding and one point per report, as well-formed SVG', () => {
    const svg = holdingsChartSvg(holdingsTimeline(ENTRIES, RABOIS_AT_YELP));
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(root.attributes.get('viewBox')).toMatch(/^0 0 640 \d+$/);
    expect(root.attributes.get('role')).toBe('img');
    expect(elements(root, 'path').filter((p) => p.attributes.get('class') === 'line')).toHaveLength(3);
    expect(elements(root, 'circle')).toHaveLength(7 + 2 + 10);
    expect(svg).toContain(
      '<title id="holdings-chart-title">Holdings of Rabois Keith in YELP INC over time</title>',
    );
    expect(svg).toContain(
      'Class B Common Stock, direct: 7 reports from 2012-03-01 (87,500) to 2013-05-21 (0), highest 105,665.',
    );
    expect(svg).not.toMatch(/style=|<script|javascript:/i);
  });

  it('escapes names: "Reid Hoffman & Michelle Yee Living Trust"', () => {
    const entries = xmlEntries(['linkedin-2012-02-27-hoffman-trust.xml']);
    const timeline = holdingsTimeline(entries, { ownerKey: 'cik:1521103', issuerKey: 'cik:1271024' });
    expect(timeline.ownerName).toBe('Reid Hoffman & Michelle Yee Living Trust');
    expect(timeline.series.map((s) => [s.label, s.points.map((p) => p.amount)])).toEqual([
      ['Class A Common Stock, indirect (See footnote)', [78667, 60416, 19600, 0]],
      ['Class B Common Stock, indirect (See footnote)', [18872030]],
    ]);
    const svg = holdingsChartSvg(timeline, { idPrefix: 'trust' });
    expect(svg).toContain(
      'Holdings of Reid Hoffman &#38; Michelle Yee Living Trust in LINKEDIN CORP over time',
    );
    expect(svg).not.toContain('Hoffman & Michelle');
    expect(parseXml(svg).attributes.get('aria-labelledby')).toBe('trust-title trust-desc');
  });

  it("keeps a busy day small: Musk's 30 rows of 2021-12-09 draw as first (highest) and last (lowest)", () => {
    const entries = xmlEntries(['tesla-2021-12-09-musk-m-s.xml']);
    const timeline = holdingsTimeline(entries, { ownerKey: 'cik:1494730', issuerKey: 'cik:1318605' });
    const common = timeline.series.find((s) => s.label === 'Common Stock, direct')!;
    expect(common.points).toHaveLength(30);
    // 2,165,241 after the exercise; 543,452 sold in 29 rows leaves 1,621,789.
    const root = parseXml(holdingsChartSvg(timeline));
    const dots = elements(root, 'circle').map((circle) => elements(circle, 'title')[0]!.children.join(''));
    expect(dots).toEqual([
      '2021-12-09: 12,672,137 (code M)',
      '2021-12-09: 2,165,241 (code M)',
      '2021-12-09: 1,621,789 (code S)',
    ]);
  });

  it('says so when there is nothing to draw', () => {
    const svg = holdingsChartSvg(holdingsTimeline(ENTRIES, { ownerKey: 'cik:0', issuerKey: 'cik:0' }));
    expect(svg).toContain('No holdings with a date are reported in these filings.');
    expect(elements(parseXml(svg), 'path')).toEqual([]);
  });
});
