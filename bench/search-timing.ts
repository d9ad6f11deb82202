import type { Page } from 'playwright-core';

/** Milliseconds from the last keystroke (Enter) to a search's results on screen. */
export interface QueryTiming {
  /** The first results on screen with the announced count (a phone's first screen, or all if fewer). */
  first: number;
  /** The whole first page of results on screen (the list no longer busy). */
  whole: number;
}

/**
 * Types a query into the /cari/ box like a reader and times, inside the page with
 * performance.now(), from the Enter keydown event's time stamp to the first results on
 * screen with their announced count, and to the whole first page.
 */
export async function timeQuery(page: Page, query: string): Promise<QueryTiming> {
  const input = page.locator('#cari-q');
  await input.fill('');
  await input.pressSequentially(query, { delay: 15 });
  const done = page.evaluate(
    (q) =>
      new Promise<QueryTiming>((resolve) => {
        let pressed = 0;
        let first = 0;
        const status = document.querySelector('#cari-status')!;
        const list = document.querySelector<HTMLElement>('#cari-hasil')!;
        document.addEventListener('keydown', (event) => void (event.key === 'Enter' && (pressed = event.timeStamp)), {
          once: true,
          capture: true,
        });
        const check = () => {
          const text = status.textContent ?? '';
          const shown = (!list.hidden && list.children.length > 0) || text.startsWith('Tidak ada hasil');
          // The query in the message's quotes: not an earlier query's message.
          if (!pressed || !shown || !text.includes(`“${q}”`)) return;
          first ||= performance.now() - pressed;
          if (list.getAttribute('aria-busy') === null) {
            observer.disconnect();
            resolve({ first, whole: performance.now() - pressed });
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(status, { childList: true, subtree: true, characterData: true });
        observer.observe(list, { childList: true, attributes: true, attributeFilter: ['aria-busy'] });
      }),
    query,
  );
  // Let the listener above attach before the keystroke.
  await page.waitForTimeout(50);
  await input.press('Enter');
  return done;
}
