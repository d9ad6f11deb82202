export interface FixtureArticle {
  title: string;
  pubDate: string;
  body?: string;
  tags?: string[];
  category?: string;
  draft?: boolean;
  /** A lead photo: its file (beside the article) and texts. */
  image?: { src: string; alt: string; caption?: string; credit?: string };
}

/** A small valid article file, for fixture corpora. */
export function articleMarkdown({
  title,
  pubDate,
  body,
  tags = [],
  category = 'Nasional',
  draft = false,
  image,
}: FixtureArticle): string {
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(`Ringkasan ${title}.`)}`,
    `pubDate: ${JSON.stringify(pubDate)}`,
    'source:',
    '  name: "Warta Uji"',
    `category: ${JSON.stringify(category)}`,
    `tags: ${JSON.stringify(tags)}`,
    `draft: ${draft}`,
    ...(image ? ['image:', ...Object.entries(image).map(([key, value]) => `  ${key}: ${JSON.stringify(value)}`)] : []),
    '---',
    '',
    body ?? `Isi berita ${title}.`,
    '',
  ].join('\n');
}
