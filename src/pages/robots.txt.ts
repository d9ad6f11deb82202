import type { APIRoute } from 'astro';
import { absoluteUrl } from '#src/listings/links.ts';

/**
 * Crawlers may read everything; the sitemaps tell them what there is (the news sitemap: the
 * last two days' reports, for Google News). Crawlers only read
 * /robots.txt at the root of a host, so under a sub-path this file is a template for
 * the host's own (see the README).
 */
export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('sitemap-index.xml')}\nSitemap: ${absoluteUrl('sitemap-news.xml')}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
