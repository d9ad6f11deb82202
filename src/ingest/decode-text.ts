import { IngestError } from './errors.ts';

/** An article is a few kilobytes; anything this large is not one. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/**
 * Decodes a publisher's raw text: strict UTF-8 (a BOM is dropped), every line ending
 * (CRLF, CR, U+2028, U+2029, NEL) turned into "\n". Nothing else is changed here.
 * Refuses, with a one-line reason, what is not an article's text: an empty file, a
 * binary one, UTF-16, bytes that are not UTF-8, and control characters (which no
 * page can show and which mostly mean a mis-converted file).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new IngestError('the file is empty');
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new IngestError(
      `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MiB; an article's text is at most 1 MiB`,
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new IngestError('the file is UTF-16 text; save it as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new IngestError(`the file is binary, not text (a NUL byte on line ${lineAt(bytes, nul)})`);
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    throw new IngestError(
      `the file is not UTF-8 text (byte 0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')} on line ${lineAt(bytes, bad)}); save it as UTF-8`,
    );
  }
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
    .decode(bytes)
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const control = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u.exec(text);
  if (control) {
    const codePoint = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    const line = text.slice(0, control.index).split('\n').length;
    throw new IngestError(`the file has a control character (U+${codePoint}) on line ${line}, which no page can show`);
  }
  if (text.trim() === '') throw new IngestError('the file holds only whitespace');
  return text;
}

/** 1-based line of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // [number of continuation bytes, allowed range of the first continuation byte]
    const shape: [number, number, number] | undefined =
      lead >= 0xc2 && lead <= 0xdf
        ? [1, 0x80, 0xbf]
        : lead === 0xe0
          ? [2, 0xa0, 0xbf]
          : lead === 0xed
            ? [2, 0x80, 0x9f]
            : lead >= 0xe1 && lead <= 0xef
              ? [2, 0x80, 0xbf]
              : lead === 0xf0
                ? [3, 0x90, 0xbf]
                : lead === 0xf4
                  ? [3, 0x80, 0x8f]
                  : lead >= 0xf1 && lead <= 0xf3
                    ? [3, 0x80, 0xbf]
                    : undefined;
    if (!shape) return i;
    const [count, low, high] = shape;
    for (let k = 1; k <= count; k++) {
      const byte = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += count + 1;
  }
  return -1;
}
