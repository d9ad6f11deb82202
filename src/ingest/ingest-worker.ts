/** A worker thread of the ingest pool: turns one file into an article, in parallel with others. */
import { parentPort } from 'node:worker_threads';
import { type TextRequest, ingestPath } from './ingest-pool.ts';

parentPort!.on('message', async ({ id, path, options }: TextRequest & { id: number }) => {
  try {
    parentPort!.postMessage({ id, ...(await ingestPath(path, options)) });
  } catch (error) {
    parentPort!.postMessage({ id, fatal: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
