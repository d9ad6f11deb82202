import { describe, expect, it } from 'vitest';

/** The engine's own, taken before the module replaces it. */
const native = String.prototype.localeCompare;
await import('#src/astro-patches/cached-collators.ts');

const words = ['berita', 'Berita', 'béríta', 'halaman-2', 'halaman-10', 'Ékonomi', 'ekonomi', '', 'z', 'ä', 'a'];
const settings: [Intl.LocalesArgument, Intl.CollatorOptions | undefined][] = [
  [undefined, undefined],
  ['en', { numeric: true }],
  ['id', undefined],
  ['en', { sensitivity: 'base' }],
  [['de', 'en'], { caseFirst: 'upper' }],
];

describe('localeCompare with shared collators', () => {
  it('replaced the engine’s own', () => {
    expect(String.prototype.localeCompare).not.toBe(native);
  });

  it('compares every pair as the engine’s own does, whatever the locales and options', () => {
    for (const [locales, options] of settings) {
      for (const a of words) {
        for (const b of words) {
          expect(a.localeCompare(b, locales, options), `${a} ${b} ${String(locales)}`).toBe(
            native.call(a, b, locales, options),
          );
        }
      }
    }
  });

  it('sorts page URLs as @astrojs/sitemap wants them, numbers in order', () => {
    const urls = ['/halaman/10/', '/halaman/2/', '/arsip/2024/11/', '/arsip/2024/9/', '/'];
    expect(urls.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))).toEqual([
      '/',
      '/arsip/2024/9/',
      '/arsip/2024/11/',
      '/halaman/2/',
      '/halaman/10/',
    ]);
  });

  it('still refuses to be called on nothing', () => {
    expect(() => String.prototype.localeCompare.call(undefined, 'a')).toThrow(TypeError);
  });
});
