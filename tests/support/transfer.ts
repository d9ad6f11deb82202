import { get } from 'node:http';
import type { BrowserContext, Request } from 'playwright-core';

/** One response as it came over the wire: status line, headers and the encoded body. */
export interface Transfer {
  url: string;
  /** Playwright's resource type: document, stylesheet, script, fetch, … */
  type: string;
  bytes: number;
}

/** A sum of transfers. */
export interface TransferTotal {
  bytes: number;
  requests: number;
}

/** The bytes the server sends for a URL when the client accepts gzip, headers included. */
function wireBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (response) => {
      let bytes = `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n\r\n`.length;
      for (let i = 0; i < response.rawHeaders.length; i += 2) {
        bytes += `${response.rawHeaders[i]}: ${response.rawHeaders[i + 1]}\r\n`.length;
      }
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve(bytes));
      response.on('error', reject);
    }).on('error', reject);
  });
}

/**
 * Records what a browser context downloads, pages and workers alike, as transferred
 * bytes, so page weight is measured as a reader's phone pays it. Chromium reports most
 * sizes itself but not the body of a worker's own script, so such a URL is also requested
 * again from the (local) server with gzip accepted, and the larger figure counts; what
 * came from the HTTP cache counts nothing. The context should be fresh, so only what
 * this load fetched itself can come from the cache.
 */
export function recordTransfers(context: BrowserContext) {
  let transfers: Transfer[] = [];
  let sizing: Promise<void>[] = [];
  const record = (request: Request) => {
    sizing.push(
      Promise.all([request.sizes(), request.response()]).then(async ([sizes, response]) => {
        const reported = sizes.responseHeadersSize + sizes.responseBodySize;
        // Nothing reported: the response came from the HTTP cache (a file this load had
        // already fetched). No body for a full response: a worker's own script, whose
        // size only the server can tell.
        const bytes =
          reported <= 0
            ? 0
            : sizes.responseBodySize === 0 && response?.status() === 200
              ? Math.max(reported, await wireBytes(request.url()))
              : reported;
        transfers.push({ url: request.url(), type: request.resourceType(), bytes });
      }),
    );
  };
  context.on('requestfinished', record);
  return {
    /** Every request finished since the start or the last reset, once sized. */
    async transfers(): Promise<Transfer[]> {
      await Promise.all(sizing);
      return transfers;
    },
    /** Bytes and requests of what was recorded, optionally only some of it. */
    async total(filter: (transfer: Transfer) => boolean = () => true): Promise<TransferTotal> {
      const chosen = (await this.transfers()).filter(filter);
      return { bytes: chosen.reduce((sum, t) => sum + t.bytes, 0), requests: chosen.length };
    },
    /** Forget what was recorded so far (e.g. between a page load and a first search). */
    async reset(): Promise<void> {
      await Promise.all(sizing);
      transfers = [];
      sizing = [];
    },
  };
}
