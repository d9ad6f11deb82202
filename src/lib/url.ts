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

/**
 * Where an image in frontmatter is served from: an http(s) URL as given, or a path in
 * the site's public folder with the base path in front (so it works under /warta/ too).
 */
export function imageSrc(src: string): string {
  return /^https?:\/\//i.test(src) ? src : withBase(src);
}
