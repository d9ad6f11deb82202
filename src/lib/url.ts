/** Where a site is served from: its origin and the path prefix below it ("/" or "/warta/"). */
export interface SiteLocation {
  url: string;
  basePath: string;
}

/**
 * A site path with the base path in front: `withBase('berita/x/', '/')` is "/berita/x/"
 * and `withBase('berita/x/', '/warta/')` is "/warta/berita/x/". Every internal link and
 * asset goes through here so a sub-path deployment never has a stray root link.
 */
export function withBase(path: string, basePath: string): string {
  return basePath + path.replace(/^\/+/, '');
}

/** The absolute URL of a site path, for canonical links, feeds and social metadata. */
export function absoluteUrl(path: string, site: SiteLocation): string {
  return new URL(withBase(path, site.basePath), site.url).href;
}

/**
 * Where an image in frontmatter is served from: an http(s) URL as given, or a path in
 * the site's public folder with the base path in front (so it works under /warta/ too).
 */
export function imageSrc(src: string, basePath: string): string {
  return /^https?:\/\//i.test(src) ? src : withBase(src, basePath);
}
