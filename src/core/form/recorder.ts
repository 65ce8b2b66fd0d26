/**
 * Collects what reading produces besides values: where each value came from
 * (provenance) and what the reader should check (issues).
 */
import type { Box, Provenance } from '../words';
import type { Issue } from './issues';

export class Recorder {
  readonly provenance: Provenance = {};
  readonly issues: Issue[] = [];

  put(path: string, boxes: readonly Box[]): void {
    if (boxes.length === 0) return;
    const list = this.provenance[path];
    if (list) list.push(...boxes);
    else this.provenance[path] = [...boxes];
  }

  warn(code: string, message: string, path: string | null, boxes: readonly Box[] = []): void {
    this.issues.push({ code, message, path, boxes: [...boxes] });
  }

  addIssues(issues: readonly Issue[]): void {
    this.issues.push(...issues);
  }
}
