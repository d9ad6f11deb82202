/**
 * The one typed place for site facts, in two parts: constants that no deployment changes
 * (name, language, locale, timezone, page sizes), and what the `WARTA_*` environment
 * chooses (which corpus, where the output goes, which URL and base path it is served
 * from), parsed once, here, so that tests, benchmarks and operators can build other
 * corpora and deploy under a sub-path without editing code.
 */
import { z } from 'astro/zod';
import { LANG, LOCALE } from '#src/dates/locale.ts';
import { WIB_TIME_ZONE } from '#src/dates/wib.ts';

/** What the site is, whatever the environment. */
export const siteConstants = {
  /** Site name shown in the header, titles and feeds. */
  name: 'Warta',
  /** One-line description for the home page, feeds and the web manifest. */
  description: 'Berita Indonesia, ringan dan cepat dibaca di mana saja.',
  /** BCP 47 language of the site. Exactly "id": Pagefind keys its Indonesian index on it. */
  lang: LANG,
  /** Locale for dates and numbers. */
  locale: LOCALE,
  /** IANA timezone every date is rendered in: WIB as a fixed UTC+7 (src/dates/wib.ts says why). */
  timezone: WIB_TIME_ZONE,
  /** Articles per page on the home and topic listings. */
  pageSize: 20,
  /** Newest articles in the RSS feed (feed readers poll it: it stays small). */
  feedSize: 50,
} as const;

/** Normalizes a base path to "/", "/warta/", ...: one leading and one trailing slash. */
export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A variable that may be unset or blank, in which case it takes `fallback`. */
const withDefault = (fallback: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => value || fallback);

/**
 * The `WARTA_*` environment variables a build, the ingest tool and the search tool read,
 * and the names the code knows them by.
 */
const environmentSchema = z
  .object({
    /** Absolute http(s) origin the site is deployed to (canonical URLs, feed, sitemap); only its origin is kept. */
    WARTA_SITE_URL: withDefault('https://warta.example')
      .pipe(
        z.url({ protocol: /^https?$/, error: (issue) => `"${String(issue.input)}" is not an absolute http(s) URL` }),
      )
      .transform((value) => new URL(value).origin),
    /** Path prefix the site is served under ("/warta" or "/warta/"); unset or empty: the root. */
    WARTA_BASE_PATH: z.string().optional().transform(normalizeBasePath),
    /** Folder holding the `articles/` collection. */
    WARTA_CONTENT_DIR: withDefault('content'),
    /** Folder the static site is written to. */
    WARTA_OUT_DIR: withDefault('dist'),
    /** Astro's cache folder: tests and benchmarks build several corpora at once, each with its own. */
    WARTA_CACHE_DIR: withDefault('./node_modules/.astro'),
    /**
     * Set when this build is one shard of a sharded build (docs/scale.md): the year whose
     * article, month-archive and topic-year pages it renders; it renders no other period's.
     */
    WARTA_SHARD: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || undefined)
      .pipe(
        z
          .string()
          .regex(/^\d{4}$/, { error: 'is not a year (a shard is one year of the archive)' })
          .optional(),
      ),
    /**
     * The moment the build takes as now, as an ISO 8601 date-time (tests set it): the news
     * sitemap lists the reports of the two days before it. Unset: the clock.
     */
    WARTA_BUILD_TIME: z
      .string()
      .trim()
      .optional()
      .transform((value, ctx) => {
        const time = value ? new Date(value) : new Date();
        if (Number.isNaN(time.getTime())) {
          ctx.addIssue({ code: 'custom', message: `"${value}" is not an ISO 8601 date-time` });
          return z.NEVER;
        }
        return time;
      }),
  })
  .transform((env) => ({
    url: env.WARTA_SITE_URL,
    basePath: env.WARTA_BASE_PATH,
    contentDir: env.WARTA_CONTENT_DIR,
    outDir: env.WARTA_OUT_DIR,
    cacheDir: env.WARTA_CACHE_DIR,
    shard: env.WARTA_SHARD,
    buildTime: env.WARTA_BUILD_TIME,
  }));

/** What this environment chose: url, basePath (always "/…/"), contentDir, outDir, cacheDir, shard, buildTime. */
export type SiteEnvironment = z.output<typeof environmentSchema>;

export type SiteConfig = typeof siteConstants & SiteEnvironment;

/**
 * Reads the `WARTA_*` variables of `env`; a bad value throws one line per variable,
 * naming it ("WARTA_SITE_URL: "ftp://x" is not an absolute http(s) URL").
 */
export function loadSiteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  }
  return { ...siteConstants, ...parsed.data };
}

/** This process's site config, parsed once. */
export const site: SiteConfig = loadSiteConfig();
