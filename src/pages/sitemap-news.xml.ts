import type { APIRoute } from 'astro';
import { SitemapStream, streamToPromise } from 'sitemap';
import { getPublishedArticles } from '#src/articles/collection.ts';
import { toWibIso } from '#src/dates/wib.ts';
import { routes } from '#src/listings/links.ts';
import { site } from '#src/site.config.ts';

/** How far back the news sitemap reaches: Google News reads the last two days' reports. */
const NEWS_WINDOW_MS = 2 * 24 * 3_600_000;

/**
 * The Google News sitemap: the reports published in the two days before the build
 * (WARTA_BUILD_TIME, else the clock), with the publication's name and language, each
 * one's publication date and title. A report whose date is not known (`dateSource:
 * default`, docs/design.md) is never listed. Written by the `sitemap` package, which
 * escapes every text.
 */
export const GET: APIRoute = async () => {
  const now = site.buildTime.getTime();
  const recent = (await getPublishedArticles()).filter(({ data }) => {
    const published = data.pubDate.getTime();
    return data.dateSource !== 'default' && published <= now && published > now - NEWS_WINDOW_MS;
  });
  // The package refuses to write a sitemap without a URL; an empty one says "nothing new".
  if (recent.length === 0) return xmlResponse(EMPTY_NEWS_SITEMAP);
  const stream = new SitemapStream({
    hostname: site.url,
    xmlns: { news: true, xhtml: false, image: false, video: false },
  });
  for (const article of recent) {
    stream.write({
      url: new URL(routes.article(article.id), site.url).href,
      news: {
        publication: { name: site.name, language: site.lang },
        publication_date: toWibIso(article.data.pubDate),
        title: article.data.title,
      },
    });
  }
  stream.end();
  return xmlResponse(String(await streamToPromise(stream)));
};

const EMPTY_NEWS_SITEMAP =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>';

const xmlResponse = (xml: string) =>
  new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
