/** Test fixtures copied from ../shared/corpus (see test/fixtures/xml/README.md). */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EdgarMetadata } from './edgar-metadata';

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/xml/', import.meta.url));

export function fixtureText(name: string): string {
  return readFileSync(FIXTURE_DIR + name, 'utf8');
}

export function fixtureMetadata(xmlName: string): EdgarMetadata | null {
  const path = FIXTURE_DIR + xmlName.replace(/\.[a-z]+$/, '.metadata.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as EdgarMetadata) : null;
}
