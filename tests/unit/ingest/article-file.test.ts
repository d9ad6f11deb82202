import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { type IngestedFrontmatter, articleFile, checkArticleFile } from '#src/ingest/article-file.ts';

const fields: IngestedFrontmatter = {
  title: 'Judul "Berkutip" dengan: titik dua, #tagar dan \\ garis miring',
  description: 'Ringkasan.',
  pubDate: '2024-11-08T14:30:00+07:00',
  source: { name: 'Suara.com' },
  credits: { authors: [], codes: [] },
  category: 'Internasional',
  tags: ['Rusia', 'Korea Utara'],
  nameVariants: [],
};
const body = 'Isi berita.\n';

describe('articleFile', () => {
  it('writes quoted YAML frontmatter, then the body', () => {
    expect(articleFile(fields, body)).toBe(
      [
        '---',
        'title: "Judul \\"Berkutip\\" dengan: titik dua, #tagar dan \\\\ garis miring"',
        'description: "Ringkasan."',
        'pubDate: "2024-11-08T14:30:00+07:00"',
        'source:',
        '  name: "Suara.com"',
        'category: "Internasional"',
        'tags:',
        '  - "Rusia"',
        '  - "Korea Utara"',
        '---',
        '',
        'Isi berita.',
        '',
      ].join('\n'),
    );
  });

  it('gives Astro a pubDate string, not a YAML timestamp, and the text unchanged', () => {
    const { frontmatter, content } = parseFrontmatter(articleFile(fields, body));
    expect(frontmatter.pubDate).toBe('2024-11-08T14:30:00+07:00');
    expect(frontmatter.title).toBe(fields.title);
    expect(content.trim()).toBe('Isi berita.');
  });
});

describe('checkArticleFile', () => {
  it('returns the body Astro will render', () => {
    expect(checkArticleFile(articleFile(fields, body), fields).trim()).toBe('Isi berita.');
  });

  it.each([
    [
      'a non-http source URL',
      { source: { name: 'Suara.com', url: 'javascript:alert(1)' } },
      /^--source-url: must be an http\(s\) URL$/,
    ],
    [
      'a relative source URL',
      { source: { name: 'Suara.com', url: 'suara.com/berita' } },
      /^--source-url: must be an http\(s\) URL$/,
    ],
    ['an empty title', { title: '' }, /^--title: must not be empty$/],
    ['a 201-character title', { title: 'x'.repeat(201) }, /^--title: must be at most 200 characters$/],
    [
      'a 401-character description',
      { description: 'x'.repeat(401) },
      /^--description: must be at most 400 characters$/,
    ],
    ['an empty tag', { tags: ['Rusia', ''] }, /^--tags: must not be empty$/],
    ['an impossible date', { pubDate: '2024-02-30T00:00:00+07:00' }, /^--date: .*not a real date/],
  ])('names the option at fault for %s', (_name, change, message) => {
    const bad = { ...fields, ...change };
    expect(() => checkArticleFile(articleFile(bad, body), bad)).toThrow(message);
  });
});
