/**
 * The one typed place for site facts. Build-time choices (which corpus, where the
 * output goes, which URL and base path it is served from) come from environment
 * variables so that tests, benchmarks and operators can build other corpora and
 * deploy under a sub-path without editing code.
 */
import { LANG, LOCALE, TIMEZONE } from './lib/locale.ts';

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
  timezone: typeof TIMEZONE;
  /** Folder holding the `articles/` collection. */
  contentDir: string;
  /** Folder the static site is written to. */
  outDir: string;
  /** Articles per page on the home and topic listings. */
  pageSize: number;
  /** Newest articles in the RSS feed (feed readers poll it: it stays small). */
  feedSize: number;
  /**
   * Set when this build is one shard of a sharded build (docs/scale.md): the year whose
   * article, month-archive and topic-year pages it renders; it renders no other period's.
   */
  shard?: string;
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

function shardYear(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (!/^\d{4}$/.test(value)) throw new Error(`WARTA_SHARD: "${value}" is not a year (a shard is one year of the archive)`);
  return value;
}

export function loadSiteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  return {
    name: 'Warta',
    description: 'Berita Indonesia, ringan dan cepat dibaca di mana saja.',
    url: siteUrl(env.WARTA_SITE_URL),
    basePath: normalizeBasePath(env.WARTA_BASE_PATH),
    lang: LANG,
    locale: LOCALE,
    timezone: TIMEZONE,
    contentDir: env.WARTA_CONTENT_DIR?.trim() || 'content',
    outDir: env.WARTA_OUT_DIR?.trim() || 'dist',
    pageSize: 20,
    feedSize: 50,
    shard: shardYear(env.WARTA_SHARD),
  };
}

export const site: SiteConfig = loadSiteConfig();
