import type { Page } from 'playwright-core';

/**
 * Types a query into the /cari/ box like a reader and returns the milliseconds from the
 * last keystroke (Enter) to the results on screen, measured inside the page with
 * performance.now(): the keydown event's time stamp to the moment the result list is
 * shown with its announced count.
 */
export async function timeQuery(page: Page, query: string): Promise<number> {
  const input = page.locator('#cari-q');
  await input.fill('');
  await input.pressSequentially(query, { delay: 15 });
  const done = page.evaluate(
    (q) =>
      new Promise<number>((resolve) => {
        let pressed = 0;
        const status = document.querySelector('#cari-status')!;
        const list = document.querySelector<HTMLElement>('#cari-hasil')!;
        document.addEventListener('keydown', (event) => void (event.key === 'Enter' && (pressed = event.timeStamp)), {
          once: true,
          capture: true,
        });
        const check = () => {
          const text = status.textContent ?? '';
          const shown = (!list.hidden && list.children.length > 0) || text.startsWith('Tidak ada hasil');
          if (pressed && shown && text.includes(q)) {
            observer.disconnect();
            resolve(performance.now() - pressed);
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(status, { childList: true, subtree: true, characterData: true });
      }),
    query,
  );
  // Let the listener above attach before the keystroke.
  await page.waitForTimeout(50);
  await input.press('Enter');
  return done;
}
