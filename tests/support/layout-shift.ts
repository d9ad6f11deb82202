import type { Page } from 'playwright-core';

/**
 * The page's cumulative layout shift so far and during `settleMs` more: every
 * layout-shift entry the browser recorded (buffered from the start of the load), summed.
 */
export function layoutShift(page: Page, settleMs = 1000): Promise<number> {
  return page.evaluate(
    (wait) =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), wait);
      }),
    settleMs,
  );
}
