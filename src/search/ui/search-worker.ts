/**
 * The /cari/ page's worker: Pagefind and the reader's search session run here, off the
 * page's main thread, so inflating and compiling Pagefind's WebAssembly, decoding index
 * chunks and searching never hold up the page (a phone stays responsive while it
 * searches). The page talks to it through search-client.ts; only plain data crosses.
 * Pagefind's own worker is not used: inside this one it runs where it is loaded.
 */
import {
  EXCERPT_WORDS,
  FIRST_SCREEN_RESULTS,
  FIRST_STEP_PAGES,
  RESULTS_PER_PAGE,
  SHELF_MANIFEST,
} from '#src/search/config.ts';
import type { PagefindApi } from '#src/search/query/pagefind-api.ts';
import { searchSession } from '#src/search/query/search-session.ts';
import type { ShelfManifest } from '#src/search/query/shelf-manifest.ts';
import { openShelves, type ShelfSearch } from '#src/search/query/shelf-search.ts';
import { bundlePath, siteBase } from './bundle-path.ts';
import type { PreloadedFile, WorkerHandover, WorkerReply, WorkerRequest } from './search-client.ts';

/** The bytes of the files the page preloaded, by URL, each taken once. */
const handedOver = new Map<string, Promise<ArrayBuffer | null>>();
let receivePreloads: (files: PreloadedFile[]) => void = () => {};

function expectPreloads(urls: readonly string[]): void {
  const arriving = new Promise<PreloadedFile[]>((resolve) => (receivePreloads = resolve));
  for (const url of urls)
    handedOver.set(
      url,
      arriving.then((files) => files.find((file) => file.url === url)?.body ?? null),
    );
}

/**
 * Pagefind fetches with the global `fetch`: a file the page preloaded is answered with
 * the bytes the page hands over (search-client.ts) instead of a second request; every
 * other file is fetched as usual.
 */
const networkFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : input, location.href).href;
  const preloaded = handedOver.get(url);
  handedOver.delete(url);
  const body = await preloaded;
  return body ? new Response(body) : networkFetch(input, init);
};

/** Opens the newest shelves of the index; `fresh` drops shelves an earlier search reached into. */
function indexOpener(): (fresh: boolean) => Promise<ShelfSearch> {
  let opening: Promise<ShelfSearch> | undefined;
  return (fresh) => {
    if (fresh) opening = undefined;
    opening ??= (async () => {
      const [manifest, pagefind] = await Promise.all([
        fetch(`${bundlePath()}${SHELF_MANIFEST}`).then((response) => {
          if (!response.ok) throw new Error(`${SHELF_MANIFEST}: HTTP ${response.status}`);
          return response.json() as Promise<ShelfManifest>;
        }),
        import(/* @vite-ignore */ `${bundlePath()}pagefind.js`) as Promise<PagefindApi>,
      ]);
      return openShelves(pagefind, bundlePath(), manifest, {
        baseUrl: siteBase(),
        excerptLength: EXCERPT_WORDS,
        excerptEllipsis: '…',
        // This is the worker already.
        noWorker: true,
        firstPages: FIRST_STEP_PAGES,
      });
    })().catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };
}

const session = searchSession(indexOpener(), RESULTS_PER_PAGE, FIRST_SCREEN_RESULTS);

addEventListener('message', (event: MessageEvent<WorkerRequest | WorkerHandover>) => {
  if ('preloading' in event.data) return expectPreloads(event.data.preloading);
  if ('preloaded' in event.data) return receivePreloads(event.data.preloaded);
  const request = event.data;
  const work =
    request.method === 'search'
      ? session.search(request.query, (first) =>
          postMessage({ id: request.id, page: first, early: true } satisfies WorkerReply),
        )
      : request.method === 'next'
        ? session.next()
        : session.open();
  void work.then(
    (page) => postMessage({ id: request.id, page: page ?? null } satisfies WorkerReply),
    (error: unknown) => postMessage({ id: request.id, error: String(error) } satisfies WorkerReply),
  );
});
