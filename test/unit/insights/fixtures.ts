/** Real filings copied into test/fixtures/insights (see the README.md there for where each came from). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import type { Filing } from '../../../src/core/filing';
import type { LibraryEntry } from '../../../src/core/insights';
import { parseBytes } from '../../../src/core/parse-file';
import { readOwnershipXml } from '../../../src/core/xml/read-xml';

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/insights/', import.meta.url));

export function xmlFiling(name: string): Filing {
  return readOwnershipXml(readFileSync(FIXTURE_DIR + name, 'utf8'));
}

/** A PDF read the way the app reads it: pdf.js and the form engine through parseBytes. */
export async function pdfFiling(name: string): Promise<Filing> {
  const bytes = new Uint8Array(readFileSync(FIXTURE_DIR + name));
  return (await parseBytes(nodePdfjs, bytes, name, nodeExtractOptions)).filing;
}

/** Library entries keyed by fixture file name. */
export function xmlEntries(names: readonly string[]): LibraryEntry[] {
  return names.map((name) => ({ id: name, filing: xmlFiling(name) }));
}

export const LIVEPERSON = 'liveperson-2009-form4.xml';

/** Keith Rabois's Yelp filings in the corpus: his Form 3 at the IPO and four Form 4s after it. */
export const YELP_RABOIS = [
  'yelp-rabois-2012-03-01-form3.xml',
  'yelp-rabois-2012-03-07-form4.xml',
  'yelp-rabois-2012-11-23-form4.xml',
  'yelp-rabois-2013-03-05-form4.xml',
  'yelp-rabois-2013-05-21-form4.xml',
] as const;
