/**
 * The page's side of the search worker (search-worker.ts): the same `SearchSession`,
 * each call a message. A worker that fails to start (offline, blocked) fails the calls
 * waiting on it, and the next call starts a new one.
 *
 * The page preloads the index files a first search needs (SearchPreload.astro), but a
 * worker's requests cannot use a page's preloads: the page reads them and hands their
 * bytes over, so the worker's Pagefind finds them without asking the server again.
 */
import type { ResultsPage, SearchQuery, SearchSession } from '#src/search/query/search-session.ts';

/** A file the page preloaded: its bytes, or null if it could not be read (the worker fetches it then). */
export interface PreloadedFile {
  url: string;
  body: ArrayBuffer | null;
}

/** What the page tells the worker first: the preloaded files' URLs, then their bytes. */
export type WorkerHandover = { preloading: string[] } | { preloaded: PreloadedFile[] };

/** A call of the worker's session: `search` carries what the reader asked for. */
type SessionCall = { method: 'open' | 'next' } | { method: 'search'; query: SearchQuery };

/** A call as posted to the worker, numbered so that its reply finds it. */
export type WorkerRequest = SessionCall & { id: number };

export interface WorkerReply {
  id: number;
  /** The method's answer (`open` answers null). */
  page?: ResultsPage | null;
  /** Whether `page` is the first screen of a search's results, ahead of the whole answer. */
  early?: boolean;
  /** Why the call failed. */
  error?: string;
}

const readPreload = async (url: string): Promise<PreloadedFile> => ({
  url,
  body: await fetch(url).then(
    (response) => (response.ok ? response.arrayBuffer() : null),
    () => null,
  ),
});

/** `preloaded`: absolute URLs of the index files the page preloaded (handed to the first worker). */
export function searchWorker(preloaded: string[]): SearchSession {
  let worker: Worker | undefined;
  let handover = preloaded;
  let lastId = 0;
  const waiting = new Map<
    number,
    {
      resolve: (page: ResultsPage | null) => void;
      reject: (error: Error) => void;
      early?: ((first: ResultsPage) => void) | undefined;
    }
  >();

  function failAll(error: Error): void {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  }

  function start(): Worker {
    const started = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    started.addEventListener('message', ({ data }: MessageEvent<WorkerReply>) => {
      const call = waiting.get(data.id);
      if (data.early && data.page) return call?.early?.(data.page);
      waiting.delete(data.id);
      if (data.error !== undefined) call?.reject(new Error(data.error));
      else call?.resolve(data.page ?? null);
    });
    started.addEventListener('error', (event) => {
      event.preventDefault();
      worker = undefined;
      started.terminate();
      failAll(new Error(`search worker: ${event.message || 'failed to start'}`));
    });
    const urls = handover;
    handover = [];
    started.postMessage({ preloading: urls } satisfies WorkerHandover);
    void Promise.all(urls.map(readPreload)).then((files) =>
      started.postMessage(
        { preloaded: files } satisfies WorkerHandover,
        files.flatMap((file) => file.body ?? []),
      ),
    );
    return started;
  }

  const call = (request: SessionCall, early?: (first: ResultsPage) => void) =>
    new Promise<ResultsPage | null>((resolve, reject) => {
      const id = ++lastId;
      waiting.set(id, { resolve, reject, early });
      worker ??= start();
      worker.postMessage({ id, ...request } satisfies WorkerRequest);
    });

  return {
    open: async () => {
      await call({ method: 'open' });
    },
    search: (query, early) => call({ method: 'search', query }, early),
    next: () => call({ method: 'next' }),
  };
}
