/**
 * This build's links: the pure helpers of url.ts and routes.ts bound to the base
 * path and origin of the site config, for pages and components.
 */
import { absoluteUrl as absoluteUrlOf, withBase as withBaseOf } from './url.ts';
import { sitePaths } from './routes.ts';
import { site } from '#src/site.config.ts';

/** Paths of every kind of page on this site. */
export const routes = sitePaths(site.basePath);

/** A site path with this site's base path in front. */
export const withBase = (path: string) => withBaseOf(path, site.basePath);

/** The absolute URL of a site path on this site. */
export const absoluteUrl = (path: string) => absoluteUrlOf(path, site);
