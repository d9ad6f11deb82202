import type { Page } from 'playwright-core';
import type { Transfer } from './results.ts';

export interface RecordedRequest {
  url: string;
  type: string;
  /** Bytes on the wire, headers and (gzip) body, as Chromium counts them. */
  encodedBytes: number;
}

/**
 * Records every finished request of a page through the DevTools protocol, with the
 * bytes actually transferred, so page weight is measured as a reader's phone pays it.
 */
export async function recordTransfers(page: Page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: false });
  const pending = new Map<string, { url: string; type: string }>();
  let requests: RecordedRequest[] = [];
  session.on('Network.requestWillBeSent', (event) => {
    pending.set(event.requestId, { url: event.request.url, type: event.type ?? 'Other' });
  });
  session.on('Network.loadingFinished', (event) => {
    const request = pending.get(event.requestId);
    if (request) requests.push({ ...request, encodedBytes: event.encodedDataLength });
  });
  return {
    /** Requests finished since the last reset. */
    get requests(): RecordedRequest[] {
      return requests;
    },
    /** Forget what was recorded (e.g. between page load and first search). */
    reset(): void {
      requests = [];
    },
    total(filter: (request: RecordedRequest) => boolean = () => true): Transfer {
      const chosen = requests.filter(filter);
      return { bytes: chosen.reduce((sum, r) => sum + r.encodedBytes, 0), requests: chosen.length };
    },
  };
}
