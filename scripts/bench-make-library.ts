/**
 * A big library for the benchmark, made from real filings: every ownership
 * XML in ../shared/corpus/xml, copied until there are `count` of them. Each
 * copy is a changed document, not a changed record: its reporting owners are
 * another corpus filing's, its dates are moved back by a few weeks per copy,
 * and the changed XML is read again with readOwnershipXml and stored with
 * makeRecord (content-hash id, added dates spread over three years). So the
 * records are distinct, consistent with their bytes, and as varied in owners,
 * dates and codes as the corpus allows.
 *
 * bench/sections/library-browser.ts uses makeBenchLibrary(). Run on its own,
 * it writes a library backup the app can import ("Import a library backup"):
 *
 *   npx tsx scripts/bench-make-library.ts [count=10000] [out=bench-library.json]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportBackup } from '../src/core/library/backup';
import { contentId, makeRecord, type LibraryRecord } from '../src/core/library/record';
import { readOwnershipXml } from '../src/core/xml/read-xml';

const CORPUS_XML = join(import.meta.dirname, '../../shared/corpus/xml');
/** Copies move their dates back by this many days per copy: 24 copies span about three years. */
const DAYS_BACK_PER_COPY = 47;
const DAY_MS = 86_400_000;
const ADDED_FROM = Date.parse('2022-01-01T00:00:00Z');
const ADDED_SPAN_MS = 3 * 365 * DAY_MS;

export interface BenchLibraryEntry {
  record: LibraryRecord;
  /** The changed XML the record was read from (its bytes hash to record.id). */
  xml: string;
}

export interface CorpusDocument {
  name: string;
  xml: string;
}

function ownershipFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return ownershipFiles(path);
      return /\.(xml|txt|nc)$/.test(name) ? [path] : [];
    });
}

/** Corpus documents the XML reader accepts (an SGML submission counts: the reader finds the XML inside). */
export function corpusDocuments(dir = CORPUS_XML): CorpusDocument[] {
  return ownershipFiles(dir).flatMap((path) => {
    const xml = readFileSync(path, 'utf8');
    try {
      readOwnershipXml(xml);
      return [{ name: relative(dir, path).replaceAll('/', '-'), xml }];
    } catch {
      return []; // not an ownership document: no use in a library of filings
    }
  });
}

const OWNER_BLOCK = /<reportingOwner>[\s\S]*?<\/reportingOwner>/g;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** The document with `donor`'s reporting owners in place of its own (when both have any). */
function withOwnersOf(xml: string, donor: string): string {
  const owners = donor.match(OWNER_BLOCK);
  if (!owners) return xml;
  let first = true;
  // The first owner block becomes all of the donor's; later ones go.
  return xml.replace(OWNER_BLOCK, () => {
    const replacement = first ? owners.join('\n') : '';
    first = false;
    return replacement;
  });
}

/** Every YYYY-MM-DD moved back by `days` (period, transactions, signatures: they stay consistent). */
function datesMovedBack(xml: string, days: number): string {
  if (days === 0) return xml;
  return xml.replace(ISO_DATE, (text, y: string, m: string, d: string) => {
    const time = Date.UTC(Number(y), Number(m) - 1, Number(d));
    return Number.isNaN(time) ? text : new Date(time - days * DAY_MS).toISOString().slice(0, 10);
  });
}

function variant(documents: CorpusDocument[], i: number): CorpusDocument {
  const base = documents[i % documents.length]!;
  const copy = Math.floor(i / documents.length);
  if (copy === 0) return base;
  // A stride coprime with most corpus sizes, so each copy pairs a filing with a different owner.
  const donor = documents[(i + copy * 97) % documents.length]!;
  const xml = datesMovedBack(withOwnersOf(base.xml, donor.xml), copy * DAYS_BACK_PER_COPY);
  return { name: `copy${copy}-${base.name}`, xml };
}

/** `count` distinct records (and their XML) built from the corpus; deterministic. */
export async function makeBenchLibrary(
  count: number,
  documents = corpusDocuments(),
): Promise<BenchLibraryEntry[]> {
  if (documents.length === 0) throw new Error(`no ownership XML under ${CORPUS_XML}`);
  const entries: BenchLibraryEntry[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < count; i++) {
    const { name, xml: variantXml } = variant(documents, i);
    let xml = variantXml;
    // Two copies can come out the same (a filing whose donor had the same owners and no dates): mark one.
    let bytes = new TextEncoder().encode(xml);
    for (let n = 0; ids.has(await contentId(bytes)); n++) {
      xml = `${xml}\n<!-- bench copy ${i}.${n} -->\n`;
      bytes = new TextEncoder().encode(xml);
    }
    const filing = readOwnershipXml(xml);
    const now = new Date(ADDED_FROM + ((i * 7_919_000_123) % ADDED_SPAN_MS));
    const output = { source: 'xml' as const, filing, provenance: {}, text: null };
    const record = await makeRecord({ bytes, fileName: name, output, now });
    ids.add(record.id);
    entries.push({ record, xml });
  }
  return entries;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 10_000);
  const out = process.argv[3] ?? 'bench-library.json';
  const started = performance.now();
  const entries = await makeBenchLibrary(count);
  const files = new Map(entries.map(({ record, xml }) => [record.id, new TextEncoder().encode(xml)]));
  writeFileSync(
    out,
    exportBackup(
      entries.map((e) => e.record),
      files,
    ),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${entries.length} records written to ${out} in ${seconds} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
