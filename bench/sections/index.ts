/**
 * Every benchmark section, in the order they run and print. To add one (the
 * app's library filter time, long tasks…), write bench/sections/<name>.ts
 * exporting a BenchSection and list it here.
 */
import type { BenchSection } from '../lib/section';
import { bundle } from './bundle';
import { cliThroughput } from './cli-throughput';
import { coldStart } from './cold-start';
import { insights } from './insights';
import { libraryBrowser } from './library-browser';
import { longTasks } from './long-tasks';
import { memory } from './memory';
import { parseSpeed } from './parse-speed';

export const SECTIONS: BenchSection[] = [
  parseSpeed,
  cliThroughput,
  memory,
  bundle,
  coldStart,
  insights,
  libraryBrowser,
  longTasks,
];
