/**
 * Reading the renderer's HTML back in tests without a DOM: visible text, and
 * the cells of the body rows of one table, as a reader of the page sees them.
 */
import { readFileSync } from 'node:fs';
import type { Filing } from '../../../src/core/filing';
import { readOwnershipXml } from '../../../src/core/xml/read-xml';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** Tags dropped (a <wbr> joins its neighbours), entities decoded, whitespace collapsed: the text a reader sees. */
export function visibleText(html: string): string {
  return decodeEntities(html.replace(/<wbr>/g, '').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text of a cell where adjacent inline spans print without a gap ("17,000" + "(1)" → "17,000(1)"). */
function cellText(html: string): string {
  return decodeEntities(
    html
      .replace(/<br>/g, ' ')
      .replace(/<\/(td|th|tr|table|div)>/g, ' ')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The part of the page from the table with this class to its end. */
export function tableHtml(html: string, tableClass: string): string {
  const start = html.indexOf(`<table class="boxed form-table ${tableClass}">`);
  if (start < 0) throw new Error(`no table ${tableClass}`);
  const end = html.indexOf('</table>', start);
  return html.slice(start, end);
}

/** Cell texts of every body row of a form table ("table-one" or "table-two"). */
export function bodyRows(html: string, tableClass: string): string[][] {
  const table = tableHtml(html, tableClass);
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(table)?.[1] ?? '';
  return body
    .split('</tr>')
    .filter((row) => row.includes('<td'))
    .map((row) =>
      row
        .split(/<td[^>]*>/)
        .slice(1)
        .map(cellText),
    );
}

/** Text of the header cells (th) of a form table, in document order. */
export function headerLabels(html: string, tableClass: string): string[] {
  const table = tableHtml(html, tableClass);
  return [...table.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((match) => cellText(match[1] ?? ''));
}

const FIXTURES = new URL('../../fixtures/render/', import.meta.url);

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

export function fixtureFiling(name: string): Filing {
  return readOwnershipXml(fixtureText(name));
}
