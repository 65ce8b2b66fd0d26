import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { mutate } from './mutate';
import { FILE_CODES } from './outcome';
import { hasCorpus, pdfSeeds, xmlSeeds, type Seed } from './seeds';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
/** Files per CLI process: the CLI reads many files in one run, which is how it is used. */
const BATCH = 30;
/** Per process; a hang detector far above a batch's real time (a few seconds). */
const PROCESS_BOUND_MS = 300_000;

const dir = mkdtempSync(join(tmpdir(), 'fuzz-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeMutants(seeds: Seed[], perSeed: number, baseSeed: number): string[] {
  const paths: string[] = [];
  seeds.forEach((seed, s) => {
    for (let i = 0; i < perSeed; i++) {
      const path = join(dir, `cli-${s}-${i}${seed.name.slice(seed.name.lastIndexOf('.'))}`);
      writeFileSync(path, mutate(seed.bytes, baseSeed + s * 10_000 + i).bytes);
      paths.push(path);
    }
  });
  return paths;
}

interface CliLine {
  file: string;
  documentType?: string;
  error?: { code: string; message: string };
}

/** Problems with one CLI run's output: every file answered once, with a filing or a typed, named error. */
function offencesIn(files: string[], stdout: string, stderr: string, status: number): string[] {
  const offences: string[] = [];
  if (status !== 0 && status !== 1) offences.push(`exit status ${status}: ${stderr.slice(-500)}`);
  if (/Unexpected failure/.test(stderr)) offences.push(`stderr: ${stderr.slice(-500)}`);
  const lines = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as CliLine);
  if (lines.length !== files.length) offences.push(`${lines.length} lines for ${files.length} files`);
  for (const line of lines) {
    if (line.documentType) continue;
    const ok =
      line.error !== undefined &&
      (FILE_CODES as readonly string[]).includes(line.error.code) &&
      line.error.message.startsWith(`${basename(line.file)}: `);
    if (!ok) offences.push(`${basename(line.file)}: ${JSON.stringify(line.error)}`);
  }
  return offences;
}

async function runCliOn(files: string[]): Promise<string[]> {
  const result = await run(TSX, [join(ROOT, 'src/cli/parse.ts'), ...files], {
    cwd: ROOT,
    timeout: PROCESS_BOUND_MS,
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    (r) => ({ ...r, status: 0 }),
    (err: { stdout?: string; stderr?: string; code?: number; killed?: boolean }) => ({
      stdout: err.stdout ?? '',
      stderr: err.stderr ?? '',
      status: err.killed ? -1 : (err.code ?? -1),
    }),
  );
  return offencesIn(files, result.stdout, result.stderr, result.status);
}

describe.skipIf(!hasCorpus)('fuzz: mutated corpus files through the real CLI', () => {
  it('each batch process answers every file with a filing or a typed error naming it, and exits 0 or 1', async () => {
    const files = [...writeMutants(pdfSeeds(), 5, 0x5eed_0003), ...writeMutants(xmlSeeds(), 2, 0x5eed_0004)];
    const offences: string[] = [];
    for (let i = 0; i < files.length; i += BATCH)
      offences.push(...(await runCliOn(files.slice(i, i + BATCH))));
    expect(offences).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(60);
  }, 600_000);
});
