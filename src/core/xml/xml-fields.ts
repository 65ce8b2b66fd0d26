/**
 * Reading EDGAR ownership fields from the tree. A field is either plain
 * (<transactionCode>S</transactionCode>) or wrapped with its footnote
 * references (<shares><value>17000</value><footnoteId id="F1"/></shares>);
 * both read the same here. Turning the text into contract values is
 * field-values.ts.
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
