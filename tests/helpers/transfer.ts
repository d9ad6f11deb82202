import { get } from 'node:http';
import type { BrowserContext, Request } from 'playwright-core';

/** One response as it came over the wire: status line, headers and the encoded body. */
export interface Transfer {
  url: string;
  bytes: number;
}

export interface TransferLog {
  /** Every finished request, sized once `total()` has been awaited. */
  transfers: Transfer[];
  /** Bytes transferred for everything requested so far. */
  total(): Promise<number>;
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
 * bytes. Chromium reports most sizes itself but not the body of a worker's own script,
 * so each URL is also requested again from the (local) server with gzip accepted, and
 * the larger figure counts. The context should be fresh, so nothing comes from a cache.
 */
export function recordTransfers(context: BrowserContext): TransferLog {
  const transfers: Transfer[] = [];
  const sizing: Promise<void>[] = [];
  const record = (request: Request) => {
    sizing.push(
      Promise.all([request.sizes(), wireBytes(request.url())]).then(([sizes, wire]) => {
        transfers.push({ url: request.url(), bytes: Math.max(sizes.responseHeadersSize + sizes.responseBodySize, wire) });
      }),
    );
  };
  context.on('requestfinished', record);
  return {
    transfers,
    async total() {
      await Promise.all(sizing);
      return transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);
    },
  };
}
