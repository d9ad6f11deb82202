import { describe, expect, it } from 'vitest';
import { descriptionFrom, firstSentence, headlineFrom, shorten } from '#src/ingest/headline.ts';
import { findLede, isBacaJuga, outletFromDateline } from '#src/ingest/publisher-conventions.ts';
import { articleSlug } from '#src/ingest/slug.ts';

const paragraphs = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('publisher conventions', () => {
  it('finds the lede after Baca Juga lines and separates its dateline', () => {
    const lede = findLede(paragraphs('BACA JUGA :  Judul Lain', '***', 'JAKARTA, Suara.com - Rusia menolak.'))!;
    expect(lede.paragraph.line).toBe(3);
    expect(lede.dateline).toBe('JAKARTA, Suara.com');
    expect(lede.text).toBe('Rusia menolak.');
    expect(findLede(paragraphs('Baca juga: Satu', '---', '...'))).toBeUndefined();
  });

  it('keeps a lede without a dateline whole', () => {
    // Six words before the dash: more than a dateline's five.
    const text = 'Presiden Ukraina Volodymyr Zelensky menyebut bahwa - katanya.';
    expect(findLede(paragraphs(text))).toEqual({ paragraph: { text, line: 1 }, text });
  });

  it('recognizes Baca Juga lines in any case and spacing', () => {
    for (const line of [
      'Baca Juga: X',
      'BACA JUGA : X',
      'baca  juga:X',
      'Baca Juga :   X',
      'SIMAK JUGA - Judul X',
      'Baca jugaJudul X',
    ])
      expect(isBacaJuga(line), line).toBe(true);
    for (const line of [
      'Baca Juga:',
      'Bacajuga: X',
      'Ia baca juga: X',
      'Baca jugalah buku ini.',
      'Baca - Judul X',
      'bAcA juga: X',
    ])
      expect(isBacaJuga(line), line).toBe(false);
  });

  it('names the publisher of a dateline only when it looks like a web address', () => {
    expect(outletFromDateline('Suara.com')).toBe('Suara.com');
    expect(outletFromDateline('JAKARTA, Suara.com')).toBe('Suara.com');
    expect(outletFromDateline('Liputan6.com, Jakarta')).toBe('Liputan6.com');
    expect(outletFromDateline('Jakarta')).toBeUndefined();
    expect(outletFromDateline('Jakarta, ANTARA')).toBeUndefined();
  });
});

describe('headline and description proposals', () => {
  it('splits off the first sentence without breaking numbers', () => {
    expect(firstSentence('Korea Utara mengirim 10.000 tentara. Hal ini muncul kemarin. Lagi.')).toEqual({
      sentence: 'Korea Utara mengirim 10.000 tentara.',
      rest: 'Hal ini muncul kemarin. Lagi.',
    });
  });

  it('shortens at a word boundary and marks the cut', () => {
    expect(shorten('satu dua tiga empat', 10)).toBe('satu dua…');
    expect(shorten('satu dua tiga', 13)).toBe('satu dua tiga');
    expect(shorten('satu, dua tiga', 8)).toBe('satu…');
    expect(shorten('Supercalifragilistik', 6)).toBe('Super…');
  });

  it('drops a closing full stop but not an ellipsis or question mark', () => {
    expect(headlineFrom('Rusia menolak.')).toBe('Rusia menolak');
    expect(headlineFrom('Rusia menolak...')).toBe('Rusia menolak...');
    expect(headlineFrom('Rusia menolak?')).toBe('Rusia menolak?');
  });

  it('caps a headline at 110 characters and a description at 160', () => {
    const words = Array.from({ length: 40 }, () => 'kata').join(' '); // 40 × 4 + 39 = 199 characters
    expect(headlineFrom(words)).toBe(`${Array.from({ length: 21 }, () => 'kata').join(' ')}…`); // 21 × 5 − 1 = 104, +1
    expect(descriptionFrom(words)).toBe(`${Array.from({ length: 31 }, () => 'kata').join(' ')}…`); // 31 × 5 − 1 = 154, +1
  });
});

describe('articleSlug', () => {
  it('makes lowercase ASCII words joined by hyphens', () => {
    expect(articleSlug('Rusia Menolak Konfirmasi Pasukan Korea Utara Turut Bertempur Melawan Ukraina')).toBe(
      'rusia-menolak-konfirmasi-pasukan-korea-utara-turut-bertempur-melawan-ukraina',
    );
    expect(articleSlug('Harga BBM & Tarif Listrik "Naik" 10%?')).toBe('harga-bbm-dan-tarif-listrik-naik-10');
    expect(articleSlug('Pemain Égalisé à São Paulo, iPhone')).toBe('pemain-egalise-a-sao-paulo-iphone');
  });

  it('cuts a long title at a word boundary, at most 80 characters', () => {
    // "panjang" is 7 letters: ten words and nine hyphens are 79 characters, eleven would be 87.
    expect(articleSlug(Array.from({ length: 15 }, () => 'Panjang').join(' '))).toBe(
      Array.from({ length: 10 }, () => 'panjang').join('-'),
    );
  });

  it('gives nothing for a title without Latin letters or digits', () => {
    expect(articleSlug('東京 — !!!')).toBe('');
  });
});
