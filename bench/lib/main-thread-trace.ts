/**
 * The page's main-thread tasks from a Chromium performance trace, with both
 * clocks: wall time (what the Long Tasks API reports) and the thread's own
 * CPU time. On a busy machine a task waits for a core in the middle of its
 * work, so its wall time grows while its CPU time does not: the CPU time says
 * how long the app's own work kept the thread busy, whatever else was running.
 */
import type { Browser, Page } from 'playwright-core';

/** RunTask comes with devtools.timeline; its thread (CPU) duration only with the disabled-by-default part. */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

export interface TracedTask {
  wallMs: number;
  cpuMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Records a trace of the page while `work` runs; returns every main-thread task of it. */
export async function traceMainThread(browser: Browser, page: Page, work: () => Promise<void>) {
  await browser.startTracing(page, { categories: CATEGORIES });
  let trace: Buffer;
  try {
    await work();
  } finally {
    trace = await browser.stopTracing();
  }
  return mainThreadTasks(trace);
}

export function mainThreadTasks(trace: Buffer): TracedTask[] {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const mains = new Set(
    traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return traceEvents
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`))
    .map((e) => ({ wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? e.dur ?? 0) / 1000 }));
}

export function longestBy(tasks: readonly TracedTask[], clock: keyof TracedTask): number {
  return tasks.reduce((longest, task) => Math.max(longest, task[clock]), 0);
}
