import type { ArticleData } from './schema.ts';
import { toWibIso } from '#src/dates/wib.ts';

/**
 * JSON for a `<script type="application/ld+json">` block. Plain JSON.stringify is not
 * enough: a headline containing `</script>` would end the element and the rest would be
 * parsed as HTML, and `<!--` would change how the script's end is found. Escaping every
 * `<` as \u003c makes both impossible, and U+2028/U+2029 are escaped for consumers that
 * parse JSON as JavaScript. All three stay the same characters to a JSON parser.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface NewsArticleContext {
  /** The article's canonical URL. */
  url: string;
  /** The site's name and home URL: the publisher of this page. */
  siteName: string;
  siteUrl: string;
  /** Absolute URL of the site's logo. */
  logoUrl: string;
  /** Absolute URL of the lead image, if the article has one. */
  imageUrl?: string;
}

/**
 * schema.org NewsArticle for one article. Dates carry the WIB offset; the report's
 * original publisher is its author, and its original URL (when known) what it is based on.
 */
export function newsArticleJsonLd(
  data: Omit<ArticleData, 'image'>,
  context: NewsArticleContext,
): Record<string, unknown> {
  const { title, description, pubDate, updatedDate, category, tags, source, lang, credits, corrections } = data;
  const sourcePublisher = { '@type': 'Organization', name: source.name };
  const people = (names: string[]) => names.map((name) => ({ '@type': 'Person', name }));
  const authors = credits?.authors ?? [];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': context.url,
    url: context.url,
    mainEntityOfPage: context.url,
    headline: title,
    description,
    datePublished: toWibIso(pubDate),
    dateModified: toWibIso(updatedDate ?? pubDate),
    inLanguage: lang,
    articleSection: category,
    keywords: tags,
    ...(context.imageUrl && { image: [context.imageUrl] }),
    // The reporters when the publisher credits them, else the publisher itself.
    author: authors.length > 0 ? people(authors) : sourcePublisher,
    ...(credits?.editor && { editor: people([credits.editor])[0] }),
    // Each "Ralat" the page shows, with the time it was published (schema.org CorrectionComment).
    ...(corrections.length > 0 && {
      correction: corrections.map((correction) => ({
        '@type': 'CorrectionComment',
        text: correction.text,
        datePublished: toWibIso(correction.date),
      })),
    }),
    publisher: {
      '@type': 'Organization',
      name: context.siteName,
      url: context.siteUrl,
      logo: { '@type': 'ImageObject', url: context.logoUrl },
    },
    ...(source.url && {
      isBasedOn: {
        '@type': 'NewsArticle',
        url: source.url,
        publisher: sourcePublisher,
        ...(source.title && { headline: source.title }),
      },
    }),
  };
}
