import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/ingest/classify-lines.ts';

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
