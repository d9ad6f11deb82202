import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString as hastToString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { openIndex } from '#src/search/query/node-search.ts';
import { buildSite, type BuildResult } from '#tests/support/build-site.ts';
import { parseHtml, select, selectAll, textOf } from '#tests/support/html.ts';
import { MARKDOWN_SPECIAL_LINES, runIngest, tempDir } from '#tests/support/ingest.ts';

/**
 * Raw text -> ingest -> build, once for the whole file. The raw text has every
 * Markdown-special line, Windows line ends, a BOM, no-break and trailing spaces, an
 * indented line and a Baca Juga line in capitals.
 */
const source = [
  'JAKARTA, Warta.example - Paragraf pembuka dengan dateline, Senin (4/11/2024).   ',
  ...MARKDOWN_SPECIAL_LINES,
  '    Empat spasi di depan, bukan blok kode.',
  'BACA JUGA :  Judul Artikel Lain tentang Zamrud',
  'Harga\u00a0Rp\u00a010.000 dengan spasi tak-putus.\u00a0',
  'Paragraf penutup.',
];
const raw = `\ufeff${source.join('\r\n')}\r\n`;

/** What a reader must see, block by block, written out by hand from `source`. */
const expectedParagraphs = [
  'JAKARTA, Warta.example - Paragraf pembuka dengan dateline, Senin (4/11/2024).',
  ...MARKDOWN_SPECIAL_LINES,
  'Empat spasi di depan, bukan blok kode.',
  'BACA JUGA :  Judul Artikel Lain tentang Zamrud',
  'Harga Rp 10.000 dengan spasi tak-putus.',
  'Paragraf penutup.',
];

const slug = 'semua-baris-istimewa-markdown';
let build: BuildResult;
let page: ReturnType<typeof parseHtml>;

beforeAll(() => {
  const dir = tempDir();
  const content = join(dir, 'content');
  const rawPath = join(dir, 'mentah.txt');
  // Written with Node, not a shell: the bytes are exactly `raw`.
  writeFileSync(rawPath, raw);
  const ingest = runIngest([rawPath, '--title', 'Semua Baris Istimewa Markdown', '--category', 'Uji'], {
    env: { WARTA_CONTENT_DIR: content },
  });
  expect(ingest.status, ingest.stderr).toBe(0);
  build = buildSite(content);
  expect(build.status, build.output).toBe(0);
  page = parseHtml(readFileSync(join(build.outDir, 'berita', slug, 'index.html'), 'utf8'));
});

describe('raw text -> ingest -> build', () => {
  it('shows every paragraph on the page verbatim, in order, as text', () => {
    const blocks = selectAll('.article-body > *', page);
    expect(blocks.map((block) => hastToString(block))).toEqual(expectedParagraphs);
    expect(blocks.map((block) => block.tagName)).toEqual(
      expectedParagraphs.map((p) => (p.startsWith('BACA JUGA') ? 'aside' : 'p')),
    );
    // Nothing became markup: no list, heading, quote, code, rule, table, emphasis, image or link,
    // not even for the bare https://example.com (the site parses no GFM autolinks).
    expect(
      selectAll(
        '.article-body :is(ol, ul, li, h2, h3, blockquote, pre, code, hr, table, em, strong, del, img, b, a, script)',
        page,
      ),
    ).toEqual([]);
  });

  it('keeps the dateline in the first paragraph, marked', () => {
    expect(textOf(select('.article-body > p:first-child .dateline', page)!)).toBe('JAKARTA, Warta.example -');
  });

  it('finds the article in the search index by the words of every paragraph, but not by the Baca Juga line', async () => {
    const index = await openIndex(build.outDir);
    const url = `/berita/${slug}/`;
    // Lines of punctuation alone ("---", "```") hold no word to search for.
    for (const paragraph of expectedParagraphs.filter((p) => /[\p{L}\p{N}]/u.test(p) && !p.startsWith('BACA JUGA'))) {
      expect(
        (await index.search(paragraph)).map((hit) => hit.url),
        paragraph,
      ).toContain(url);
    }
    // "Zamrud" stands only in the Baca Juga line, which the index ignores.
    expect(await index.search('Zamrud')).toEqual([]);
  });
});
