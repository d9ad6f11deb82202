import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestText } from '#src/ingest/ingest-article.ts';
import { buildSite, makeContentDir } from '#tests/support/build-site.ts';
import { parseHtml, select, selectAll, textOf } from '#tests/support/html.ts';

const PROSE = 'Kalimat ini cukup panjang untuk menjadi sebuah paragraf prosa yang utuh dalam berita uji coba.';
/** Raw text in a newsroom's form: a credit line first, a subheading, residue, a footer. */
const RAW = [
  'Penulis Koresponden Kota Uji, Ani Penulis | Editor Budi Penyunting',
  'BOGOR, WARTA.com - Warga kota berkumpul di alun-alun.',
  'Advertisement',
  PROSE,
  'Banjir Melanda Kota',
  PROSE,
  'Baca juga:Judul Berita Lain',
  'COPYRIGHT © WARTA 2024',
].join('\n');

let tree: ReturnType<typeof parseHtml>;

beforeAll(async () => {
  const article = await ingestText(new TextEncoder().encode(RAW), {
    title: 'Warga Berkumpul',
    date: '2024-11-04T10:00',
    category: 'Uji',
  });
  const build = buildSite(makeContentDir({ [`${article.slug}.md`]: article.file }));
  expect(build.status, build.output).toBe(0);
  tree = parseHtml(readFileSync(join(build.outDir, 'berita', article.slug, 'index.html'), 'utf8'));
}, 600_000);

describe('an ingested newsroom text on its page', () => {
  it('shows the credits once, under the headline, and no credit line in the body', () => {
    const credits = selectAll('.credits', tree);
    expect(credits.map(textOf)).toEqual([
      'Penulis: Koresponden Kota Uji, Ani Penulis | Editor: Budi Penyunting | COPYRIGHT © WARTA 2024',
    ]);
    expect(select('header .credits', tree)).toBeDefined();
    expect(textOf(select('.article-body', tree)!)).not.toMatch(/Penulis|Penyunting|COPYRIGHT|Advertisement/);
  });

  it('keeps the dateline, the subheading and the related link in their places', () => {
    const blocks = selectAll('.article-body > *', tree).map((element) => [element.tagName, textOf(element)]);
    expect(blocks).toEqual([
      ['p', 'BOGOR, WARTA.com - Warga kota berkumpul di alun-alun.'],
      ['p', PROSE],
      ['h2', 'Banjir Melanda Kota'],
      ['p', PROSE],
      ['aside', 'Baca juga:Judul Berita Lain'],
    ]);
    expect(textOf(select('.article-body .dateline', tree)!)).toBe('BOGOR, WARTA.com -');
  });

  it('names the author and editor in JSON-LD', () => {
    const json = JSON.parse(textOf(select('script[type="application/ld+json"]', tree)!));
    expect(json.author).toEqual([{ '@type': 'Person', name: 'Koresponden Kota Uji, Ani Penulis' }]);
    expect(json.editor).toEqual({ '@type': 'Person', name: 'Budi Penyunting' });
  });
});
