import { describe, expect, it } from 'vitest';
import { ingestText } from '#src/ingest/ingest-article.ts';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const OPTIONS = { title: 'Judul', description: 'Ringkasan.', category: 'Uji', sourceName: 'Warta Uji' };

describe('ingestText', () => {
  it('removes zero-width characters and says on which lines', async () => {
    const { file, warnings } = await ingestText(
      utf8('Presiden Zelen\u200bsky hadir, Senin (4/11/2024).\nKedua.\nKetiga\u2060.\n'),
      OPTIONS,
    );
    expect(file).toContain('\n\nPresiden Zelensky hadir, Senin (4/11/2024).\n\nKedua.\n\nKetiga.\n');
    expect(warnings).toContain('removed invisible zero-width characters on lines 1, 3');
  });

  it('keeps U+FFFD but warns that the text was damaged', async () => {
    const { file, warnings } = await ingestText(utf8('Kata rusak \ufffd di sini, Senin (4/11/2024).\n'), OPTIONS);
    expect(file).toContain('Kata rusak \ufffd di sini');
    expect(warnings.some((w) => w.includes('on line 1: the text was damaged'))).toBe(true);
  });

  it("takes no date from a Baca Juga line: it is another article's headline", async () => {
    await expect(
      ingestText(utf8('Berita tanpa tanggal.\nBaca Juga: Jadwal Sidang 9 Desember 2024\n'), OPTIONS),
    ).rejects.toThrow(/^no date/);
  });

  it('warns of a date in the future', async () => {
    const { warnings } = await ingestText(utf8('Berita.\n'), { ...OPTIONS, date: '2999-01-01' });
    expect(warnings).toContain('pubDate 2999-01-01T00:00:00+07:00 is in the future');
  });

  it('proposes a headline from the lede without its dateline, and the rest of the lede as description', async () => {
    const { slug, file } = await ingestText(
      utf8(
        'BACA JUGA: Judul Lain\nJAKARTA, Suara.com - Harga cabai naik lagi. Pedagang mengeluh, Senin (4/11/2024).\nParagraf kedua.\n',
      ),
      { category: 'Ekonomi' },
    );
    expect(slug).toBe('harga-cabai-naik-lagi');
    expect(file).toMatch(
      /^---\ntitle: "Harga cabai naik lagi"\ndescription: "Pedagang mengeluh, Senin \(4\/11\/2024\)\."\npubDate: "2024-11-04T00:00:00\+07:00"\nsource:\n  name: "Suara\.com"\ncategory: "Ekonomi"\n---\n/,
    );
  });

  it('reports the first problem of the frontmatter by option', async () => {
    await expect(ingestText(utf8('Berita, Senin (4/11/2024).\n'), { ...OPTIONS, category: '  ' })).rejects.toThrow(
      /^--category: must not be empty$/,
    );
  });
});

describe('ingestText with a dateline on a line of its own', () => {
  it('proposes the headline from the next paragraph, never from the dateline', async () => {
    const article = await ingestText(
      new TextEncoder().encode('Warta.com -\nWarga kota berkumpul di alun-alun. Mereka menunggu.\n'),
      { date: '2024-11-04T10:00' },
    );
    expect(article.fields.title).toBe('Warga kota berkumpul di alun-alun');
    expect(article.slug).toBe('warga-kota-berkumpul-di-alun-alun');
    expect(article.fields.source.name).toBe('Warta.com');
    expect(article.body).toBe('Warta.com -\n\nWarga kota berkumpul di alun-alun. Mereka menunggu.\n');
  });

  it('takes a dateline with a stray comma after its dash for a line of its own', async () => {
    const article = await ingestText(utf8('Warta.com -,\nWarga kota berkumpul. Mereka menunggu.\n'), {
      date: '2024-11-04T10:00',
    });
    expect(article.fields.title).toBe('Warga kota berkumpul');
    expect(article.fields.source.name).toBe('Warta.com');
  });

  it('proposes the headline after a wide dateline with a bracketed outlet, never from it', async () => {
    const article = await ingestText(
      utf8('Kota Besar - Besar / KB, Negeri Jauh (WARTA News) - Utusan itu menolak usul tersebut. Ia pulang.\n'),
      { date: '2024-11-04T10:00' },
    );
    expect(article.fields.title).toBe('Utusan itu menolak usul tersebut');
    expect(article.slug).toBe('utusan-itu-menolak-usul-tersebut');
    expect(article.fields.source.name).toBe('WARTA News');
  });
});

describe('ingestText with dates before 1900', () => {
  it('takes them for history, not the date of the report, and falls back to --default-date', async () => {
    const { fields, warnings } = await ingestText(utf8('Pelukis itu lahir pada 29 November 1899 di kota kecil.\n'), {
      ...OPTIONS,
      defaultDate: '2018-01-01',
    });
    expect(fields.pubDate).toBe('2018-01-01T00:00:00+07:00');
    expect(warnings).toContain(
      'no date given and the text names only dates before 1900 or in the future ("29 November 1899" on line 1): pubDate is --default-date, 2018-01-01T00:00:00+07:00',
    );
  });
});

describe('ingestText with dates in the future', () => {
  it('takes them for what the report foresees, not its date, and falls back to --default-date', async () => {
    const { fields, warnings } = await ingestText(
      utf8('Asteroid itu diperkirakan melintas dekat Bumi pada 22 September 2135.\n'),
      { ...OPTIONS, defaultDate: '2018-01-01' },
    );
    expect(fields.pubDate).toBe('2018-01-01T00:00:00+07:00');
    expect(warnings).toContain(
      'no date given and the text names only dates before 1900 or in the future ("22 September 2135" on line 1): pubDate is --default-date, 2018-01-01T00:00:00+07:00',
    );
  });

  it('still takes a past date of the same text over the future one', async () => {
    const { fields } = await ingestText(
      utf8('Peneliti mengumumkan pada 3 Maret 2024 bahwa asteroid itu melintas pada 22 September 2135.\n'),
      { ...OPTIONS, defaultDate: '2018-01-01' },
    );
    expect(fields.pubDate).toBe('2024-03-03T00:00:00+07:00');
  });
});

describe('ingestText with mojibake', () => {
  it('mends UTF-8 read as Latin-1 instead of refusing the file, and says so', async () => {
    const { body, warnings } = await ingestText(
      utf8('Ia bilang \u00e2\u0080\u009cya\u00e2\u0080\u009d, Senin (4/11/2024).\n'),
      OPTIONS,
    );
    expect(body).toBe('Ia bilang “ya”, Senin (4/11/2024).\n');
    expect(warnings[0]).toMatch(/^mended UTF-8 that had been read as Latin-1 .* on line 1$/);
  });
});
