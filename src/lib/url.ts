import { site } from '../site.config.ts';

/**
 * A site path with the base path in front: `withBase('berita/x/')` is "/berita/x/" at
 * the root and "/warta/berita/x/" under /warta/. Every internal link and asset goes
 * through here so a sub-path deployment never has a stray root link.
 */
export function withBase(path: string, basePath: string = site.basePath): string {
  return basePath + path.replace(/^\/+/, '');
}

/** The absolute URL of a site path, for canonical links, feeds and social metadata. */
export function absoluteUrl(path: string): string {
  return new URL(withBase(path), site.url).href;
}
