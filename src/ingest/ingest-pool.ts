import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { IngestError } from './errors.ts';
import { type IngestOptions, type IngestedArticle, ingestText } from './ingest-article.ts';
import { readLeadImage } from './lead-image.ts';

/** One file to turn into an article. */
export interface TextRequest {
  path: string;
  options: IngestOptions;
}

/** The article, or the one-line reason there is none. */
export type Ingested = { article: IngestedArticle } | { problem: string };

/**
 * Reads and ingests one file, and reads and checks its lead photo if it has one. The
 * file's own problems (an IngestError, a read error) become `problem`; anything else is
 * a bug and is thrown.
 */
export async function ingestPath(path: string, options: IngestOptions): Promise<Ingested> {
  try {
    const article = await ingestText(readFileSync(path), options);
    return { article: options.image ? { ...article, image: await readLeadImage(options.image) } : article };
  } catch (error) {
    if (error instanceof IngestError) return { problem: error.message };
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined) return { problem: `cannot read it (${code})` };
    throw error;
  }
}

/** Ingests files: in this thread, or spread over worker threads. */
export interface Ingester {
  ingest(request: TextRequest): Promise<Ingested>;
  /** Ends the workers, if any; requests still running are dropped. */
  close(): Promise<void>;
}

/** Ingests in this thread, one file at a time. */
export const inThisThread: Ingester = {
  ingest: ({ path, options }) => ingestPath(path, options),
  close: async () => {},
};

type Reply = ({ id: number } & Ingested) | { id: number; fatal: string };

/**
 * `size` worker threads, each rendering articles through its own copy of the Markdown
 * pipeline: rendering is most of an article's time, and it runs on every core.
 * A bug in a worker (an exception that is not the file's problem) rejects its request.
 */
export function workerPool(size: number): Ingester {
  const waiting = new Map<number, { resolve: (value: Ingested) => void; reject: (error: Error) => void }>();
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url));
    worker.on('message', (reply: Reply) => {
      const request = waiting.get(reply.id)!;
      waiting.delete(reply.id);
      if ('fatal' in reply) request.reject(new Error(reply.fatal));
      else request.resolve(reply);
    });
    worker.on('error', (error) => {
      for (const request of waiting.values()) request.reject(error);
      waiting.clear();
    });
    return worker;
  });
  let next = 0;
  return {
    ingest: (request) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        workers[id % size]!.postMessage({ id, ...request });
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
