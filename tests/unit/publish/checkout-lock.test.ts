import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { acquireCheckoutLock, checkoutLockPath } from '#src/publish/checkout-lock.ts';

const newCheckout = () => mkdtempSync(join(tmpdir(), 'warta-checkout-'));
const running = { stopped: () => false, onWait: () => {} };

describe("a checkout's build lock", () => {
  it('makes a second build wait until the first releases it', async () => {
    const root = newCheckout();
    const releaseFirst = await acquireCheckoutLock(root, running);
    expect(readFileSync(checkoutLockPath(root), 'utf8')).toBe(String(process.pid));
    const waitedFor: number[] = [];
    let secondHasIt = false;
    const second = acquireCheckoutLock(root, { stopped: () => false, onWait: (pid) => waitedFor.push(pid) }).then(
      (release) => {
        secondHasIt = true;
        return release;
      },
    );
    await sleep(1_000);
    expect(secondHasIt).toBe(false);
    expect(waitedFor).toEqual([process.pid]);
    releaseFirst!();
    const releaseSecond = await second;
    expect(secondHasIt).toBe(true);
    releaseSecond!();
    expect(readdirSync(dirname(checkoutLockPath(root)))).toEqual([]);
  });

  it('is taken over when the build that held it was killed outright', async () => {
    const root = newCheckout();
    const gone = spawnSync('true').pid;
    mkdirSync(dirname(checkoutLockPath(root)), { recursive: true });
    writeFileSync(checkoutLockPath(root), String(gone));
    const waitedFor: number[] = [];
    const release = await acquireCheckoutLock(root, { stopped: () => false, onWait: (pid) => waitedFor.push(pid) });
    expect(waitedFor).toEqual([]);
    expect(readFileSync(checkoutLockPath(root), 'utf8')).toBe(String(process.pid));
    release!();
  });

  it('stops waiting when the build is stopped, leaving the holder its lock', async () => {
    const root = newCheckout();
    const releaseFirst = await acquireCheckoutLock(root, running);
    let stopped = false;
    const second = acquireCheckoutLock(root, { stopped: () => stopped, onWait: () => {} });
    await sleep(500);
    stopped = true;
    expect(await second).toBeUndefined();
    expect(readdirSync(dirname(checkoutLockPath(root)))).toEqual(['warta-build.lock']);
    releaseFirst!();
  });
});
