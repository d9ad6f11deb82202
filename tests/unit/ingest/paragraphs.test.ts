import { describe, expect, it } from 'vitest';
import { cleanLine, splitParagraphs } from '#src/ingest/paragraphs.ts';

describe('splitParagraphs', () => {
  it('makes every non-empty line a paragraph, blank lines or not, and never joins lines', () => {
    const { paragraphs } = splitParagraphs('Satu.\nDua.\n\n\n  \nTiga,\nempat.\n');
    expect(paragraphs).toEqual([
      { text: 'Satu.', line: 1 },
      { text: 'Dua.', line: 2 },
      { text: 'Tiga,', line: 6 },
      { text: 'empat.', line: 7 },
    ]);
  });

  it('reports the lines it removed zero-width characters from', () => {
    const { paragraphs, invisibleRemovedOn } = splitParagraphs('Zelen\u200bsky\nbiasa\n\u2060kata');
    expect(paragraphs.map((p) => p.text)).toEqual(['Zelensky', 'biasa', 'kata']);
    expect(invisibleRemovedOn).toEqual([1, 3]);
  });
});

describe('cleanLine', () => {
  it('turns every Unicode space into a plain one and trims the ends, keeping inner runs', () => {
    expect(cleanLine('\u00a0 Harga\u00a0Rp\u202f10.000\u2009per  orang \t ')).toBe('Harga Rp 10.000 per  orang');
  });

  it('leaves everything else alone', () => {
    expect(cleanLine('"Ya," katanya — 10.000 #tagar *bintang* \\ <b>')).toBe(
      '"Ya," katanya — 10.000 #tagar *bintang* \\ <b>',
    );
  });
});
