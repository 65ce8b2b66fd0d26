/**
 * Gives the browser a turn between chunks of background work (input, paint),
 * without the 4 ms floor nested timers get: scheduler.yield() where the
 * browser has it, else a message to ourselves.
 */
interface WithScheduler {
  scheduler?: { yield?: () => Promise<void> };
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as WithScheduler).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Resolves in the first idle period after the next paint (or soon, where idle callbacks do not exist). */
export function afterPaintWhenIdle(timeoutMs = 1000): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function')
        requestIdleCallback(() => resolve(), { timeout: timeoutMs });
      else setTimeout(resolve, 50);
    });
  });
}

/**
 * As afterPaintWhenIdle, for work the page must not hold back for long: at once in a hidden page
 * (which paints no frames), and never later than `limitMs`.
 */
export function afterPaintWhenIdleOrSoon(limitMs: number): Promise<void> {
  if (document.hidden) return Promise.resolve();
  return new Promise((resolve) => {
    const limit = setTimeout(resolve, limitMs);
    void afterPaintWhenIdle(limitMs).then(() => {
      clearTimeout(limit);
      resolve();
    });
  });
}
