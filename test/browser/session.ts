/**
 * The hooks every browser test file needs: one Chromium for the file, and
 * after each test every app it opened is closed and the test fails on any
 * console error, page error or failed request those apps saw.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';

export interface BrowserSession<App> {
  /** The file's Chromium (started before the first test). */
  readonly browser: Browser;
  /** Registers an app opened in this test, to be checked and closed after it. */
  track(app: App): App;
}

export function browserSession<App extends { problems: string[] }>(
  close: (app: App) => Promise<void>,
): BrowserSession<App> {
  let browser: Browser | null = null;
  const opened: App[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const apps = opened.splice(0);
    const problems = apps.flatMap((app) => app.problems);
    await Promise.all(apps.map(close));
    expect(problems).toEqual([]);
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('Chromium is not started yet: use the session inside a test');
      return browser;
    },
    track(app: App): App {
      opened.push(app);
      return app;
    },
  };
}
