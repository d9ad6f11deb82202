export interface FixtureArticle {
  title: string;
  pubDate: string;
  body?: string;
  tags?: string[];
  category?: string;
  draft?: boolean;
}

/** A small valid article file, for fixture corpora. */
export function articleMarkdown({ title, pubDate, body, tags = [], category = 'Nasional', draft = false }: FixtureArticle): string {
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
    '---',
    '',
    body ?? `Isi berita ${title}.`,
    '',
  ].join('\n');
}
