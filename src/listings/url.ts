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
