/**
 * Problems found while reading, before they become Filing warnings: the same
 * stable code and message, plus where on the page they are.
 */
import type { Box } from '../words';

export interface Issue {
  code: string;
  message: string;
  path: string | null;
  boxes: Box[];
}
