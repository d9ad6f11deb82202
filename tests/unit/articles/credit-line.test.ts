import { describe, expect, it } from 'vitest';
import { articleSchema } from '#src/articles/schema.ts';
import { creditLine } from '#src/articles/credit-line.ts';
import { newsArticleJsonLd } from '#src/articles/json-ld.ts';

/** An article's data as the content layer gives it, with these credits. */
const withCredits = (credits?: Record<string, unknown>) =>
  articleSchema.parse({
    title: 'Judul',
    description: 'Ringkasan.',
    pubDate: '2024-11-08T14:30:00+07:00',
    source: { name: 'Warta.com', url: 'https://warta.example/asli', title: 'Judul Asli' },
    category: 'Uji',
    ...(credits && { credits }),
  });

describe('creditLine', () => {
  it('writes "Penulis: ... | Editor: ..." and the notice', () => {
    expect(
      creditLine(withCredits({ authors: ['Ani', 'Budi'], editor: 'Citra', notice: 'COPYRIGHT © WARTA 2021' }).credits),
    ).toBe('Penulis: Ani, Budi | Editor: Citra | COPYRIGHT © WARTA 2021');
  });

  it('falls back to the byline codes when no name is credited, and is empty without credits', () => {
    expect(creditLine(withCredits({ codes: ['abc/def'] }).credits)).toBe('Penulis: abc/def');
    expect(creditLine(withCredits({ editor: 'Citra' }).credits)).toBe('Editor: Citra');
    expect(creditLine(withCredits().credits)).toBe('');
  });
});

describe('newsArticleJsonLd credits', () => {
  const context = {
    url: 'https://situs.example/berita/judul/',
    siteName: 'Warta',
    siteUrl: 'https://situs.example/',
    logoUrl: 'https://situs.example/favicon.svg',
  };

  it('names the credited authors and editor as people, and the original headline', () => {
    const json = newsArticleJsonLd(withCredits({ authors: ['Ani', 'Budi'], editor: 'Citra' }), context);
    expect(json.author).toEqual([
      { '@type': 'Person', name: 'Ani' },
      { '@type': 'Person', name: 'Budi' },
    ]);
    expect(json.editor).toEqual({ '@type': 'Person', name: 'Citra' });
    expect(json.isBasedOn).toMatchObject({ headline: 'Judul Asli', url: 'https://warta.example/asli' });
  });

  it('keeps the publisher as author when no one is credited', () => {
    const json = newsArticleJsonLd(withCredits(), context);
    expect(json.author).toEqual({ '@type': 'Organization', name: 'Warta.com' });
    expect(json).not.toHaveProperty('editor');
  });
});
