/**
 * The holdings chart's vertical axis: nice round bounds around the data, so a
 * change of 2% is visible, and a visible break where the axis does not start
 * at zero, so the chart does not exaggerate either.
 */
import { describe, expect, it } from 'vitest';
import { holdingsChartSvg, holdingsTimeline } from '../../../src/core/insights';
import { parseXml, type XmlElement } from '../../../src/core/xml/xml-tree';
import { YELP_RABOIS, xmlEntries } from './fixtures';

const MUSK_GIFTS = 'tesla-2021-musk-form5-gifts.xml';
const MUSK_AT_TESLA = { ownerKey: 'cik:1494730', issuerKey: 'cik:1318605' };
const RABOIS_AT_YELP = { ownerKey: 'cik:1539865', issuerKey: 'cik:1345016' };

function elements(root: XmlElement, test: (node: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    if (test(node)) found.push(node);
    node.children.forEach((child) => typeof child !== 'string' && walk(child));
  };
  walk(root);
  return found;
}

const hasClass = (name: string) => (node: XmlElement) =>
  (node.attributes.get('class') ?? '').split(' ').includes(name);

function yTickLabels(root: XmlElement): string[] {
  const axis = elements(root, hasClass('axis-y'))[0]!;
  return elements(axis, hasClass('tick-label')).map((label) => label.children.join(''));
}

/** The y coordinates the step line visits ("M x y H x V y …"). */
function lineYs(root: XmlElement): number[] {
  const d = elements(root, hasClass('line'))[0]!.attributes.get('d')!;
  return [...d.matchAll(/(?:M[\d.]+ |V)([\d.]+)/g)].map((match) => Number(match[1]));
}

describe('holdings chart y-axis', () => {
  it("Musk's 2021 gifts (175.4M → 172.6M shares in ten days) are drawn from 172,000,000, with a break mark", () => {
    const timeline = holdingsTimeline(xmlEntries([MUSK_GIFTS]), MUSK_AT_TESLA);
    expect(timeline.series.map((s) => s.points.map((p) => p.amount))).toEqual([
      [175418251, 173858251, 173358251, 172858251, 172608251],
    ]);
    const svg = holdingsChartSvg(timeline);
    const root = parseXml(svg);
    expect(yTickLabels(root)).toEqual([
      '172,000,000',
      '173,000,000',
      '174,000,000',
      '175,000,000',
      '176,000,000',
    ]);
    expect(elements(root, hasClass('axis-break'))).toHaveLength(1);
    expect(svg).toContain('The vertical axis starts at 172,000,000, not at zero.');
    // The 2.8M fall spans over half the plot's 180 px height instead of 3 px.
    const ys = lineYs(root);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(90);
  });

  it('Rabois at Yelp sold down to zero: the axis starts at 0 and has no break mark', () => {
    const timeline = holdingsTimeline(xmlEntries(YELP_RABOIS), RABOIS_AT_YELP);
    const root = parseXml(holdingsChartSvg(timeline));
    expect(yTickLabels(root)).toEqual(['0', '25,000', '50,000', '75,000', '100,000', '125,000']);
    expect(elements(root, hasClass('axis-break'))).toEqual([]);
  });
});
