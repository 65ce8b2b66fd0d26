/**
 * A positioned word: the only input the form engine sees. pdf.js text runs
 * become these (src/core/pdf/extract.ts); a later OCR source makes the same.
 * Coordinates are in top-left page space, in PDF points at scale 1
 * (y grows downwards), so a page is `width` × `height` of its Page record.
 */
export interface Word {
  text: string;
  /** 1-based page number. */
  page: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Font size in points (the glyph height of the run). */
  size: number;
  bold: boolean;
}

export interface PageInfo {
  page: number;
  width: number;
  height: number;
}

/** Axis-aligned straight line drawn on a page (cell borders), top-left space. */
export interface Rule {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Everything a source (PDF text layer, OCR) gives the engine. */
export interface PositionedText {
  pages: PageInfo[];
  words: Word[];
  /** Drawn horizontal/vertical lines, when the source has them. */
  rules: Rule[];
  /** Document metadata useful for messages (producer, title). */
  producer: string | null;
}

/** Where a value was read: a page and a box in that page's top-left space. */
export interface Box {
  page: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** Field path ("nonDerivativeTransactions[0].shares", "issuer.name") → boxes it was read from. */
export type Provenance = Record<string, Box[]>;
