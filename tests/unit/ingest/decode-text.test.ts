import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '#src/ingest/decode-text.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decodeText', () => {
  it('drops a BOM and turns CRLF, CR and Unicode line separators into \\n', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'Satu\r\nDua\rTiga\u2028Empat\u2029Lima\nEnam')).text).toBe(
      'Satu\nDua\nTiga\nEmpat\nLima\nEnam',
    );
  });

  it('keeps every other character, tabs, no-break spaces and trailing spaces included', () => {
    const text = 'Harga\u00a0Rp\u00a010.000 \t\nKutipan “ini” — é  ';
    expect(decodeText(bytes(text))).toEqual({ text, warnings: [] });
  });

  it("takes Word's vertical tab and form feed for line breaks, and says so", () => {
    expect(decodeText(bytes('Satu\u000bDua\u000cTiga'))).toEqual({
      text: 'Satu\nDua\nTiga',
      warnings: ['a vertical tab or form feed became a line break'],
    });
  });

  it('mends UTF-8 that was read as Latin-1 and saved again (it left C1 controls), and names the lines', () => {
    // "’" (E2 80 99), "é" (C3 A9) and "ā" (C4 81), each byte of them made a character of its own.
    const garbled =
      'Baris satu.\nIa bilang \u00e2\u0080\u0099ya\u00e2\u0080\u0099, caf\u00c3\u00a9.\nKata l\u00c4\u0081h.';
    expect(decodeText(bytes(garbled))).toEqual({
      text: 'Baris satu.\nIa bilang ’ya’, café.\nKata lāh.',
      warnings: ['mended UTF-8 that had been read as Latin-1 or Windows-1252 (mojibake such as "â€™") on lines 2, 3'],
    });
  });

  it('mends UTF-8 read as Windows-1252, whose unassigned bytes stay C1 controls', () => {
    // "”" is E2 80 9D: Windows-1252 shows E2 80 as "â€" and has no character for 9D.
    expect(decodeText(bytes('Kata \u00e2\u20ac\u0153kutip\u00e2\u20ac\u009d.')).text).toBe('Kata “kutip”.');
  });

  it('mends the runs only mojibake makes even without a C1 control, and leaves real accents alone', () => {
    const garbled = 'Bj\u00c3\u00b6rk, suhu 23\u00c2\u00b0C \u00e2\u20ac\u201d kata “OL\u00c9”, caf\u00e9.';
    expect(decodeText(bytes(garbled)).text).toBe('Björk, suhu 23°C — kata “OLÉ”, café.');
  });

  it('leaves characters that spell no UTF-8 as they are in a mended text', () => {
    // "×" and "ó" stand alone; only the C1-bearing "â€\u0099" run spells a character.
    expect(decodeText(bytes('J\u00f3hann 4\u00d74, \u00e2\u0080\u0099.')).text).toBe('Jóhann 4×4, ’.');
  });

  it.each([
    ['an empty file', bytes(''), /^the file is empty$/],
    ['whitespace only', bytes(' \r\n\t\n\u00a0 '), /^the file holds only whitespace$/],
    ['a NUL byte (binary)', bytes('PNG', [0x00, 0x01], 'x'), /binary.*line 1/],
    [
      'Windows-1252 quotes',
      bytes('Baris satu\nKata ', [0x93], 'kutip', [0x94]),
      /not UTF-8 text \(byte 0x93 on line 2\)/,
    ],
    ['a truncated sequence', bytes('akhir ', [0xe2, 0x82]), /not UTF-8 text \(byte 0xE2 on line 1\)/],
    ['an overlong encoding', bytes([0xc0, 0xaf]), /not UTF-8/],
    ['an encoded surrogate', bytes([0xed, 0xa0, 0x80]), /not UTF-8/],
    ['UTF-16 with its BOM', Buffer.from('\ufeffHalo', 'utf16le'), /UTF-16/],
    ['an escape character', bytes('satu\ndua\u001b[31m'), /control character \(U\+001B\) on line 2/],
    ['a C1 control (mis-converted quote)', bytes('kata \u0093kutip\u0094'), /control character \(U\+0093\) on line 1/],
    [
      'a C1 control that no mending explains',
      bytes('Baris \u00e2\u0080\u0099 satu.\nkata \u0093kutip'),
      /control character \(U\+0093\) on line 2/,
    ],
  ])('refuses %s', (_name, input, message) => {
    expect(() => decodeText(input)).toThrow(message);
  });
});

describe('firstInvalidUtf8', () => {
  it('accepts well-formed UTF-8 up to U+10FFFF', () => {
    expect(firstInvalidUtf8(bytes('a é ─ 😀 \u{10ffff}'))).toBe(-1);
  });

  it('finds the first bad byte', () => {
    expect(firstInvalidUtf8(bytes('abc', [0xff], 'd'))).toBe(3);
    expect(firstInvalidUtf8(bytes('é', [0xf4, 0x90, 0x80, 0x80]))).toBe(2); // above U+10FFFF
  });
});
