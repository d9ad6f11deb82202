import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessRunning } from './process-running.ts';

const POLL_MS = 250;

/**
 * The lock one `astro build` holds on a checkout. Astro writes the content layer's
 * import maps (`.astro/content-assets.mjs`, `content-modules.mjs`) into the project
 * root, whatever the content and output folders: two builds of different content from
 * the same checkout at once would bundle each other's images. So builds from one
 * checkout take turns for that step.
 */
export const checkoutLockPath = (projectRoot: string) => join(projectRoot, '.astro', 'warta-build.lock');

/**
 * Takes the checkout's build lock, waiting while another running build holds it, and
 * returns its release; `undefined` if `stopped()` turned true while waiting. A lock whose
 * process is gone (killed with SIGKILL) is taken over.
 */
export async function acquireCheckoutLock(
  projectRoot: string,
  { stopped, onWait }: { stopped: () => boolean; onWait: (holderPid: number) => void },
): Promise<(() => void) | undefined> {
  const path = checkoutLockPath(projectRoot);
  mkdirSync(join(projectRoot, '.astro'), { recursive: true });
  // Written whole under a name of its own, then linked into place: linking fails if the
  // lock exists, and no one ever reads a half-written lock.
  const mine = `${path}.${process.pid}`;
  writeFileSync(mine, String(process.pid));
  let toldWaiting = false;
  try {
    while (!stopped()) {
      try {
        linkSync(mine, path);
        return () => unlinkSync(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readFileIfAny(path);
      if (holder === undefined) continue; // released just now
      if (!isProcessRunning(Number(holder))) {
        // Left by a build that was killed outright.
        if (readFileIfAny(path) === holder) unlinkIfAny(path);
        continue;
      }
      if (!toldWaiting) {
        onWait(Number(holder));
        toldWaiting = true;
      }
      await sleep(POLL_MS);
    }
  } finally {
    unlinkIfAny(mine);
  }
  return undefined;
}

/** The file's text, or `undefined` if it is gone (its build just released it). */
function readFileIfAny(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function unlinkIfAny(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}
