import { describe, expect, it } from 'vitest';
import { normalizeBasePath, loadSiteConfig } from '../../../src/site.config.ts';
import { withBase } from '../../../src/lib/url.ts';

describe('base paths', () => {
  it.each([
    [undefined, '/'], ['', '/'], ['/', '/'], ['warta', '/warta/'], ['/warta', '/warta/'], ['/warta/', '/warta/'], ['//a/b//', '/a/b/'],
  ])('normalizes %j to %j', (raw, expected) => {
    expect(normalizeBasePath(raw)).toBe(expected);
  });

  it('prefixes site paths', () => {
    expect(withBase('berita/x/', '/')).toBe('/berita/x/');
    expect(withBase('/berita/x/', '/warta/')).toBe('/warta/berita/x/');
    expect(withBase('', '/warta/')).toBe('/warta/');
  });
});

describe('site config from the environment', () => {
  it('has defaults', () => {
    const config = loadSiteConfig({});
    expect(config).toMatchObject({ url: 'https://warta.example', basePath: '/', contentDir: 'content', outDir: 'dist', lang: 'id' });
  });

  it('rejects a site URL that is not http(s)', () => {
    expect(() => loadSiteConfig({ WARTA_SITE_URL: 'ftp://x.example' })).toThrow(/WARTA_SITE_URL/);
    expect(() => loadSiteConfig({ WARTA_SITE_URL: 'not a url' })).toThrow(/WARTA_SITE_URL/);
  });
});
