import { describe, expect, it } from 'vitest';
import { isDatelineOnly, matchDateline } from '#src/articles/publisher-text.ts';

// Invented openings, one for each form publishers use.
const DATELINES: [string, string, string][] = [
  ['Bogor - Warga berkumpul.', 'Bogor', 'Warga berkumpul.'],
  ['BOGOR, WARTA.com - Warga berkumpul.', 'BOGOR, WARTA.com', 'Warga berkumpul.'],
  ['BOGOR- Warga berkumpul.', 'BOGOR', 'Warga berkumpul.'],
  ['BOGOR-Warga berkumpul.', 'BOGOR', 'Warga berkumpul.'],
  ['WARTA.com- Warga berkumpul.', 'WARTA.com', 'Warga berkumpul.'],
  ['Warta6.com, Bogor Warga berkumpul.', 'Warta6.com, Bogor', 'Warga berkumpul.'],
  ['Warta6.com, BogorWarga berkumpul.', 'Warta6.com, Bogor', 'Warga berkumpul.'],
  ['Warta6.com, Bogor -Warga berkumpul.', 'Warta6.com, Bogor', 'Warga berkumpul.'],
  ['Cibinong (WARTA) - Warga berkumpul.', 'Cibinong (WARTA)', 'Warga berkumpul.'],
  ['Bogor (Warta News) - Warga berkumpul.', 'Bogor (Warta News)', 'Warga berkumpul.'],
  ['Bogor, Warta Indonesia -- Warga berkumpul.', 'Bogor, Warta Indonesia', 'Warga berkumpul.'],
  ['WARTANEWS.COM, BOGOR --Warga berkumpul.', 'WARTANEWS.COM, BOGOR', 'Warga berkumpul.'],
  ['Ohio, WartaOtomotif – Warga berkumpul.', 'Ohio, WartaOtomotif', 'Warga berkumpul.'],
  ['WARTA.CO, Bogor - Warga berkumpul.', 'WARTA.CO, Bogor', 'Warga berkumpul.'],
  ['WARTA.CO,Bogor-Warga berkumpul.', 'WARTA.CO,Bogor', 'Warga berkumpul.'],
  ['KOTA HUJAN, WARTA.com - Warga berkumpul.', 'KOTA HUJAN, WARTA.com', 'Warga berkumpul.'],
  ['Jakarta, Warga berkumpul.', 'Jakarta', 'Warga berkumpul.'],
  ['Cibinong, Jawa Barat (WARTA News) - Warga berkumpul.', 'Cibinong, Jawa Barat (WARTA News)', 'Warga berkumpul.'],
  ['Kota Satu, Kota Dua, (WARTA News) - Warga berkumpul.', 'Kota Satu, Kota Dua, (WARTA News)', 'Warga berkumpul.'],
  ['PANTAI DE LA MAR, WARTA.net - Warga berkumpul.', 'PANTAI DE LA MAR, WARTA.net', 'Warga berkumpul.'],
  ['Kota Jauh, (WartaKL) - Warga berkumpul.', 'Kota Jauh, (WartaKL)', 'Warga berkumpul.'],
  [
    'Kota Jauh, Negeri Seberang, 27/11 (Warta) - Warga berkumpul.',
    'Kota Jauh, Negeri Seberang, 27/11 (Warta)',
    'Warga berkumpul.',
  ],
  ['BOGOR (Warta Kota) Warga berkumpul.', 'BOGOR (Warta Kota)', 'Warga berkumpul.'],
  [
    'Kota Besar - Besar / KB, Negeri Jauh (WARTA News) - Warga berkumpul.',
    'Kota Besar - Besar / KB, Negeri Jauh (WARTA News)',
    'Warga berkumpul.',
  ],
];

describe('isDatelineOnly', () => {
  it('tells a dateline on a line of its own from a paragraph', () => {
    expect(isDatelineOnly('Warta.com -')).toBe(true);
    expect(isDatelineOnly('BOGOR, WARTA.com -')).toBe(true);
    expect(isDatelineOnly('Warta.com - Warga berkumpul.')).toBe(false);
    expect(isDatelineOnly('Warga berkumpul.')).toBe(false);
  });
});

describe('matchDateline', () => {
  it.each(DATELINES)('reads %j', (text, dateline, rest) => {
    expect(matchDateline(text)?.dateline).toBe(dateline);
    expect(text.slice(matchDateline(text)?.length)).toBe(rest);
  });

  it.each([
    'KPU-Bawaslu sepakat soal jadwal.',
    'Bogor-Depok ditempuh satu jam.',
    'Menurut dia - katanya - begitu.',
    'Harga naik lagi.',
    'Namun, Warga tetap datang.',
    '2024 - Tahun yang sibuk.',
  ])('finds none in %j', (text) => {
    expect(matchDateline(text)).toBeUndefined();
  });

  it('looks only at the opening, so a long paragraph costs no more than a short one', () => {
    const long = `Warga ${'berkumpul dan '.repeat(20_000)}pulang.`;
    expect(matchDateline(long)).toBeUndefined();
  });
});
