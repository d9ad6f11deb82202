import { BUNDLE_DIR } from '#src/search/config.ts';

/**
 * `<base>pagefind/`: where the Pagefind bundle is served ("/pagefind/", or
 * "/warta/pagefind/" under a base path). Pagefind cannot always work this out from a
 * bundled module, so it is always given explicitly.
 */
export function bundlePath(base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/?$/, '/')}${BUNDLE_DIR}/`;
}

/** The site's base path with one trailing slash, the prefix of every result URL. */
export function siteBase(base: string = import.meta.env.BASE_URL): string {
  return base.replace(/\/?$/, '/');
}
