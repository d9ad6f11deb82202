/**
 * The one typed place for site facts. Build-time choices (which corpus, where the
 * output goes, which URL and base path it is served from) come from environment
 * variables so that tests, benchmarks and operators can build other corpora and
 * deploy under a sub-path without editing code.
 */
import { LANG, LOCALE } from './lib/locale.ts';
import { WIB_TIME_ZONE } from './lib/wib.ts';

export interface SiteConfig {
  /** Site name shown in the header, titles and feeds. */
  name: string;
  /** One-line description for the home page, feeds and the web manifest. */
  description: string;
  /** Absolute origin the site is deployed to (canonical URLs, feed, sitemap). */
  url: string;
  /** Path prefix the site is served under, always with a leading and trailing slash. */
  basePath: string;
  /** BCP 47 language of the site. Exactly "id": Pagefind keys its Indonesian index on it. */
  lang: typeof LANG;
  /** Locale for dates and numbers. */
  locale: typeof LOCALE;
  /** IANA timezone every date is rendered in (WIB). */
  timezone: typeof WIB_TIME_ZONE;
  /** Folder holding the `articles/` collection. */
  contentDir: string;
  /** Folder the static site is written to. */
  outDir: string;
  /** Articles per page on the home and topic listings. */
  pageSize: number;
  /** Newest articles in the RSS feed (feed readers poll it: it stays small). */
  feedSize: number;
}

/** Normalizes a base path to "/", "/warta/", ...: one leading and one trailing slash. */
export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function siteUrl(raw: string | undefined): string {
  const value = raw?.trim() || 'https://warta.example';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`WARTA_SITE_URL: "${value}" is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`WARTA_SITE_URL: "${value}" must be an http(s) URL`);
  }
  return url.origin;
}

export function loadSiteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  return {
    name: 'Warta',
    description: 'Berita Indonesia, ringan dan cepat dibaca di mana saja.',
    url: siteUrl(env.WARTA_SITE_URL),
    basePath: normalizeBasePath(env.WARTA_BASE_PATH),
    lang: LANG,
    locale: LOCALE,
    timezone: WIB_TIME_ZONE,
    contentDir: env.WARTA_CONTENT_DIR?.trim() || 'content',
    outDir: env.WARTA_OUT_DIR?.trim() || 'dist',
    pageSize: 20,
    feedSize: 50,
  };
}

export const site: SiteConfig = loadSiteConfig();
