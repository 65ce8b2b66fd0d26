/**
 * Entry of the CLI's reader thread. Node 20 does not hand the parent's tsx
 * loader (`tsx src/cli/parse.ts`, or vitest's transform) to a worker thread,
 * so this plain module registers tsx in the thread, then loads the TypeScript.
 */
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
