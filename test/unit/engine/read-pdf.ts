/** Test helper: a fixture PDF through pdf.js (as the CLI reads it) into positioned words. */
import { readFileSync } from 'node:fs';
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import { extractPositionedText } from '../../../src/core/pdf/extract';
import type { PositionedText } from '../../../src/core/words';

export const FIXTURES = new URL('../../fixtures/engine/', import.meta.url);

export function fixturePath(name: string): string {
  return new URL(name, FIXTURES).pathname;
}

export async function readFixture(name: string): Promise<PositionedText> {
  return extractPositionedText(
    nodePdfjs,
    new Uint8Array(readFileSync(fixturePath(name))),
    nodeExtractOptions,
  );
}
