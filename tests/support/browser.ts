import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from './system-tools.ts';

/**
 * Debian's Chromium (never a downloaded browser), headless, with the background
 * networking that this offline machine would refuse switched off. `launch()` gives every
 * browser a fresh temporary profile of its own.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
