/**
 * Reading EDGAR ownership fields from the tree. A field is either plain
 * (<transactionCode>S</transactionCode>) or wrapped with its footnote
 * references (<shares><value>17000</value><footnoteId id="F1"/></shares>);
 * both read the same here. Values become contract types (text collapsed,
 * YYYY-MM-DD dates, JSON numbers, booleans); anything unreadable becomes null
 * plus a warning naming the field, never a guess.
 */
import type { Warning } from '../filing';
import type { XmlElement } from './xml-tree';

export interface ReadContext {
  warnings: Warning[];
}

export function warn(ctx: ReadContext, code: string, message: string, path: string | null): void {
  ctx.warnings.push({ code, message, path });
}

export function childElements(parent: XmlElement | undefined, localName?: string): XmlElement[] {
  if (parent === undefined) return [];
  const out: XmlElement[] = [];
  for (const child of parent.children) {
    if (typeof child !== 'string' && (localName === undefined || child.localName === localName))
      out.push(child);
  }
  return out;
}

export function firstChild(parent: XmlElement | undefined, localName: string): XmlElement | undefined {
  if (parent === undefined) return undefined;
  for (const child of parent.children) {
    if (typeof child !== 'string' && child.localName === localName) return child;
  }
  return undefined;
}

/** The element and every element inside it, in document order (a loop, not recursion). */
export function elementsWithin(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const pending: XmlElement[] = [root];
  while (pending.length > 0) {
    const element = pending.pop() as XmlElement;
    out.push(element);
    const children = childElements(element);
    for (let i = children.length - 1; i >= 0; i -= 1) pending.push(children[i]);
  }
  return out;
}

/** All text inside an element, descendants included, in document order (a loop, not recursion). */
export function textContent(element: XmlElement): string {
  let out = '';
  const stack: { element: XmlElement; next: number }[] = [{ element, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.next >= frame.element.children.length) {
      stack.pop();
      continue;
    }
    const child = frame.element.children[frame.next];
    frame.next += 1;
    if (typeof child === 'string') out += child;
    else stack.push({ element: child, next: 0 });
  }
  return out;
}

/** Runs of whitespace to one space, trimmed (the contract's rule for all text). */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The field's text, collapsed; null when absent or empty. */
export function fieldText(field: XmlElement | undefined): string | null {
  if (field === undefined) return null;
  const holder = firstChild(field, 'value') ?? field;
  const text = collapseWhitespace(textContent(holder));
  return text === '' ? null : text;
}

/** Footnote ids referenced directly by this element, in order, without repeats. */
export function footnoteIdsOf(field: XmlElement | undefined): string[] {
  const ids: string[] = [];
  for (const ref of childElements(field, 'footnoteId')) {
    const id = collapseWhitespace(ref.attributes.get('id') ?? '');
    if (id !== '' && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:T[\d:.]+)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function toDate(text: string | null, ctx: ReadContext, path: string): string | null {
  if (text === null) return null;
  const iso = ISO_DATE.exec(text);
  if (iso !== null) return iso[1];
  const us = US_DATE.exec(text);
  if (us !== null) {
    warn(
      ctx,
      'xml-date-format',
      `Date "${text}" is not written YYYY-MM-DD as the schema requires; read as month/day/year.`,
      path,
    );
    return `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`;
  }
  warn(
    ctx,
    'xml-unreadable-date',
    `"${text}" is not a date; left empty. Check this cell on the filing.`,
    path,
  );
  return null;
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function toNumber(text: string | null, ctx: ReadContext, path: string): number | null {
  if (text === null) return null;
  if (DECIMAL.test(text)) return Number(text) + 0;
  const cleaned = text.replace(/[,$\s]/g, '');
  if (DECIMAL.test(cleaned)) {
    warn(
      ctx,
      'xml-number-format',
      `Number "${text}" has separators the schema does not allow; read as ${cleaned}.`,
      path,
    );
    return Number(cleaned) + 0;
  }
  warn(
    ctx,
    'xml-unreadable-number',
    `"${text}" is not a number; left empty. Check this cell on the filing.`,
    path,
  );
  return null;
}

export function toBoolean(text: string | null, ctx: ReadContext, path: string): boolean | null {
  if (text === null) return null;
  const lower = text.toLowerCase();
  if (lower === '1' || lower === 'true') return true;
  if (lower === '0' || lower === 'false') return false;
  warn(
    ctx,
    'xml-unreadable-boolean',
    `"${text}" is not a yes/no value (1, 0, true, false); left empty.`,
    path,
  );
  return null;
}

/** A choice-list value such as A/D or D/I; anything else is null with a warning. */
export function toChoice<T extends string>(
  text: string | null,
  allowed: readonly T[],
  ctx: ReadContext,
  path: string,
): T | null {
  if (text === null) return null;
  const upper = text.toUpperCase();
  const hit = allowed.find((choice) => choice === upper);
  if (hit !== undefined) return hit;
  warn(ctx, 'xml-unknown-choice', `"${text}" is not one of ${allowed.join(', ')}; left empty.`, path);
  return null;
}
