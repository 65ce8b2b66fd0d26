/** Loads the storage fixtures (see test/fixtures/storage/README.md). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import type { Filing } from '../../../src/core/filing';
import { parseBytes, type ParseOutput } from '../../../src/core/parse-file';

const FIXTURES = fileURLToPath(new URL('../../fixtures/storage/', import.meta.url));

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURES + name));
}

/** A fresh, mutable copy each call, so tampering in one test cannot leak into another. */
export function fixtureJson(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(FIXTURES + name, 'utf8')) as Record<string, unknown>;
}

export const LIVEPERSON_FILING = 'liveperson.filing.json';
export const LIVEPERSON_XML = 'liveperson-2009-form4.xml';
export const CHEMOMAB_FILING = 'chemomab-thiel-2021-form3.filing.json';
export const CHEMOMAB_XML = 'chemomab-thiel-2021-form3.xml';

export const RKLB_PDF = 'rklb-form4-84c18877.pdf';

/** What parsing the fixture XML gives, with the filing taken from its hand-checked JSON transcription. */
export function xmlOutputFromJson(
  xmlName: string,
  filingName: string,
): { bytes: Uint8Array; output: ParseOutput } {
  const filing = fixtureJson(filingName) as unknown as Filing;
  return { bytes: fixtureBytes(xmlName), output: { source: 'xml', filing, provenance: {}, text: null } };
}

/** A real parse of a fixture, the way the CLI does it (Node pdf.js for PDFs). */
export async function parseFixture(name: string): Promise<{ bytes: Uint8Array; output: ParseOutput }> {
  const bytes = fixtureBytes(name);
  // parseBytes may hand the bytes to pdf.js; ours stay untouched for hashing.
  const output = await parseBytes(nodePdfjs, bytes.slice(), name, nodeExtractOptions);
  return { bytes, output };
}
