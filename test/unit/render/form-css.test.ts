/**
 * form.css and the fragment belong together: every class the renderer emits
 * is styled (or is a named hook), every rule is scoped to .edgar-form, and the
 * print rules that keep long tables readable are there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderFormHtml } from '../../../src/core/render/form-html';
import { fixtureFiling } from './html-text';

const CSS = readFileSync(new URL('../../../src/core/render/form.css', import.meta.url), 'utf8');

/** Classes that only name a part of the form for the app and tests; they carry no style of their own. */
const HOOK_CLASSES = new Set([
  'form-3',
  'form-4',
  'form-5',
  'table-one',
  'table-two',
  'signature',
  'omb-head',
]);

const FIXTURES = [
  'doc3.xml',
  'doc4a.xml',
  'doc5.xml',
  'form3.snow.nonderiv.xml',
  'draftking_multi_disposal.xml',
];

function classesIn(html: string): Set<string> {
  const classes = new Set<string>();
  for (const match of html.matchAll(/class="([^"]*)"/g)) {
    for (const name of (match[1] ?? '').split(/\s+/)) if (name) classes.add(name);
  }
  return classes;
}

function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

describe('form.css', () => {
  it('styles every class the form view uses', () => {
    const used = new Set(FIXTURES.flatMap((name) => [...classesIn(renderFormHtml(fixtureFiling(name)))]));
    expect(used.size).toBeGreaterThan(30);
    const unstyled = [...used].filter(
      (name) => !HOOK_CLASSES.has(name) && !new RegExp(`\\.${name}\\b`).test(CSS),
    );
    expect(unstyled).toEqual([]);
  });

  it('scopes every selector under .edgar-form', () => {
    const selectors = withoutComments(CSS)
      .replace(/@media[^{]*\{/g, '')
      .split('}')
      .map((block) => block.split('{')[0]?.trim() ?? '')
      .filter((selector) => selector !== '')
      .flatMap((selector) => selector.split(',').map((part) => part.trim()));
    expect(selectors.length).toBeGreaterThan(40);
    expect(selectors.filter((selector) => !selector.startsWith('.edgar-form'))).toEqual([]);
  });

  it('repeats table headers and keeps rows whole when printing', () => {
    const print = CSS.slice(CSS.indexOf('@media print'));
    expect(print).toMatch(/thead\s*\{\s*display:\s*table-header-group/);
    expect(print).toMatch(/tr,[\s\S]*?break-inside:\s*avoid/);
  });
});
