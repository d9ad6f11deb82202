import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from './system-tools.ts';

/**
 * How every test, Lighthouse run and screenshot starts Debian's Chromium: headless (the
 * new headless mode, Chromium's only one since 132), and with the background networking
 * that this offline machine would refuse switched off.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Debian's Chromium (never a downloaded browser) through playwright-core, with
 * CHROMIUM_FLAGS. `launch()` gives every browser a fresh temporary profile of its own.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS] });
}
