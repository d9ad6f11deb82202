import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../src/ingest/decode-text.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decodeText', () => {
  it('drops a BOM and turns CRLF, CR and Unicode line separators into \\n', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'Satu\r\nDua\rTiga\u2028Empat\u2029Lima\nEnam'))).toBe(
      'Satu\nDua\nTiga\nEmpat\nLima\nEnam',
    );
  });

  it('keeps every other character, tabs, no-break spaces and trailing spaces included', () => {
    const text = 'Harga\u00a0Rp\u00a010.000 \t\nKutipan “ini” — é  ';
    expect(decodeText(bytes(text))).toBe(text);
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
