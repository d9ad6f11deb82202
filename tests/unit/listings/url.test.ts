import { describe, expect, it } from 'vitest';
import { normalizeBasePath, loadSiteConfig } from '#src/site.config.ts';
import { absoluteUrl, withBase } from '#src/listings/url.ts';

describe('base paths', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['warta', '/warta/'],
    ['/warta', '/warta/'],
    ['/warta/', '/warta/'],
    ['//a/b//', '/a/b/'],
  ])('normalizes %j to %j', (raw, expected) => {
    expect(normalizeBasePath(raw)).toBe(expected);
  });

  it('prefixes site paths', () => {
    expect(withBase('berita/x/', '/')).toBe('/berita/x/');
    expect(withBase('/berita/x/', '/warta/')).toBe('/warta/berita/x/');
    expect(withBase('', '/warta/')).toBe('/warta/');
  });

  it('makes absolute URLs under the base path', () => {
    expect(absoluteUrl('rss.xml', { url: 'https://b.example', basePath: '/warta/' })).toBe(
      'https://b.example/warta/rss.xml',
    );
  });
});

describe('site config from the environment', () => {
  const defaults = {
    url: 'https://warta.example',
    basePath: '/',
    contentDir: 'content',
    outDir: 'dist',
    cacheDir: './node_modules/.astro',
  };

  it('has defaults, also for variables set but blank', () => {
    expect(loadSiteConfig({})).toMatchObject({ ...defaults, lang: 'id', timezone: 'Etc/GMT-7' });
    expect(
      loadSiteConfig({
        WARTA_SITE_URL: ' ',
        WARTA_BASE_PATH: '',
        WARTA_CONTENT_DIR: '',
        WARTA_OUT_DIR: ' ',
        WARTA_CACHE_DIR: '',
      }),
    ).toMatchObject(defaults);
  });

  it('reads every variable, keeping only the origin of the site URL', () => {
    const env = {
      WARTA_SITE_URL: 'https://b.example/x/',
      WARTA_BASE_PATH: 'warta',
      WARTA_CONTENT_DIR: '/tmp/c',
      WARTA_OUT_DIR: 'out',
      WARTA_CACHE_DIR: '/tmp/k',
    };
    expect(loadSiteConfig(env)).toMatchObject({
      url: 'https://b.example',
      basePath: '/warta/',
      contentDir: '/tmp/c',
      outDir: 'out',
      cacheDir: '/tmp/k',
    });
  });

  it.each(['ftp://x.example', 'not a url', 'https://'])(
    'rejects the site URL %j in one line naming the variable',
    (value) => {
      expect(() => loadSiteConfig({ WARTA_SITE_URL: value })).toThrow(
        new Error(`WARTA_SITE_URL: "${value}" is not an absolute http(s) URL`),
      );
    },
  );
});
