import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Waits until a server started as `child` answers HTTP at `origin` (any status, no
 * redirect followed). Throws, with `details()` (its output, its log), if the process
 * exits first or does not answer within `timeoutMs`: generous, since on a loaded 2-core
 * machine `astro dev` took over 30 s to answer (it returns as soon as the server does).
 */
export async function waitUntilServing(
  origin: string,
  child: ChildProcess,
  details: () => string,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the server at ${origin} exited with ${child.exitCode}:\n${details()}`);
    try {
      await fetch(`${origin}/`, { redirect: 'manual' });
      return;
    } catch {
      if (Date.now() > deadline)
        throw new Error(`the server at ${origin} did not answer in ${timeoutMs / 1000} s:\n${details()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
