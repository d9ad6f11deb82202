import { describe, expect, it } from 'vitest';
import { classifyLines } from '#src/ingest/classify-lines.ts';

/** Paragraphs numbered from line 1, as splitParagraphs gives them. */
const paragraphs = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));
const LONG = 'Kalimat ini cukup panjang untuk menjadi sebuah paragraf prosa yang utuh dalam berita uji.';

describe('classifyLines', () => {
  it('keeps related links as paragraphs (they render as asides), drops a bare "Baca Juga"', () => {
    const result = classifyLines(
      paragraphs(
        'Bogor - Satu.',
        'Baca juga: Judul Lain',
        'Baca juga:Judul Rapat',
        'BACA JUGA : Judul Besar',
        'Lihat juga: Judul Lihat',
        'Baca: Judul Pendek',
        'Simak juga: Judul Simak',
        'Baca Juga',
        'Dua.',
      ),
    );
    expect(result.blocks.map((b) => b.text)).toEqual([
      'Bogor - Satu.',
      'Baca juga: Judul Lain',
      'Baca juga:Judul Rapat',
      'BACA JUGA : Judul Besar',
      'Lihat juga: Judul Lihat',
      'Baca: Judul Pendek',
      'Simak juga: Judul Simak',
      'Dua.',
    ]);
    expect(result.dropped).toEqual([{ text: 'Baca Juga', line: 8 }]);
  });

  it('drops page residue and says which lines', () => {
    const result = classifyLines(
      paragraphs(
        'Bogor - Satu.',
        'Advertisement',
        'SCROLL TO CONTINUE WITH CONTENT',
        '[Gambas:Video 20warta]',
        'Dua.',
        'Tonton juga "Video Uji" di sini:',
        'Simak juga Video Uji Lain',
      ),
    );
    expect(result.blocks.map((b) => b.text)).toEqual(['Bogor - Satu.', 'Dua.']);
    expect(result.dropped.map((p) => p.line)).toEqual([2, 3, 4, 6, 7]);
  });

  it('keeps related links with a dash for the colon or the title glued on as asides', () => {
    const result = classifyLines(
      paragraphs('Bogor - Satu.', 'SIMAK JUGA - Judul Berita Lain', 'Baca jugaJudul Tanpa Spasi', 'Dua.'),
    );
    expect(result.blocks.map((b) => b.text)).toEqual([
      'Bogor - Satu.',
      'SIMAK JUGA - Judul Berita Lain',
      'Baca jugaJudul Tanpa Spasi',
      'Dua.',
    ]);
    expect(result.dropped).toEqual([]);
  });

  it('drops video prompts, follow-us lines, "read more" links, embeds and scripts', () => {
    const residue = [
      'Tonton juga Video: Judul Video Uji',
      "Simak Video 'Judul Video Uji Lain'",
      'Lihat juga Video: Judul Video Ketiga',
      'Ikuti Berita WARTA.COM lainnya di GOOGLE NEWS',
      'Ikuti Saluran WhatsApp Warta Kota dan Google News Warta Kota untuk berita populer lainnya.',
      'Baca berita WARTA KOTA lainnya di Google News',
      'Update berita lainnya di Warta.co dan Google News',
      'Baca Berita Update Warta.co.id di sini >>>',
      'Baca selengkapnya',
      'Baca berita selengkapnya berikut ini:',
      'Lihat postingan ini di InstagramSebuah kiriman dibagikan oleh Warta (@warta)',
      '/ / <! [CDATA [var uji = 1; / /]] & gt;',
    ];
    const result = classifyLines(paragraphs('Bogor - Satu.', ...residue, 'Dua.'));
    expect(result.blocks.map((b) => b.text)).toEqual(['Bogor - Satu.', 'Dua.']);
    expect(result.dropped.map((p) => p.text)).toEqual(residue);
  });

  it('keeps prose that opens like residue: advice to follow news, a sentence about a video', () => {
    const texts = [
      'Bogor - Satu.',
      'Ikuti perkembangan berita ini bersama kami.',
      'Simak, informasi di bawah ini mengenai jadwal dan cara daftar:',
      'Lihat videonya, warga pun terkejut.',
      'Dua.',
    ];
    const result = classifyLines(paragraphs(...texts));
    expect(result.blocks.map((b) => b.text)).toEqual(texts);
    expect(result.dropped).toEqual([]);
  });

  it('drops a video embed and keeps the byline codes that follow it on its line', () => {
    const result = classifyLines(paragraphs('Bogor - Satu.', 'Dua.', '[Gambas: Youtube] (abc)'));
    expect(result.blocks.map((b) => b.text)).toEqual(['Bogor - Satu.', 'Dua.']);
    expect(result.dropped).toEqual([{ text: '[Gambas: Youtube]', line: 3 }]);
    expect(result.credits.codes).toEqual(['abc']);
  });

  it('moves credit lines into credits', () => {
    const result = classifyLines(
      paragraphs(
        'Penulis Koresponden Kota Uji, Ani Penulis | Editor Budi Penyunting',
        'Bogor (WARTA) - Satu.',
        'Dua.',
        'Pewarta : Cici Pewarta',
        'Editor: Dedi Editor',
        'COPYRIGHT © WARTA 2021',
      ),
    );
    expect(result.blocks.map((b) => b.text)).toEqual(['Bogor (WARTA) - Satu.', 'Dua.']);
    expect(result.credits).toEqual({
      authors: ['Koresponden Kota Uji, Ani Penulis', 'Cici Pewarta'],
      editor: 'Dedi Editor',
      codes: [],
      notice: 'COPYRIGHT © WARTA 2021',
    });
    expect(result.moved.map((p) => p.line)).toEqual([1, 4, 5, 6]);
  });

  it('takes "Reporter:", "Laporan Wartawan ...", and byline codes on their own line or ending the last paragraph', () => {
    expect(
      classifyLines(paragraphs('Laporan Wartawan Warta.com, Eka Wartawan', 'Bogor - Satu.', 'Dua.', '(abc/def)'))
        .credits,
    ).toEqual({
      authors: ['Eka Wartawan'],
      codes: ['abc/def'],
    });
    const bio = classifyLines(
      paragraphs('Bogor - Satu.', 'Dua.', 'Penulis: Ani Penulis, pengajar di Universitas Uji Coba Kota Bogor'),
    );
    expect(bio.credits.authors).toEqual(['Ani Penulis, pengajar di Universitas Uji Coba Kota Bogor']);
    const ending = classifyLines(paragraphs('Bogor - Satu.', 'Reporter: Fajar Reporter', 'Dua selesai. (ghi)'));
    expect(ending.credits).toEqual({ authors: ['Fajar Reporter'], codes: ['ghi'] });
    expect(ending.blocks.map((b) => b.text)).toEqual(['Bogor - Satu.', 'Dua selesai.']);
  });

  it('drops page scripts glued to the end of a paragraph, then takes the byline codes before them', () => {
    const script = "<! --// <! [CDATA [tampil('tag '); / /]] > -- > <! --// <! [CDATA [tampil('kuis '); / /]] > -- >";
    const result = classifyLines(paragraphs('Bogor - Satu.', `Saham naik di bursa. (abc / def) ${script}`));
    expect(result.blocks.map((b) => b.text)).toEqual(['Bogor - Satu.', 'Saham naik di bursa.']);
    expect(result.credits.codes).toEqual(['abc/def']);
    expect(result.dropped).toEqual([{ text: script, line: 2 }]);
    // Prose that only mentions markup keeps it.
    const prose = 'Kode <!-- seperti ini --> dipakai di halaman web.';
    expect(classifyLines(paragraphs('Bogor - Satu.', prose)).blocks.map((b) => b.text)).toEqual([
      'Bogor - Satu.',
      prose,
    ]);
  });

  it('takes a long bio after "Penulis:", long codes as a pair, agency codes and an outlet-and-name signature', () => {
    const bio = classifyLines(
      paragraphs(
        'Bogor - Satu.',
        'Dua.',
        'Penulis: Ani Penulis, peneliti senior Lembaga Uji, kandidat doktor Universitas Uji Coba Bogor',
      ),
    );
    expect(bio.blocks.map((b) => b.text)).toEqual(['Bogor - Satu.', 'Dua.']);
    expect(bio.credits.authors).toEqual([
      'Ani Penulis, peneliti senior Lembaga Uji, kandidat doktor Universitas Uji Coba Bogor',
    ]);
    const codes = classifyLines(paragraphs('Bogor - Satu.', 'Dua.', '(anisah / bud)', '(T.A001/B002)'));
    expect(codes.blocks.map((b) => b.text)).toEqual(['Bogor - Satu.', 'Dua.']);
    expect(codes.credits.codes).toEqual(['anisah/bud', 'T.A001/B002']);
    const signed = classifyLines(paragraphs('Bogor - Satu.', 'Dua.', '(Warta.co.id/Ani Wartawan)'));
    expect(signed.blocks.map((b) => b.text)).toEqual(['Bogor - Satu.', 'Dua.']);
    expect(signed.credits.authors).toEqual(['Ani Wartawan']);
    // A word in brackets is no code, and two outlets in brackets name no author.
    const words = classifyLines(paragraphs('Bogor - Satu.', 'Dua.', '(selesai)', '(WARTA.CO.ID / KABAR.COM)'));
    expect(words.blocks.map((b) => b.text)).toEqual([
      'Bogor - Satu.',
      'Dua.',
      '(selesai)',
      '(WARTA.CO.ID / KABAR.COM)',
    ]);
  });

  it('splits a byline glued before the dateline off the first paragraph', () => {
    const glued = classifyLines(
      paragraphs('Laporan Wartawan Warta.com, Gita Wartawan WARTA.COM, BOGOR - Satu kalimat.', 'Dua.'),
    );
    expect(glued.blocks[0]!.text).toBe('WARTA.COM, BOGOR - Satu kalimat.');
    expect(glued.credits.authors).toEqual(['Gita Wartawan']);
    const unseparated = classifyLines(
      paragraphs(
        'Laporan Wartawan Ika Wartawan WARTA.COM, BOGOR - Satu kalimat.',
        'Dua.',
        'Laporan Reporter Warta Kota Joko Reporter',
      ),
    );
    expect(unseparated.blocks.map((b) => b.text)).toEqual(['WARTA.COM, BOGOR - Satu kalimat.', 'Dua.']);
    expect(unseparated.credits.authors).toEqual(['Ika Wartawan', 'Warta Kota Joko Reporter']);
    const editor = classifyLines(paragraphs('Editor Hana WARTA.com- Satu kalimat.', 'Dua.'));
    expect(editor.blocks[0]!.text).toBe('WARTA.com- Satu kalimat.');
    expect(editor.credits.editor).toBe('Hana');
    // No dateline after the name: the paragraph is prose, left whole.
    expect(classifyLines(paragraphs('Editor senior itu mengatakan banyak hal.', 'Dua.')).blocks[0]!.text).toBe(
      'Editor senior itu mengatakan banyak hal.',
    );
  });

  it('turns a syndication footer into the source attribution', () => {
    const result = classifyLines(
      paragraphs(
        'WARTA.com- Satu.',
        'Artikel ini telah tayang di Warta.com dengan judul "Judul Asli Berita", Klik untuk baca: https://warta.example/baca/1.',
      ),
    );
    expect(result.syndication).toEqual({
      name: 'Warta.com',
      title: 'Judul Asli Berita',
      url: 'https://warta.example/baca/1',
    });
    expect(result.blocks.map((b) => b.text)).toEqual(['WARTA.com- Satu.']);
  });

  it('reads syndication footers without quotes, without a title, or with the outlet glued on', () => {
    const unquoted = classifyLines(
      paragraphs('Bogor - Satu.', 'Artikel ini telah tayang di WartaKota.com dengan judul Judul Asli, Tanpa Kutip,'),
    );
    expect(unquoted.syndication).toEqual({ name: 'WartaKota.com', title: 'Judul Asli, Tanpa Kutip' });
    expect(unquoted.blocks.map((b) => b.text)).toEqual(['Bogor - Satu.']);
    expect(classifyLines(paragraphs('Bogor - Satu.', 'Artikel ini telah tayang di Warta.com')).syndication).toEqual({
      name: 'Warta.com',
    });
    expect(
      classifyLines(paragraphs('Bogor - Satu.', 'Artikel ini telah tayang diWarta Indonesia.')).syndication,
    ).toEqual({ name: 'Warta Indonesia' });
  });

  it('makes a short unpunctuated line between paragraphs of prose a subheading, and nothing else', () => {
    const result = classifyLines(
      paragraphs(
        `Bogor - ${LONG}`,
        'Banjir Melanda Kota',
        LONG,
        'Daftar harga:',
        LONG,
        '10 gram: Rp100.000',
        LONG,
        'Kalimat terakhir tanpa titik',
      ),
    );
    expect(result.blocks.filter((b) => b.kind === 'subheading').map((b) => b.text)).toEqual(['Banjir Melanda Kota']);
  });

  it('keeps unsure lines as prose: a long unpunctuated line, a lone word, a sentence about an editor', () => {
    const texts = [
      `Bogor - ${LONG}`,
      'Ada banyak jenis alat dan masing-masing mempunyai kegunaannya sendiri',
      LONG,
      'Tinggal',
      LONG,
      'Editor itu menolak berkomentar kepada wartawan.',
      LONG,
    ];
    const result = classifyLines(paragraphs(...texts));
    expect(result.blocks.map((b) => [b.kind, b.text])).toEqual(texts.map((text) => ['paragraph', text]));
    expect(result.dropped).toEqual([]);
    expect(result.moved).toEqual([]);
  });
});
