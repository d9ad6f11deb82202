import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articleBody, getPublishedArticles } from '#src/articles/collection.ts';
import { absolutizeUrls } from '#src/articles/feed-html.ts';
import { correctionsHtml } from '#src/articles/corrections-html.ts';
import { absoluteUrl, routes } from '#src/listings/links.ts';
import { renderArticleMarkdown } from '#src/markdown/pipeline.ts';
import { site } from '#src/site.config.ts';

/**
 * Escapes text for customData. Named entities only: @astrojs/rss parses customData and
 * writes it out again escaped, and its parser decodes these five but not numeric ones,
 * which would come out escaped twice ("&#38;" in a reader).
 */
const XML_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => XML_ENTITIES[char]!);

/**
 * RSS 2.0 of the newest published articles (site.feedSize), with their full text: the HTML the
 * article page shows (rendered by the one sanitizing pipeline), never the Markdown.
 * lastBuildDate is the newest article's date, not the clock, so rebuilding the same
 * content gives the same file.
 */
export const GET: APIRoute = async () => {
  // Newest first already; a feed of a whole archive would be megabytes that every
  // reader's poll downloads again (and seconds of every build).
  const articles = (await getPublishedArticles()).slice(0, site.feedSize);
  const lastChange = Math.max(0, ...articles.map(({ data }) => (data.updatedDate ?? data.pubDate).getTime()));
  return rss({
    title: site.name,
    description: site.description,
    site: absoluteUrl(''),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: [
      `<language>${site.lang}</language>`,
      articles.length > 0 ? `<lastBuildDate>${new Date(lastChange).toUTCString()}</lastBuildDate>` : '',
      `<atom:link href="${escapeXml(absoluteUrl('rss.xml'))}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: await Promise.all(
      articles.map(async (article) => {
        const { title, description, pubDate, category, tags, source } = article.data;
        const link = new URL(routes.article(article.id), site.url).href;
        // Corrections first, as on the page: a reader who saw the item before sees what changed.
        const html = correctionsHtml(article.data.corrections) + (await renderArticleMarkdown(articleBody(article)));
        return {
          title,
          link,
          pubDate,
          description,
          categories: [category, ...tags],
          content: absolutizeUrls(html, link, (url) =>
            console.warn(
              `[rss] ${article.filePath ?? article.id}: the link "${url}" is no valid URL; the feed shows its text only`,
            ),
          ),
          // Who first published the report: its address when known, else its name.
          customData: `<dc:source>${escapeXml(source.url ?? source.name)}</dc:source>`,
        };
      }),
    ),
  });
};
