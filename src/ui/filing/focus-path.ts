/**
 * Bringing a value into view by its field path: the element that shows it,
 * else the first cell of its row, else the nearest parent path shown
 * ("reportingOwners[0].zip" → "reportingOwners[0].city" is not guessed; the
 * owner's name is). Focus follows, so the selection and the page highlight
 * move with it.
 */
import { footnoteItemId } from './paths';

function shownAt(host: HTMLElement, path: string): HTMLElement | null {
  const exact = host.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
  if (exact) return exact;
  return host.querySelector<HTMLElement>(`[data-path^="${CSS.escape(`${path}.`)}"]`);
}

/** "a[1].b.c" → ["a[1].b.c", "a[1].b", "a[1]", "a"] */
function parents(path: string): string[] {
  const found = [path];
  let rest = path;
  while (/[.[]/.test(rest)) {
    rest = rest.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    if (rest === found[found.length - 1]) break;
    found.push(rest);
  }
  return found;
}

export function focusPathIn(host: HTMLElement | null, path: string): boolean {
  if (!host) return false;
  for (const candidate of parents(path)) {
    const element = shownAt(host, candidate);
    if (element) {
      element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: scrollBehavior() });
      element.focus({ preventScroll: true });
      return true;
    }
  }
  return false;
}

export function focusFootnoteIn(host: HTMLElement | null, idPrefix: string, id: string): void {
  const item = host?.querySelector<HTMLElement>(`#${CSS.escape(footnoteItemId(idPrefix, id))}`);
  if (!item) return;
  item.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
  item.focus({ preventScroll: true });
}

function scrollBehavior(): ScrollBehavior {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
