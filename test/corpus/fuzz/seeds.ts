/**
 * The files the fuzz tests mutate: real filings from ../shared/corpus (PDFs of
 * both ir-pdfs producers, ownership XML of many schema versions, SGML
 * submissions), our uncompressed copy of one, and the Chromium-printed EDGAR
 * pages from the engine fixtures. Chosen by a fixed stride, so always the same.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = join(import.meta.dirname, '../../../../shared/corpus');
export const hasCorpus = existsSync(CORPUS);
const FIXTURES = join(import.meta.dirname, '../../fixtures');

export interface Seed {
  name: string;
  bytes: Uint8Array;
}

const load = (path: string, name: string): Seed => ({ name, bytes: new Uint8Array(readFileSync(path)) });

/** Every `count`-th entry of a sorted list, spread over the whole list. */
function spread<T>(items: T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, i) => i % step === 0).slice(0, count);
}

export function pdfSeeds(): Seed[] {
  const irDir = join(CORPUS, 'ir-pdfs');
  const ir = readdirSync(irDir)
    .filter((f) => f.endsWith('.pdf'))
    .sort();
  const seeds = spread(ir, 6).map((f) => load(join(irDir, f), `ir-pdfs/${f}`));
  seeds.push(load(join(FIXTURES, 'bad/fuzz-seed-uncompressed.pdf'), 'bad/fuzz-seed-uncompressed.pdf'));
  for (const f of ['edgar-form4.Evans-letter.pdf', 'edgar-form3.BAMPartners-letter.pdf']) {
    const path = join(FIXTURES, 'engine', f);
    if (existsSync(path)) seeds.push(load(path, `engine/${f}`));
  }
  return seeds;
}

export function xmlSeeds(): Seed[] {
  const xmlDir = join(CORPUS, 'xml');
  const datamule = readdirSync(join(xmlDir, 'datamule')).sort();
  const seeds: Seed[] = [];
  for (const folder of spread(datamule, 12)) {
    const dir = join(xmlDir, 'datamule', folder);
    const xml = readdirSync(dir).find((f) => f.endsWith('.xml'));
    if (xml) seeds.push(load(join(dir, xml), `datamule/${folder}/${xml}`));
  }
  for (const folder of ['sec-samples', 'sgml']) {
    for (const f of spread(readdirSync(join(xmlDir, folder)).sort(), 3)) {
      seeds.push(load(join(xmlDir, folder, f), `${folder}/${f}`));
    }
  }
  return seeds;
}
